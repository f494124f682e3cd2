/**
 * A byline's name as citation managers file it: family name (with its particles: "bin …",
 * "von der …", "de …"), given names, and a suffix ("Jr."). Zotero and the like sort and print by
 * the family name, so a particle cut from it ("…, Given bin") files a person under the wrong letter.
 */

/** Words that begin a family name when they stand before its last word (lower-cased to compare). */
const PARTICLES = new Set([
  'al',
  'bin',
  'ibn',
  'bint',
  'ben',
  'abu',
  'da',
  'das',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'st',
  'ter',
  'van',
  'von',
  'y',
]);
const SUFFIXES = /^(jr|sr|ii|iii|iv)\.?$/i;

export type PersonName = { family: string; given?: string; suffix?: string } | { literal: string };

export function personName(name: string): PersonName {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const suffix = words.length > 2 && SUFFIXES.test(words[words.length - 1].replace(/,$/, '')) ? words.pop() : undefined;
  if (words.length > 0 && words[words.length - 1].endsWith(',')) words[words.length - 1] = words[words.length - 1].slice(0, -1);
  if (words.length < 2) return { literal: name.trim() };
  // The family name is the last word and the particles just before it; the first word is always given.
  let first = words.length - 1;
  while (first > 1 && PARTICLES.has(words[first - 1].toLowerCase())) first--;
  return { family: words.slice(first).join(' '), given: words.slice(0, first).join(' '), ...(suffix && { suffix }) };
}

/** "Family, Given[, Suffix]" as RIS's AU asks; a one-word name as it is. */
export function risName(name: string): string {
  const p = personName(name);
  if ('literal' in p) return p.literal;
  return [p.family, p.given, p.suffix].filter(Boolean).join(', ');
}
