/**
 * The look-up tables for typing names, built once per process:
 *
 * - places: countries (names, official names, alternative spellings, capitals) from
 *   `world-countries`; cities with their provinces from `city-timezones`; compromise's
 *   City, Country, Place and Region entries; plus a few region names everyone knows;
 * - organizations: compromise's Organization and SportsTeam entries and KNOWN_ORGS;
 * - people: compromise's Person entries, first names and last names;
 * - demonyms (`Israeli`, `Americans`): never names, from both packages;
 * - common words: compromise's non-name entries, to tell "Nice to see" from "Nice".
 *
 * Keys are lower case with words separated by one space; `canonicalPlace` maps every
 * country alias to the country's common name (US, USA, America -> United States).
 */
import countries from 'world-countries';
import cityTimezones from 'city-timezones';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { KNOWN_ORGS } from './org-words';
import { prefixesOf } from '../find-spans';

export type LexKind = 'place' | 'country' | 'org' | 'person';

export interface Gazetteer {
  /** Multi- or single-word name -> kind. */
  names: Map<string, LexKind>;
  /** Longest name length in words, to bound the look-up. */
  maxWords: number;
  /** Proper prefixes of multi-word names, to stop a look-up as soon as nothing can match. */
  prefixes: Set<string>;
  /** Country aliases -> common name. */
  canonicalPlace: Map<string, string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  demonyms: Set<string>;
  /** Lower-case words that are ordinary English (not only names). */
  commonWords: Set<string>;
  /**
   * Is this lower-case word in wink's English vocabulary ("results", "division")? Such a
   * word, capitalised with no other evidence, is a heading or a sentence start, not a name.
   */
  isVocabulary(lower: string): boolean;
  /** compromise Actor nouns (spokesman, striker, ...): a role before a name. */
  roleNouns: Set<string>;
}

/** Region names not in the packages above (continents and well-known regions). */
const REGIONS = [
  'middle east', 'near east', 'far east', 'west bank', 'gaza strip', 'east jerusalem', 'golan heights', 'sinai',
  'europe', 'asia', 'africa', 'north america', 'south america', 'latin america', 'central america', 'caribbean',
  'balkans', 'scandinavia', 'gulf', 'persian gulf', 'arabian peninsula', 'levant', 'mediterranean', 'atlantic',
  'pacific', 'arctic', 'antarctica', 'siberia', 'kashmir', 'kurdistan', 'chechnya', 'darfur', 'donbas', 'crimea',
  'sub-saharan africa', 'southeast asia', 'south asia', 'central asia', 'east asia', 'western europe',
  'eastern europe', 'northern ireland', 'england', 'scotland', 'wales', 'britain', 'great britain', 'america',
  'hong kong', 'taiwan', 'tibet', 'palestine', 'silicon valley', 'wall street', 'capitol hill',
  'soviet union', 'english channel', 'basque country',
];

/**
 * Physical geography the packages lack (general knowledge): major rivers, mountain
 * ranges, seas and natural regions that wire copy names without "river" or "mountains"
 * ("barges on the Rhine", "rain in the Alps"). Without them such a name had no evidence
 * and was typed by its shape (an ORGANIZATION or a PERSON).
 */
const GEOGRAPHY = [
  // rivers
  'rhine', 'danube', 'elbe', 'oder', 'vistula', 'loire', 'rhone', 'garonne', 'tagus', 'ebro', 'moselle', 'meuse',
  'neckar', 'weser', 'tiber', 'arno', 'volga', 'dnieper', 'dniester', 'neva', 'yenisei',
  'euphrates', 'tigris', 'jordan river', 'indus', 'brahmaputra', 'irrawaddy', 'yellow river', 'pearl river',
  'amur', 'niger', 'zambezi', 'limpopo', 'orinoco', 'parana', 'rio grande', 'colorado river', 'st lawrence',
  'amazon river', 'amazon basin', 'amazon rainforest', 'congo river', 'congo basin', 'nile delta', 'mekong delta',
  // mountain ranges and uplands ("Rockies" is left out: a baseball club is named so)
  'alps', 'pyrenees', 'andes', 'himalayas', 'himalaya', 'carpathians', 'caucasus', 'urals', 'apennines',
  'rocky mountains', 'appalachians', 'atlas mountains', 'hindu kush', 'karakoram', 'tien shan', 'pamirs',
  'black forest', 'dolomites', 'balkan mountains', 'ardennes', 'eifel',
  // seas, gulfs, straits, lakes
  'adriatic', 'aegean', 'baltic', 'baltic sea', 'black sea', 'north sea', 'caspian', 'caspian sea', 'dead sea',
  'irish sea', 'ionian sea', 'tyrrhenian sea', 'south china sea', 'east china sea', 'sea of japan', 'arabian sea',
  'bay of bengal', 'bay of biscay', 'gulf of aden', 'gulf of mexico', 'gulf of oman', 'bosphorus', 'dardanelles',
  'strait of hormuz', 'strait of gibraltar', 'taiwan strait', 'suez canal', 'panama canal', 'lake constance',
  'lake geneva', 'lake victoria', 'lake titicaca', 'lake chad', 'great lakes', 'indian ocean', 'atlantic ocean',
  'pacific ocean', 'arctic ocean', 'southern ocean',
  // natural and industrial regions
  'sahara', 'sahel', 'ruhr', 'patagonia', 'amazonia', 'anatolia', 'mesopotamia', 'horn of africa',
  'scandinavian peninsula', 'iberian peninsula', 'korean peninsula', 'balkan peninsula', 'sinai peninsula',
];

/**
 * Demonyms and names of peoples that the packages lack (general knowledge): groups of
 * people, never names ("the third Briton", "Azeris", "former Soviet republic").
 */
const MORE_DEMONYMS = [
  'briton', 'britons', 'soviet', 'soviets', 'yugoslav', 'yugoslavs', 'azeri', 'azeris', 'afrikaner', 'afrikaners',
  'poles', 'scot', 'scots', 'kurdish', 'basque', 'basques', 'slav', 'slavs', 'catalan', 'catalans', 'flemish',
  'walloon', 'walloons', 'zairean', 'zaireans', 'kosovar', 'kosovars', 'latino', 'latinos', 'hispanic', 'hispanics',
  'maori', 'uighur', 'uighurs', 'bengali', 'bengalis', 'punjabi', 'punjabis', 'cossack', 'cossacks',
];

/**
 * Languages that are no nationality in the packages (general knowledge): a language is no
 * entity ("spoke first in Aymara, then in Spanish"), so it is kept apart like a demonym.
 */
const LANGUAGES = [
  'aymara', 'quechua', 'guarani', 'nahuatl', 'swahili', 'hindi', 'urdu', 'tagalog', 'pashto', 'dari', 'farsi',
  'tigrinya', 'amharic', 'yiddish', 'esperanto', 'sanskrit', 'hausa', 'yoruba', 'igbo', 'xhosa', 'telugu', 'marathi',
  'gujarati', 'tamazight', 'kurmanji', 'sorani', 'cantonese',
];

/** Nations of the United Kingdom, which the country list files under one state. */
const HOME_NATIONS = ['england', 'scotland', 'wales', 'northern ireland'];

/** Country aliases common in news copy but absent from the package's alternative spellings. */
const COUNTRY_ALIASES: Array<[string, string]> = [
  ['america', 'United States'], ['u.s.', 'United States'], ['u.s.a.', 'United States'], ['the us', 'United States'],
  ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'], ['u.k.', 'United Kingdom'],
  ['russia', 'Russia'], ['south korea', 'South Korea'], ['north korea', 'North Korea'], ['holland', 'Netherlands'],
  ['uae', 'United Arab Emirates'], ['u.a.e.', 'United Arab Emirates'], ['czech republic', 'Czechia'],
  ['ivory coast', 'Ivory Coast'], ['burma', 'Myanmar'], ['vatican', 'Vatican City'],
  // Variant and older spellings still in news archives.
  ['kazakstan', 'Kazakhstan'], ['surinam', 'Suriname'], ['kirghizia', 'Kyrgyzstan'], ['byelorussia', 'Belarus'],
  ['moldavia', 'Moldova'], ['zaire', 'DR Congo'],
];

/** Former states, places of their own in older copy. */
const FORMER_COUNTRIES = ['yugoslavia', 'czechoslovakia', 'soviet union', 'ussr', 'east germany', 'west germany', 'rhodesia'];

/**
 * AP style abbreviations of US states used after a city ("Farmington Hills, Mich.");
 * those that are also English words (Ill., Ind., Miss., Wash., Ore.) are left out.
 */
const STATE_ABBREVIATIONS = [
  'ala', 'ariz', 'calif', 'colo', 'conn', 'fla', 'kan', 'kans', 'ky', 'mich', 'minn', 'mont', 'neb', 'nev', 'okla',
  'tenn', 'tex', 'vt', 'wis', 'wyo', 'n.y.', 'n.j.', 'n.c.', 'n.h.', 'n.m.', 'n.d.', 's.c.', 's.d.', 'r.i.',
];

const PLACE_TAGS = new Set(['City', 'Country', 'Place', 'Region']);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific', 'Demonym']);

function tagsOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
}

function key(name: string): string {
  return name.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

let cached: Gazetteer | null = null;

/** Build (once) and return the gazetteer. */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const names = new Map<string, LexKind>();
  const canonicalPlace = new Map<string, string>();
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  const demonyms = new Set<string>();
  const commonWords = new Set<string>();
  const roleNouns = new Set<string>();
  const put = (name: string, kind: LexKind) => {
    const k = key(name);
    // A country outranks a city of the same name; an existing place outranks an org/person guess.
    const had = names.get(k);
    if (!had || kind === 'country' || (had !== 'country' && had !== 'place')) names.set(k, kind);
  };

  // compromise's lexicon: a word -> tag(s) map; read only, the tagger is never run.
  const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  for (const [word, value] of Object.entries(lexicon)) {
    const tags = tagsOf(value);
    if (tags.includes('Country')) put(word, 'country');
    else if (tags.some((t) => PLACE_TAGS.has(t))) put(word, 'place');
    else if (tags.includes('Organization') || tags.includes('SportsTeam')) put(word, 'org');
    else if (tags.includes('Person')) put(word, 'person');
    if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) firstNames.add(word);
    if (tags.includes('LastName')) lastNames.add(word);
    if (tags.includes('Demonym')) demonyms.add(word);
    if (tags.includes('Actor')) roleNouns.add(word);
    if (!tags.some((t) => NAME_TAGS.has(t) || PLACE_TAGS.has(t)) && !/ /.test(word)) commonWords.add(word);
  }

  for (const c of countries) {
    const common = c.name.common;
    for (const n of [common, c.name.official, ...c.altSpellings]) {
      // Two-letter codes (IN, IT, AS) are English words in capitals; only US and UK are used as names.
      if (n.length <= 2 && n !== 'US' && n !== 'UK') continue;
      if (/,/.test(n)) continue;
      put(n, 'country');
      canonicalPlace.set(key(n), common);
    }
    for (const capital of c.capital ?? []) put(capital, 'place');
    for (const d of Object.values(c.demonyms ?? {})) {
      if (d.m) demonyms.add(key(d.m));
      if (d.f) demonyms.add(key(d.f));
    }
  }
  for (const [alias, common] of COUNTRY_ALIASES) {
    put(alias, 'country');
    canonicalPlace.set(key(alias), common);
  }
  for (const city of cityTimezones.cityMapping) {
    // Small towns share names with too many words and people; keep cities of some size.
    if (city.pop >= 15000) put(city.city, 'place');
    if (city.province) put(city.province, 'place');
  }
  for (const r of REGIONS) put(r, 'place');
  for (const r of GEOGRAPHY) put(r, 'place');
  for (const r of STATE_ABBREVIATIONS) put(r, 'place');
  for (const c of FORMER_COUNTRIES) put(c, 'country');
  // The home nations field national teams like countries ("England captain" is no club).
  for (const n of HOME_NATIONS) put(n, 'country');
  for (const o of KNOWN_ORGS) names.set(key(o), 'org');
  for (const d of MORE_DEMONYMS) demonyms.add(d);
  for (const l of LANGUAGES) demonyms.add(l);
  // Plural demonyms ("Israelis", "Americans") are groups of people, not names.
  for (const d of [...demonyms]) demonyms.add(d.endsWith('s') ? d : d + 's');

  let maxWords = 1;
  for (const k of names.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  maxWords = Math.min(maxWords, 6);
  // A tokenizer-only wink instance, used for its vocabulary look-up (isOOV) alone.
  const vocabularyDoc = winkNLP(winkModel, []).readDoc('');
  const isVocabulary = (lower: string) => !vocabularyDoc.isOOV(lower);
  const prefixes = prefixesOf(names.keys());
  cached = { names, maxWords, prefixes, canonicalPlace, firstNames, lastNames, demonyms, commonWords, roleNouns, isVocabulary };
  return cached;
}
