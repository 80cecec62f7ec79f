/**
 * Context cues around a name that tell a company or a team from a person, and a person
 * from a team: the words business and sports copy put next to each kind of name.
 *
 * Each cue is a rule with an id (kept as evidence on the mention) and a weight. The
 * lists are English grammar and news style (how wire copy writes about companies,
 * clubs and players), not names: no company, club or person is listed here.
 *
 * - company context: "Pirelli shares", "Magna's profit", "shares of X", "stake in X",
 *   "cables giant Pirelli", "Ohio-based KeyCorp", "Ericsson spokesman Per Zetterquist",
 *   "X said it would";
 * - person context: initials ("A. Dale"), an age in commas ("Lentini, 27,"), a bowler
 *   or catcher in a cricket scorecard ("c Vaas b Chandana"), a full name with a country
 *   in brackets in results ("Monica Seles ( U.S. )");
 * - team context in sports reports (beside the result words of type-names.ts): a player
 *   role after the name ("Surrey captain", "Norwich striker"), a player's name after its
 *   possessive ("Birmingham's Gary Breen"), "joined X", "victory over X", "title rivals
 *   X", a plural verb after a singular name ("Nice have", "Rotor are"), a rider's team
 *   after the rider's country ("Olaf Ludwig ( Germany ) Telekom").
 */
import type { EntityType, Token } from '../../pipeline/document';
import type { Candidate } from './find-spans';
import { keyOf } from './find-spans';
import type { Gazetteer } from './lexicons/gazetteer';
import { PLACE_PREPOSITIONS, PLACE_SUFFIXES } from './lexicons/words';

/** Nouns after "X's" that belong to a company ("Magna's profit", "Pirelli's cables division"). */
export const COMPANY_POSSESSED: ReadonlySet<string> = new Set([
  'shares', 'share', 'stock', 'stocks', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'turnover',
  'chairman', 'chairwoman', 'chief', 'ceo', 'board', 'shareholders', 'shareholder', 'stake', 'subsidiary', 'subsidiaries',
  'unit', 'units', 'division', 'divisions', 'bid', 'offer', 'results', 'net', 'pre-tax', 'pretax', 'operating',
  'management', 'executives', 'directors', 'takeover', 'acquisition', 'merger', 'plant', 'plants', 'factory',
  'factories', 'products', 'output', 'dividend', 'debt', 'assets', 'customers', 'employees', 'brand', 'brands',
  'headquarters', 'stores', 'outlets', 'gdrs', 'bonds', 'rating', 'ratings', 'market', 'traditional', 'core',
]);

/** Words right after a company name in market copy ("Pirelli shares", "Cofinec GDRs"). */
const COMPANY_NEXT: ReadonlySet<string> = new Set(['shares', 'stock', 'gdrs', 'adrs', 'shareholders', 'bonds', 'stake']);

/** Lower-case kinds of body written after its name ("the Sun newspaper", "Kompas daily"). */
const ORG_KIND_AFTER: ReadonlySet<string> = new Set([
  'newspaper', 'newspapers', 'daily', 'weekly', 'magazine', 'tabloid', 'broadcaster', 'network', 'channel', 'website',
  'company', 'firm', 'group', 'airline', 'carrier', 'bank', 'party', 'movement', 'militia', 'agency',
]);

/** Plural nouns for companies of a trade ("among Japanese makers", "among European banks"). */
const COMPANY_PEERS: ReadonlySet<string> = new Set([
  'makers', 'manufacturers', 'automakers', 'carmakers', 'chipmakers', 'companies', 'firms', 'banks', 'lenders', 'insurers',
  'carriers', 'airlines', 'retailers', 'brewers', 'producers', 'suppliers', 'publishers', 'brokers', 'brokerages',
  'conglomerates', 'operators', 'utilities', 'exporters', 'importers', 'rivals', 'competitors',
]);

/** Word pairs before a company name ("shares of X", "stake in X", "bid for X"). */
const COMPANY_BEFORE: ReadonlySet<string> = new Set([
  'shares of', 'shares in', 'stake in', 'stake of', 'percent of', 'bid for', 'offer for', 'acquisition of', 'takeover of',
  'merger with', 'subsidiary of', 'unit of', 'division of', 'owned by', 'control of', 'bought by', 'sold to', 'buy',
  'acquire', 'acquired', 'bought', 'rival',
]);

/**
 * Common nouns that stand in apposition before a company's or body's name ("cables giant
 * Pirelli", "news-stand chain Ruch", "mineral water firm Multico").
 */
const ORG_APPOSITION: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'giant', 'maker', 'makers', 'chain', 'bank', 'carrier', 'airline', 'insurer', 'retailer',
  'brewer', 'distributor', 'manufacturer', 'publisher', 'producer', 'operator', 'conglomerate', 'broker', 'brokerage',
  'subsidiary', 'newspaper', 'daily', 'weekly', 'agency', 'outfit', 'concern', 'supplier', 'developer', 'utility',
  'miner', 'refiner', 'lender', 'automaker', 'carmaker', 'shipper', 'shipbuilder', 'exporter', 'importer', 'trader',
  'fund', 'investor', 'consortium', 'partner', 'subsidiaries', 'unit', 'club', 'holding', 'house',
  // Public bodies and media named after their kind ("water authority Rijkswaterstaat",
  // "the radio station RPP", "the ruling party Fidesz", "the governing body FIFA").
  'authority', 'regulator', 'watchdog', 'association', 'federation', 'alliance', 'coalition', 'party', 'movement',
  'body', 'broadcaster', 'station', 'channel', 'network', 'union',
  // Research and civil-society bodies ("the think tank Bruegel", "the charity Oxfam").
  'tank', 'institute', 'charity', 'startup', 'start-up',
]);

/** Words after a body's kind in apposition that keep it the head ("a firm in Leeds", "a company that ..."). */
const AFTER_KIND: ReadonlySet<string> = new Set([
  'in', 'of', 'that', 'which', 'with', 'based', 'from', 'owned', 'run', 'founded', 'at', 'for', 'whose', 'and', 'set', 'listed', 'controlled',
]);

/**
 * Roles of people employed by or playing for the name before them ("Ericsson spokesman
 * Per Zetterquist", "Surrey captain Chris Lewis", "Cubs shortstop Jose Hernandez").
 */
export const MEMBER_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'ceo', 'chief', 'executive', 'director',
  'manager', 'owner', 'president', 'analyst', 'economist', 'strategist', 'trader', 'dealer', 'official', 'officials',
  'coach', 'captain', 'skipper', 'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger',
  'batsman', 'bowler', 'all-rounder', 'playmaker', 'player', 'players', 'shortstop', 'pitcher', 'catcher',
  'outfielder', 'infielder', 'quarterback', 'spinner', 'seamer', 'opener', 'wicketkeeper', 'fullback', 'full-back',
  'flanker', 'fly-half', 'scrum-half', 'prop', 'hooker', 'lock', 'centre', 'teammate', 'team-mate', 'chairman-elect',
]);

/** Words after a sports team's name that a person's or place's name does not take ("Surrey side", "Cubs fans"). */
const TEAM_NEXT: ReadonlySet<string> = new Set(['side', 'team', 'squad', 'fans', 'supporters', 'players', 'debut', 'teammate', 'team-mate']);

/**
 * Words before a team in sports copy ("joined Newcastle", "victory over Gloucester",
 * "title rivals Essex", "title hopefuls Derbyshire", "struggling Nottinghamshire").
 */
const TEAM_BEFORE: ReadonlySet<string> = new Set([
  'joined', 'join', 'joins', 'joining', 'rivals', 'over', 'club', 'side', 'leaders', 'champions', 'hopefuls',
  'contenders', 'challengers', 'holders', 'favourites', 'favorites', 'struggling', 'unbeaten', 'relegated', 'promoted',
  'bottom-of-the-table', 'second-placed', 'third-placed', 'top-of-the-table',
]);

/**
 * Nouns for a team in apposition after its name ("Derbyshire, nine-wicket winners over
 * Worcestershire", "Kent, the defending champions"): no person or place is called so.
 */
const TEAM_APPOSITION: ReadonlySet<string> = new Set([
  'winners', 'victors', 'losers', 'champions', 'leaders', 'holders', 'runners-up', 'hosts', 'visitors', 'finalists',
  'semi-finalists', 'hopefuls', 'contenders',
]);

/** Nouns after a team's possessive in match reports ("Cleveland 's lead", "Kent 's bowlers"). */
const TEAM_POSSESSED: ReadonlySet<string> = new Set([
  'lead', 'win', 'wins', 'victory', 'defeat', 'loss', 'losses', 'innings', 'total', 'reply', 'attack', 'defence',
  'defense', 'bowlers', 'batsmen', 'batting', 'bowling', 'goalkeeper', 'coach', 'manager', 'captain', 'fans', 'season',
  'hopes', 'chances', 'lineup', 'line-up', 'rotation', 'bullpen', 'pitchers', 'starter', 'offense', 'offence',
]);

/** Verbs before "for" and a team ("homered for Cleveland", "played for Nice"). */
const PLAYED_FOR: ReadonlySet<string> = new Set([
  'played', 'plays', 'playing', 'homered', 'scored', 'scores', 'signed', 'starred', 'batted', 'pitched', 'bowled',
  'appeared', 'kicked', 'capped', 'doubled', 'singled', 'tripled',
]);

/** Plural verbs that British sports copy puts after a team's singular name ("Nice have", "Rotor are"). */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['are', 'have', 'were']);

/** Cricket scorecard marks before a fielder's or bowler's name ("c Vaas b Chandana", "st Kaluwitharana"). */
const SCORECARD_MARKS: ReadonlySet<string> = new Set(['b', 'c', 'st', 'lbw']);

/** Nouns that name a kind of place before "of" ("the town of X", "the island of X"). */
const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'town', 'towns', 'city', 'cities', 'village', 'villages', 'province', 'region', 'island', 'islands', 'port', 'district',
  'state', 'capital', 'suburb', 'suburbs', 'outskirts', 'republic', 'county', 'enclave', 'settlement', 'valley', 'area',
  // local units of Switzerland, France, Italy and others ("the commune of Evolène", "the canton of Valais")
  'commune', 'municipality', 'canton', 'department', 'parish', 'borough',
  // electoral districts ("the riding of Brampton West", "the constituency of Bolton North")
  'riding', 'constituency', 'ward', 'electorate',
]);
/**
 * Lower-case kinds of place written after a place's name ("the Pamir mountains", "Mindanao
 * island"), built locations included: ANNOTATION.md makes those PLACEs.
 */
const PLACE_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'mountains', 'province', 'provinces', 'island', 'islands', 'region', 'valley', 'river', 'district', 'county',
  'village', 'peninsula', 'desert', 'lake', 'sea', 'gulf', 'coast', 'border', 'enclave', 'airport', 'stadium',
  'prefecture', 'governorate', 'oblast', 'municipality', 'highlands', 'plateau', 'basin', 'delta', 'strait',
  // Built locations, named before their kind ("Al-Shifa hospital", "the Jabalia camp").
  'hospital', 'mosque', 'church', 'cathedral', 'temple', 'synagogue', 'camp', 'crossing', 'checkpoint', 'prison',
  'square', 'neighbourhood', 'neighborhood', 'quarter', 'compound', 'refinery', 'dam', 'palace', 'base',
  // Works and stations on rivers, coasts and mountains ("the Kaub gauge", "the Iffezheim
  // lock", "the Brenner pass").
  'gauge', 'lock', 'locks', 'bridge', 'harbour', 'harbor', 'pass', 'canal', 'tunnel', 'reservoir', 'glacier', 'estuary',
]);

/** Kinds of natural region after a name, strong enough to overrule a known body's name. */
const NATURAL_KINDS_AFTER: ReadonlySet<string> = new Set(['region', 'basin', 'rainforest', 'delta', 'river', 'valley', 'estuary']);

/** Lower-case adjectives of position before a region's name ("eastern Sharqiyah", "the lower Midwest"). */
const REGION_ADJECTIVES: ReadonlySet<string> = new Set([
  'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'north-eastern', 'north-western', 'south-eastern', 'south-western', 'central', 'upper', 'lower', 'coastal',
]);

const COMPASS_POINTS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outside']);

/** Ordinals after a team's possessive ("Boston 's seventh loss", "The loss was Boston 's seventh"). */
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

const INITIAL = /^\p{Lu}\.$/u;
const CAP = /^\p{Lu}/u;

export type AddEvidence = (type: EntityType, w: number, id: string) => void;

export interface CueContext {
  /** The article is a sports report. */
  sports: boolean;
  /** Lexicon kind of the name, if any. */
  kind: string | undefined;
}

/** The word tokens around [a, b) on the same line (undefined across a line break). */
function around(tokens: readonly Token[], a: number, b: number) {
  const back = (n: number): Token | undefined => {
    let i = a - 1;
    for (let seen = 0; i >= 0; i--) {
      const t = tokens[i];
      if (t.kind === 'tabCRLF' || /\n/.test(tokens[i + 1].space)) return undefined;
      if (++seen === n) return t;
    }
    return undefined;
  };
  const fwd = (n: number): Token | undefined => {
    const t = tokens[b + n - 1];
    if (!t || t.kind === 'tabCRLF') return undefined;
    for (let i = b; i <= b + n - 1; i++) if (/\n/.test(tokens[i].space)) return undefined;
    return t;
  };
  return { back, fwd };
}

/** Weigh the context cues of one candidate (see the module comment for the rules). */
export function contextCues(tokens: readonly Token[], cand: Candidate, gaz: Gazetteer, ctx: CueContext, add: AddEvidence): void {
  const { a, b } = cand;
  const { back, fwd } = around(tokens, a, b);
  const words = b - a;
  const p1 = back(1);
  const p2 = back(2);
  const n1 = fwd(1);
  const n2 = fwd(2);
  const n3 = fwd(3);
  const possessive = n1 !== undefined && (n1.lower === "'s" || n1.lower === "'");
  const known = ctx.kind === 'place' || ctx.kind === 'country';
  // The word after the name, a hyphened compound read whole ("Surrey all-rounder": wink
  // splits it into "all", "-", "rounder"), and the token after that word.
  const joined = n1 !== undefined && n1.kind === 'word' ? hyphenCompound(tokens, b) : 0;
  const nextWord = joined > 0 ? keyOf(tokens, b, b + joined) : n1?.lower;
  const afterNext = joined > 0 ? fwd(joined + 1) : n2;

  // ---- persons
  if (words >= 2 && INITIAL.test(tokens[a].text)) add('PERSON', 2.5, 'person:initials');
  if (n1?.text === ',' && n2?.kind === 'number' && /^\d{2}$/.test(n2.text) && Number(n2.text) >= 15 && n3?.text === ',') {
    add('PERSON', 2, 'person:age');
  }
  if (ctx.sports && p1 && SCORECARD_MARKS.has(p1.text)) add('PERSON', 2.5, 'person:scorecard');
  if (ctx.sports && words >= 2 && n1?.text === '(' && n2 && n3?.text === ')' && gaz.names.get(n2.lower.replace(/\./g, '')) === 'country') {
    add('PERSON', 1.5, 'person:country-in-brackets');
  }

  // ---- companies and other bodies
  if (possessive && n2 && COMPANY_POSSESSED.has(n2.lower) && !known) add('ORGANIZATION', 2, 'org:possessive-business');
  if (n1 && COMPANY_NEXT.has(n1.lower) && !known) add('ORGANIZATION', 2, 'org:shares');
  // "Britain's Sun newspaper", "the Kompas daily", "the Wagner group": a body's kind in
  // lower case after its name.
  if (n1 && ORG_KIND_AFTER.has(n1.text) && !known) add('ORGANIZATION', 2.5, 'org:kind-after');
  if (p1 && !known) {
    const pair = p2 ? `${p2.lower} ${p1.lower}` : '';
    if (COMPANY_BEFORE.has(pair) || (COMPANY_BEFORE.has(p1.lower) && p1.lower !== 'rival')) add('ORGANIZATION', 1.5, 'org:deal-context');
    if (ORG_APPOSITION.has(p1.lower) && !cand.role) add('ORGANIZATION', 2, 'org:apposition');
    // "Ohio-based KeyCorp": wink splits the compound into "Ohio", "-", "based".
    if (p1.lower === 'based' && p2?.text === '-') add('ORGANIZATION', 1.5, 'org:based');
  }
  // "Northfield Diagnostics, a firm in Mississauga", "Kestrel, the activist fund": the
  // body's kind in apposition after the name (a determiner, perhaps one modifier, the kind).
  if (n1?.text === ',' && n2 && (n2.lower === 'a' || n2.lower === 'an' || n2.lower === 'the') && !known && !cand.role) {
    const k1 = tokens[cand.b + 2];
    const k2 = tokens[cand.b + 3];
    // The kind is the head, not a possessor ("Corvalis Pay, the group's payments arm" is a unit).
    // Nor a modifier of another noun ("Kovacs, a company spokesman, said" is a person).
    const head = (k: Token | undefined, after: Token | undefined) => k !== undefined && k.text === k.lower && ORG_APPOSITION.has(k.lower)
      && (after === undefined || after.kind !== 'word' || after.text !== after.lower || AFTER_KIND.has(after.lower));
    if (head(k1, k2) || (k1?.text === k1?.lower && head(k2, tokens[cand.b + 4]))) {
      add('ORGANIZATION', 2, 'org:apposition-after');
    }
  }
  // "Ericsson spokesman Per Zetterquist": the name before a role and a person is the employer.
  if (nextWord !== undefined && MEMBER_ROLES.has(nextWord) && afterNext && CAP.test(afterNext.text) && afterNext.kind === 'word' && ctx.kind !== 'country' && (!known || ctx.sports)) {
    add('ORGANIZATION', known ? 4 : 2, 'org:member-role');
  }
  // "second only to Fanuc among Japanese makers", "Nomura, fifth among brokers": a name
  // ranked among companies of its trade is one of them (at most two modifiers between).
  if (n1?.lower === 'among' && !known) {
    for (let k = 2; k <= 4; k++) {
      const w = fwd(k);
      if (!w || w.kind !== 'word') break;
      if (COMPANY_PEERS.has(w.lower)) {
        add('ORGANIZATION', 2, 'org:ranked-among-peers');
        break;
      }
    }
  }
  // "Pirelli said it would ...": a company speaks of itself as "it".
  if (n1 && (n1.lower === 'said' || n1.lower === 'says') && n2 && (n2.lower === 'it' || n2.lower === 'its')) add('ORGANIZATION', 1.5, 'org:said-it');
  // "Comelf, based in ...", "X, which ...": not a person.
  if (n1?.text === ',' && n2 && (n2.lower === 'based' || n2.lower === 'which')) add('PERSON', -1, 'context:not-a-person');

  // ---- places
  // "the town of Tavildara", "the Arctic island of Spitzbergen", "east of Tavildara".
  if (p1?.lower === 'of' && p2 && (PLACE_NOUNS.has(p2.lower) || COMPASS_POINTS.has(p2.lower)) && !cand.role) add('PLACE', 2.5, 'place:town-of');
  // "the capital Grozny", "the town Khasavyurt": a place noun in apposition before the name.
  if (p1 && PLACE_NOUNS.has(p1.lower) && p1.text === p1.lower && ctx.kind !== 'org' && !cand.role) add('PLACE', 2, 'place:noun-before');
  // "the Pamir mountains", "Sharqiyah province", "Mindanao island": the kind of place after it.
  if (n1 && PLACE_NOUNS_AFTER.has(n1.text) && ctx.kind !== 'org') add('PLACE', 2, 'place:noun-after');
  // "the Amazon region", "the Congo basin": a natural region's kind after a name outweighs
  // a company or body of that name.
  else if (n1 && NATURAL_KINDS_AFTER.has(n1.text) && ctx.kind === 'org' && !cand.role) add('PLACE', 5, 'place:natural-kind-after');
  // "eastern Sharqiyah", "the lower Midwest": a compass or position adjective, lower case.
  if (p1 && REGION_ADJECTIVES.has(p1.text) && !cand.role) add('PLACE', 1.5, 'place:region-adjective');
  // "Lockerbie, Scotland", "KHASAVYURT, Russia 1996-08-31": a place, then the country or
  // region it lies in (not "Smith, Britain's ambassador").
  if (n1?.text === ',' && n2 && ctx.kind === undefined) {
    const region = gaz.names.get(n2.lower.replace(/\./g, ''));
    const after = fwd(3);
    const ends = !after || after.kind === 'number' || (after.kind === 'punctuation' && after.text !== "'" && after.text !== '-') || after.lower === 'and';
    if ((region === 'country' || region === 'place') && CAP.test(n2.text) && ends) add('PLACE', 2, 'place:in-region');
  }

  // ---- teams in sports reports
  if (!ctx.sports || ctx.kind === 'country') return;
  let team = '';
  if (nextWord !== undefined && (MEMBER_ROLES.has(nextWord) || TEAM_NEXT.has(nextWord))) team = 'sports:team-role';
  // "Derbyshire 's Australian captain Dean Jones", "Boston 's seventh loss", "The loss
  // was Boston 's seventh": a team's member or result after one modifier, or its ordinal.
  else if (known && possessive && n2 && (ORDINAL_WORD.test(n2.lower) || (n3 && n2.kind === 'word' && (TEAM_POSSESSED.has(n3.lower) || MEMBER_ROLES.has(n3.lower))))) team = 'sports:team-possessive';
  // "Derbyshire, nine-wicket winners over Worcestershire": a team's noun in apposition.
  else if (n1?.text === ',' && teamApposition(tokens, b + 1)) team = 'sports:team-apposition';
  // "gave Texas a 2-0 lead", "to give Minnesota a 4-2 lead": a score owned by the name.
  else if (known && (n1?.lower === 'a' || n1?.lower === 'an') && n2 && /^\d{1,3}-\d{1,3}$/.test(n2.text)) team = 'sports:team-given-lead';
  else if (possessive && n2 && n3 && n2.kind === 'word' && CAP.test(n2.text) && gaz.firstNames.has(n2.lower)) team = 'sports:team-player';
  else if (p1 && TEAM_BEFORE.has(p1.lower)) team = 'sports:team-before';
  else if (words === 1 && n1 && PLURAL_VERBS.has(n1.lower) && !/s$/.test(tokens[a].lower)) team = 'sports:team-plural-verb';
  else if (words === 1 && p1?.text === ')' && p2 && gaz.names.get(keyOf(tokens, p2.index, p2.index + 1)) === 'country') team = 'sports:team-after-country';
  // A place acting in the report is a team: "Kent stepped up a gear", "Essex need another
  // 148", "Cleveland 's lead", "homered for Cleveland". Only known places: an unknown name
  // acting is as often a player ("Shearer takes the captaincy"). A copula describes the
  // place ("Essex is flat").
  else if (known && words <= 3 && !PLACE_SUFFIXES.has(tokens[b - 1].lower) && n1 && (n1.pos === 'VERB' || n1.pos === 'AUX') && !n1.lower.endsWith('ing') && n1.lower !== 'is' && n1.lower !== 'was' && !(p1 && PLACE_PREPOSITIONS.has(p1.lower))) team = 'sports:team-acts';
  else if (known && possessive && n2 && TEAM_POSSESSED.has(n2.lower)) team = 'sports:team-possessive';
  else if (known && p1?.lower === 'for' && p2 && PLAYED_FOR.has(p2.lower)) team = 'sports:team-played-for';
  if (team) add('ORGANIZATION', known ? 4 : 2, team);
  // "2. Tom Baker ( Italy ) , Lola Ford , 54.483": a results list's team or make after a
  // competitor and the competitor's country, between commas. Outweighs a first name
  // opening it ("Lola").
  const p3 = back(3);
  if (!team && words <= 4 && n1?.text === ',' && p1?.text === ',' && p2?.text === ')' && p3 && gaz.names.get(keyOf(tokens, p3.index, p3.index + 1)) === 'country') {
    add('ORGANIZATION', 3, 'sports:team-after-competitor');
  }
}

/** Tokens in a hyphened compound starting at token i ("all - rounder" -> 3), else 0. */
function hyphenCompound(tokens: readonly Token[], i: number): number {
  let j = i;
  while (tokens[j + 1]?.text === '-' && tokens[j + 1].space === '' && tokens[j + 2]?.kind === 'word' && tokens[j + 2].space === '') j += 2;
  return j > i ? j - i + 1 : 0;
}

/**
 * A team's noun within the first five tokens from i, before any other punctuation than a
 * hyphen ("nine-wicket winners", "the defending champions").
 */
function teamApposition(tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + 6 && j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'tabCRLF' || /\n/.test(t.space)) return false;
    if (t.kind === 'punctuation' && t.text !== '-') return false;
    if (TEAM_APPOSITION.has(t.lower)) return true;
  }
  return false;
}
