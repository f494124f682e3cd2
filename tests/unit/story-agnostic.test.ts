/**
 * The analyses know nothing of any one story: no place, person or country name of the stories
 * Backstory is tested on appears in lib/ code (tests, and the gazetteer of general knowledge in
 * lib/attribution/data/, aside). What is too common to matter comes from each coverage's own
 * statistics (lib/developments/later-updates.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** Names of the two labelled stories (the shipped coverage, the Mirror fixture) and their people. */
const STORY_WORDS = [
  'Syria',
  'Assad',
  'Damascus',
  'Homs',
  'Aleppo',
  'Hama',
  'Idlib',
  'Daraa',
  'Deraa',
  'Jolani',
  'Jalali',
  'Saydnaya',
  'Sednaya',
  'Hezbollah',
  'Radwan',
  'Biden',
  'Trump',
  'Umayyad',
  'Jaramana',
  'Kabul',
  'Southport',
  'Sunderland',
  'Rotherham',
  'Tamworth',
  'Middlesbrough',
  'Starmer',
  'Tommy Robinson',
  'Mars',
  'Perseverance',
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'data' ? [] : files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('story-agnostic analyses', () => {
  it('no lib/ module names a place or person of a particular story', () => {
    const hits: string[] = [];
    for (const file of files(join(ROOT, 'lib'))) {
      const text = readFileSync(file, 'utf8');
      for (const word of STORY_WORDS) if (new RegExp(`\\b${word}`, 'i').test(text)) hits.push(`${relative(ROOT, file)}: ${word}`);
    }
    expect(hits).toEqual([]);
  });
});
