/**
 * The sections of a post's card: Attribution, Corrections, Later, Related. Used inline (in the
 * chip's card) and in the popup. Page text is rendered as text, `dir="auto"`.
 */
import type { MatchSummary } from '../lib/types/post';
import type { PostDetails, SeenVersion } from '../lib/types/post';
import type { Correction } from '../lib/types/correction';
import type { PostStatus } from '../lib/types/post';
import { DiffView } from './DiffView';
import { Timeline } from './Timeline';
import { momentText, ownClockNote } from './dates';
import { t } from '../lib/i18n/t';
import { relatedness, relationLabel, similarityText, whereIndexed } from './status-labels';

export interface PostDetailsProps {
  status: PostStatus;
  match: MatchSummary | null;
  details?: PostDetails;
  onOpenPost: (postId: string) => void;
}

const CORRECTION_KEY = {
  wording: 'correctionWording',
  substantive: 'correctionSubstantive',
  added: 'correctionAdded',
  removed: 'correctionRemoved',
  notice: 'correctionNotice',
} as const;

function PostLink({
  postId,
  title,
  excerpt,
  onOpenPost,
}: {
  postId: string;
  title: string | null;
  excerpt: string;
  onOpenPost: (id: string) => void;
}) {
  return (
    <button type="button" class="link" onClick={() => onOpenPost(postId)} dir="auto">
      {title ?? `${excerpt.slice(0, 90)}${excerpt.length > 90 ? '…' : ''}`}
    </button>
  );
}

export function PostDetailsView({ status, match, details, onOpenPost }: PostDetailsProps) {
  const a = details?.attribution;
  return (
    <>
      <section aria-label={t('cardAttributionRegion')}>
        <h3>{t('cardAttribution')}</h3>
        {match ? (
          <>
            <p>
              {t('cardFirstPublished', whereIndexed(match))}
              {match.publishedAt ? `, ${momentText(match.publishedAt)}` : ''}
              {ownClockNote(match.publishedAt, match.publishedOffset)}. {status === 'edited' ? `${similarityText(match.similarity)}. ` : ''}
              <PostLink postId={match.postId} title={match.title} excerpt={match.excerpt} onOpenPost={onOpenPost} />
            </p>
            {a?.origins.length ? (
              <ul class="list">
                {a.origins.map((o) => (
                  <li key={`${o.paragraph}-${o.postId}`}>
                    {t('cardOriginLead', o.paragraph + 1)} <PostLink {...o} onOpenPost={onOpenPost} />
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        ) : (
          <p>{t('cardNotIndexed')}</p>
        )}
        {a?.writers.length ? <p>{t('cardWrittenBy', a.writers.join(', '))}</p> : null}
        {a?.sources.length ? (
          <ul class="list" aria-label={t('cardSourcesCited')}>
            {a.sources.map((s) => (
              <li key={s.name}>
                <strong>{s.name}</strong> <span class="muted">({s.kind})</span>:{' '}
                <span class="evidence" dir="auto">
                  {s.evidence}
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        {a?.people.length ? (
          <p>
            {t('cardQuotesOrCites')}{' '}
            {a.people.map((p, i) => (
              <span key={p.name} dir="auto">
                {i ? '; ' : ''}
                {p.name}
                {p.role ? `, ${p.role}` : ''}
              </span>
            ))}
            .
          </p>
        ) : null}
        {a?.embeds.length ? (
          <p>
            {t('cardEmbeds')}{' '}
            {a.embeds.map((e, i) => (
              <span key={i} dir="auto">
                {i ? '; ' : ''}
                {t('cardEmbedBy', e.platform, e.author ?? t('cardUnknownAuthor'))}
                {e.handle ? ` (${e.handle})` : ''}
                {e.date ? `, ${e.date}` : ''}
              </span>
            ))}
          </p>
        ) : null}
      </section>
      {details?.corrections.length || details?.versions ? (
        <section aria-label={t('cardCorrectionsRegion')}>
          <h3>{t('cardCorrections')}</h3>
          {details.corrections.length ? <CorrectionList changes={details.corrections} /> : null}
          {details.versions && <VersionHistory versions={details.versions} />}
        </section>
      ) : null}
      {details?.updates.length ? (
        <section aria-label={t('cardLaterRegion')}>
          <h3>{t('cardLater')}</h3>
          <Timeline
            post={
              match
                ? { postId: match.postId, publishedAt: match.publishedAt, position: match.position, title: match.title }
                : { postId: null, publishedAt: null, position: Math.min(...details.updates.map((u) => u.position)) - 1, title: null }
            }
            updates={details.updates}
            onOpenPost={onOpenPost}
          />
          <ol class="list">
            {details.updates.map((u) => (
              <li key={u.postId}>
                <span class={`tag r-${u.relation}`}>{relationLabel(u.relation)}</span> {t('cardLaterPost', u.position)}{' '}
                <PostLink {...u} onOpenPost={onOpenPost} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {details?.related.length ? (
        <section aria-label={t('cardRelatedRegion')}>
          <h3>{t('cardRelated')}</h3>
          <ul class="list">
            {details.related.map((r) => (
              <li key={r.postId}>
                <PostLink {...r} onOpenPost={onOpenPost} /> <span class="muted">· {relatedness(r.score)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function CorrectionList({ changes }: { changes: Correction[] }) {
  return (
    <ul class="list">
      {changes.map((c, i) => (
        <li key={i}>
          <span class={`tag c-${c.kind}`}>{t(CORRECTION_KEY[c.kind])}</span>{' '}
          {c.diff ? (
            <DiffView parts={c.diff} />
          ) : c.kind === 'removed' ? (
            <del dir="auto">
              <span class="sr">{t('srRemoved')}</span>
              {c.before}
            </del>
          ) : (
            <ins dir="auto">
              <span class="sr">{t('srAdded')}</span>
              {c.after}
            </ins>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Every version of a followed post the reader saw, oldest first, each with what changed from the one before. */
function VersionHistory({ versions }: { versions: SeenVersion[] }) {
  return (
    <>
      <h4>{t('versionsSeen')}</h4>
      <ol class="list versions" data-testid="versions">
        {versions.map((v, i) => (
          <li key={v.firstSeen}>
            {t(i === 0 ? 'versionFirstSeen' : 'versionChangedSeen')} <time dateTime={v.firstSeen}>{momentText(v.firstSeen)}</time>
            {v.lastSeen !== v.firstSeen && (
              <>
                {' '}
                {t('versionUntil')} <time dateTime={v.lastSeen}>{momentText(v.lastSeen)}</time>
              </>
            )}
            {v.changes.length ? <CorrectionList changes={v.changes} /> : null}
          </li>
        ))}
      </ol>
    </>
  );
}
