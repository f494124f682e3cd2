// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { VisitSummary } from '../lib/types/post';
import { FollowPanel } from './FollowPanel';
import { timeAgo } from './relative-time';
import { mount } from '../tests/support/mount';

const now = Date.parse('2025-01-02T12:00:00Z');
const summary: VisitSummary = {
  site: 'news.example',
  enabled: true,
  siteFollowed: true,
  lastVisit: '2025-01-02T10:00:00Z',
  counts: { new: 3, changed: 2, unchanged: 7 },
  removed: [{ key: 'gone', title: 'A pulled post', paragraphs: ['It said <b>this</b>.'], lastSeen: '2025-01-02T10:00:00Z' }],
};

describe('FollowPanel', () => {
  it('says when the reader last visited and what changed, and lists the removed posts with their text', () => {
    const el = mount(<FollowPanel summary={summary} liveBlog now={now} />);
    expect(el.querySelector('[data-testid="last-visit"]')?.textContent).toBe('Last visit 2 hr. ago: 3 new, 2 changed, 1 removed.');
    const gone = el.querySelector('[data-testid="removed-since"]')!;
    expect(gone.querySelector('summary')?.textContent).toBe('Removed since your last visit (1 post)');
    expect(gone.querySelector('li')?.textContent).toContain('It said <b>this</b>.');
    expect(gone.querySelector('b')).toBeNull();
  });

  it('says a first visit starts following, and nothing of visits where following is off', () => {
    const first = mount(<FollowPanel summary={{ ...summary, lastVisit: null, removed: [] }} liveBlog now={now} />);
    expect(first.textContent).toContain('First visit: Backstory follows this blog from now on');
    const off = mount(<FollowPanel summary={{ ...summary, siteFollowed: false, lastVisit: null, removed: [] }} liveBlog now={now} />);
    expect(off.querySelector('[data-testid="last-visit"]')).toBeNull();
  });

  it('turns following off everywhere or for the site', () => {
    const onFollow = vi.fn();
    const el = mount(<FollowPanel summary={summary} liveBlog onFollow={onFollow} now={now} />);
    const [everywhere, site] = [...el.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    expect(site.parentElement?.textContent).toContain('On news.example');
    const toggle = (box: HTMLInputElement) =>
      act(() => {
        box.checked = !box.checked;
        box.dispatchEvent(new Event('change'));
      });
    toggle(site);
    expect(onFollow).toHaveBeenLastCalledWith({ site: false });
    toggle(everywhere);
    expect(onFollow).toHaveBeenLastCalledWith({ enabled: false });
    const disabled = mount(<FollowPanel summary={{ ...summary, enabled: false }} liveBlog onFollow={onFollow} now={now} />);
    expect((disabled.querySelectorAll('input')[1] as HTMLInputElement).disabled).toBe(true);
  });
});

describe('timeAgo', () => {
  it('says how long ago in the largest unit that fits', () => {
    expect(timeAgo('2025-01-02T11:59:30Z', now, 'en')).toBe('this minute');
    expect(timeAgo('2025-01-02T11:15:00Z', now, 'en')).toBe('45 min. ago');
    expect(timeAgo('2024-12-30T12:00:00Z', now, 'en')).toBe('3 days ago');
    expect(timeAgo('not a date', now, 'en')).toBe('not a date');
  });
});
