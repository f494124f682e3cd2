/**
 * A story at a glance: the post and its later developments as marks on one line, each labelled
 * with its time (or its place in the coverage) and what it does to the post (confirms,
 * contradicts, develops), never told by colour alone. Each mark is a link to the post, reached
 * with Tab and moved along with the arrow keys; the list beside it is its text in full.
 */
import { useRef } from 'preact/hooks';
import type { LaterPost } from '../lib/types/post';
import { MARK_RADIUS, timelineLayout, type TimelinePoint, type TimelineRelation } from './timeline-layout';
import { relationLabel } from './status-labels';
import { clockText } from './dates';
import { formatNumber, t, tn, uiDirection, uiLanguage } from '../lib/i18n/t';

/** A mark's relation as its label says it, in the UI's language ("confirms", "this post"). */
const relationWord = (r: TimelineRelation): string =>
  r === 'self' ? t('timelineThisPost') : relationLabel(r).toLocaleLowerCase(uiLanguage());

export interface TimelineProps {
  /** The post itself: its indexed copy, or (not indexed) only its place just before its story's next posts. */
  post: { postId: string | null; publishedAt: string | null; position: number; title: string | null };
  updates: readonly LaterPost[];
  width?: number;
  onOpenPost: (postId: string) => void;
}

export function Timeline({ post, updates, width = 420, onOpenPost }: TimelineProps) {
  const svg = useRef<SVGSVGElement>(null);
  const all = [
    { id: post.postId ?? '', at: post.publishedAt, position: post.position, relation: 'self' as const, title: post.title },
    ...updates.map((u) => ({ id: u.postId, at: u.publishedAt, position: u.position, relation: u.relation, title: u.title })),
  ];
  const days = new Set(all.map((p) => p.at?.slice(0, 10)));
  const timed = all.every((p) => p.at);
  const when = (p: (typeof all)[number]) => (timed ? clockText(new Date(p.at!), days.size > 1) : t('timelinePostAt', p.position));
  const points: TimelinePoint[] = all.map((p) => ({
    ...p,
    label: `${when(p)} · ${relationWord(p.relation)}`,
  }));
  const layout = timelineLayout(points, width);
  const titles = new Map(all.map((p) => [p.id, p.title]));
  const counts = (['confirms', 'contradicts', 'develops'] as const)
    .map((r) => [r, updates.filter((u) => u.relation === r).length] as const)
    .filter(([, n]) => n > 0)
    .map(([r, n]) => `${formatNumber(n)} ${relationWord(r)}`);
  const summary = t(
    layout.scale === 'time' ? 'timelineSummaryTime' : 'timelineSummaryOrder',
    tn('laterPosts', updates.length),
    counts.join(', '),
  );
  // Right to left (Arabic), time runs leftwards: the layout's x is mirrored (each label's text
  // starts at its box's right edge), and the arrow keys follow the marks as drawn.
  const rtl = uiDirection() === 'rtl';
  const x = (v: number) => (rtl ? layout.width - v : v);
  const later = rtl ? 'ArrowLeft' : 'ArrowRight';
  const earlier = rtl ? 'ArrowRight' : 'ArrowLeft';
  const move = (e: KeyboardEvent, i: number) => {
    const step = e.key === later ? 1 : e.key === earlier ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const marks = svg.current?.querySelectorAll<SVGElement>('.mark');
    marks?.[Math.min(Math.max(0, i + step), marks.length - 1)]?.focus();
  };
  return (
    <figure class="timeline">
      {/* Drawn at its own size (labels at the card's text size); a narrower card shrinks it. */}
      <svg
        ref={svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="group"
        aria-label={summary}
      >
        <line class="axis" x1={0} x2={layout.width} y1={layout.axisY} y2={layout.axisY} aria-hidden="true" />
        {layout.marks.map((m, i) => {
          // Its visible label first, as a screen reader names it (axe: the name holds the visible text).
          const name = m.relation === 'self' ? m.label : `${m.label} — ${titles.get(m.id) ?? t('timelineUntitled')}`;
          return (
            <g
              key={m.id}
              class={`mark r-${m.relation}`}
              tabindex={0}
              role="link"
              aria-label={name}
              onClick={() => m.id && onOpenPost(m.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && m.id) onOpenPost(m.id);
                else move(e, i);
              }}
            >
              <circle cx={x(m.x)} cy={layout.axisY} r={m.relation === 'self' ? MARK_RADIUS : MARK_RADIUS - 1} />
              <line
                x1={x(m.x)}
                x2={x(m.x)}
                y1={layout.axisY + MARK_RADIUS}
                y2={layout.axisY + MARK_RADIUS + 4 + m.row * layout.rowHeight}
              />
              <text x={x(m.labelX)} y={layout.axisY + MARK_RADIUS + 4 + (m.row + 1) * layout.rowHeight - 3}>
                {m.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
