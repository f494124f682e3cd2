/** Person names in news prose: two to four capitalised words, with the particles names carry. */

const WORD = "\\p{Lu}[\\p{L}'’-]*";
const PARTICLE = '(?:al-|Al-|el-|bin |ibn |van |von |de |da |du |Abu |abu )';
/** A name as a regex source (no capture groups). */
export const NAME = `${WORD}(?:\\s+${PARTICLE}?${WORD}|\\s+${PARTICLE}${WORD}){1,3}`;

/** Capitalised words that start phrases which are not people. */
const NOT_A_NAME = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'As',
  'But',
  'And',
  'Syrian',
  'Syria',
  'Syria’s',
  "Syria's",
  'Israeli',
  'Israel',
  'UN',
  'US',
  'UK',
  'Islamic',
  'Islamist',
  'Free',
  'Hay’at',
  "Hay'at",
  'Hayat',
  'Al',
  'Amnesty',
  'Middle',
  'London',
  'White',
  'Human',
  'Associated',
  'Agence',
  'Truth',
  'State',
  'Saydnaya',
  'Sednaya',
  'Damascus',
  'Homs',
  'Aleppo',
  'Arab',
  'Russian',
  'Iranian',
  'Turkish',
  'Kurdish',
  'Western',
  'Biden',
  'Lebanon’s',
  "Lebanon's",
  'Forensic',
  'Political',
  'Security',
  'Military',
  'Officers’',
  "Officers'",
  'Umayyad',
  'Sunday',
  'Saturday',
  'December',
  'April',
  'Gaza',
  'City',
  'Tel',
  'Radwan',
  'Baath',
  'Berlin',
  'Deraa',
  'Daraa',
  'Baba',
  'Sunday’s',
  'Prohibition',
  'Chemical',
]);

export function looksLikePerson(name: string): boolean {
  const first = name.split(/\s+/)[0];
  if (NOT_A_NAME.has(first)) return false;
  // All-caps words are acronyms or shouting, not names.
  return !name.split(/\s+/).some((w) => w.length > 2 && w === w.toUpperCase());
}
