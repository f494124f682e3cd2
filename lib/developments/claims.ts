/**
 * Claims: sentences reduced to what they assert (predicate families such as "stays" or "leaves")
 * and about whom (entity keys). Enough to tell a later post that repeats a claim from one that
 * overturns it ("remains in Damascus" → "has fled").
 */
import { findPeople } from '../attribution/people';
import { findSources } from '../attribution/sources';
import { sentences } from '../attribution/sentences';
import { normalize } from '../text/normalize';
import type { Relation } from '../types/post';

export type Predicate = 'stay' | 'leave' | 'enter' | 'capture' | 'withdraw' | 'topple' | 'stay-out' | 'ready';

const LEXICON: [Predicate, RegExp][] = [
  ['stay', /\b(?:remains?|remained|still in|stays?|stayed|carrying out his work|(?:has|have) not left|at work)\b/i],
  ['leave', /\b(?:fled|flee|flees|fleeing|left|leaves|flew out|boarded a plane|departure|is gone|whereabouts [^.]*unknown)\b/i],
  ['enter', /\b(?:entered|enters|enter|breached|reached|inside the city)\b/i],
  [
    'capture',
    /\b(?:captured?|captures|liberated|liberate|seized?|took control|taken control|claimed control|fall of|take|takes|taking)\b/i,
  ],
  ['withdraw', /\b(?:withdraws?|withdrew|withdrawn|withdrawing|pulling (?:its|their) forces|retreat(?:ed|ing)?|vacated|redeployed)\b/i],
  ['topple', /\b(?:toppled?|torn down|tearing down|brought down|pulling down|pulled down|trampled)\b/i],
  ['stay-out', /\b(?:not (?:be )?involved|nothing to do with|stay out|avoid engaging|not our fight|no intention of intervening)\b/i],
  ['ready', /\b(?:ready to|extend its hand|cooperate|continuity)\b/i],
];
const OPPOSITE: Partial<Record<Predicate, Predicate>> = { stay: 'leave', leave: 'stay' };
const NOT_LEFT = /\bnot (?:left|fled|gone)\b/i;
const DENIAL = /\b(?:den(?:y|ied|ies)|quash|rumou?rs? that|false)\b/i;
/** Hypotheticals assert nothing yet. */
const HYPOTHETICAL = /^(?:If|Should|Were)\b|\bwould\b/;

/** A spelling-tolerant key for a name: "Jalali"/"Jalili", "Mohammed"/"Mohammad", "Sednaya"/"Saydnaya". */
export function entityKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^(?:al|el)-/, '');
  return w[0] + w.slice(1).replace(/[aeiouy]+/g, '*');
}

/** Words too common in live blogs about a country to tie two sentences to one story. */
const GENERIC = new Set(
  'Syria Syrian Syrians President Minister Prime PM Sunday Saturday Government Rebel Rebels The State Guardian Islamist I We He She It They'
    .split(' ')
    .map(entityKey),
);

/** Capitalised only because they open a sentence. */
const OPENERS = new Set(
  (
    'the a an in on at as but and it its he she they we i this that these those there here meanwhile however after before ' +
    'protesters thousands hundreds dozens residents crowds videos video footage television pictures images rebels rebel insurgents ' +
    'forces government people witnesses officials activists fighters troops soldiers some many more most another other both ' +
    'while when where since during despite amid according nearly around about almost at least still even also then now today ' +
    'earlier later overnight separately elsewhere following online read here we our'
  ).split(' '),
);

export interface Claim {
  text: string;
  predicates: Set<Predicate>;
  /** Who and where the sentence is about (speakers included). */
  entities: Set<string>;
  /** Those of the entities that only say it: new speakers are not new facts. */
  speakers: Set<string>;
  /** Who or what each predicate is said of: the last entity named before the predicate ends. */
  subjects: Map<Predicate, string>;
}

const CAP_RUN = /(?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:al-|el-|bin |van |de )?\p{Lu}[\p{L}'’-]*)*/gu;

/** Keys of the people a sentence quotes. */
function speakersOf(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const p of findPeople(null, [sentence])) for (const w of p.name.split(/\s+/)) out.add(entityKey(w.replace(/^(?:al|el)-/i, '')));
  return out;
}

interface Mention {
  key: string;
  /** Where the mention ends in the sentence. */
  end: number;
}

/** Entity mentions of a sentence, in order: the last word of each capitalised run, sources cited left out. */
export function mentions(sentence: string): Mention[] {
  const quiet = new Set<string>();
  for (const s of findSources(null, [sentence])) for (const w of s.name.split(/\s+/)) quiet.add(entityKey(w));
  const out: Mention[] = [];
  for (const m of sentence.matchAll(CAP_RUN)) {
    const run = m[0];
    const words = run.split(/\s+/);
    // A lone capitalised word opening the sentence is a name ("Assad has fled") or just an opening.
    if (m.index === 0 && words.length === 1 && OPENERS.has(words[0].toLowerCase())) continue;
    if (run === run.toUpperCase() && run.length > 3) continue;
    const key = entityKey(words[words.length - 1].replace(/^(?:al|el)-/i, ''));
    if (!GENERIC.has(key) && !quiet.has(key)) out.push({ key, end: m.index! + run.length });
  }
  return out;
}

export function claimsOf(title: string | null, paragraphs: readonly string[], hypotheticals = false): Claim[] {
  const out: Claim[] = [];
  for (const block of [...(title ? [title] : []), ...paragraphs].map(normalize)) {
    for (const s of sentences(block)) {
      if (!hypotheticals && HYPOTHETICAL.test(s)) continue;
      const found = mentions(s);
      const predicates = new Set<Predicate>();
      const subjects = new Map<Predicate, string>();
      for (const [p, re] of LEXICON) {
        const m = re.exec(s);
        if (!m) continue;
        predicates.add(p);
        const end = m.index + m[0].length;
        const subject = found.filter((x) => x.end <= end).pop();
        if (subject) subjects.set(p, subject.key);
      }
      // "deny he had fled", "quash rumours that Assad had fled", "I have not left": staying.
      if (predicates.has('leave') && (DENIAL.test(s) || NOT_LEFT.test(s))) {
        predicates.delete('leave');
        predicates.add('stay');
        const who = subjects.get('leave');
        subjects.delete('leave');
        if (who && !subjects.has('stay')) subjects.set('stay', who);
      }
      out.push({ text: s, predicates, entities: new Set(found.map((x) => x.key)), speakers: speakersOf(s), subjects });
    }
  }
  return out;
}

export function shareEntity(a: Claim, b: Claim): boolean {
  for (const e of a.entities) if (b.entities.has(e)) return true;
  return false;
}

/**
 * How a later sentence bears on a claim: only when both are about one entity and say something
 * through the same predicate (confirms, or develops when it brings new names) or the opposite one.
 */
export function relate(claim: Claim, later: Claim): Relation | null {
  if (!shareEntity(claim, later)) return null;
  let best: Relation | null = null;
  for (const p of later.predicates) {
    const opposite = OPPOSITE[p];
    // Overturning needs the same subject: "the PM remains in Damascus" does not contradict "Assad left Damascus".
    if (opposite && claim.predicates.has(opposite) && !claim.predicates.has(p)) {
      const who = claim.subjects.get(opposite);
      if (who && later.subjects.get(p) === who) return 'contradicts';
    }
    if (claim.predicates.has(p)) {
      const news = [...later.entities].some((e) => !claim.entities.has(e) && !later.speakers.has(e));
      best = news ? (best ?? 'develops') : 'confirms';
    }
  }
  return best;
}
