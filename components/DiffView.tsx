/**
 * A word diff shown visibly (struck and underlined, not by colour alone) and read aloud as
 * "removed: …, added: …".
 */
import { t } from '../lib/i18n/t';
import type { DiffPart } from '../lib/types/correction';

export function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <p class="diff" dir="auto">
      {parts.map((p, i) =>
        p.op === '=' ? (
          <span key={i}>{p.text}</span>
        ) : p.op === '-' ? (
          <del key={i}>
            <span class="sr">{t('srRemoved')}</span>
            {p.text}
          </del>
        ) : (
          <ins key={i}>
            <span class="sr">{t('srAdded')}</span>
            {p.text}
          </ins>
        ),
      )}
    </p>
  );
}
