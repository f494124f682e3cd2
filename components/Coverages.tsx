/**
 * The Library's index section: the coverages stored (posts, size, source, dates), storage used
 * against quota, and importing, exporting or deleting a coverage. A view: the entrypoint does the
 * storage.
 */
import { Fragment } from 'preact';
import { ConfirmButton } from './ConfirmButton';
import { CoverageHours } from './CoverageHours';
import type { HourCounts } from '../lib/coverage/hour-counts';
import { sizeText } from './counts';
import { daysText } from './dates';
import type { CoverageInfo } from '../lib/store/coverage-admin';
import { formatNumber, t, tn } from '../lib/i18n/t';

export interface StorageInfo {
  usage: number;
  quota: number;
  persisted: boolean;
}

export interface CoveragesProps {
  coverages: CoverageInfo[];
  storage: StorageInfo | null;
  /** Import in progress: lines read so far. */
  importing: { lines: number; bytes: number; total: number } | null;
  message?: { kind: 'ok' | 'error'; text: string } | null;
  onImport: (file: File) => void;
  onExport: (id: string) => void;
  onDelete: (id: string) => void;
  onPersist: () => void;
  onOpen: (id: string) => void;
  /** Coverages shown over time (their posts per hour), or being read for it. */
  hours?: Record<string, HourCounts | 'loading'>;
  /** Shows or hides a coverage over time. */
  onHours?: (id: string) => void;
}

/** Warn well before the browser starts refusing writes (users of other local-first tools lost data there). */
const WARN_AT = 0.8;

export function Coverages({
  coverages,
  storage,
  importing,
  message,
  onImport,
  onExport,
  onDelete,
  onPersist,
  onOpen,
  hours = {},
  onHours,
}: CoveragesProps) {
  const share = storage && storage.quota ? storage.usage / storage.quota : 0;
  return (
    <section class="coverages" aria-label={t('coveragesTitle')}>
      <h2>{t('coveragesTitle')}</h2>
      {storage && (
        <p class={share >= WARN_AT ? 'error' : 'muted'} role={share >= WARN_AT ? 'alert' : undefined}>
          {t(share >= WARN_AT ? 'storageNearlyFull' : 'storageUsed', sizeText(storage.usage), sizeText(storage.quota))}{' '}
          {storage.persisted ? (
            t('storagePersisted')
          ) : (
            <button type="button" onClick={onPersist}>
              {t('storagePersist')}
            </button>
          )}
        </p>
      )}
      {message && (
        <p class={message.kind === 'error' ? 'error' : 'ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('colCoverage')}</th>
            <th scope="col">{t('colPosts')}</th>
            <th scope="col">{t('colSize')}</th>
            <th scope="col">{t('colDates')}</th>
            <th scope="col">{t('colActions')}</th>
          </tr>
        </thead>
        <tbody>
          {coverages.map((c) => (
            <Fragment key={c.id}>
              <tr data-coverage={c.id}>
                <td>
                  <button type="button" class="link" dir="auto" onClick={() => onOpen(c.id)}>
                    {c.title}
                  </button>
                  <br />
                  <span class="muted small">
                    {c.publisher} · {c.origin === 'shipped' ? t('coverageShipped') : c.source}
                  </span>
                </td>
                <td>{formatNumber(c.posts)}</td>
                <td>{sizeText(c.bytes)}</td>
                <td class="nowrap">{daysText(c.firstDay, c.lastDay)}</td>
                <td class="row">
                  {onHours && (
                    <button type="button" aria-expanded={c.id in hours} onClick={() => onHours(c.id)}>
                      {t('hoursShow')}
                    </button>
                  )}
                  <button type="button" onClick={() => onExport(c.id)}>
                    {t('coverageExport')}
                  </button>
                  {c.origin === 'user' && (
                    <ConfirmButton
                      label={t('delete')}
                      question={t('coverageDeleteQuestion', c.title, tn('posts', c.posts))}
                      confirmLabel={t('confirmDelete')}
                      onConfirm={() => onDelete(c.id)}
                    />
                  )}
                </td>
              </tr>
              {hours[c.id] && (
                <tr class="hours-row" data-hours={c.id}>
                  <td colSpan={5}>
                    <CoverageHours title={c.title} hours={hours[c.id]} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      <p>
        <label class="import">
          {t('coverageImport')}{' '}
          <input
            type="file"
            accept=".jsonl,application/jsonl,application/x-ndjson,text/plain"
            disabled={!!importing}
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0];
              if (file) onImport(file);
              (e.target as HTMLInputElement).value = '';
            }}
          />
        </label>
      </p>
      {importing && (
        <p role="status">
          <progress max={importing.total} value={importing.bytes} aria-label={t('importProgress')} /> {tn('linesRead', importing.lines)}
        </p>
      )}
    </section>
  );
}
