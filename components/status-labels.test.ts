import { afterEach, describe, expect, it } from 'vitest';
import { useLocale } from '../tests/support/i18n';
import { because } from '../lib/messages/reasons';
import { reasonShown } from './status-labels';

afterEach(() => useLocale('en'));

describe('why a post could not be checked', () => {
  it('is the English sentence in English, and the reader’s language otherwise', () => {
    const r = because('paragraphTooLong', 25000);
    expect(reasonShown(r.reason, r.why)).toBe(r.reason);
    expect(r.reason).toBe('This post is too long to check (a paragraph of 25,000 characters).');
    useLocale('fr');
    expect(reasonShown(r.reason, r.why)).toBe(
      `Ce message est trop long pour être vérifié (un paragraphe de ${new Intl.NumberFormat('fr').format(25000)} caractères).`,
    );
  });

  it('falls back to the English sentence for a code it does not know', () => {
    useLocale('fr');
    expect(reasonShown('Something odd.', { code: 'forged' as never, subs: [] })).toBe('Something odd.');
    expect(reasonShown('Something odd.')).toBe('Something odd.');
  });
});
