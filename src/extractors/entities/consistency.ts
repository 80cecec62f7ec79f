/**
 * Document-level consistency: one name keeps one type through the article.
 *
 * - `document:person-part`: a surname or first name alone takes the type of the full
 *   person name used in the article ("John Kirby" ... "Kirby").
 * - `document:same-name`: every mention of the same name gets the type the article's
 *   mentions of it support most, so strong evidence at one mention ("Prime Minister
 *   Netanyahu") carries to weak ones ("Netanyahu's").
 */
import type { EntityType, Token } from '../../pipeline/document';
import type { Gazetteer } from './lexicons/gazetteer';
import type { Typed } from './type-names';
import { decide, emptyScores } from './type-names';
import { damerauLevenshtein } from './edit-distance';
import { INDUSTRY_WORDS, LEGAL_FORMS, ORG_SUFFIXES } from './lexicons/org-words';

type Scores = ReturnType<typeof emptyScores>;

export function applyConsistency(tokens: readonly Token[], typed: Typed[], gaz: Gazetteer): void {
  void tokens;
  // Parts of multi-word person names.
  const personParts = new Set<string>();
  for (const t of typed) {
    if (t.drop) continue;
    const words = t.key.split(' ');
    if (words.length >= 2 && words.length <= 4 && decide(t.scores).type === 'PERSON' && t.scores.PERSON >= 2) {
      personParts.add(words[words.length - 1]);
      personParts.add(words[0]);
      if (words.length >= 3) personParts.add(words.slice(1).join(' '));
    }
  }
  for (const t of typed) {
    if (t.drop || !personParts.has(t.key)) continue;
    // A country or a well-known body keeps its type unless a title says otherwise.
    const lex = gaz.names.get(t.key);
    const w = lex === 'country' || lex === 'org' ? 2 : 4;
    t.scores.PERSON += w;
    t.evidence.push('document:person-part');
  }

  applyCompanyShortNames(typed, gaz, personParts);

  // Same name, same type: sum the evidence of every mention of the name.
  const totals = new Map<string, Scores>();
  for (const t of typed) {
    if (t.drop) continue;
    const s = totals.get(t.key) ?? emptyScores();
    s.PERSON += t.scores.PERSON;
    s.ORGANIZATION += t.scores.ORGANIZATION;
    s.PLACE += t.scores.PLACE;
    totals.set(t.key, s);
  }
  // A weakly typed single word one edit away from a name of the article is a misspelling
  // of it ("Rafa" beside "Rafah"): it takes that name's type.
  // One-word names by first letter, in the order of `totals`, so each mention looks only
  // at names it could be a misspelling of (a scan of every name made the pass quadratic).
  const oneWordByInitial = new Map<string, Array<[string, Scores]>>();
  for (const entry of totals) {
    const k = entry[0];
    if (k.includes(' ')) continue;
    const list = oneWordByInitial.get(k[0]);
    if (list === undefined) oneWordByInitial.set(k[0], [entry]);
    else list.push(entry);
  }
  for (const t of typed) {
    if (t.drop || t.key.includes(' ') || t.key.length < 4) continue;
    const mine = totals.get(t.key)!;
    if (Math.max(mine.PERSON, mine.ORGANIZATION, mine.PLACE) >= 1.5 || gaz.names.has(t.key)) continue;
    for (const [k, total] of oneWordByInitial.get(t.key[0]) ?? []) {
      if (k === t.key || Math.abs(k.length - t.key.length) > 1) continue;
      if (damerauLevenshtein(k, t.key) !== 1 || Math.max(total.PERSON, total.ORGANIZATION, total.PLACE) < 1.5) continue;
      const type = decide(total).type;
      if (type === 'PERSON') continue; // never bend a person's name into another's
      t.scores[type] += 2;
      mine[type] += 2;
      t.evidence.push('document:near-spelling');
      break;
    }
  }

  // The article's verdict per name: totals no longer change from here on.
  const verdicts = new Map<string, EntityType>();
  for (const t of typed) {
    if (t.drop) continue;
    let all = verdicts.get(t.key);
    if (all === undefined) verdicts.set(t.key, (all = decide(totals.get(t.key)!).type));
    const mine = decide(t.scores).type;
    // "In Milwaukee, Newfield homered": a place after a place preposition is the place,
    // though the article names its team after it elsewhere ("Milwaukee has won 10").
    // Only a known place: an unknown name after "from" or "in" is as often a club or a
    // firm ("joined Milan from Torino", "invest in Ruch").
    if (all === 'ORGANIZATION' && mine === 'PLACE' && t.evidence.includes('context:place-preposition') && isKnownPlace(gaz, t.key)) continue;
    if (all !== mine) {
      // Pull this mention's scores towards the article's verdict.
      t.scores[all] = Math.max(t.scores[all], t.scores[mine]) + 0.5;
      t.evidence.push('document:same-name');
    }
  }

  applyTeamVote(tokens, typed, gaz);
}

/**
 * `document:company-short-name`: a company named in full with its legal form ("Mercantile
 * Bancorp Inc.", "Roosevelt Financial Group Inc") is named by its first word alone
 * elsewhere ("grab Mercantile or Commerce"); that word, with no more than a name's shape
 * or a surname's look for a person, is the company. Not a given name ("Edward D. Jones &
 * Co" says nothing of "Edward"), a head word ("Company Name Homegate Hospitality
 * Inc"), a known name, or part of a person's full name in the
 * article.
 */
function applyCompanyShortNames(typed: readonly Typed[], gaz: Gazetteer, personParts: ReadonlySet<string>): void {
  const firstWords = new Set<string>();
  for (const t of typed) {
    const { a, b } = t.cand;
    const last = t.key.slice(t.key.lastIndexOf(' ') + 1);
    // Or two words closed by an industry's name ("Northfield Diagnostics ... a spokeswoman for Northfield").
    if (t.drop || b - a < 2 || decide(t.scores).type !== 'ORGANIZATION' || !(LEGAL_FORMS.has(last) || (b - a === 2 && INDUSTRY_WORDS.has(last)))) continue;
    const first = t.key.slice(0, t.key.indexOf(' '));
    if (!ORG_SUFFIXES.has(first) && !gaz.names.has(first) && !gaz.firstNames.has(first) && !gaz.demonyms.has(first) && !personParts.has(first)) firstWords.add(first);
  }
  if (firstWords.size === 0) return;
  for (const t of typed) {
    if (t.drop || t.cand.b - t.cand.a !== 1 || !firstWords.has(t.key) || t.cand.role || t.scores.PERSON >= 2) continue;
    if (decide(t.scores).type === 'ORGANIZATION') continue;
    t.scores.ORGANIZATION = Math.max(t.scores.PERSON, t.scores.PLACE) + 1;
    t.evidence.push('document:company-short-name');
  }
}

/**
 * `document:team`: in a sports report a place-named club that one mention shows to be a
 * team ("Essex beat Kent") is the team at its other mentions too ("Essex, however,
 * look certain ..."), except where a place preposition makes it the place ("in Leeds").
 * Summing scores is not enough here: the lexicon says PLACE at every mention, the
 * team context speaks at one.
 */
function applyTeamVote(tokens: readonly Token[], typed: Typed[], gaz: Gazetteer): void {
  const teams = new Set<string>();
  for (const t of typed) {
    // Judged on the mention's own team cue: the same-name pass may have pulled it to PLACE.
    if (!t.drop && t.evidence.some((e) => e.startsWith('sports:team')) && !t.cand.role && t.scores.PERSON < 2) teams.add(t.key);
  }
  if (teams.size === 0) return;
  teamsInLists(tokens, typed, gaz, teams);
  for (const t of typed) {
    if (t.drop || !teams.has(t.key) || t.evidence.includes('context:place-preposition') || t.cand.role) continue;
    if (decide(t.scores).type === 'ORGANIZATION') continue;
    t.scores.ORGANIZATION = Math.max(t.scores.PERSON, t.scores.PLACE) + 0.5;
    t.evidence.push('document:team');
  }
}

function isKnownPlace(gaz: Gazetteer, key: string): boolean {
  const kind = gaz.names.get(key);
  return kind === 'place' || kind === 'country';
}

/**
 * A place's name joined by "and"/"or" to a team's is a team too ("v Gloucestershire or
 * Sussex", "title hopefuls Derbyshire and Surrey"): sports copy lists rivals together.
 * Not a country's name: national sides are written as the country.
 */
function teamsInLists(tokens: readonly Token[], typed: readonly Typed[], gaz: Gazetteer, teams: Set<string>): void {
  const live: Typed[] = [];
  for (const t of typed) if (!t.drop) live.push(t);
  live.sort((p, q) => p.cand.a - q.cand.a);
  const found: string[] = [];
  for (let i = 1; i < live.length; i++) {
    const x = live[i - 1];
    const y = live[i];
    if (teams.has(x.key) === teams.has(y.key) || !joinedByConjunction(tokens, x, y)) continue;
    const other = teams.has(x.key) ? y : x;
    if (gaz.names.get(other.key) === 'place' && !other.cand.role) found.push(other.key);
  }
  for (const k of found) teams.add(k);
}

/** Only a conjunction, maybe after a comma, between two names of one sentence and line. */
function joinedByConjunction(tokens: readonly Token[], x: Typed, y: Typed): boolean {
  if (x.cand.sentence !== y.cand.sentence || y.cand.a - x.cand.b > 2 || y.cand.a <= x.cand.b) return false;
  let conjunction = false;
  for (let i = x.cand.b; i < y.cand.a; i++) {
    const t = tokens[i];
    if (/\n/.test(t.space)) return false;
    if (t.lower === 'and' || t.lower === 'or') conjunction = true;
    else if (t.text !== ',') return false;
  }
  return conjunction && !/\n/.test(tokens[y.cand.a].space);
}
