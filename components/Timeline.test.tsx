// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '../tests/support/mount';
import { useLocale } from '../tests/support/i18n';
import type { LaterPost } from '../lib/types/post';
import { Timeline } from './Timeline';

afterEach(() => useLocale('en'));

const later = (n: number, relation: LaterPost['relation']): LaterPost =>
  ({ postId: `c:${n}`, title: `Post ${n}`, excerpt: '', publishedAt: `2024-12-08T1${n}:00:00Z`, relation, position: n }) as LaterPost;

const draw = () =>
  mount(
    <Timeline
      post={{ postId: 'c:1', publishedAt: '2024-12-08T11:00:00Z', position: 1, title: 'The post' }}
      updates={[later(3, 'confirms'), later(5, 'contradicts')]}
      onOpenPost={() => {}}
    />,
  );
const xs = (el: HTMLElement) => [...el.querySelectorAll('.mark circle')].map((c) => Number(c.getAttribute('cx')));

describe('Timeline', () => {
  it('runs left to right in English, and right to left in Arabic', () => {
    const en = xs(draw());
    expect(en[0]).toBeLessThan(en[1]);
    expect(en[1]).toBeLessThan(en[2]);
    useLocale('ar');
    const ar = xs(draw());
    expect(ar[0]).toBeGreaterThan(ar[1]);
    expect(ar[1]).toBeGreaterThan(ar[2]);
  });

  it('moves to the next development with the arrow that points later', () => {
    useLocale('ar');
    const el = draw();
    document.body.append(el);
    const marks = [...el.querySelectorAll<SVGElement>('.mark')];
    marks[0].focus();
    act(() => void marks[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(document.activeElement).toBe(marks[1]);
    el.remove();
  });
});
