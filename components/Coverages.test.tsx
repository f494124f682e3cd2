// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { CoverageInfo } from '../lib/store/coverage-admin';
import { Coverages, type CoveragesProps } from './Coverages';
import { daysText } from './dates';
import { hourCounts } from '../lib/coverage/hour-counts';

const shipped: CoverageInfo = {
  id: 'guardian-syria-2024-12-07',
  title: 'Syria live',
  publisher: 'The Guardian',
  url: null,
  source: 'shipped',
  firstDay: '2024-12-07',
  lastDay: '2024-12-08',
  origin: 'shipped',
  posts: 64,
  bytes: 90_000,
};
const captured: CoverageInfo = {
  id: 'user-blog',
  title: 'Mars landing live',
  publisher: 'The Guardian',
  url: 'https://example.org/live',
  source: 'captured from https://example.org/live',
  firstDay: '2021-02-18',
  lastDay: null,
  origin: 'user',
  posts: 12,
  bytes: 20_000_000,
};

function mount(props: Partial<CoveragesProps> = {}) {
  const root = document.createElement('div');
  document.body.append(root);
  const handlers = { onImport: vi.fn(), onExport: vi.fn(), onDelete: vi.fn(), onPersist: vi.fn(), onOpen: vi.fn() };
  act(() =>
    render(
      <Coverages
        coverages={[shipped, captured]}
        storage={{ usage: 30_000_000, quota: 1_000_000_000, persisted: false }}
        importing={null}
        {...handlers}
        {...props}
      />,
      root,
    ),
  );
  return { root, ...handlers };
}

describe('Coverages', () => {
  it('lists each coverage with its posts, size, source and dates; only users’ own can be deleted', () => {
    const { root, onDelete, onExport, onOpen } = mount();
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-coverage'))).toEqual([shipped.id, captured.id]);
    expect(rows[0].textContent).toContain('shipped with Backstory');
    // Dates as the reader writes them, not ISO.
    expect(rows[0].textContent).toContain(daysText('2024-12-07', '2024-12-08'));
    expect(rows[0].textContent).not.toContain('2024-12-07');
    expect(rows[1].textContent).toContain('captured from https://example.org/live');
    expect(rows[1].textContent).toContain('19 MB');
    expect(rows[0].querySelector('button.danger')).toBeNull();
    // Deleting asks first, saying what goes and what stays.
    act(() => (rows[1].querySelector('button.danger') as HTMLButtonElement).click());
    expect(onDelete).not.toHaveBeenCalled();
    expect(rows[1].querySelector('[role="group"]')?.textContent).toMatch(
      /Delete “Mars landing live” and its 12 posts.*highlights are kept/,
    );
    act(() => ([...rows[1].querySelectorAll('button')].find((b) => b.textContent === 'Yes, delete') as HTMLButtonElement).click());
    expect(onDelete).toHaveBeenCalledWith(captured.id);
    act(() => (rows[0].querySelectorAll('button')[1] as HTMLButtonElement).click());
    expect(onExport).toHaveBeenCalledWith(shipped.id);
    act(() => (rows[1].querySelector('button.link') as HTMLButtonElement).click());
    expect(onOpen).toHaveBeenCalledWith(captured.id);
  });

  it('shows usage against quota, offers persistence, and warns before the quota is near', () => {
    const calm = mount();
    expect(calm.root.textContent).toContain('29 MB used of 954 MB available.');
    expect(calm.root.querySelector('[role="alert"]')).toBeNull();
    act(() => (calm.root.querySelector('.coverages > p button') as HTMLButtonElement).click());
    expect(calm.onPersist).toHaveBeenCalled();
    const full = mount({ storage: { usage: 850, quota: 1000, persisted: true } });
    expect(full.root.querySelector('[role="alert"]')?.textContent).toMatch(/nearly full\. Delete or export a coverage/);
    expect(full.root.textContent).toContain('Stored persistently');
  });

  it('shows import progress and disables a second import meanwhile', () => {
    const { root } = mount({ importing: { lines: 1234, bytes: 50, total: 200 } });
    const bar = root.querySelector('progress[aria-label="Import progress"]') as HTMLProgressElement;
    expect(bar.getAttribute('value')).toBe('50');
    expect(bar.getAttribute('max')).toBe('200');
    expect(root.textContent).toContain('1,234 lines read');
    expect((root.querySelector('input[type=file]') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows a coverage over time when asked: bars per hour, the edited part darker, and the same in words', () => {
    const onHours = vi.fn();
    const hours = hourCounts([
      { publishedAt: '2024-12-08T09:10:00Z', edited: false },
      { publishedAt: '2024-12-08T09:40:00Z', edited: true },
      { publishedAt: '2024-12-08T11:05:00Z', edited: false },
    ]);
    const closed = mount({ onHours }).root;
    const button = [...closed.querySelectorAll('button')].find((b) => b.textContent === 'Over time')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect(onHours).toHaveBeenCalledWith(shipped.id);
    const { root } = mount({ onHours, hours: { [shipped.id]: hours, [captured.id]: 'loading' } });
    const chart = root.querySelector(`[data-hours="${shipped.id}"]`)!;
    expect(chart.querySelectorAll('rect.posts')).toHaveLength(2);
    expect(chart.querySelectorAll('rect.edited')).toHaveLength(1);
    expect(chart.querySelector('svg')?.getAttribute('aria-label')).toBe('“Syria live” over time');
    expect(chart.querySelector('figcaption')?.textContent).toMatch(
      /^3 posts between .+ Busiest hour: from .+ \(2 posts\)\. 1 edited after publication/,
    );
    expect(root.querySelector(`[data-hours="${captured.id}"]`)?.textContent).toBe('Reading its posts…');
  });
});
