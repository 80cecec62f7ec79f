/**
 * Typing a name candidate: every piece of evidence adds weight to PERSON, ORGANIZATION
 * or PLACE, and the heaviest type wins. Evidence ids are kept on the mention so users
 * (and tests) see why. The weights are hand-set heuristics, ordered by how reliable
 * each cue is: an organization suffix or a title beats a lexicon entry, which beats
 * context ("in X"), which beats the shape of the name alone.
 */
import type { EntityType, Token } from '../../pipeline/document';
import type { Candidate } from './find-spans';
import { CLOSED_NAME_OPENERS, keyOf, longestKnown, spellsAcronym } from './find-spans';
import type { Gazetteer } from './lexicons/gazetteer';
import { MEMBER_ROLES, contextCues } from './context-cues';
import { figuresOnLine, tableRowTeam } from './table-rows';
import { SPORT_NAMES } from './lexicons/sports';
import { INDUSTRY_WORDS, ORG_HEADS_BEFORE_OF, ORG_PREFIXES, ORG_SUFFIXES } from './lexicons/org-words';
import {
  EVENT_SUFFIXES,
  NAME_PARTICLES,
  PLACE_POSSESSED,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  POSTING_WORDS,
  RESULT_WORDS,
  SPEECH_VERBS,
} from './lexicons/words';

/** What is known about the whole article when typing one name. */
export interface ArticleContext {
  /** A sports report: place names in result contexts are teams (organizations). */
  sports: boolean;
  /**
   * Last words of the article's full personal names (a first name, then more): such a
   * word alone is that person, not a team named after a place ("MaliVai Washington" ...
   * "Washington fell short").
   */
  surnames?: ReadonlySet<string>;
}

export type Scores = Record<EntityType, number>;

export interface Typed {
  cand: Candidate;
  key: string;
  scores: Scores;
  evidence: string[];
  /** Not a name of the three types (a demonym, a nationality): dropped. */
  drop: boolean;
}

const ACRONYM = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}{2,6}$|^\p{Lu}+&\p{Lu}+$/u;
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|ese|ic|ian|ean)$/u;
/**
 * Religious and ethnic groups and common abbreviations that are not names (general
 * knowledge; nationalities come from the gazetteer's demonyms).
 */
const GROUPS = new Set(
  (
    'muslim muslims moslem moslems christian christians jew jews arab arabs serb serbs croat croats kurd kurds ' +
    'tajik tajiks chechen chechens sunni sunnis shia shiite shiites hindu hindus sikh sikhs catholic catholics ' +
    'protestant protestants buddhist buddhists pashtun pashtuns uzbek uzbeks tamil tamils hutu hutus tutsi tutsis ' +
    'bosniak bosniaks palestinians israelis gmt utc est edt cet bst pst pdt rbi era ' +
    // A party's member or adjective names no one (ANNOTATION.md: "Democratic", "Tory"
    // are not mentions; the plural acting as the party is, via the lexicon).
    'republican democrat democratic tory ' +
    // Acronyms of common nouns, not of bodies ("demand for AI chips", "a CEO", "GDP").
    'ai gdp ceo ceos cfo ipo ipos ev evs tv pc pcs dna hiv gps lng vip faq ok'
  ).split(' '),
);
/**
 * Club competitions named like bodies: a team wins them, they are events (ANNOTATION.md:
 * "the World Cup" is no entity). Leagues that are bodies ("Arab League", "Premier
 * League" as the company) are not listed.
 */
const COMPETITIONS = new Set([
  'champions league', 'europa league', 'europa conference league', 'conference league', 'nations league',
  'copa libertadores', 'copa america', 'super bowl', 'world series',
]);

/** Plural names of events and series, never a club ("the Olympics", "the Ashes"). */
const EVENT_PLURALS = new Set(['olympics', 'paralympics', 'ashes', 'playoffs', 'finals', 'nationals', 'internationals', 'classics']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'middle', 'upper', 'lower']);

/**
 * Words before a journal's or paper's name that cites, tells or publishes ("published in
 * The Lancet", "told The Times", "according to The Economist"); not "at The Oval", a venue.
 */
const CITING_BEFORE_THE: ReadonlySet<string> = new Set(['in', 'to', 'told', 'by', 'from', 'for', 'with', 'wrote', 'reads', 'read']);

/** Is the word before token a "The" in capitals after a citing word of the same sentence and line? */
function capitalTheBefore(tokens: readonly Token[], a: number): boolean {
  const the = tokens[a - 1];
  const before = tokens[a - 2];
  if (!the || !before || the.text !== 'The' || /\n/.test(the.space) || /\n/.test(tokens[a].space) || before.sentence !== the.sentence) return false;
  return CITING_BEFORE_THE.has(before.lower);
}

/** Roman numerals, which are no acronym ("XIV", "III"). */
const ROMAN = /^[IVXLCDM]+$/;

export function emptyScores(): Scores {
  return { PERSON: 0, ORGANIZATION: 0, PLACE: 0 };
}

/** Weigh the evidence for one candidate. */
export function typeCandidate(text: string, tokens: readonly Token[], cand: Candidate, gaz: Gazetteer, article: ArticleContext): Typed {
  const { a, b } = cand;
  const key = keyOf(tokens, a, b);
  const scores = emptyScores();
  const evidence: string[] = [];
  const add = (type: EntityType, w: number, id: string) => {
    scores[type] += w;
    evidence.push(id);
  };
  const words = b - a;
  const firstLower = tokens[a].lower;
  const lastLower = tokens[b - 1].lower;

  // Nationalities and groups of people are not names ("Israeli", "Palestinians").
  if (gaz.demonyms.has(key) || (gaz.demonyms.has(lastLower) && !gaz.names.has(key))) {
    return { cand, key, scores, evidence: ['drop:demonym'], drop: true };
  }

  const kind = gaz.names.get(key);
  const drop = (id: string): Typed => ({ cand, key, scores, evidence: [id], drop: true });
  // "The New Zealand dollar fell", "the Hong Kong dollar": a currency is no entity, nor
  // the country that names it (ANNOTATION.md: currencies; as the places inside an event's name).
  if ((kind === 'country' || kind === 'place') && currencyAfter(tokens, b)) return drop('drop:currency-name');
  // "to the Moon", "landed on Mars": a celestial body is a named location.
  if (words === 1 && celestialBody(tokens, a)) {
    add('PLACE', 4, 'place:celestial-body');
    return { cand, key, scores, evidence, drop: false };
  }
  // Events are not entities ("World Cup", "U.S. Open"), nor are adjectives ("Islamic").
  if (!kind && words >= 2 && EVENT_SUFFIXES.has(lastLower)) return drop('drop:event');
  // Competitions whose names end in a body's word ("Champions League") are events too.
  if (COMPETITIONS.has(key)) return drop('drop:event');
  // In a sports report a place's name and "International" is a tournament ("the Brisbane
  // International", "the Adelaide International"), an event, not a body.
  if (article.sports && words >= 2 && lastLower === 'international' && isPlaceKind(gaz.names.get(keyOf(tokens, a, b - 1)))) return drop('drop:event');
  // "Tennis Australia", "Cricket Ireland", "Athletics Kenya": a sport's name before a
  // country names that sport's national governing body.
  if (words >= 2 && SPORT_NAMES.has(firstLower) && gaz.names.get(keyOf(tokens, a + 1, b)) === 'country') {
    add('ORGANIZATION', 5, 'org:sport-body');
    return { cand, key, scores, evidence, drop: false };
  }
  // "World Athletics", "World Rugby", "World Archery": "World" before a sport's name
  // names that sport's world governing body (an event takes its own word: "World Cup").
  if (words === 2 && firstLower === 'world' && SPORT_NAMES.has(lastLower)) {
    add('ORGANIZATION', 5, 'org:sport-body');
    return { cand, key, scores, evidence, drop: false };
  }
  if (words === 1 && ONE_LETTER.test(tokens[a].text)) {
    // "wrote on X", "in a post on X": a platform named by one letter.
    if (platformContext(tokens, a)) {
      add('ORGANIZATION', 4, 'org:platform-letter');
      return { cand, key, scores, evidence, drop: false };
    }
    // Else a letter alone, or an initial with no name after it ("... on X."), names nobody.
    return drop('drop:lone-letter');
  }
  if (words === 1 && GROUPS.has(firstLower)) return drop('drop:not-a-name');
  // A market index or a contract is a product, not its publisher ("the Dow Jones
  // industrial average", "the Nikkei average", "Eurodollar futures"); a body with a head
  // word keeps its name ("Tokyo Stock Exchange index").
  if (isMarketIndex(tokens, b) && !ORG_SUFFIXES.has(lastLower)) return drop('drop:market-index');
  // Codes and model numbers ("Cop28", "Blu-109", "F-16") are events or products.
  if (!kind && /\d/.test(key) && /\p{L}/u.test(key)) return drop('drop:code');
  if (!kind && words === 1 && ADJECTIVE.test(tokens[a].text) && !gaz.firstNames.has(firstLower) && !gaz.lastNames.has(firstLower)) return drop('drop:adjective');
  const surname = words === 1 && article.surnames?.has(key) === true;
  // "an analyst at Summit Insights", "economist with Capital Economics": a firm named in
  // ordinary words, after the role of the person it employs.
  const employer = !kind && employerContext(tokens, a);
  if (employer) add('ORGANIZATION', 3, 'org:employer-of-role');
  // "the All Blacks", "the All-England Club": a closed-class word capitalised inside a
  // sentence opens a name, a club's or a body's more than a person's.
  const opener = !kind && words >= 2 && !cand.initial && CLOSED_NAME_OPENERS.has(firstLower);
  if (opener) add('ORGANIZATION', 1, 'org:closed-opener');
  // "published in The Lancet", "told The Economist": "The" capitalised inside a sentence
  // opens the name of a journal or paper, though its word is an ordinary one.
  const titled = !kind && words <= 3 && capitalTheBefore(tokens, a);
  if (titled) add('ORGANIZATION', 3, 'org:capital-the');
  if (!kind && !employer && !opener && !titled && !cand.role && !surname && isOrdinary(tokens, a, b, gaz) && (words === 1 || !hasHeadWord(tokens, a, b))) {
    // Ordinary words, capitalised as a heading or sentence start ("Results", "Human Rights"),
    // or after a nationality cut off the span: the rest of an event's or a thing's name
    // ("the Korean War", "the German Cup", "British Universities"), not a person.
    // In a sports report English words opening a line of a results or standings table are
    // a club ("Reading 2 Stoke 2", "Bury 4 3 1 0 8 2 10", "Crystal Palace 4 1 2 1").
    if (words <= 3 && article.sports && tableRowTeam(tokens, a, b)) add('ORGANIZATION', 2, 'sports:table-team');
    else if (words >= 2 || cand.initial || cand.spanRules.includes('span/nationality-dropped')) return drop('drop:ordinary-words');
    // "the Strip", "the South": a capitalised common noun referring back, not a name.
    const before = previousWord(tokens, a);
    if (before && before.lower === 'the') {
      // In a sports report a capitalised plural after "the" is a club's nickname ("the
      // Tigers blanked the Royals", "the Eagles organisation"), never a group of people.
      // (Not an event, "the Olympics", nor a name joined by "and", "the Stars and Stripes".)
      const nickname = article.sports && words === 1 && /^\p{Lu}\p{Ll}+s$/u.test(tokens[a].text) && !EVENT_SUFFIXES.has(firstLower) && !EVENT_PLURALS.has(firstLower)
        && tokens[b]?.lower !== 'and';
      if (!nickname) return drop('drop:ordinary-words');
      add('ORGANIZATION', 3, 'sports:team-nickname');
    }
  }
  if (surname) add('PERSON', 1, 'document:surname');
  if (kind === 'country') add('PLACE', 3.5, 'lexicon:country');
  else if (kind === 'place') add('PLACE', 3, 'lexicon:place');
  else if (kind === 'org') add('ORGANIZATION', 3.2, 'lexicon:organization');
  else if (kind === 'person') add('PERSON', 3, 'lexicon:person');

  if (cand.role) add('PERSON', cand.role.honorific ? 6 : 3.5, cand.role.honorific ? 'title:honorific' : 'title:person');

  // A head word types an unknown name; a known name keeps its lexicon type ("West Bank").
  const placeKnown = kind === 'place' || kind === 'country';
  // "Kennedy Space Center", "Tanegashima Space Centre": a launch site is a built place.
  if (words >= 3 && (lastLower === 'center' || lastLower === 'centre') && tokens[b - 2].lower === 'space' && !placeKnown) add('PLACE', 4.5, 'place:space-center');
  else if (words >= 2 && ORG_SUFFIXES.has(lastLower) && !PLACE_SUFFIXES.has(lastLower) && !placeKnown) add('ORGANIZATION', 4, 'org:suffix');
  // A known place's head word says no more than the lexicon did ("Kansas City").
  else if (words >= 2 && PLACE_SUFFIXES.has(lastLower) && kind !== 'org') add('PLACE', placeKnown ? 1 : 3.8, 'place:suffix');
  // "Parliament Hill", "Capitol Hill", "Notting Hill": "Hill" closes a place's name, but a
  // family name after a given name ("Anthony Hill", "Damon Hill"), so not in PLACE_SUFFIXES.
  // Only an English word before it: "Darryn Hill" is a player.
  if (words === 2 && !kind && lastLower === 'hill' && gaz.isVocabulary(firstLower) && !gaz.firstNames.has(firstLower) && !cand.role) add('PLACE', 3.8, 'place:hill');
  // An industry's name closes a firm's, not a person's after a given name ("Tom Steel").
  if (words >= 2 && !kind && INDUSTRY_WORDS.has(lastLower) && !gaz.firstNames.has(firstLower)) add('ORGANIZATION', 4, 'org:industry');
  if (words >= 3 && headBeforeOf(tokens, a, b)) add('ORGANIZATION', 3, 'org:head-of');
  // "the Palace of Justice", "the Tower of London", "the Bay of Bengal": a place's head word
  // before "of" (a body's head word at the end still makes a body: "Port of Rotterdam Authority").
  else if (words >= 3 && !kind && placeHeadBeforeOf(tokens, a, b) && !ORG_SUFFIXES.has(lastLower)) add('PLACE', 3, 'place:head-of');
  // A name spelled out before its acronym in brackets is a body's ("... ( OSCE )"); a
  // known country keeps its lexicon type ("United Arab Emirates ( UAE )").
  // A person's initials are no acronym ("Alan John Percivale ( A.J.P. ) Taylor").
  if (!kind && words >= 3 && !gaz.firstNames.has(firstLower) && spellsAcronym(tokens, a, b)) add('ORGANIZATION', 3, 'org:spelled-acronym');
  // "Air France", "Radio Red", "Dynamo Moscow": a word that opens organizations' names,
  // capitalised as it is in them (a two-letter one in capitals only: "Ac", "Cd" are words).
  if (words >= 2 && !kind && ORG_PREFIXES.has(firstLower) && (firstLower.length > 2 || tokens[a].text === tokens[a].text.toUpperCase())) add('ORGANIZATION', 3, 'org:prefix');
  if (words >= 2 && PLACE_PREFIXES.has(firstLower) && !kind) add('PLACE', COMPASS.has(firstLower) ? 1 : 1.5, 'place:prefix');
  // Partners' names joined by "&" are a firm ("Douglas & Lomason", "Bodman, Longley &
  // Dahling"); people are joined by "and".
  if (!kind && words >= 3 && hasAmpersand(tokens, a, b)) add('ORGANIZATION', 3, 'org:ampersand');

  if (!kind && words >= 2) {
    // A known organization opening the name ("Al Jazeera Arabic") makes it one.
    const prefix = longestKnown(tokens, a, b, gaz);
    if (prefix > a && gaz.names.get(keyOf(tokens, a, prefix)) === 'org') add('ORGANIZATION', 2.5, 'lexicon:organization-prefix');
  }
  if (!kind) {
    // "Martín", "Joaquín", "José": a given name written with its accents is the same name.
    const first = gaz.firstNames.has(firstLower) || (/[^\x00-\x7f]/.test(firstLower) && gaz.firstNames.has(stripAccents(firstLower)));
    const last = gaz.lastNames.has(lastLower);
    if (words >= 2 && first) add('PERSON', 2.5, 'person:first-name');
    else if (words === 1 && first) add('PERSON', 1.2, 'person:first-name');
    if (last && (words >= 2 || !first)) add('PERSON', words >= 2 ? 1.2 : 1, 'person:last-name');
    if (words === 1 && ACRONYM.test(tokens[a].text)) add('ORGANIZATION', 1.5, 'org:acronym');
    // "BBVA Research", "HSBC Holdings", "ING Groep": an acronym in capitals opens a body's
    // name; a person's name opens with a given name or an initial, not three capitals
    // (in a line written in capitals every word looks so, hence cand.caps).
    else if (words >= 2 && !cand.caps && /^\p{Lu}{3,6}$/u.test(tokens[a].text) && !ROMAN.test(tokens[a].text) && /\p{Ll}/u.test(tokens[b - 1].text)) {
      add('ORGANIZATION', 2.5, 'org:acronym-opens');
    }
  }

  contextEvidence(text, tokens, cand, add);
  contextCues(tokens, cand, gaz, { sports: article.sports && !surname, kind }, add);
  if (article.sports && !surname && !kind && !cand.role && !cand.spanRules.includes('span/initial-word-kept') && !scores.ORGANIZATION && words <= 3 && (words === 1 ? !gaz.lastNames.has(firstLower) : betweenScores(tokens, a, b)) && (betweenScores(tokens, a, b) || tableRowTeam(tokens, a, b))) {
    // A results or standings row names clubs: "Lotte 6 Hyundai 2", "Wigan 42 Bradford
    // Bulls 36". A first name alone opens no player's row (box scores use surnames), and a
    // name between two scores is the second club of a result.
    add('ORGANIZATION', 3, 'sports:table-team');
  }
  if (article.sports && !surname) {
    const team = isTeamContext(tokens, cand);
    if (team && (kind === 'place' || (kind === undefined && scores.PLACE > 0))) add('ORGANIZATION', 4, 'sports:team-named-after-place');
    // Players have scores too ("A. Smith 5-68"): a name with person evidence is left alone.
    else if (team && kind === undefined && !cand.role && scores.PERSON < 1) add('ORGANIZATION', 1.5, 'sports:team');
  }

  // "the Apollo crews", "the Artemis missions": a word nothing types, between "the" and a
  // plural common noun it modifies, names a programme or product, not a person or body.
  // Only a word the article uses once: elsewhere it may stand alone and be typed there
  // ("the Wimbledon semifinals" beside "his Wimbledon miracle").
  if (words === 1 && scores.PERSON + scores.ORGANIZATION + scores.PLACE < 1 && modifiesPlural(tokens, a, b, gaz) && usedOnce(text, tokens[a])) return drop('drop:modifier-of-plural');
  // Shape alone: two or three plain capitalised words are most often a person's name.
  if (scores.PERSON + scores.ORGANIZATION + scores.PLACE < 1) {
    if (plainPersonShape(tokens, a, b)) add('PERSON', 0.8, 'shape:person-name');
    else if (words === 1) {
      // "Shr loss $ 0.22", "Revs 130 1,279", "Fax +31 20 504": a short word nothing
      // types, on a line of figures, is a table label or abbreviation, not a name.
      if (tokens[a].text.length <= 4 && /\p{Ll}/u.test(tokens[a].text) && tokens[b]?.text !== ':' && figuresOnLine(tokens, b) >= 2 && previousWord(tokens, a)?.lower !== 'the') return drop('drop:table-label');
      // "Tries : Joost van der Westhuizen", "Distances : Three lengths", "Business : ...":
      // an English word nothing else types, before a colon, labels what follows.
      if (tokens[b]?.text === ':' && isWordOrPlural(gaz, firstLower)) return drop('drop:label');
      // "First one-day international", "Second test": an ordinal alone names nothing.
      if (ORDINALS.has(firstLower)) return drop('drop:ordinal');
      // "SpaceX", "OpenAI", "PayPal": a capital after lower-case letters inside one word
      // is a brand's spelling, not a person's ("DeSantis", "McCain", "MacArthur" are
      // shorter before theirs or open with a patronymic).
      if (CAMEL_BRAND.test(tokens[a].text) && !/^Ma?c/u.test(tokens[a].text)) add('ORGANIZATION', 0.6, 'shape:camel-case-brand');
      else add('PERSON', 0.4, 'shape:single-name');
    }
    else add('ORGANIZATION', 0.4, 'shape:long-name');
  }
  return { cand, key, scores, evidence, drop: false };
}

function isPlaceKind(kind: string | undefined): boolean {
  return kind === 'place' || kind === 'country';
}

/** Prepositions of motion along a way before "the" ("up the Nieuwe Waterweg", "down the Mekong"). */
const ALONG_WORDS: ReadonlySet<string> = new Set(['up', 'down', 'along', 'upstream', 'downstream', 'alongside']);

/** Works that a firm or body conducts ("a poll by X"). */
const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'opinion-poll']);

/** Currency nouns a country's or city's name can precede ("New Zealand dollar", "Swiss franc" is a demonym's). */
const CURRENCIES: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'peso', 'pesos', 'rupee', 'rupees', 'franc', 'francs', 'krona', 'kronor', 'krone', 'kroner',
  'rand', 'lira', 'shekel', 'shekels', 'ringgit', 'yuan', 'renminbi', 'rouble', 'roubles', 'ruble', 'rubles', 'dinar',
  'dinars', 'riyal', 'riyals', 'rial', 'dirham', 'dirhams', 'baht', 'rupiah', 'kwacha', 'naira', 'cedi', 'shilling',
  'shillings', 'forint', 'zloty', 'koruna', 'leu', 'lev', 'hryvnia', 'tenge', 'taka', 'reais',
]);

/** Is the word at b a currency noun on the same line, the name before it its country's ("the New Zealand dollar")? */
function currencyAfter(tokens: readonly Token[], b: number): boolean {
  const next = tokens[b];
  return next !== undefined && next.kind === 'word' && !/\n/.test(next.space) && next.text === next.lower && CURRENCIES.has(next.lower);
}

/** Does the article hold the token's word only at the token? */
function usedOnce(text: string, t: Token): boolean {
  return text.indexOf(t.text) === t.start && text.indexOf(t.text, t.start + t.text.length) < 0;
}

/** Is the name between a lower-case "the" and a plural English noun it modifies ("the Apollo crews")? */
function modifiesPlural(tokens: readonly Token[], a: number, b: number, gaz: Gazetteer): boolean {
  const before = tokens[a - 1];
  const next = tokens[b];
  if (!before || before.text !== 'the' || !next || next.kind !== 'word' || /\n/.test(next.space) || next.text !== next.lower) return false;
  if (next.text.length < 4 || !next.text.endsWith('s') || next.text.endsWith('ss')) return false;
  return next.pos === 'NOUN' && gaz.isVocabulary(next.lower.slice(0, -1));
}

function stripAccents(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '');
}

/** One word with a capital after at least two lower-case letters ("SpaceX", "PayPal"). */
const CAMEL_BRAND = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/** Celestial bodies named as places (planets other than Earth, which is a common word in copy, and the Moon). */
const CELESTIAL: ReadonlySet<string> = new Set(['moon', 'mars', 'venus', 'jupiter', 'saturn', 'mercury', 'neptune', 'uranus']);

/** Words before a planet's name that make it the planet ("on Mars", "orbiting Jupiter"). */
const CELESTIAL_BEFORE: ReadonlySet<string> = new Set(['to', 'on', 'from', 'around', 'orbit', 'orbiting', 'orbits', 'reach', 'reached', 'of']);

/**
 * "the Moon" (capitalised after a lower-case "the": not "Moon Jae-in"), "to Mars",
 * "orbiting Jupiter": the word is the celestial body.
 */
function celestialBody(tokens: readonly Token[], a: number): boolean {
  const t = tokens[a];
  if (!CELESTIAL.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const next = tokens[a + 1];
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) return false;
  const before = previousWord(tokens, a);
  if (!before) return false;
  if (t.lower === 'moon') return before.text === 'the';
  return CELESTIAL_BEFORE.has(before.lower) || (before.text === 'the' && tokens[a - 2]?.lower === 'planet');
}

/**
 * Two or three plain capitalised words ("Youri Djorkaeff"); particles and hyphened
 * joiners do not count ("Joost van der Westhuizen", "Inzamam-ul-Haq").
 */
function plainPersonShape(tokens: readonly Token[], a: number, b: number): boolean {
  const parts = tokens.slice(a, b);
  const capWords = parts.filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)).length;
  return capWords >= 2 && capWords <= 3 && parts.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) || NAME_PARTICLES.has(t.text) || t.text === '-' || /^\p{Ll}{1,5}$/u.test(t.text));
}

/**
 * A score right before the name, after another name ("Wigan 42 Bradford Bulls 36", "Alba
 * ( Germany ) 75 Red Star ( Yugoslavia ) 70"), and a score or a bracket right after it,
 * on one line. Not a total or place opening a line ("287 Ian Woosnam 70 76").
 */
function betweenScores(tokens: readonly Token[], a: number, b: number): boolean {
  const before = tokens[a - 1];
  const first = tokens[a - 2];
  const after = tokens[b];
  const score = (t: Token | undefined) => t !== undefined && t.kind === 'number' && /^\d{1,3}$/.test(t.text);
  if (!score(before) || !first || /\n/.test(before.space) || /\n/.test(tokens[a].space) || !(first.text === ')' || /^\p{Lu}/u.test(first.text))) return false;
  return after !== undefined && !/\n/.test(after.space) && (score(after) || after.text === '(');
}

/** Is the lower-cased word English vocabulary, or the plural of a word that is ("tries")? */
function isWordOrPlural(gaz: Gazetteer, w: string): boolean {
  if (gaz.isVocabulary(w)) return true;
  if (!w.endsWith('s')) return false;
  return gaz.isVocabulary(w.slice(0, -1)) || (w.endsWith('ies') && gaz.isVocabulary(w.slice(0, -3) + 'y'));
}

/** One capital letter, maybe with a full stop (tokenised together at a sentence end: "X."). */
const ONE_LETTER = /^\p{Lu}\.?$/u;

/** "on" right before token a, and a posting word up to four words before "on". */
function platformContext(tokens: readonly Token[], a: number): boolean {
  const on = previousWord(tokens, a);
  if (!on || on.lower !== 'on' || on.index !== a - 1) return false;
  let words = 0;
  // Six words: "posted a copy of the memo on X".
  for (let j = on.index - 1; j >= 0 && words < 6; j--) {
    const t = tokens[j];
    if (t.kind === 'tabCRLF' || t.text === '.') return false;
    if (t.kind !== 'word') continue;
    words++;
    if (POSTING_WORDS.has(t.lower)) return true;
  }
  return false;
}

const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'final']);
/** Words after a name that make it a market index or a traded contract. */
const INDEX_WORDS = new Set(['index', 'indices', 'average', 'averages', 'composite', 'futures', 'future']);

function isMarketIndex(tokens: readonly Token[], b: number): boolean {
  const next = tokens[b];
  if (!next || /\n/.test(next.space)) return false;
  if (INDEX_WORDS.has(next.lower)) return true;
  // "Dow Jones industrial average", "Nasdaq composite index", "FTSE 100 index".
  const after = tokens[b + 1];
  return (next.lower === 'industrial' || next.kind === 'number') && after !== undefined && INDEX_WORDS.has(after.lower);
}

/** Context words around the name: prepositions, possessives, verbs of speech, "the". */
function contextEvidence(text: string, tokens: readonly Token[], cand: Candidate, add: (t: EntityType, w: number, id: string) => void): void {
  void text;
  const prev = previousWord(tokens, cand.a);
  const next = tokens[cand.b];
  const next2 = tokens[cand.b + 1];
  if (prev && !cand.role) {
    if (PLACE_PREPOSITIONS.has(prev.lower)) add('PLACE', prev.lower === 'to' ? 0.5 : 1, 'context:place-preposition');
    if (prev.lower === 'the') {
      add('ORGANIZATION', 0.9, 'context:after-the');
      add('PERSON', -1.5, 'context:after-the');
      // "further up the Nieuwe Waterweg", "along the Corniche": a way travelled along.
      const motion = previousWord(tokens, prev.index);
      if (motion && ALONG_WORDS.has(motion.lower)) add('PLACE', 1.5, 'context:along-the');
      // "For the small glaciers, yes. For the Aletsch, the biggest, ...", "The Lorelei is
      // still there ... Tourists just see more rocks": a one-word name after "the" beside a
      // kind of landform in its paragraph is one of them (rivers, peaks, glaciers and rocks
      // are named so).
      if (cand.b - cand.a === 1 && landformNear(tokens, cand.a)) add('PLACE', 1.5, 'context:landform-near');
    }
  }
  if (next && (next.lower === "'s" || next.lower === "'") && next2 && PLACE_POSSESSED.has(next2.lower)) add('PLACE', 1, 'context:possessive-of-country');
  let n = cand.b;
  while (tokens[n] && tokens[n].kind === 'punctuation' && tokens[n].text === ',') n++;
  const verb = tokens[n];
  if (verb && SPEECH_VERBS.has(verb.lower)) {
    add('PERSON', 0.8, 'context:speaker');
    add('ORGANIZATION', 0.4, 'context:speaker');
  }
  if (next && next.text === ',' && next2 && (next2.lower === 'who' || next2.lower === 'whose')) add('PERSON', 1, 'context:who');
}

/** Common nouns for landforms and waters (general geography, singular and plural). */
const LANDFORMS: ReadonlySet<string> = new Set([
  'glacier', 'glaciers', 'river', 'rivers', 'rock', 'rocks', 'cliff', 'cliffs', 'mountain', 'mountains', 'peak', 'peaks',
  'summit', 'summits', 'lake', 'lakes', 'valley', 'valleys', 'gorge', 'gorges', 'waterfall', 'waterfalls', 'volcano',
  'volcanoes', 'island', 'islands', 'reef', 'reefs', 'ridge', 'ridges', 'massif', 'icefield', 'fjord', 'fjords',
]);

/** A landform noun within 15 words of token i, in its paragraph (line breaks bound the look). */
function landformNear(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1, seen = 0; k >= 0 && seen < 15; k--) {
    const t = tokens[k];
    if (t.kind === 'tabCRLF' || /\n/.test(tokens[k + 1].space)) break;
    if (t.kind !== 'word') continue;
    seen++;
    if (LANDFORMS.has(t.lower)) return true;
  }
  for (let k = i + 1, seen = 0; k < tokens.length && seen < 15; k++) {
    const t = tokens[k];
    if (t.kind === 'tabCRLF' || /\n/.test(t.space)) break;
    if (t.kind !== 'word') continue;
    seen++;
    if (LANDFORMS.has(t.lower)) return true;
  }
  return false;
}

/** Does the name hold an organization or place head word ("Party of Democratic Action")? */
function hasHeadWord(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = tokens[i].lower;
    if (ORG_SUFFIXES.has(w) || ORG_HEADS_BEFORE_OF.has(w) || PLACE_SUFFIXES.has(w) || (i === b - 1 && INDUSTRY_WORDS.has(w))) return true;
  }
  return false;
}

/** Every word ordinary English and none a known name or a first or last name. */
function isOrdinary(tokens: readonly Token[], a: number, b: number, gaz: Gazetteer): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (!/\p{Ll}/u.test(t.text) && t.text.length <= 5) return false; // an acronym
    if (!gaz.isVocabulary(t.lower) || gaz.names.has(t.lower) || gaz.firstNames.has(t.lower) || gaz.lastNames.has(t.lower)) return false;
    // A known name of several words after an ordinary word ("Statistics New Zealand"); at
    // the start it is a place before ordinary words ("Far East Gold", a headline's topic).
    if (i > a && longestKnown(tokens, i, b, gaz) > i) return false;
  }
  return true;
}

/**
 * A place name standing for a team in a sports report: next to a result verb ("Essex
 * beat Kent"), a score ("Chicago 5"), or "v"/"at" between two teams.
 */
function isTeamContext(tokens: readonly Token[], cand: Candidate): 'verb' | 'score' | false {
  const next = tokens[cand.b];
  const prev = previousWord(tokens, cand.a);
  if (next && RESULT_WORDS.has(next.lower) && next.lower !== 'at') return 'verb';
  if (prev && (prev.lower === 'beat' || prev.lower === 'v' || prev.lower === 'vs' || prev.lower === 'vs.' || prev.lower === 'against' || prev.lower === 'defeated')) return 'verb';
  if (next && next.kind === 'number' && /^\d{1,3}(?:-\d{1,3})?$/.test(next.text) && !/\n/.test(next.space)) return 'score';
  // A fixture list in capitals ("CHICAGO AT TORONTO"): the team before "at" visits the
  // place after it, which names the venue.
  if (cand.caps && next && next.lower === 'at') return 'score';
  return false;
}

/**
 * A body's head word right before the name's first "of", "for" or "on" ("Bank of
 * England", "National Institute of Geophysics", "Organisation for Security ...").
 */
function headBeforeOf(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b - 1; i++) {
    const w = tokens[i].lower;
    if (w !== 'of' && w !== 'for' && w !== 'on') continue;
    const head = tokens[i - 1].lower;
    return ORG_HEADS_BEFORE_OF.has(head) || ORG_SUFFIXES.has(head);
  }
  return false;
}

/** Does the name open with a place's head word and "of" ("Palace of Justice")? */
function placeHeadBeforeOf(tokens: readonly Token[], a: number, b: number): boolean {
  return b - a >= 3 && tokens[a + 1].lower === 'of' && PLACE_SUFFIXES.has(tokens[a].lower) && !ORG_SUFFIXES.has(tokens[a].lower);
}

/** Is the name at token a the employer of a role right before it ("an analyst at X")? */
function employerContext(tokens: readonly Token[], a: number): boolean {
  const prep = previousWord(tokens, a);
  // "a poll by Abacus Data", "a survey by Ipsos": who conducts a poll is a firm or body.
  if (prep && prep.lower === 'by') {
    const noun = previousWord(tokens, prep.index);
    return noun !== undefined && POLL_NOUNS.has(noun.lower);
  }
  if (!prep || (prep.lower !== 'at' && prep.lower !== 'with')) return false;
  const role = previousWord(tokens, prep.index);
  // Plural roles too: "Economists at Westpac were more cautious".
  return role !== undefined && (MEMBER_ROLES.has(role.lower) || (role.lower.endsWith('s') && MEMBER_ROLES.has(role.lower.slice(0, -1))));
}

function hasAmpersand(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b - 1; i++) if (tokens[i].text === '&') return true;
  return false;
}

function previousWord(tokens: readonly Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    if (tokens[j].kind === 'word') return tokens[j];
    if (tokens[j].kind === 'tabCRLF') return undefined;
  }
  return undefined;
}

/** The heaviest type, and a confidence in [0, 1] from its margin over the others. */
export function decide(scores: Scores): { type: EntityType; confidence: number } {
  let type: EntityType = 'PERSON';
  for (const t of ['ORGANIZATION', 'PLACE'] as const) if (scores[t] > scores[type]) type = t;
  const best = Math.max(0, scores[type]);
  const others = (['PERSON', 'ORGANIZATION', 'PLACE'] as const).filter((t) => t !== type).reduce((s, t) => s + Math.max(0, scores[t]), 0);
  const confidence = best / (best + others + 1);
  return { type, confidence: Math.max(0.05, Math.min(0.99, confidence)) };
}
