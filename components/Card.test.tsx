// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchSummary } from '../lib/types/post';
import type { PostDetails } from '../lib/types/post';
import { Card } from './Card';
import { renderChipLine, type CardOpener } from './chip-line';
import type { ChipView } from '../lib/page/annotator';
import { readerClick, readerKey } from '../tests/support/events';
import { useLocale } from '../tests/support/i18n';

const match: MatchSummary = {
  postId: 'guardian-syria-2024-12-07:60',
  coverage: 'guardian-syria-2024-12-07',
  coverageTitle: 'Syria live',
  publisher: 'The Guardian',
  title: 'Trump says Assad ‘fled’ Syria',
  excerpt: 'US president-elect Donald Trump said…',
  url: null,
  publishedAt: null,
  similarity: 0.93,
  position: 60,
  total: 64,
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
  corrections: [
    {
      kind: 'substantive',
      before: 'on Sunday',
      after: 'on Monday',
      diff: [
        { op: '=', text: 'said on ' },
        { op: '-', text: 'Sunday' },
        { op: '+', text: 'Monday' },
      ],
    },
  ],
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

const view = (over: Partial<ChipView> = {}): ChipView => ({ status: 'edited', match, details, quiet: false, openRequest: 0, ...over });

/** A card opener that draws the real Card synchronously, as the loaded card module does. */
const opener = (onOpenPost = (_id: string) => {}): CardOpener => ({
  open: (m, v, close) => act(() => render(<Card {...v} onOpenPost={onOpenPost} onClose={close} />, m)),
  close: (m) => act(() => render(null, m)),
});

describe('chip line', () => {
  it('shows the status in words and an icon, not colour alone', () => {
    root = document.createElement('div');
    document.body.append(root);
    renderChipLine(root, view({ status: 'same', details: undefined }), opener());
    expect(root.textContent).toContain('In the index · unchanged');
    expect(root.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓');
  });

  it('speaks the UI’s language: French words and plurals, an Arabic chip line laid out right to left', () => {
    try {
      useLocale('fr');
      root = document.createElement('div');
      renderChipLine(root, view(), opener());
      expect(root.querySelector('.chip')?.textContent).toContain('Modifié depuis l’indexation');
      expect([...root.querySelectorAll('.mini')].map((c) => c.textContent)).toContain('1 mise à jour ultérieure');
      const card = mount(<Card {...view()} onOpenPost={() => {}} onClose={() => {}} />);
      expect([...card.querySelectorAll('.card h3')].map((h) => h.textContent)).toEqual(['Attribution', 'Corrections', 'Ensuite', 'Liés']);
      useLocale('ar');
      root = document.createElement('div');
      renderChipLine(root, view(), opener());
      const line = root.querySelector('.bs')!;
      expect(line.getAttribute('dir')).toBe('rtl');
      expect(line.getAttribute('lang')).toBe('ar');
      expect(root.querySelector('.chip')?.textContent).toContain('عُدِّل منذ فهرسته');
      expect([...root.querySelectorAll('.mini')].map((c) => c.textContent)).toContain('تحديث لاحق واحد');
    } finally {
      useLocale('en');
    }
  });

  it('collapses to one line of chips: sources, later updates, corrections', () => {
    root = document.createElement('div');
    renderChipLine(root, view(), opener());
    expect([...root.querySelectorAll('.mini')].map((c) => c.textContent)).toEqual([
      'Truth Social',
      'Reuters',
      'AFP',
      '+1 more',
      'Contradicted later (1)',
      '1 later update',
      '1 correction',
    ]);
    expect(root.querySelector('.card')).toBeNull();
    expect(root.querySelector('button.chip')?.getAttribute('aria-label')).toContain('1 later update');
  });

  it('opens the card on click with aria-expanded, closes on a second click and with Esc', () => {
    root = document.createElement('div');
    document.body.append(root);
    renderChipLine(root, view(), opener());
    const chip = () => root.querySelector('button.chip') as HTMLButtonElement;
    expect(chip().getAttribute('aria-expanded')).toBe('false');
    readerClick(chip());
    expect(chip().getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.card')).not.toBeNull();
    readerClick(chip());
    expect(root.querySelector('.card')).toBeNull();
    readerClick(chip());
    act(() => {
      readerKey(document, 'Escape');
    });
    expect(chip().getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.card')).toBeNull();
  });

  it('ignores clicks and keys the page makes', () => {
    root = document.createElement('div');
    document.body.append(root);
    const open = vi.fn();
    renderChipLine(root, view(), opener(open));
    const chip = root.querySelector('button.chip') as HTMLButtonElement;
    chip.click();
    chip.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(root.querySelector('.card')).toBeNull();
    readerClick(chip);
    expect(root.querySelector('.card')).not.toBeNull();
    // Inside the open card: a forged click follows no link, a forged Esc closes nothing.
    (root.querySelector('.card .link') as HTMLButtonElement).click();
    expect(open).not.toHaveBeenCalled();
    act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(root.querySelector('.card')).not.toBeNull();
  });

  it('opens when the popup asks, and stays open across re-renders', () => {
    root = document.createElement('div');
    const o = opener();
    renderChipLine(root, view(), o);
    renderChipLine(root, view({ openRequest: 1 }), o);
    expect(root.querySelector('.card')).not.toBeNull();
    renderChipLine(root, view({ openRequest: 1, status: 'same' }), o);
    expect(root.querySelector('.card')).not.toBeNull();
    expect(root.querySelector('button.chip')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('says what went wrong for an error, and draws nothing when quiet', () => {
    root = document.createElement('div');
    renderChipLine(root, view({ status: 'error', reason: 'This post is too long to check.', match: null, details: undefined }), opener());
    expect(root.textContent).toContain('Could not check: This post is too long to check.');
    renderChipLine(root, view({ status: 'unindexed', quiet: true }), opener());
    expect(root.innerHTML).toBe('');
  });
});

describe('chip line on a followed blog', () => {
  it('says new or changed since the last visit, and leaves an unchanged post with nothing to say without a chip', () => {
    root = document.createElement('div');
    renderChipLine(root, view({ status: 'unindexed', details: undefined, since: 'new' }), opener());
    expect(root.querySelector('button.chip.s-new')?.textContent).toContain('New since your last visit');
    renderChipLine(root, view({ status: 'same', details: undefined, since: 'changed' }), opener());
    expect(root.querySelector('button.chip.s-changed')?.textContent).toContain('Changed since your last visit');
    renderChipLine(root, view({ status: 'same', details: undefined, since: 'unchanged' }), opener());
    expect(root.innerHTML).toBe('');
    // Unchanged, but with sources and later developments to tell: the line stays, with the index status.
    renderChipLine(root, view({ status: 'same', since: 'unchanged' }), opener());
    expect(root.querySelector('button.chip.s-same')?.textContent).toContain('In the index · unchanged');
    expect(root.querySelectorAll('.mini').length).toBeGreaterThan(0);
  });
});

describe('Card', () => {
  it('shows every version of a followed post the reader saw, oldest first, each with its diff', () => {
    const versions = [
      { firstSeen: '2025-01-01T10:00:00Z', lastSeen: '2025-01-01T12:00:00Z', changes: [] },
      { firstSeen: '2025-01-02T09:00:00Z', lastSeen: '2025-01-02T09:00:00Z', changes: details.corrections },
    ];
    const el = mount(<Card {...view({ details: { ...details, corrections: [], versions } })} onOpenPost={() => {}} onClose={() => {}} />);
    const items = el.querySelectorAll('[data-testid="versions"] > li');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toMatch(/^First seen .+ to /);
    expect(items[0].querySelector('del')).toBeNull();
    expect(items[1].textContent).toMatch(/^Changed, seen /);
    expect(items[1].querySelector('del')?.textContent).toBe('removed: Sunday');
    expect(items[0].querySelector('time')?.getAttribute('datetime')).toBe('2025-01-01T10:00:00Z');
  });

  it('says when the post was first published on its own clock too, where its page gave its zone', () => {
    const at = '2024-08-05T20:00:00Z';
    const reader = -new Date(at).getTimezoneOffset();
    const own = reader === 60 ? 120 : 60;
    const el = mount(
      <Card {...view({ match: { ...match, publishedAt: at, publishedOffset: own } })} onOpenPost={() => {}} onClose={() => {}} />,
    );
    expect(el.textContent).toMatch(new RegExp(`\\(\\d{2}:\\d{2} (AM |PM )?UTC\\+${own / 60} on the blog’s clock\\)\\.`));
    const same = mount(
      <Card {...view({ match: { ...match, publishedAt: at, publishedOffset: reader } })} onOpenPost={() => {}} onClose={() => {}} />,
    );
    expect(same.textContent).not.toContain('on the blog’s clock');
  });

  it('has Attribution, Corrections, Later and Related', () => {
    const el = mount(<Card {...view()} onOpenPost={() => {}} onClose={() => {}} />);
    expect([...el.querySelectorAll('.card h3')].map((h) => h.textContent)).toEqual(['Attribution', 'Corrections', 'Later', 'Related']);
    expect(el.textContent).toContain('First published as post 60 of 64 in The Guardian’s live blog');
    expect(el.textContent).toContain('93% the same text');
    expect(el.textContent).toContain('Paragraph 2 first appeared in');
    expect(el.textContent).toContain('Written by Ruth Michaelson.');
    expect(el.textContent).toContain('Donald Trump, US president-elect');
    expect(el.querySelector('.tag.r-contradicts')?.textContent).toBe('Contradicts');
    // A related post says how related in words, not as a bare score.
    const related = el.querySelector('[aria-label="Related posts"] li')!.textContent!;
    expect(related).toContain('shares key words');
    expect(related).not.toMatch(/\d+%/);
  });

  it('draws the story’s timeline in Later: the post, then each later post, labelled, reached and opened from the keyboard', () => {
    const opened: string[] = [];
    const updates = [
      { ...ref(61, 'Rebels reach the capital'), publishedAt: '2024-12-08T06:10:00Z', relation: 'develops' as const, position: 61 },
      { ...ref(63, 'Assad has reportedly left'), publishedAt: '2024-12-08T09:30:00Z', relation: 'contradicts' as const, position: 63 },
    ];
    const v = view();
    const el = mount(
      <Card
        {...v}
        match={{ ...v.match!, publishedAt: '2024-12-08T05:00:00Z' }}
        details={{ ...v.details!, updates }}
        onOpenPost={(id) => opened.push(id)}
        onClose={() => {}}
      />,
    );
    const later = el.querySelector('[aria-label="Later developments"]')!;
    const svg = later.querySelector('svg')!;
    expect(svg.getAttribute('aria-label')).toBe('The story over time: this post, then 2 later posts (1 contradicts, 1 develops)');
    const marks = [...svg.querySelectorAll<SVGElement>('.mark')];
    expect(marks.map((m) => m.getAttribute('class'))).toEqual(['mark r-self', 'mark r-develops', 'mark r-contradicts']);
    expect(marks.every((m) => m.getAttribute('tabindex') === '0')).toBe(true);
    expect(marks[2].getAttribute('aria-label')).toMatch(/ · contradicts — Assad has reportedly left$/);
    // The list below stays: it is the timeline in words.
    expect(later.querySelectorAll('ol.list li')).toHaveLength(2);
    document.body.append(el);
    act(() => marks[0].focus());
    // A key the page makes moves nothing; the reader's do.
    act(() => void marks[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(document.activeElement).toBe(marks[0]);
    act(() => readerKey(marks[0], 'ArrowRight'));
    expect(document.activeElement).toBe(marks[1]);
    act(() => readerKey(marks[2], 'Enter'));
    act(() => readerClick(marks[1]));
    expect(opened).toEqual([updates[1].postId, updates[0].postId]);
    el.remove();
  });

  it('shows a diff visibly and to a screen reader', () => {
    const el = mount(<Card {...view()} onOpenPost={() => {}} onClose={() => {}} />);
    expect(el.querySelector('del')?.textContent).toBe('removed: Sunday');
    expect(el.querySelector('ins')?.textContent).toBe('added: Monday');
  });

  it('opens indexed posts through the callback, and closes on Esc', () => {
    const open = vi.fn();
    const onClose = vi.fn();
    const el = mount(<Card {...view()} onOpenPost={open} onClose={onClose} />);
    act(() => readerClick(el.querySelector('.link')!));
    expect(open).toHaveBeenCalledWith(match.postId);
    act(() => readerClick([...el.querySelectorAll('.link')].at(-1)!));
    expect(open).toHaveBeenLastCalledWith(`${match.coverage}:32`);
    act(() => {
      readerKey(document, 'Escape');
    });
    expect(onClose).toHaveBeenCalled();
  });

  it('renders page text as text, right to left where it is Arabic', () => {
    const hostile = { ...match, title: '<img src=x onerror=alert(1)> شمس الحرية' };
    const el = mount(<Card {...view({ match: hostile })} onOpenPost={() => {}} onClose={() => {}} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...el.querySelectorAll('[dir="auto"]')].some((n) => n.textContent?.includes('الدفاع المدني السوري'))).toBe(true);
  });

  it('says what went wrong for an error', () => {
    const el = mount(
      <Card {...view({ status: 'error', reason: 'Matching failed.', match: null })} onOpenPost={() => {}} onClose={() => {}} />,
    );
    expect(el.textContent).toBe('Matching failed.');
  });
});
