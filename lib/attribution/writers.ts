/**
 * Writers credited for a post: its byline (without desk names) and journalists the text credits
 * for its own reporting ("writes Ruth Michaelson", "the Guardian's Faisal Ali", "our contributor
 * …"). Journalists of other outlets quoted as sources are not writers.
 */
import { normalize } from '../text/normalize';
import { looksLikePerson, NAME } from './names';

const DESK =
  /(?:desk|\bstaff|agenc(?:y|ies)|newsroom|\beditors?\b|\bteam\b|reporters|correspondents|\blive\b|\bnews\b|\bmedia\b|\breuters\b|\bafp\b|\bap\b|\bpa\b)/i;
const OWN_OUTLET =
  "(?:the Guardian's|Guardian|the Guardian) (?:reporter |correspondent |journalist |contributor |writer |editor |columnist )?";
const CREDITS = [
  new RegExp(`\\bwrites (?:${OWN_OUTLET}|our (?:contributor|correspondent|reporter|writer) )?(${NAME})`, 'gu'),
  new RegExp(`\\b(?:T|t)he Guardian's (${NAME})`, 'gu'),
  new RegExp(`\\bGuardian (?:reporter|correspondent|journalist|contributor) (${NAME})`, 'gu'),
  new RegExp(`\\bour (?:contributor|correspondent|reporter|writer|colleague) (${NAME})`, 'gu'),
  new RegExp(`\\b(?:reports|writes|reporting by|words by) (?:our )?(${NAME})$`, 'gu'),
];

function cleanName(raw: string): string {
  // A name runs to the end of its capitalised words: drop a trailing verb such as "writes".
  return raw.replace(/\s+(?:Writes|Reports|Has|Is|Says)$/u, '').trim();
}

export function findWriters(title: string | null, paragraphs: readonly string[], byline: readonly string[] = []): string[] {
  const found = new Set<string>();
  for (const b of byline) {
    const name = normalize(b);
    const words = name.split(' ').length;
    if (name && !DESK.test(name) && words >= 2 && words <= 5) found.add(name);
  }
  for (const block of [...(title ? [title] : []), ...paragraphs].map(normalize)) {
    for (const re of CREDITS) {
      re.lastIndex = 0;
      for (let m = re.exec(block); m; m = re.exec(block)) {
        const name = cleanName(m[1]);
        if (looksLikePerson(name)) found.add(name);
      }
    }
  }
  return [...found];
}
