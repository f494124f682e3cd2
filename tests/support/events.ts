/** Events as the reader's own input makes them: `isTrusted`, which `el.click()` never is. */
export function trusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

export function readerClick(el: Element): void {
  el.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

export function readerKey(target: EventTarget, key: string): void {
  target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, composed: true })));
}
