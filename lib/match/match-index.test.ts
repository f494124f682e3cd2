import { describe, expect, it } from 'vitest';
import { fnv1a } from '../text/hash';
import { fold } from '../text/normalize';
import { normalizedKey } from './match-index';

describe('normalizedKey', () => {
  it('is the hash of the folded text, ASCII or not', () => {
    for (const t of ['Rebels ENTER Damascus', 'Ünïcödé İstanbul Straße', 'plain', '']) expect(normalizedKey(t)).toBe(fnv1a(fold(t)));
  });
});
