// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchSummary } from '../lib/annotate/describe-match';
import { AnnotationBadge } from './AnnotationBadge';

const match: MatchSummary = {
  postId: 'guardian-syria-2024-12-07:60', coverage: 'guardian-syria-2024-12-07', coverageTitle: 'Syria live',
  publisher: 'The Guardian', title: 'Trump says Assad ‘fled’ Syria', excerpt: 'US president-elect Donald Trump said…',
  url: null, publishedAt: null, similarity: 0.93, position: 60, total: 64,
};

let root: HTMLElement;
const mount = (ui: preact.ComponentChild) => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(ui, root));
  return root;
};
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('AnnotationBadge', () => {
  it('shows the status in words and an icon, not colour alone', () => {
    const el = mount(<AnnotationBadge status="same" match={match} quiet={false} onOpenReader={() => {}} />);
    expect(el.textContent).toContain('In the index · unchanged');
    expect(el.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓');
  });

  it('opens a card on click with aria-expanded, says where the post is indexed, and closes with Esc', () => {
    const el = mount(<AnnotationBadge status="edited" match={match} quiet={false} onOpenReader={() => {}} />);
    const chip = el.querySelector('button')!;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    act(() => chip.click());
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect(el.textContent).toContain('Post 60 of 64 in The Guardian’s live blog');
    expect(el.textContent).toContain('93% the same text');
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('.card')).toBeNull();
  });

  it('opens the indexed copy through the callback', () => {
    const open = vi.fn();
    const el = mount(<AnnotationBadge status="same" match={match} quiet={false} onOpenReader={open} />);
    act(() => el.querySelector('button')!.click());
    act(() => (el.querySelector('.link') as HTMLButtonElement).click());
    expect(open).toHaveBeenCalledWith(match.postId);
  });

  it('renders page text as text, right to left where it is Arabic', () => {
    const hostile = { ...match, title: '<img src=x onerror=alert(1)> شمس الحرية' };
    const el = mount(<AnnotationBadge status="same" match={hostile} quiet={false} onOpenReader={() => {}} />);
    act(() => el.querySelector('button')!.click());
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('h3')?.getAttribute('dir')).toBe('auto');
  });

  it('says what went wrong for an error, and renders nothing when quiet', () => {
    const el = mount(<AnnotationBadge status="error" reason="This post is too long to check." match={null} quiet={false} onOpenReader={() => {}} />);
    expect(el.textContent).toContain('Could not check: This post is too long to check.');
    act(() => render(<AnnotationBadge status="unindexed" match={null} quiet onOpenReader={() => {}} />, root));
    expect(root.innerHTML).toBe('');
  });
});
