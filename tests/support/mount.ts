/** Renders a Preact view into a detached element for component tests (happy-dom). */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(ui: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  act(() => render(ui, root));
  return root;
}
