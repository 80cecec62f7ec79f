/**
 * Titles and role nouns that stand before a person's name ("Prime Minister Benjamin
 * Netanyahu", "spokesman Vedant Patel"). They are not part of the name span: they are
 * evidence that the name after them is a PERSON, and they are kept on the mention as
 * `role` for the claims stage ("the prime minister" -> the person so titled).
 *
 * Written from general knowledge of English news style (AP and Reuters style guides'
 * lists of formal titles), lower case, one or more words.
 */

/** Formal titles, usually capitalised before a name. Multi-word titles are matched longest first. */
export const TITLES: readonly string[] = [
  // heads of state and government
  // hyphenated as well as spaced (European and British style: "Executive Vice-President")
  'president', 'vice president', 'vice-president', 'executive vice president', 'executive vice-president', 'vice-chancellor', 'vice premier', 'vice-premier', 'prime minister', 'deputy prime minister', 'premier', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'emperor', 'sultan', 'emir', 'sheikh', 'crown prince', 'pope',
  'governor', 'lieutenant governor', 'mayor', 'deputy mayor',
  // ministers and officials
  'minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister',
  'interior minister', 'health minister', 'justice minister', 'trade minister', 'economy minister',
  'secretary', 'secretary of state', 'secretary-general', 'secretary general', 'under secretary',
  'undersecretary', 'deputy secretary', 'assistant secretary', 'defense secretary', 'defence secretary',
  'home secretary', 'foreign secretary', 'treasury secretary', 'press secretary', 'financial secretary',
  'attorney general', 'ambassador', 'envoy', 'special envoy', 'commissioner', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'national security adviser', 'national security advisor', 'security adviser', 'security advisor', 'chief of staff',
  // legislators and judges
  'senator', 'sen.', 'sen', 'representative', 'rep.', 'rep', 'congressman', 'congresswoman',
  // plural abbreviations before two names ("Sens. Ted Cruz and Marco Rubio"); wink cuts
  // some of them from their full stop, so the bare word is listed too
  'sens.', 'sens', 'reps.', 'reps', 'govs.', 'govs', 'gov',
  'speaker', 'leader', 'majority leader', 'minority leader', 'senate majority leader', 'whip',
  'judge', 'justice', 'chief justice', 'magistrate', 'prosecutor', 'attorney', 'lawyer',
  // honorifics and military or police ranks
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'drs.', 'prof', 'prof.', 'professor', 'messrs.', 'messrs', 'sir', 'dame', 'lord', 'lady',
  'general', 'gen.', 'gen', 'gens.', 'lieutenant general', 'major general', 'brigadier general', 'admiral', 'adm.', 'adm',
  'colonel', 'col.', 'lieutenant', 'lt.', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.', 'commander', 'cmdr.',
  'corporal', 'private', 'marshal', 'field marshal', 'inspector', 'detective', 'chief', 'police chief',
  // religion
  'rabbi', 'imam', 'ayatollah', 'grand ayatollah', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rev.', 'father', 'sister', 'brother',
  // business, sport, civil society
  'chairman', 'chairwoman', 'chair', 'chief executive', 'ceo', 'president and chief executive', 'director',
  'director general', 'director-general', 'managing director', 'administrator', 'deputy administrator', 'executive director', 'founder', 'co-founder',
  'head', 'coach', 'manager', 'striker', 'goalkeeper', 'midfielder', 'defender', 'captain', 'skipper',
  'analyst', 'economist', 'trader', 'dealer', 'strategist', 'official', 'officer', 'aide', 'correspondent',
  'reporter', 'editor', 'columnist', 'author', 'writer', 'historian', 'researcher', 'scientist', 'activist',
  'candidate', 'nominee', 'challenger', 'incumbent', 'champion', 'compatriot', 'teammate', 'rival', 'opponent',
  'all-rounder', 'batsman', 'bowler', 'pitcher', 'quarterback', 'rider', 'driver', 'player', 'seed', 'winner',
];

/** Honorifics that make the following name a person whatever else is known about it. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.', 'sgt.', 'prof.',
]);
