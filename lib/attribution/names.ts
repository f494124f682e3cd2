/** Person names in news prose: two to four capitalised words, with the particles names carry. */
import { isPlaceWord } from './data/places';

const WORD = "\\p{Lu}[\\p{L}'’-]*";
const PARTICLE = '(?:al-|Al-|el-|bin |ibn |van |von |de |da |du |Abu |abu )';
/** A name as a regex source (no capture groups). */
export const NAME = `${WORD}(?:\\s+${PARTICLE}?${WORD}|\\s+${PARTICLE}${WORD}){1,3}`;

/**
 * Capitalised words that start phrases which are not people: function words, institutions and
 * titles of general news prose, days and months. Places and nationalities come from the gazetteer
 * (data/places.ts); no name of any one story belongs here.
 */
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
  'UN',
  'US',
  'UK',
  'Islamic',
  'Islamist',
  'Free',
  'Al',
  'Amnesty',
  'Middle',
  'White',
  'Human',
  'Associated',
  'Agence',
  'State',
  'Arab',
  'Kurdish',
  'Western',
  'Forensic',
  'Political',
  'Security',
  'Military',
  'Officers’',
  "Officers'",
  'Sunday',
  'Saturday',
  'December',
  'April',
  'City',
  'Sunday’s',
]);

/** Last words that make a capitalised run an institution or a place ("… Council", "… Square"). */
const NOT_A_PERSON_END =
  /^(?:Administration|Government|Ministry|Army|Forces|Force|Council|Police|Square|Prison|Party|Airport|Street|Road|University|Hospital|Agency|Office|Court|Parliament|Observatory|Institute|Organisation|Organization|Committee|Commission|Front|Brigade|Brigades|Movement|Network|News|Media|Times|Post|Service|Services|Weapons|Rights|City|Province|Region|Station|Hotel|Centre|Center|Mosque|Church|Library|Club)$/;

export function looksLikePerson(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0];
  if (NOT_A_NAME.has(first) || isPlaceWord(first) || NOT_A_PERSON_END.test(words[words.length - 1])) return false;
  // All-caps words are acronyms or shouting, not names.
  return !name.split(/\s+/).some((w) => w.length > 2 && w === w.toUpperCase());
}
