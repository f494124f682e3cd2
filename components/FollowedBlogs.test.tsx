// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FollowedBlogs } from './FollowedBlogs';
import type { FollowedBlogInfo } from '../lib/store/follow-store';
import { mount } from '../tests/support/mount';

const blog = (over: Partial<FollowedBlogInfo>): FollowedBlogInfo => ({
  blogId: 'blog-a',
  url: 'https://a.example/live',
  title: 'Storm live',
  site: 'a.example',
  firstVisit: '2025-01-01T00:00:00Z',
  lastVisit: '2025-01-02T00:00:00Z',
  visits: 3,
  posts: 40,
  changes: 5,
  kept: false,
  ...over,
});

describe('FollowedBlogs', () => {
  it('lists each blog with its site, visits, posts, changes and last visit; forgets one or all', () => {
    const onForget = vi.fn();
    const onForgetAll = vi.fn();
    const blogs = [blog({}), blog({ blogId: 'blog-b', url: 'javascript:alert(1)', title: 'Vote live', site: 'b.example', kept: true })];
    const el = mount(
      <FollowedBlogs blogs={blogs} retentionDays={90} enabled onForget={onForget} onForgetAll={onForgetAll} onRetention={() => {}} />,
    );
    const rows = el.querySelectorAll('tbody tr');
    expect([...rows[0].querySelectorAll('td')].slice(1, 4).map((td) => td.textContent)).toEqual(['3', '40', '5']);
    expect(rows[0].querySelector('a')?.getAttribute('href')).toBe('https://a.example/live');
    // Only web addresses become links.
    expect(rows[1].querySelector('a')).toBeNull();
    expect(rows[1].textContent).toContain('in your index, kept');
    // Forgetting asks first; "Yes" does it.
    const press = (within: Element, text: string) =>
      act(() => ([...within.querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement).click());
    press(rows[1], 'Forget this blog');
    expect(onForget).not.toHaveBeenCalled();
    expect(rows[1].textContent).toContain('Forget “Vote live”');
    press(rows[1], 'Yes, forget it');
    expect(onForget).toHaveBeenCalledWith(blogs[1]);
    press(el, 'Forget every followed blog');
    expect(el.textContent).toContain('Forget all 2 followed blogs');
    press(el, 'Yes, forget them all');
    expect(onForgetAll).toHaveBeenCalled();
  });

  it('shows how long blogs are kept and changes it', () => {
    const onRetention = vi.fn();
    const el = mount(
      <FollowedBlogs blogs={[]} retentionDays={90} enabled onForget={() => {}} onForgetAll={() => {}} onRetention={onRetention} />,
    );
    expect(el.textContent).toContain('No followed blog yet');
    const select = el.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('90');
    select.value = '30';
    act(() => {
      select.dispatchEvent(new Event('change'));
    });
    expect(onRetention).toHaveBeenCalledWith(30);
  });
});
