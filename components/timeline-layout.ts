/**
 * Where a story's marks go on its timeline (components/Timeline.tsx draws them): the post and its
 * later developments on a time axis when every one has a time, else in the coverage's order
 * (positions grow with time). Labels go in rows under the axis so that none overlaps another.
 * Pure: measured in Node, drawn in a card.
 */

export type TimelineRelation = 'self' | 'confirms' | 'contradicts' | 'develops';

export interface TimelinePoint {
  id: string;
  /** ISO time, when known. */
  at: string | null;
  /** Place in its coverage (1 = oldest). */
  position: number;
  relation: TimelineRelation;
  /** What the label under the mark says ("13:04 Confirms"). */
  label: string;
}

export interface TimelineMark extends TimelinePoint {
  x: number;
  /** The label's row under the axis (0 = nearest), its left edge and width. */
  row: number;
  labelX: number;
  labelWidth: number;
}

export interface TimelineLayout {
  /** 'time': x is proportional to time; 'order': evenly spaced in the coverage's order. */
  scale: 'time' | 'order';
  marks: TimelineMark[];
  width: number;
  height: number;
  axisY: number;
  rowHeight: number;
}

export const MARK_RADIUS = 6;
/** Marks closer than this would touch: they are spread apart. */
export const MIN_GAP = 2 * MARK_RADIUS + 4;
const PAD = 12;
const LABEL_GAP = 6;
/** An estimate of a label's width per character at the card's 11 px (a narrow sans-serif). */
const CHAR_WIDTH = 6.2;

export function timelineLayout(points: readonly TimelinePoint[], width: number, rowHeight = 15): TimelineLayout {
  const timed = points.every((p) => p.at && !Number.isNaN(Date.parse(p.at)));
  const scale = timed ? 'time' : 'order';
  const sorted = [...points].sort((a, b) =>
    timed ? Date.parse(a.at!) - Date.parse(b.at!) || a.position - b.position : a.position - b.position,
  );
  const inner = Math.max(1, width - 2 * PAD);
  let xs = sorted.map((p, i) => {
    if (sorted.length === 1) return width / 2;
    if (!timed) return PAD + (inner * i) / (sorted.length - 1);
    const t0 = Date.parse(sorted[0].at!);
    const span = Date.parse(sorted[sorted.length - 1].at!) - t0;
    return span > 0 ? PAD + (inner * (Date.parse(p.at!) - t0)) / span : PAD + (inner * i) / (sorted.length - 1);
  });
  // Marks never touch: each at least MIN_GAP after the one before; if that runs off the end,
  // the order says enough and they are spread evenly.
  for (let i = 1; i < xs.length; i++) xs[i] = Math.max(xs[i], xs[i - 1] + MIN_GAP);
  if (xs.length > 1 && xs[xs.length - 1] > width - PAD) xs = xs.map((_, i) => PAD + (inner * i) / (xs.length - 1));
  // Each label in the nearest row where it clears the last label of that row.
  const rowEnds: number[] = [];
  const marks = sorted.map((p, i): TimelineMark => {
    const labelWidth = Math.ceil(p.label.length * CHAR_WIDTH);
    const labelX = Math.min(Math.max(0, xs[i] - labelWidth / 2), Math.max(0, width - labelWidth));
    let row = rowEnds.findIndex((end) => labelX >= end + LABEL_GAP);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = labelX + labelWidth;
    return { ...p, x: xs[i], row, labelX, labelWidth };
  });
  const axisY = MARK_RADIUS + 4;
  return { scale, marks, width, axisY, rowHeight, height: axisY + MARK_RADIUS + 6 + rowEnds.length * rowHeight };
}
