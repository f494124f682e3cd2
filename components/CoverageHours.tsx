/**
 * A coverage over time, in the Library: its posts per hour (per day for long blogs) as bars, the
 * part of each bar edited after publication darker, and the same said in words under it (the
 * chart's caption, which a screen reader reads after its name). Small hand-written SVG, as the timeline.
 */
import { busiest, type HourCounts } from '../lib/coverage/hour-counts';
import { dayText, momentText } from './dates';
import { t, tn, uiDirection } from '../lib/i18n/t';

const HEIGHT = 48;
const MAX_WIDTH = 480;

export function CoverageHours({ title, hours }: { title: string; hours: HourCounts | 'loading' }) {
  if (hours === 'loading')
    return (
      <p class="muted small" role="status">
        {t('hoursLoading')}
      </p>
    );
  if (!hours.posts.length) return <p class="muted small">{t('hoursNone')}</p>;
  const size = hours.unit === 'day' ? 86_400_000 : 3_600_000;
  const at = (i: number) => new Date(Date.parse(hours.start) + i * size).toISOString();
  const when = (i: number) => (hours.unit === 'day' ? dayText(at(i)) : momentText(at(i)));
  const top = busiest(hours)!;
  const total = hours.posts.reduce((a, b) => a + b, 0);
  const edited = hours.edited.reduce((a, b) => a + b, 0);
  const words = [
    t('hoursSpan', tn('posts', total), when(0), when(hours.posts.length - 1)),
    t(hours.unit === 'day' ? 'hoursBusiestDay' : 'hoursBusiestHour', when(top.index), tn('posts', top.posts)),
    tn('hoursEdited', edited),
    ...(hours.untimed ? [tn('hoursUntimed', hours.untimed)] : []),
  ].join(' ');
  const bar = Math.max(2, Math.min(12, Math.floor(MAX_WIDTH / hours.posts.length)));
  const width = bar * hours.posts.length;
  const scale = (n: number) => (n / top.posts) * (HEIGHT - 2);
  // Right to left, time runs leftwards too.
  const x = (i: number) => (uiDirection() === 'rtl' ? width - (i + 1) * bar : i * bar);
  return (
    <figure class="hours">
      <svg viewBox={`0 0 ${width} ${HEIGHT}`} width={width} height={HEIGHT} role="img" aria-label={t('hoursRegion', title)}>
        <line class="base" x1={0} x2={width} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} />
        {hours.posts.map((n, i) =>
          n ? (
            <g key={i}>
              <rect class="posts" x={x(i)} y={HEIGHT - scale(n)} width={bar - 1} height={scale(n)} />
              {hours.edited[i] ? (
                <rect class="edited" x={x(i)} y={HEIGHT - scale(hours.edited[i])} width={bar - 1} height={scale(hours.edited[i])} />
              ) : null}
            </g>
          ) : null,
        )}
      </svg>
      <figcaption class="muted small">{words}</figcaption>
    </figure>
  );
}
