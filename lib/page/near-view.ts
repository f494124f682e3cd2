/**
 * Which annotation hosts are near the reader's viewport. A 300-post live blog shows a handful of
 * posts at a time, and drawing every post's chip line at load was a third of what the annotator
 * cost the page (profiled): lines are drawn as their posts come within a screen of the viewport,
 * and a drawn line stays drawn.
 */
export interface NearView {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

/** One screen above and below: a line is drawn before the reader scrolls to it, by wheel or by Tab. */
const MARGIN = '100% 0px';

/** Null where the browser has no IntersectionObserver (then every line is drawn at once). */
export function nearView(onChange: (el: Element, near: boolean) => void): NearView | null {
  if (typeof IntersectionObserver !== 'function') return null;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) onChange(e.target, e.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  return {
    observe: (el) => observer.observe(el),
    unobserve: (el) => observer.unobserve(el),
    disconnect: () => observer.disconnect(),
  };
}
