/**
 * People a post quotes or cites, with their role where the text gives it: "commander Mazloum Abdi",
 * "Jane Doe, who heads the UK-based monitoring group…", "the UN special envoy for the region,
 * Geir Pedersen, said". A name counts when a verb of saying (or "according to") is near it, so
 * people who are only the subject of the news are left out.
 */
import { normalize } from '../text/normalize';
import { looksLikePerson, NAME } from './names';
import { sentences } from './sentences';
import type { CitedPerson } from '../types/attribution';

const ROLE_WORDS = [
  'commander',
  'leader',
  'president-elect',
  'president',
  'prime minister',
  'minister',
  'envoy',
  'mayor',
  'activist',
  'journalist',
  'reporter',
  'diplomat',
  'doctor',
  'lawyer',
  'investigator',
  'director',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'adviser',
  'official',
  'coordinator',
  'physician',
  'photographer',
  'correspondent',
  'editor',
  'lt col',
  'general',
  'chief',
  'head',
  'analyst',
  'resident',
  'reveler',
  'researcher',
  'professor',
];
// Names are case-sensitive (\p{Lu}), so the role words carry their own case: "President", "president".
const ROLE_NOUN = `(?:${ROLE_WORDS.map((w) => w.replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => `${sp}[${c.toLowerCase()}${c.toUpperCase()}]`)).join('|')})`;
const ROLE_NOUN_RE = new RegExp(ROLE_NOUN, 'u');
/** Words that can stand before a role but are not part of it ("said former diplomat X"). */
const NOT_ROLE = new Set([
  'said',
  'says',
  'writes',
  'and',
  'that',
  'as',
  'their',
  'his',
  'her',
  'despite',
  'amid',
  'reports',
  'of',
  'notified',
  'officers',
  'the',
  'a',
  'an',
  'by',
  'told',
  'with',
  'from',
  'to',
  'in',
  'on',
  'sunday',
  'saturday',
  'when',
  'while',
  'after',
]);
const TITLES = /^(?:(?:President-elect|President|Prime Minister|Minister|Lt Col|Dr|General|Commander)\s+)+/u;
const SAYING =
  /\b(?:said|says|say|told|tells|added|wrote|writes|posted|urged|announced|notes|noted|shared|statement|according to|reiterate|declared|claimed)\b/i;

const ROLE_BEFORE = new RegExp(`((?:[\\p{L}'’-]+\\s+){0,3}?${ROLE_NOUN})\\s+(${NAME})`, 'gu');
const ROLE_AFTER = new RegExp(`(${NAME}),\\s+((?:a|an|the|another)\\s+)?([^,.;:“”"]{3,90}?)(?=[,.;:]|$)`, 'gu');
const ROLE_APPOSITION = new RegExp(`\\b(?:the|a|an)\\s+([^,.;]{0,40}?${ROLE_NOUN}[^,.;]{0,40}),\\s+(${NAME}),`, 'gu');
const NAME_SAYS = new RegExp(
  `(${NAME})(?:,[^,]{0,80},)?\\s+(?:said|says|told|added|wrote|posted|urged|announced|notes|shared|declared|claimed)\\b`,
  'gu',
);
const ACCORDING = new RegExp(`according to (${NAME})`, 'gu');

function tidyRole(role: string): string | null {
  const words = role
    .trim()
    .replace(/^who heads\s+/i, 'head of ')
    .replace(/\s+(?:who|which|told|said|says)\b.*$/i, '')
    .split(/\s+/);
  while (words.length && NOT_ROLE.has(words[0].toLowerCase())) words.shift();
  const r = words.join(' ');
  return r.length >= 3 ? r : null;
}

function stripTitle(name: string): { name: string; title: string | null } {
  const m = TITLES.exec(name);
  return m && m[0].length < name.length ? { name: name.slice(m[0].length), title: m[0].trim() } : { name, title: null };
}

const VERB = '(?:said|says|told|tells|added|wrote|posted|urged|announced|notes|noted|shared|declared|claimed|reiterated|warned)';
const VERB_AFTER = new RegExp(`^[\\s,]*(?:\\S+\\s+){0,3}?${VERB}\\b`, 'u');
// "said former diplomat X", "according to X"; not "said that X…", where X is who the news is about.
const VERB_BEFORE = new RegExp(`(?:${VERB}|according to)\\s+(?:(?!that\\b)\\S+\\s+){0,5}$`, 'u');

/** An apposition after a name, up to the verb of saying: ", the group's leader, said". */
const APPOSITION_TO_VERB = new RegExp(`^,\\s*(?:a|an|the|another|who)\\b[^,]*?(?=\\s+${VERB}\\b)`, 'u');

/** Is the name at [start, end) the one speaking: a verb of saying right after it (past an apposition), or before it? */
function speaking(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end);
  const rest = after.replace(APPOSITION_TO_VERB, '').replace(/^(?:,[^,]{0,140}){1,2},/u, '');
  return VERB_AFTER.test(after) || VERB_AFTER.test(rest) || VERB_BEFORE.test(sentence.slice(0, start));
}

export function findPeople(title: string | null, paragraphs: readonly string[], exclude: readonly string[] = []): CitedPerson[] {
  const people = new Map<string, string | null>();
  const add = (rawName: string, role: string | null) => {
    const { name, title: t } = stripTitle(rawName.trim().replace(/['’]s$/u, ''));
    if (!looksLikePerson(name) || exclude.includes(name)) return;
    const r = role ?? (t ? t.toLowerCase() : null);
    if (!people.has(name) || (people.get(name) === null && r)) people.set(name, r);
  };
  for (const block of [...(title ? [title] : []), ...paragraphs].map(normalize)) {
    for (const s of sentences(block)) {
      if (!SAYING.test(s)) continue;
      const at = (m: RegExpMatchArray, group: number) => {
        const start = m.index! + m[0].indexOf(m[group]);
        return speaking(s, start, start + m[group].length);
      };
      // Each pattern only where what it needs is there: a role noun, a comma, "according to".
      const hasRole = ROLE_NOUN_RE.test(s);
      if (hasRole) for (const m of s.matchAll(ROLE_BEFORE)) if (at(m, 2)) add(m[2], tidyRole(m[1]));
      if (hasRole) for (const m of s.matchAll(ROLE_APPOSITION)) if (at(m, 2)) add(m[2], tidyRole(m[1]));
      if (s.includes(','))
        for (const m of s.matchAll(ROLE_AFTER)) {
          const role = m[3];
          if ((ROLE_NOUN_RE.test(role) || /^who\s/.test(role) || /\d+-year-old/.test(role)) && at(m, 1)) add(m[1], tidyRole(role));
        }
      for (const m of s.matchAll(NAME_SAYS)) add(m[1], null);
      if (s.includes('according to')) for (const m of s.matchAll(ACCORDING)) add(m[1], null);
    }
  }
  return [...people].map(([name, role]) => ({ name, role }));
}
