// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchSummary } from '../lib/annotate/describe-match';
import type { PostDetails } from '../lib/annotate/matcher';
import { AnnotationBadge } from './AnnotationBadge';

const match: MatchSummary = {
  postId: 'guardian-syria-2024-12-07:60', coverage: 'guardian-syria-2024-12-07', coverageTitle: 'Syria live',
  publisher: 'The Guardian', title: 'Trump says Assad ‘fled’ Syria', excerpt: 'US president-elect Donald Trump said…',
  url: null, publishedAt: null, similarity: 0.93, position: 60, total: 64,
};

const ref = (n: number, title: string) => ({ coverage: match.coverage, postId: `${match.coverage}:${n}`, title, excerpt: `${title}…` });
const details: PostDetails = {
  covers: [match.postId],
  attribution: {
    firstPublished: { ...ref(60, 'Trump says'), publishedAt: null },
    origins: [{ paragraph: 1, ...ref(4, 'Trump says the US should have nothing to do') }],
    writers: ['Ruth Michaelson'],
    sources: [
      { name: 'Truth Social', kind: 'platform', evidence: '“Assad is gone,” he said on his Truth Social platform.' },
      { name: 'Reuters', kind: 'agency', evidence: 'Reuters reports.' },
      { name: 'AFP', kind: 'agency', evidence: 'told AFP' },
      { name: 'AP', kind: 'agency', evidence: 'AP says' },
    ],
    people: [{ name: 'Donald Trump', role: 'US president-elect' }],
    embeds: [{ platform: 'X', handle: '@SyriaCivilDefe', author: 'الدفاع المدني السوري', date: '2024-12-08' }],
  },
  related: [{ ...ref(32, 'Trump says US should stay out of Syria'), score: 0.41 }],
  updates: [{ ...ref(63, 'Assad has reportedly left'), publishedAt: null, relation: 'contradicts', position: 63 }],
  corrections: [{ kind: 'substantive', before: 'on Sunday', after: 'on Monday', diff: [{ op: '=', text: 'said on ' }, { op: '-', text: 'Sunday' }, { op: '+', text: 'Monday' }] }],
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
    const el = mount(<AnnotationBadge status="same" match={match} quiet={false} onOpenPost={() => {}} />);
    expect(el.textContent).toContain('In the index · unchanged');
    expect(el.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓');
  });

  it('collapses to one line of chips: sources, later updates, corrections', () => {
    const el = mount(<AnnotationBadge status="edited" match={match} details={details} quiet={false} onOpenPost={() => {}} />);
    expect([...el.querySelectorAll('.mini')].map((c) => c.textContent)).toEqual(['Truth Social', 'Reuters', 'AFP', '+1 more', 'Contradicted later (1)', '1 later update', '1 correction']);
    expect(el.querySelector('.card')).toBeNull();
    expect(el.querySelector('button.chip')?.getAttribute('aria-label')).toContain('1 later update');
  });

  it('opens a card with Attribution, Corrections, Later and Related, and closes with Esc', () => {
    const el = mount(<AnnotationBadge status="edited" match={match} details={details} quiet={false} onOpenPost={() => {}} />);
    const chip = el.querySelector('button.chip') as HTMLButtonElement;
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    act(() => chip.click());
    expect(chip.getAttribute('aria-expanded')).toBe('true');
    expect([...el.querySelectorAll('.card h3')].map((h) => h.textContent)).toEqual(['Attribution', 'Corrections', 'Later', 'Related']);
    expect(el.textContent).toContain('First published as post 60 of 64 in The Guardian’s live blog');
    expect(el.textContent).toContain('93% the same text');
    expect(el.textContent).toContain('Paragraph 2 first appeared in');
    expect(el.textContent).toContain('Written by Ruth Michaelson.');
    expect(el.textContent).toContain('Donald Trump, US president-elect');
    expect(el.querySelector('.r-contradicts')?.textContent).toBe('Contradicts');
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(chip.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('.card')).toBeNull();
  });

  it('shows a diff visibly and to a screen reader', () => {
    const el = mount(<AnnotationBadge status="edited" match={match} details={details} quiet={false} openRequest={1} onOpenPost={() => {}} />);
    expect(el.querySelector('del')?.textContent).toBe('removed: Sunday');
    expect(el.querySelector('ins')?.textContent).toBe('added: Monday');
  });

  it('opens indexed posts through the callback', () => {
    const open = vi.fn();
    const el = mount(<AnnotationBadge status="same" match={match} details={details} quiet={false} onOpenPost={open} />);
    act(() => (el.querySelector('button.chip') as HTMLButtonElement).click());
    act(() => (el.querySelector('.link') as HTMLButtonElement).click());
    expect(open).toHaveBeenCalledWith(match.postId);
    act(() => ([...el.querySelectorAll('.link')].at(-1) as HTMLButtonElement).click());
    expect(open).toHaveBeenLastCalledWith(`${match.coverage}:32`);
  });

  it('renders page text as text, right to left where it is Arabic', () => {
    const hostile = { ...match, title: '<img src=x onerror=alert(1)> شمس الحرية' };
    const el = mount(<AnnotationBadge status="same" match={hostile} details={details} quiet={false} onOpenPost={() => {}} />);
    act(() => (el.querySelector('button.chip') as HTMLButtonElement).click());
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...el.querySelectorAll('[dir="auto"]')].some((n) => n.textContent?.includes('الدفاع المدني السوري'))).toBe(true);
  });

  it('says what went wrong for an error, and renders nothing when quiet', () => {
    const el = mount(<AnnotationBadge status="error" reason="This post is too long to check." match={null} quiet={false} onOpenPost={() => {}} />);
    expect(el.textContent).toContain('Could not check: This post is too long to check.');
    act(() => render(<AnnotationBadge status="unindexed" match={null} quiet onOpenPost={() => {}} />, root));
    expect(root.innerHTML).toBe('');
  });
});
