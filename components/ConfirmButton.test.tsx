// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmButton } from './ConfirmButton';

function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  const onConfirm = vi.fn();
  act(() => render(<ConfirmButton label="Delete" question="Delete “Mars”?" confirmLabel="Yes, delete" onConfirm={onConfirm} />, root));
  const button = (text: string) =>
    [...root.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement | undefined;
  return { root, onConfirm, button };
}

describe('ConfirmButton', () => {
  it('asks once before doing anything, with the safe answer focused', () => {
    const { root, onConfirm, button } = mount();
    act(() => button('Delete')!.click());
    expect(onConfirm).not.toHaveBeenCalled();
    expect(root.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Delete “Mars”?');
    expect(document.activeElement).toBe(button('Cancel'));
    act(() => button('Yes, delete')!.click());
    expect(onConfirm).toHaveBeenCalledTimes(1);
    // Answered: the first button again, focused.
    expect(document.activeElement).toBe(button('Delete'));
  });

  it('keeps everything on Cancel or Escape', () => {
    const { root, onConfirm, button } = mount();
    act(() => button('Delete')!.click());
    act(() => button('Cancel')!.click());
    expect(button('Yes, delete')).toBeUndefined();
    act(() => button('Delete')!.click());
    act(() => {
      root.querySelector('[role="group"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(button('Yes, delete')).toBeUndefined();
    expect(onConfirm).not.toHaveBeenCalled();
  });
});
