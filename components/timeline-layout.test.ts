import { describe, expect, it } from 'vitest';
import { MIN_GAP, timelineLayout, type TimelinePoint } from './timeline-layout';

const point = (id: string, at: string | null, position: number, relation: TimelinePoint['relation'] = 'develops'): TimelinePoint => ({
  id,
  at,
  position,
  relation,
  label: `${at?.slice(11, 16) ?? `post ${position}`} ${relation}`,
});

/** Two labels in one row overlap when their spans meet. */
const overlaps = (marks: ReturnType<typeof timelineLayout>['marks']) =>
  marks.some((a, i) =>
    marks.some((b, j) => i < j && a.row === b.row && a.labelX < b.labelX + b.labelWidth && b.labelX < a.labelX + a.labelWidth),
  );

describe('timelineLayout', () => {
  it('orders by time, places by time, and keeps every relation', () => {
    const l = timelineLayout(
      [
        point('c', '2024-12-08T18:00:00Z', 40, 'contradicts'),
        point('self', '2024-12-08T12:00:00Z', 20, 'self'),
        point('b', '2024-12-08T13:00:00Z', 25, 'confirms'),
      ],
      320,
    );
    expect(l.scale).toBe('time');
    expect(l.marks.map((m) => [m.id, m.relation])).toEqual([
      ['self', 'self'],
      ['b', 'confirms'],
      ['c', 'contradicts'],
    ]);
    // One hour of six is a sixth of the axis.
    const [a, b, c] = l.marks.map((m) => m.x);
    expect((b - a) / (c - a)).toBeCloseTo(1 / 6, 2);
  });

  it('falls back to the coverage’s order when a time is unknown, evenly spaced', () => {
    const l = timelineLayout(
      [point('late', null, 9), point('self', '2024-12-08T12:00:00Z', 3, 'self'), point('mid', '2024-12-08T13:00:00Z', 5)],
      300,
    );
    expect(l.scale).toBe('order');
    expect(l.marks.map((m) => m.id)).toEqual(['self', 'mid', 'late']);
    expect(l.marks[1].x - l.marks[0].x).toBeCloseTo(l.marks[2].x - l.marks[1].x, 5);
  });

  it('never lets marks touch or labels overlap, and keeps them inside its width', () => {
    // Many posts within a minute of each other, and one much later: all crowd one end.
    const crowd = Array.from({ length: 12 }, (_, i) => point(`p${i}`, `2024-12-08T12:00:${String(i * 3).padStart(2, '0')}Z`, i + 1));
    const l = timelineLayout([...crowd, point('later', '2024-12-09T12:00:00Z', 30, 'confirms')], 320);
    for (let i = 1; i < l.marks.length; i++) expect(l.marks[i].x - l.marks[i - 1].x).toBeGreaterThanOrEqual(MIN_GAP - 1e-9);
    expect(overlaps(l.marks)).toBe(false);
    for (const m of l.marks) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x).toBeLessThanOrEqual(320);
      expect(m.labelX).toBeGreaterThanOrEqual(0);
      expect(m.labelX + m.labelWidth).toBeLessThanOrEqual(320);
    }
    // Its height holds every row of labels.
    expect(l.height).toBeGreaterThanOrEqual(l.axisY + (Math.max(...l.marks.map((m) => m.row)) + 1) * l.rowHeight);
  });

  it('puts a lone post in the middle', () => {
    const l = timelineLayout([point('self', null, 1, 'self')], 200);
    expect(l.marks[0].x).toBe(100);
  });
});
