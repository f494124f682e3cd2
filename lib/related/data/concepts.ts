/**
 * Words news prose uses for one thing (general English, no story's words): two posts from two
 * outlets about one event rarely share their verbs ("boarded a plane", "the aircraft took off"),
 * but they share the concept. Each group becomes one more term, `~name`, weighed as a word.
 * Entries are stems as terms.ts makes them.
 */
const GROUPS: Record<string, string> = {
  air: 'plane aircraft jet flight airport airline airliner flew fly flying board boarding takeoff runway radar',
  leave: 'fled flee escape escap left leav depart exile whereabout',
  watch: 'monitor watch follow track observ',
  intervene: 'interven intervention involv involvement meddl',
  arrest: 'arrest detain detention custody held jail prison',
  dead: 'kill dead death die died fatal toll',
  fire: 'fire blaze burn ablaze arson torch',
  attack: 'attack strike assault shell bomb airstrike shoot',
  hurt: 'injur wound hurt hospital casualty',
  protest: 'protest demonstrat rally march protester crowd',
  troops: 'army military troop soldier forces force',
  rebel: 'rebel insurgent fighter opposition militant',
  capture: 'captur seiz control fell fall took taken liberat',
  talks: 'talk negotiat meeting summit envoy diplomat',
  vote: 'vote election ballot poll polling voter',
  court: 'court charg trial judge sentenc prosecut',
  leader: 'president leader premier chancellor',
};

const CONCEPT = new Map<string, string>();
for (const [name, words] of Object.entries(GROUPS)) for (const w of words.split(' ')) CONCEPT.set(w, `~${name}`);

/** The concept a term stands for, if it is in a group. */
export function conceptOf(term: string): string | undefined {
  return CONCEPT.get(term);
}
