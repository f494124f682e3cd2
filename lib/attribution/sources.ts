/**
 * Sources a post cites, from the gazetteer (data, not code): canonical name, kind, and the sentence
 * that cites it. Wires, broadcasters and monitors count wherever they are named; organisations,
 * governments and some platforms only where the text cites them, since they are often just the
 * subject of the news ("UN offices", "the army withdrew").
 */
import gazetteer from './gazetteer.json';
import { normalize } from '../text/normalize';
import { sentences } from './sentences';
import type { SourceKind, CitedSource } from '../types/attribution';

interface Entry {
  name: string;
  kind: SourceKind;
  aliases: string[];
  caseSensitive?: boolean;
  needsCue?: boolean;
  cueBeforeOnly?: boolean;
}

const VERBS_AFTER =
  /^(?:\s*\([^)]*\))?(?:'s)?\s+(?:\w+\s+){0,4}?(?:said|says|say|told|tells|reported|reports|reporting|report|denied|denies|deny|confirmed|confirms|confirm|announced|announces|declared|declares|documented|concluded|notes|noted|shared|issued|released|posted|broadcast|broadcasting|stated|claimed|claims|acknowledge|acknowledged|showed|shows|published|warned|statement|quoted)\b/;
const COMMA_VERB_AFTER = /^,\s*(?:said|says|shared|told|noted|notes|wrote|added)\b/;
const CUES_BEFORE =
  /(?:according to|told|tells|as reported by|reported by|as per|citing|via|verified by|spoke to|posted on|statement on|notes on|posting on|feed on)\s+(?:(?:the|his|her|its|their|a|an)\s+)?(?:[\w’'-]+\s+){0,12}$/i;
const NEAR_BEFORE =
  /(?:according to|told|as reported by|reported by|as per|citing|via|verified by|spoke to|posted on|\bon)\s+(?:the\s+|his\s+|her\s+|its\s+)?$/i;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Compiled extends Entry {
  re: RegExp;
}

const ENTRIES: Compiled[] = (gazetteer.sources as Entry[]).map((e) => ({
  ...e,
  re: new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${e.aliases.map((a) => escapeRe(normalize(a))).join('|')})(?![\\p{L}\\p{N}])`,
    e.caseSensitive ? 'gu' : 'giu',
  ),
}));

/**
 * Every alias of every source, case aside: a sentence it does not match names none of them, and
 * skips the search source by source (most sentences of a blog cite nothing; this was the bulk of
 * a page's attribution and claims, profiled). Where every alias is ASCII, its bounds are ASCII
 * letters and digits and it has no `u` flag (text here is NFKC-normalised: no Kelvin sign or long
 * s stands for a letter of one): a looser test than each source's, three times faster, which
 * never misses one.
 */
const ALIASES = ENTRIES.flatMap((e) => e.aliases.map((a) => escapeRe(normalize(a))));
// eslint-disable-next-line no-control-regex -- the ASCII range, NUL included, on purpose
const ANY_ALIAS = ALIASES.every((a) => /^[\x00-\x7F]*$/.test(a))
  ? new RegExp(`(?<![A-Za-z0-9])(?:${ALIASES.join('|')})(?![A-Za-z0-9])`, 'i')
  : new RegExp(`(?<![\\p{L}\\p{N}])(?:${ALIASES.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

function cited(e: Compiled, sentence: string, start: number, end: number): boolean {
  if (!e.needsCue) return true;
  const before = sentence.slice(0, start);
  if (e.cueBeforeOnly) return NEAR_BEFORE.test(before);
  const after = sentence.slice(end);
  const clause = after.split(/[,;:]/)[0];
  return VERBS_AFTER.test(clause) || COMMA_VERB_AFTER.test(after) || CUES_BEFORE.test(before);
}

/** Adds the sources one sentence (normalised) cites to those found before it. */
function citedIn(sentence: string, found: Map<string, CitedSource>): void {
  if (!ANY_ALIAS.test(sentence)) return;
  for (const e of ENTRIES) {
    if (found.has(e.name)) continue;
    e.re.lastIndex = 0;
    for (let m = e.re.exec(sentence); m; m = e.re.exec(sentence)) {
      if (cited(e, sentence, m.index, m.index + m[0].length)) {
        found.set(e.name, { name: e.name, kind: e.kind, evidence: evidenceOf(sentence) });
        break;
      }
    }
  }
}

/** The sources one sentence of normalised text (a `sentences` piece) cites: claims ask this of every sentence. */
export function sourcesOfSentence(sentence: string): CitedSource[] {
  const found = new Map<string, CitedSource>();
  citedIn(sentence, found);
  return [...found.values()];
}

function evidenceOf(sentence: string): string {
  return sentence.length <= 240 ? sentence : `${sentence.slice(0, 237)}…`;
}

/** Sources cited in a post's text, one entry per source, in order of first citation. */
export function findSources(title: string | null, paragraphs: readonly string[], embedPlatforms: readonly string[] = []): CitedSource[] {
  const found = new Map<string, CitedSource>();
  const blocks = [...(title ? [title] : []), ...paragraphs].map(normalize);
  for (const block of blocks) {
    if (!ANY_ALIAS.test(block)) continue;
    for (const sentence of sentences(block)) citedIn(sentence, found);
  }
  for (const platform of embedPlatforms) {
    if (found.has(platform)) continue;
    const kind = (ENTRIES.find((e) => e.name === platform)?.kind ?? 'platform') as SourceKind;
    found.set(platform, { name: platform, kind, evidence: `An embedded ${platform} post` });
  }
  return [...found.values()];
}
