/**
 * Claims: sentences reduced to what they assert (predicate families such as "stays" or "leaves")
 * and about whom (entity keys). Enough to tell a later post that repeats a claim from one that
 * overturns it ("remains in the capital" → "has fled").
 */
import { findPeople } from '../attribution/people';
import { sourcesOfSentence } from '../attribution/sources';
import { sentences } from '../attribution/sentences';
import { normalize } from '../text/normalize';
import { terms } from '../related/terms';
import type { Relation } from '../types/post';

/**
 * What a sentence asserts, in families of verbs any story uses: people staying or leaving, places
 * entered, taken or left, things toppled, arrests, charges and courts, injuries, deaths, fires,
 * releases, resignations, meetings, demands, ends and openings. None is a word of one story.
 */
export type Predicate =
  | 'stay'
  | 'leave'
  | 'enter'
  | 'capture'
  | 'withdraw'
  | 'topple'
  | 'stay-out'
  | 'ready'
  | 'arrest'
  | 'charge'
  | 'injure'
  | 'die'
  | 'burn'
  | 'release'
  | 'resign'
  | 'meet'
  | 'demand'
  | 'end'
  | 'protect';

const LEXICON: [Predicate, RegExp][] = [
  ['stay', /\b(?:remains?|remained|still in|stays?|stayed|carrying out his work|(?:has|have) not left|at work)\b/i],
  ['leave', /\b(?:fled|flee|flees|fleeing|left|leaves|flew out|boarded a plane|departure|is gone|whereabouts [^.]*unknown)\b/i],
  ['enter', /\b(?:entered|enters|enter|breached|reached|inside the city|stormed|storm)\b/i],
  [
    'capture',
    /\b(?:captured?|captures|liberated|liberate|seized?|took control|taken control|claimed control|fall of|take|takes|taking)\b/i,
  ],
  ['withdraw', /\b(?:withdraws?|withdrew|withdrawn|withdrawing|pulling (?:its|their) forces|retreat(?:ed|ing)?|vacated|redeployed)\b/i],
  ['topple', /\b(?:toppled?|torn down|tearing down|brought down|pulling down|pulled down|trampled)\b/i],
  ['stay-out', /\b(?:not (?:be )?involved|nothing to do with|stay out|avoid engaging|not our fight|no intention of intervening)\b/i],
  ['ready', /\b(?:ready to|extend its hand|cooperate|continuity)\b/i],
  ['arrest', /\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed)?|detention|in custody|held by police)\b/i],
  ['charge', /\b(?:charged|charges?|court|remanded|convicted|jailed|sentenced|prosecut\w*|plead(?:ed|s)? guilty)\b/i],
  ['injure', /\b(?:injur(?:y|ies|ed)|hurt|wounded|hospital(?:ised|ized)?|unconscious)\b/i],
  ['die', /\b(?:died|dies|dead|death toll|killed|killing|deaths?|fatal(?:ly)?)\b/i],
  ['burn', /\b(?:fires?|blaze|ablaze|set alight|on fire|arson|burn(?:t|ed|ing)?|torched|petrol[- ]bomb\w*)\b/i],
  ['release', /\b(?:released|freed|let go|released on bail|bailed)\b/i],
  ['resign', /\b(?:resign(?:s|ed|ation)?|quit|quits|step(?:s|ped)? down)\b/i],
  ['meet', /\b(?:meeting|summit|talks|convene[sd]?|chair(?:s|ed)? an?)\b/i],
  ['demand', /\b(?:calls? (?:for|on)|called (?:for|on)|must be|demand(?:s|ed|ing)?|urged?|urging)\b/i],
  ['end', /\b(?:ended|ends|is over|now over|resolved|came to an end|come to an end|dispersed|called off|cancelled)\b/i],
  ['protect', /\b(?:protect(?:s|ed|ion|ing)?|security|guard(?:s|ed|ing)?|patrols?)\b/i],
];
/** Any predicate at all: most sentences have none, and skip the search predicate by predicate. */
const ANY_PREDICATE = new RegExp(LEXICON.map(([, re]) => re.source).join('|'), 'i');
/** Predicates that are events rather than states: told again in other words, they develop. */
const EVENTS = new Set<Predicate>(['arrest', 'charge', 'injure', 'die', 'burn', 'release', 'resign', 'meet', 'demand', 'end', 'protect']);
const OPPOSITE: Partial<Record<Predicate, Predicate>> = { stay: 'leave', leave: 'stay', arrest: 'release', release: 'arrest' };
const NOT_LEFT = /\bnot (?:left|fled|gone)\b/i;
const DENIAL = /\b(?:den(?:y|ied|ies)|quash|rumou?rs? that|false)\b/i;
/** A cue just before a predicate that negates it: "not recalling", "no longer held", "never arrested". */
const NEGATION =
  /\b(?:not|no longer|never|no|without|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|hasn['’]t|haven['’]t|didn['’]t|doesn['’]t|don['’]t|ruled out|denied|denies|deny)\s+(?:\w+\s+){0,2}$/i;
/** Hypotheticals assert nothing yet. */
const HYPOTHETICAL = /^(?:If|Should|Were)\b|\bwould\b/;
const NUMBER = /\b\d[\d,.]*\b/g;

/** A spelling-tolerant key for a name: "Mohammed"/"Mohammad", "Aleksei"/"Alexey", "Zelensky"/"Zelenskyy". */
export function entityKey(word: string): string {
  const w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^(?:al|el)-/, '');
  return w[0] + w.slice(1).replace(/[aeiouy]+/g, '*');
}

/**
 * Capitalised words that name no one in particular: pronouns, titles, days and months. What is too
 * common to tie two posts to one story in a given coverage comes from that coverage's own word
 * frequencies (later-updates.ts), not from a list of any story's names.
 */
const NOT_ENTITIES = new Set(
  (
    'I We He She It They The A An This That His Her Their Our President Minister Prime PM Government State Mr Mrs Ms Dr Sir ' +
    'Lord Lady Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December Today Tonight Yesterday'
  )
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
  /** Predicates the sentence says are not so ("has not been released", "no longer"). */
  negated: Set<Predicate>;
  /** Numbers the sentence gives ("57 arrests", "at least 10 officers"): a later figure that differs develops. */
  numbers: Set<string>;
  /** The sentence's content words: a later sentence that mostly repeats them confirms rather than develops. */
  terms: Set<string>;
  /** The content words the sentence negates, as terms (stemmed: "not recalling" → "recall"). */
  denied: Set<string>;
  /** The word each entity key was read from, lower-cased: how common it is in a coverage is asked by it. */
  words: Map<string, string>;
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
  word: string;
  /** Where the mention ends in the sentence. */
  end: number;
}

/** Entity mentions of a sentence, in order: the last word of each capitalised run, sources cited left out. */
export function mentions(sentence: string): Mention[] {
  const quiet = new Set<string>();
  for (const s of sourcesOfSentence(sentence)) for (const w of s.name.split(/\s+/)) quiet.add(entityKey(w));
  const out: Mention[] = [];
  for (const m of sentence.matchAll(CAP_RUN)) {
    const run = m[0];
    const words = run.split(/\s+/);
    // A lone capitalised word opening the sentence is a name ("Ramos has fled") or just an opening.
    if (m.index === 0 && words.length === 1 && OPENERS.has(words[0].toLowerCase())) continue;
    if (run === run.toUpperCase() && run.length > 3) continue;
    const word = words[words.length - 1].replace(/^(?:al|el)-/i, '').replace(/['’]s$/, '');
    const key = entityKey(word);
    if (!NOT_ENTITIES.has(key) && !quiet.has(key)) out.push({ key, word: word.toLowerCase(), end: m.index! + run.length });
  }
  return out;
}

const CAP_WORD = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * Every key an entity of this text's claims could have (each capitalised word's, as `mentions`
 * keys the last word of a run): a superset of their entities at a fraction of their cost, so that
 * a post that can share no entity with another is passed over without reading its claims.
 */
export function possibleEntities(title: string | null, paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const block of [...(title ? [title] : []), ...paragraphs]) {
    for (const m of normalize(block).matchAll(CAP_WORD)) out.add(entityKey(m[0].replace(/^(?:al|el)-/i, '').replace(/['’]s$/, '')));
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
      const negated = new Set<Predicate>();
      const subjects = new Map<Predicate, string>();
      for (const [p, re] of ANY_PREDICATE.test(s) ? LEXICON : []) {
        const m = re.exec(s);
        if (!m) continue;
        predicates.add(p);
        if (NEGATION.test(s.slice(Math.max(0, m.index - 40), m.index))) negated.add(p);
        const end = m.index + m[0].length;
        const subject = found.filter((x) => x.end <= end).pop();
        if (subject) subjects.set(p, subject.key);
      }
      // "deny he had fled", "quash rumours that the president had fled", "I have not left": staying.
      if (predicates.has('leave') && (DENIAL.test(s) || NOT_LEFT.test(s))) {
        predicates.delete('leave');
        predicates.add('stay');
        const who = subjects.get('leave');
        subjects.delete('leave');
        if (who && !subjects.has('stay')) subjects.set('stay', who);
      }
      // Read on first use: most claims compared are dismissed on their entities alone, and the
      // speakers (a people search) and terms cost more than the rest of the claim together.
      let speakers: Set<string> | undefined;
      let termSet: Set<string> | undefined;
      let denied: Set<string> | undefined;
      out.push({
        text: s,
        predicates,
        negated,
        numbers: new Set(s.match(NUMBER) ?? []),
        get terms() {
          return (termSet ??= new Set(terms(s)));
        },
        get denied() {
          return (denied ??= deniedStems(s));
        },
        entities: new Set(found.map((x) => x.key)),
        words: new Map(found.map((x) => [x.key, x.word])),
        get speakers() {
          return (speakers ??= speakersOf(s));
        },
        subjects,
      });
    }
  }
  return out;
}

const NEGATED_WORD =
  /\b(?:not|no longer|never|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|hasn['’]t|haven['’]t|didn['’]t|doesn['’]t|don['’]t)\s+(?:(?:be|been|being|yet|now|currently|immediately)\s+)?([\p{L}'’-]+)/giu;

function deniedStems(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(NEGATED_WORD)) {
    const [t] = terms(m[1]);
    if (t && t.length >= 4) out.add(t);
  }
  return out;
}

/** One sentence negates a content word the other asserts: "must be recalled" → "is not recalling". */
function negatesOther(a: Claim, b: Claim): boolean {
  // Terms are stemmed (terms.ts): "recalled", "recalling" and "recall" meet as one.
  const says = (c: Claim, term: string) => c.terms.has(term) && !c.denied.has(term);
  return [...b.denied].some((t) => says(a, t)) || [...a.denied].some((t) => says(b, t));
}

/** A later sentence that mostly says the claim's words again repeats it; one with words of its own tells more. */
const REPEATS = 0.5;
function repeats(claim: Claim, later: Claim): boolean {
  if (!later.terms.size) return true;
  let same = 0;
  for (const t of later.terms) if (claim.terms.has(t)) same++;
  return same / later.terms.size >= REPEATS;
}

/** Whether an entity is too common in the coverage to tie two sentences to one story (by its word). */
export type IsCommon = (word: string) => boolean;
const never: IsCommon = () => false;

/** Entities both sentences name that are not too common to tie them together. */
export function sharedEntities(a: Claim, b: Claim, common: IsCommon = never): string[] {
  const out: string[] = [];
  for (const e of a.entities) if (b.entities.has(e) && !common(a.words.get(e) ?? e)) out.push(e);
  return out;
}

/**
 * A post's claims by the entities they name and the predicates they use: a claim bears on
 * another only through a shared entity or a predicate of its own or its opposite (`bearing`), so
 * only those are compared, not every claim of every later post with every claim of the post.
 */
export interface ClaimKeys {
  byEntity: Map<string, number[]>;
  byPredicate: Map<Predicate, number[]>;
}

export function claimKeys(claims: readonly Claim[]): ClaimKeys {
  const byEntity = new Map<string, number[]>();
  const byPredicate = new Map<Predicate, number[]>();
  const add = <K>(m: Map<K, number[]>, k: K, i: number) => {
    const list = m.get(k);
    if (list) list.push(i);
    else m.set(k, [i]);
  };
  claims.forEach((c, i) => {
    for (const e of c.entities) add(byEntity, e, i);
    for (const p of c.predicates) add(byPredicate, p, i);
  });
  return { byEntity, byPredicate };
}

/** The claims (indices into the claims `keys` was made of) that may bear on `claim`, each once. */
export function mayBear(claim: Claim, keys: ClaimKeys): number[] {
  const out = new Set<number>();
  for (const e of claim.entities) for (const i of keys.byEntity.get(e) ?? []) out.add(i);
  for (const p of claim.predicates) {
    for (const i of keys.byPredicate.get(p) ?? []) out.add(i);
    const o = OPPOSITE[p];
    if (o) for (const i of keys.byPredicate.get(o) ?? []) out.add(i);
  }
  return [...out];
}

/** Whether a claim shares an entity not common in the coverage with any of these claims. */
export function sharesEntityWith(claim: Claim, keys: ClaimKeys, common: IsCommon = never): boolean {
  for (const e of claim.entities) if (keys.byEntity.has(e) && !common(claim.words.get(e) ?? e)) return true;
  return false;
}

/**
 * How a later sentence bears on a claim, from general cues only. Both must be about one entity
 * (one the coverage does not name everywhere, or the very subject of the predicate) and say
 * something through the same predicate or the opposite one:
 * - opposite predicates said of one subject, or the same predicate affirmed and then negated
 *   ("must be recalled" → "not recalling"), contradict;
 * - the same predicate with new names or other figures ("57 arrests" → "more than 90") develops;
 * - the same predicate in mostly the same words, with nothing new, confirms.
 */
export function relate(claim: Claim, later: Claim, common: IsCommon = never): Relation | null {
  return bearing(claim, later, common)?.relation ?? null;
}

/** The relation, and whether it was said of the claim's very subject (stronger than a shared name). */
export function bearing(claim: Claim, later: Claim, common: IsCommon = never): { relation: Relation; bySubject: boolean } | null {
  const shared = sharedEntities(claim, later, common);
  // A subject ties two sentences only when the coverage does not name it everywhere ("police" in a riot's blog).
  const sameSubject = (p: Predicate, q: Predicate) => {
    const who = claim.subjects.get(p);
    return !!who && later.subjects.get(q) === who && !common(claim.words.get(who) ?? who);
  };
  // A subject both say something of ties them however common it is ("the leader remains" → "the leader has fled").
  const tied =
    shared.length > 0 || [...later.predicates].some((q) => [q, OPPOSITE[q]].some((p) => p && claim.predicates.has(p) && sameSubject(p, q)));
  if (!tied) return null;
  if (shared.length && negatesOther(claim, later)) return { relation: 'contradicts', bySubject: false };
  let best: { relation: Relation; bySubject: boolean } | null = null;
  for (const p of later.predicates) {
    const opposite = OPPOSITE[p];
    // Overturning needs the same subject: "the PM remains in the capital" does not contradict "the leader left it".
    if (opposite && claim.predicates.has(opposite) && !claim.predicates.has(p) && sameSubject(opposite, p))
      return { relation: 'contradicts', bySubject: true };
    if (!claim.predicates.has(p)) continue;
    const bySubject = sameSubject(p, p);
    if (claim.negated.has(p) !== later.negated.has(p) && (shared.length || bySubject)) return { relation: 'contradicts', bySubject };
    const newNames = [...later.entities].some((e) => !claim.entities.has(e) && !later.speakers.has(e) && !common(later.words.get(e) ?? e));
    const newFigures = [...later.numbers].some((n) => !claim.numbers.has(n)) && claim.numbers.size > 0;
    // A state said again confirms it however it is worded; an event told in words of its own tells more of it.
    const more = newNames || newFigures || (EVENTS.has(p) && !repeats(claim, later));
    const relation: Relation = more ? 'develops' : 'confirms';
    if (!best || (relation === 'confirms' && best.relation === 'develops') || (bySubject && !best.bySubject && relation === best.relation))
      best = { relation, bySubject };
  }
  return best;
}
