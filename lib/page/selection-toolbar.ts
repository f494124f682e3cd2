/**
 * A small floating toolbar by the reader's selection or highlight: a `<backstory-toolbar>` with a
 * closed shadow root (the page cannot read it), placed next to the text, never taking focus.
 */
import { markOurs } from '../dom/our-elements';
import { byReader } from '../dom/by-reader';

export interface ToolbarAction {
  label: string;
  run: () => void;
}

const CSS = `
:host { all: initial; position: absolute; z-index: 2147483647; }
.bar { display: flex; gap: 4px; padding: 4px; border-radius: 8px; background: #1f2328; box-shadow: 0 2px 8px rgba(0,0,0,.25);
  font: 13px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
button { font: inherit; color: #fff; background: transparent; border: 0; border-radius: 6px; padding: 6px 10px; cursor: pointer; }
button:hover { background: #30363d; }
button:focus-visible { outline: 2px solid #58a6ff; outline-offset: 1px; }
`;

export class SelectionToolbar {
  private host: HTMLElement | null = null;
  private bar: HTMLElement | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  show(rect: { left: number; top: number; bottom: number }, actions: ToolbarAction[]): void {
    clearTimeout(this.hideTimer);
    const doc = this.doc;
    if (!this.host) {
      this.host = markOurs(doc.createElement('backstory-toolbar'));
      const root = this.host.attachShadow({ mode: 'closed' });
      const style = doc.createElement('style');
      style.textContent = CSS;
      this.bar = doc.createElement('div');
      this.bar.className = 'bar';
      this.bar.setAttribute('role', 'toolbar');
      this.bar.setAttribute('aria-label', 'Backstory');
      root.append(style, this.bar);
      doc.addEventListener('keydown', (e) => e.key === 'Escape' && this.hide());
    }
    this.bar!.replaceChildren(
      ...actions.map((a) => {
        const b = doc.createElement('button');
        b.type = 'button';
        b.textContent = a.label;
        // Keep the selection: a mousedown on a button would otherwise collapse it.
        b.addEventListener('mousedown', (e) => e.preventDefault());
        b.addEventListener('click', (e) => {
          if (!byReader(e)) return;
          this.hide();
          a.run();
        });
        return b;
      }),
    );
    const win = doc.defaultView!;
    this.host.style.left = `${Math.max(4, rect.left + win.scrollX)}px`;
    this.host.style.top = `${rect.bottom + win.scrollY + 6}px`;
    if (!this.host.isConnected) doc.body.append(this.host);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    this.host?.remove();
  }

  /** Hides what it shows now after `ms`, unless it shows something else first. */
  hideLater(ms: number): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.host?.remove(), ms);
  }

  get visible(): boolean {
    return !!this.host?.isConnected;
  }
}
