/**
 * People, organizations and places: name spans from wink tokens, typed from lexicons,
 * titles, organization heads and context, then grouped into entities.
 *
 * Per document this is a few passes over the tokens with map look-ups; compromise's
 * tagger is never run (its lexicon is read once in the factory).
 *
 *   1. find-spans.ts      runs of capitalised words cut into name candidates
 *   2. type-names.ts      evidence for PERSON / ORGANIZATION / PLACE per candidate
 *   3. consistency.ts     one name, one type through the article
 *   4. find-spans.ts      lines in capitals: known names only (second pass)
 *   5. group-entities.ts  entities with canonical names and aliases
 */
import type { EntityGroup, NameMention, Sentence, Span, Token } from '../../pipeline/document';
import type { Candidate, SpanLexicons } from './find-spans';
import { capsLines, findCandidates, findCapsCandidates, keyOf, prefixesOf } from './find-spans';
import { loadGazetteer } from './lexicons/gazetteer';
import type { Gazetteer } from './lexicons/gazetteer';
import { HONORIFICS, TITLES } from './lexicons/titles';
import { applyConsistency } from './consistency';
import { applyCoordination } from './coordination';
import { decide, typeCandidate } from './type-names';
import type { ArticleContext, Typed } from './type-names';
import { SHARED_SPORTS_WORDS, SPORTS_WORDS } from './lexicons/words';
import { groupMentions } from './group-entities';
import { newspaperHeadings } from './press-digest';
import { BODY_HEADS, LEGAL_FORMS, ORG_HEADS_BEFORE_OF, ORG_SUFFIXES } from './lexicons/org-words';

export interface NameInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

/** Build the name finder once (lexicons are loaded here); call the result per document. */
export function createNameFinder(): (input: NameInput) => NameMention[] {
  const gaz = loadGazetteer();
  const titles = new Set(TITLES);
  const lex: SpanLexicons = {
    gaz,
    titles,
    maxTitleWords: Math.max(...TITLES.map((t) => t.split(' ').length)) + 1,
    honorifics: HONORIFICS,
    titlePrefixes: prefixesOf(titles),
  };
  return (input) => findNames(input, lex);
}

function findNames(input: NameInput, lex: SpanLexicons): NameMention[] {
  const { text, tokens, sentences } = input;
  const gaz = lex.gaz;
  const caps = capsLines(tokens);
  const article: ArticleContext = { sports: isSportsReport(tokens) };
  const candidates = findCandidates(tokens, sentences, caps, lex, article.sports);
  for (const c of candidates) if (!c.role) c.role = roleBefore(tokens, c, lex);
  // Arrays here are literals filled by push, not map()/filter() results: see dropWeakInitials.
  let typed: Typed[] = [];
  for (const c of candidates) typed.push(typeCandidate(text, tokens, c, gaz, article));
  // A surname alone is its person, whatever team cue stands next to it and though it is
  // an English word at a sentence start ("Woods , who turned pro"): typed again knowing
  // the article's full personal names.
  article.surnames = surnamesOf(typed);
  if (article.surnames.size > 0) {
    const retyped: Typed[] = [];
    for (const t of typed) retyped.push(t.cand.b - t.cand.a === 1 && article.surnames.has(t.key) && (article.sports || t.drop) ? typeCandidate(text, tokens, t.cand, gaz, article) : t);
    typed = retyped;
  }
  typed = dropWeakInitials(tokens, typed, gaz);
  rescueOrdinaryTwins(typed);
  rescueShortBodies(tokens, typed);
  rescuePartyModifiers(tokens, typed);
  applyCoordination(tokens, typed);
  applyConsistency(tokens, typed, gaz);
  companyFirstWord(tokens, typed, gaz);
  dropCraftNames(tokens, typed, gaz);

  // Lines in capitals: names known from the lexicons or from the rest of the article.
  const known = new Map<string, Typed>();
  for (const t of typed) if (!t.drop) known.set(t.key, t);
  // A surname alone in a headline ("KIRBY STRIKES AGAIN") is the person named in the text.
  for (const t of typed) {
    if (t.drop || decide(t.scores).type !== 'PERSON') continue;
    const words = t.key.split(' ');
    const last = words[words.length - 1];
    if (words.length >= 2 && !known.has(last) && !lex.gaz.isVocabulary(last)) known.set(last, t);
  }
  for (const c of findCapsCandidates(tokens, caps, new Set(known.keys()), lex)) {
    const t = typeCandidate(text, tokens, c, gaz, article);
    const twin = known.get(t.key);
    if (twin) {
      for (const k of ['PERSON', 'ORGANIZATION', 'PLACE'] as const) t.scores[k] = Math.max(t.scores[k], twin.scores[k]);
      t.evidence.push('document:same-name');
    }
    if (!t.drop) typed.push(t);
  }

  // A press digest's newspaper headings: the whole line is the paper ("JAKARTA POST").
  for (const [a, b] of newspaperHeadings(tokens, gaz)) {
    for (const t of typed) if (t.cand.a < b && t.cand.b > a) t.drop = true;
    const cand: Candidate = { a, b, sentence: tokens[a].sentence, caps: true, initial: false, spanRules: ['span/newspaper-heading'] };
    typed.push({ cand, key: keyOf(tokens, a, b), scores: { PERSON: 0, ORGANIZATION: 5, PLACE: 0 }, evidence: ['org:newspaper-heading'], drop: false });
  }

  for (const t of typed) if (!t.drop && (isDateline(tokens, t.cand) || isDatelineRegion(tokens, t.cand))) placeAtDateline(t);

  const names: NameMention[] = [];
  for (const t of typed) {
    if (t.drop) continue;
    const { type, confidence } = decide(t.scores);
    const start = tokens[t.cand.a].start;
    // A letter ending a name with no name after it ("on X.", "Team B.") is no initial:
    // its period is the sentence's full stop (wink keeps the two in one token).
    const last = tokens[t.cand.b - 1];
    const after = tokens[t.cand.b];
    // A paragraph's end is a sentence's end though wink read the letter as an initial and
    // ran the sentence on ("the television channel Canal N.\n\nMarieke ...").
    const sentenceEnd = t.cand.b - t.cand.a === 1 || !after || after.sentence !== last.sentence || after.kind === 'tabCRLF' || /\n/.test(after.space);
    // A legal form's period that also ends the sentence is the sentence's full stop
    // ("... and Sumitomo Mitsui Banking Corp. Nomura Securities advised": the splitter
    // keeps one sentence there; a capitalised word after it opens the next one).
    const legalStop = last.text.length > 1 && last.text.endsWith('.') && LEGAL_FORMS.has(last.lower) && t.cand.b - t.cand.a > 1 &&
      (sentenceEnd || (after.space !== '' && /^\p{Lu}/u.test(after.text))) &&
      // A heading or table line ends with no full stop ("Quarterly results of X Inc.\nShr loss").
      !(after && after.kind === 'tabCRLF' && !/\n[^\S\n]*\n/.test(after.text + after.space)) && !(after && /^[^\S\n]*\n[^\S\n]*$/.test(after.space));
    const end = (sentenceEnd && /^\p{Lu}\.$/u.test(last.text)) || legalStop ? last.end - 1 : last.end;
    const mention: NameMention = {
      start,
      end,
      text: text.slice(start, end),
      type,
      confidence,
      evidence: [...new Set([...t.cand.spanRules, ...t.evidence])],
      sentence: t.cand.sentence,
    };
    if (t.cand.role && type === 'PERSON') mention.role = spanOfTokens(text, tokens, t.cand.role.a, t.cand.role.b);
    names.push(mention);
  }
  names.sort((x, y) => x.start - y.start);
  particleBefore(text, names);
  return names;
}

/** A lower-case surname particle, with a second one ("van der", "de la"), before a name. */
const PARTICLE_BEFORE = /(?:^|[^\p{L}])((?:van|von|de|da|di|du|del|della|der|den|le|la|ter|ten|dos|das)(?: (?:der|den|de|la|le|los|las))? )$/u;

/**
 * "“...,” van Aalst said" after "Pieter van Aalst": a person's surname written with its
 * lower-case particle is named with it, as the article named the person in full. Only
 * where a full name ends in the particle and the surname (the particle is an ordinary
 * word elsewhere: "la", "de").
 */
function particleBefore(text: string, names: NameMention[]): void {
  let full: Set<string> | undefined;
  for (const m of names) {
    if (m.type !== 'PERSON' || m.text.includes(' ') || m.start === 0) continue;
    const hit = PARTICLE_BEFORE.exec(text.slice(Math.max(0, m.start - 12), m.start));
    if (!hit) continue;
    if (!full) {
      full = new Set<string>();
      for (const n of names) if (n.type === 'PERSON' && n.text.includes(' ')) full.add(n.text);
    }
    const withParticle = hit[1] + m.text;
    let named = false;
    for (const f of full) if (f.endsWith(' ' + withParticle)) named = true;
    if (!named) continue;
    m.start -= hit[1].length;
    m.text = text.slice(m.start, m.end);
    m.evidence.push('span/particle-before-surname');
  }
}

/** Vessels, craft and vehicles: what they are named is no entity (ANNOTATION.md: vessels and products). */
const CRAFT_NOUNS: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'tanker', 'freighter', 'ferry', 'yacht', 'boat', 'submarine', 'frigate', 'destroyer', 'cruiser',
  'warship', 'trawler', 'spacecraft', 'lander', 'rover', 'probe', 'satellite', 'capsule', 'rocket', 'launcher',
  'telescope', 'aircraft', 'airliner', 'jet', 'plane', 'helicopter', 'drone', 'missile',
]);

/** Words that introduce a thing's name ("a lander named Hestia"). */
const NAMING_WORDS: ReadonlySet<string> = new Set(['named', 'called', 'dubbed', 'christened', 'renamed']);

/**
 * "The lander, named Hestia, ...", "the tanker Ever Given", "a Falcon 9 rocket": a name
 * given to a craft (after a craft noun, or after "named" with a craft noun up to four
 * words before) is a vessel or product; the article's other mentions of it are too.
 * A model name with its number before a craft noun is a product ("Ariane 6 rocket"),
 * unless the lexicon knows the maker ("Boeing").
 */
function dropCraftNames(tokens: readonly Token[], typed: readonly Typed[], gaz: Gazetteer): void {
  const craft = new Set<string>();
  for (const t of typed) {
    if (t.drop || t.cand.b - t.cand.a > 3 || gaz.names.has(t.key)) continue;
    const before = tokens[t.cand.a - 1];
    if (!before || before.kind !== 'word') continue;
    const after = tokens[t.cand.b];
    if (after && /^\d+$/u.test(after.text) && CRAFT_NOUNS.has(tokens[t.cand.b + 1]?.lower ?? '')) {
      t.drop = true;
      t.evidence.push('drop:craft-model');
      continue;
    }
    let named = CRAFT_NOUNS.has(before.lower) && !t.cand.role;
    if (!named && NAMING_WORDS.has(before.lower)) {
      for (let j = t.cand.a - 2; j >= 0 && j >= t.cand.a - 6; j--) if (CRAFT_NOUNS.has(tokens[j].lower)) named = true;
    }
    if (named) craft.add(t.key);
  }
  if (craft.size === 0) return;
  for (const t of typed) {
    if (t.drop || !craft.has(t.key)) continue;
    t.drop = true;
    t.evidence.push('drop:craft-name');
  }
}

/**
 * "Corvalis Pay", "Corvalis Cloud Services" after the company Corvalis: a name opened by a
 * one-word company or body of the article is that body's unit, not a person whose given
 * name it would be (only names typed as persons by their shape, with no title).
 */
function companyFirstWord(tokens: readonly Token[], typed: readonly Typed[], gaz: Gazetteer): void {
  const bodies = new Set<string>();
  for (const t of typed) if (!t.drop && t.cand.b - t.cand.a === 1 && decide(t.scores).type === 'ORGANIZATION' && !gaz.firstNames.has(t.key)) bodies.add(t.key);
  if (bodies.size === 0) return;
  for (const t of typed) {
    const words = t.cand.b - t.cand.a;
    if (t.drop || words < 2 || words > 3 || t.cand.role || !bodies.has(tokens[t.cand.a].lower)) continue;
    if (decide(t.scores).type !== 'PERSON') continue;
    t.scores.ORGANIZATION = Math.max(t.scores.ORGANIZATION, t.scores.PERSON + 1);
    t.evidence.push('document:company-unit');
  }
}

/**
 * An ordinary word dropped at one place ("The Lancet study was funded", a sentence start)
 * is the body or place the article names by that word elsewhere with evidence ("published
 * in The Lancet"): it takes that mention's scores. One word only, never a person's name
 * (a surname is an ordinary word as often as not: "Gore", "Ban").
 */
function rescueOrdinaryTwins(typed: readonly Typed[]): void {
  const named = new Map<string, Typed>();
  for (const t of typed) {
    if (t.drop || t.cand.b - t.cand.a !== 1) continue;
    const { type } = decide(t.scores);
    if (type !== 'PERSON' && t.scores[type] >= 2.5) named.set(t.key, t);
  }
  if (named.size === 0) return;
  for (const t of typed) {
    if (!t.drop || t.cand.b - t.cand.a !== 1 || t.evidence[0] !== 'drop:ordinary-words') continue;
    const twin = named.get(t.key);
    if (twin === undefined) continue;
    t.drop = false;
    t.scores.PERSON = twin.scores.PERSON;
    t.scores.ORGANIZATION = twin.scores.ORGANIZATION;
    t.scores.PLACE = twin.scores.PLACE;
    t.evidence.push('document:same-name');
  }
}

/**
 * "the European Commission ... the Commission said": a body's head word alone after "the"
 * (dropped as an ordinary capitalised noun) refers back to the one body of the article
 * whose name ends in it; it takes that body's scores. Not where two bodies share the head
 * ("the Foreign Ministry ... the Defence Ministry ... the Ministry"), nor a legal form.
 */
function rescueShortBodies(tokens: readonly Token[], typed: readonly Typed[]): void {
  const bodies = new Map<string, Typed | null>();
  for (const t of typed) {
    const words = t.cand.b - t.cand.a;
    if (t.drop || words < 2 || words > 6 || decide(t.scores).type !== 'ORGANIZATION') continue;
    const head = tokens[t.cand.b - 1].lower;
    // "the House of Commons ... the House": a head before "of" opens the body's name.
    const opening = tokens[t.cand.a + 1].lower === 'of' && ORG_HEADS_BEFORE_OF.has(tokens[t.cand.a].lower) ? tokens[t.cand.a].lower : '';
    for (const h of [BODY_HEADS.has(head) ? head : '', opening]) {
      if (h === '') continue;
      const seen = bodies.get(h);
      bodies.set(h, seen === undefined || seen?.key === t.key ? t : null);
    }
  }
  if (bodies.size === 0) return;
  for (const t of typed) {
    if (!t.drop || t.cand.b - t.cand.a !== 1 || t.evidence[0] !== 'drop:ordinary-words') continue;
    const body = bodies.get(t.key);
    const before = tokens[t.cand.a - 1];
    if (!body || !before || before.lower !== 'the' || !/^\p{Lu}\p{Ll}+$/u.test(tokens[t.cand.a].text)) continue;
    t.drop = false;
    t.scores.PERSON = 0;
    t.scores.ORGANIZATION = body.scores.ORGANIZATION;
    t.scores.PLACE = 0;
    t.evidence.push('document:body-head');
  }
}

/** Roles a party's name qualifies ("the Conservative health critic", "a Liberal MP"). */
const PARTY_ROLES: ReadonlySet<string> = new Set([
  'critic', 'leader', 'mp', 'mps', 'member', 'members', 'lawmaker', 'lawmakers', 'candidate', 'candidates', 'spokesman',
  'spokeswoman', 'spokesperson', 'senator', 'senators', 'minister', 'ministers', 'government', 'caucus', 'whip', 'chair',
  'chairman', 'chairwoman', 'leadership', 'deputy', 'councillor', 'councillors', 'legislator', 'legislators', 'politician',
]);

/**
 * "Graham Tulloch, the Conservative health critic": a party whose name is its adjective
 * ("Conservative", "Liberal"), the article naming the party itself ("the Conservatives",
 * "Conservative Party"), before a party role (perhaps after one portfolio word) is the
 * party as a modifier (ANNOTATION.md: "a Labour minister"), not an adjective.
 */
function rescuePartyModifiers(tokens: readonly Token[], typed: readonly Typed[]): void {
  const parties = new Set<string>();
  for (const t of typed) {
    if (t.drop || decide(t.scores).type !== 'ORGANIZATION') continue;
    if (t.cand.b - t.cand.a === 1 && t.key.endsWith('s')) parties.add(t.key.slice(0, -1));
    if (t.cand.b - t.cand.a === 2 && tokens[t.cand.b - 1].lower === 'party') parties.add(tokens[t.cand.a].lower);
  }
  if (parties.size === 0) return;
  for (const t of typed) {
    if (!t.drop || t.cand.b - t.cand.a !== 1 || !parties.has(t.key)) continue;
    const n1 = tokens[t.cand.b];
    const n2 = tokens[t.cand.b + 1];
    const role = (x: Token | undefined) => x !== undefined && x.kind === 'word' && x.text === x.lower && PARTY_ROLES.has(x.lower);
    if (!role(n1) && !(n1 && n1.kind === 'word' && n1.text === n1.lower && role(n2))) continue;
    t.drop = false;
    t.scores.PERSON = 0;
    t.scores.PLACE = 0;
    t.scores.ORGANIZATION = 3;
    t.evidence.push('document:party-modifier');
  }
}

/** Last words of the multi-word names typed as persons with evidence beyond their shape. */
function surnamesOf(typed: readonly Typed[]): Set<string> {
  const out = new Set<string>();
  for (const t of typed) {
    const words = t.cand.b - t.cand.a;
    if (t.drop || words < 2 || words > 4 || decide(t.scores).type !== 'PERSON' || t.scores.PERSON < 2) continue;
    out.add(familyName(t.key));
  }
  return out;
}

/**
 * The family name in a person's full name key: the last word, or the first where the
 * given name is a hyphenated Korean or Taiwanese one written after it ("ban ki-moon",
 * "lee hoi-chang").
 */
function familyName(key: string): string {
  const space = key.lastIndexOf(' ');
  const last = key.slice(space + 1);
  if (key.indexOf(' ') === space && /^\p{Ll}{1,4}-\p{Ll}{1,5}$/u.test(last)) return key.slice(0, space);
  return last;
}

/**
 * A lower-case title or role noun right before the name ("spokesman Vedant Patel",
 * "all-rounder Phil Simmons"): up to three words back.
 */
function roleBefore(tokens: readonly Token[], c: Candidate, lex: SpanLexicons): Candidate['role'] {
  let best: Candidate['role'];
  let j = c.a - 1;
  let words = 0;
  while (j >= 0 && words < 3 && tokens[j].kind !== 'tabCRLF' && (tokens[j].kind === 'word' || tokens[j].text === '-')) {
    if (tokens[j].kind === 'word') words++;
    const k = keyOf(tokens, j, c.a);
    if (lex.titles.has(k) || (words === 1 && lex.gaz.roleNouns.has(k))) best = { a: j, b: c.a, honorific: lex.honorifics.has(k) };
    j--;
  }
  return best;
}

/**
 * A lone capitalised word at a sentence start with no evidence of being a name
 * ("War has entered ...") is dropped, unless the article uses it as a name elsewhere.
 */
function dropWeakInitials(tokens: readonly Token[], typed: Typed[], gaz: Gazetteer): Typed[] {
  const elsewhere = new Set<string>();
  for (const t of typed) if (!t.cand.initial) elsewhere.add(t.key);
  // A word that is the last name of a person named in full elsewhere ("Tiger Woods" ...
  // "Woods , who turned pro") is that person at a sentence start too.
  for (const t of typed) {
    const words = t.cand.b - t.cand.a;
    if (t.drop || words < 2 || words > 4 || decide(t.scores).type !== 'PERSON' || t.scores.PERSON < 2) continue;
    elsewhere.add(familyName(t.key));
  }
  // An array literal filled by push, not typed.filter(): V8 tracks the elements kind of
  // a literal's allocation site, so every array made here has the map of an array of
  // objects, even when empty; a filter() or map() result that comes out empty has the
  // map of an array of small integers instead, and an article with no names then
  // deoptimised the functions that iterate over these lists (findNames,
  // applyCoordination, applyConsistency), each recompiled in every worker (20-45 ms of
  // TurboFan per function, measured with --trace-opt/--trace-deopt).
  const kept: Typed[] = [];
  for (const t of typed) if (keepInitial(tokens, t, elsewhere, gaz)) kept.push(t);
  return kept;
}

/**
 * Plurals of occupations and adherents that the vocabulary may lack ("Hydrologists say",
 * "Virologists warn", "Economists expect"): no name ends so.
 */
const OCCUPATION_PLURAL = /^\p{Ll}{3,}(?:ologists|onomists|icians|ographers)$/u;

function keepInitial(tokens: readonly Token[], t: Typed, elsewhere: Set<string>, gaz: Gazetteer): boolean {
  if (!t.cand.initial || t.cand.b - t.cand.a > 1 || elsewhere.has(t.key)) return true;
  // A club opening a row of a results or standings table ("Hull 4 2 2 0 4 2 8").
  if (t.evidence.includes('sports:table-team') || t.evidence.includes('sports:team-named-after-place')) return true;
  // An ordinary word kept at a sentence start only in case it was a surname ("Gore said").
  if (t.cand.spanRules.includes('span/initial-word-kept')) return false;
  // An unknown word (not English vocabulary) at a sentence start is most likely a name,
  // except a plural label before a colon ("Scorers :", "Conversions :").
  const label = tokens[t.cand.b]?.text === ':' && t.key.endsWith('s') && gaz.isVocabulary(t.key.slice(0, -1));
  if (!gaz.isVocabulary(t.key) && !label && !OCCUPATION_PLURAL.test(t.key) && !ordinaryCompound(tokens, t, gaz)) return true;
  const strong = t.evidence.some((e) => e.startsWith('lexicon:') || e.startsWith('title:') || e === 'person:first-name');
  if (strong && !(gaz.commonWords.has(t.key) && gaz.names.get(t.key) !== 'country')) return true;
  return false;
}

/**
 * "Snowmelt arrived three weeks early": a word the vocabulary lacks but made of two
 * ordinary words of three letters or more ("snow" + "melt", "rain" + "fall") is a
 * compound common noun, not a name, where nothing but its shape typed it and no lexicon
 * knows it as a given or family name ("Goldsmith", "Newman" are).
 */
const SPEECH_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'argued', 'argues', 'noted', 'notes', 'replied', 'asked', 'explained', 'insisted', 'warned', ',']);

function ordinaryCompound(tokens: readonly Token[], t: Typed, gaz: Gazetteer): boolean {
  const w = t.key;
  if (w.length < 7 || !/^\p{Ll}+$/u.test(w) || gaz.lastNames.has(w) || gaz.firstNames.has(w)) return false;
  if (t.evidence.length !== 1 || !t.evidence[0].startsWith('shape:')) return false;
  // "Blackwood said": a speaker is a person or a body whatever its word is made of.
  if (SPEECH_AFTER.has(tokens[t.cand.b]?.lower ?? '')) return false;
  for (let i = 3; i <= w.length - 3; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (gaz.commonWords.has(head) && gaz.commonWords.has(tail) && gaz.isVocabulary(head) && gaz.isVocabulary(tail)) return true;
  }
  return false;
}

const DATE_LIKE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})$/;
const MONTHS = new Set(['jan', 'jan.', 'january', 'feb', 'feb.', 'february', 'mar', 'mar.', 'march', 'apr', 'apr.', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'aug.', 'august', 'sep', 'sept', 'sept.', 'september', 'oct', 'oct.', 'october', 'nov', 'nov.', 'november', 'dec', 'dec.', 'december']);

/**
 * Is the name a dateline: first on its line, then a date, maybe after the region
 * ("NICE , France 1996-08-30", "MILAN 1996-08-30", "WASHINGTON, Aug 30")?
 */
function isDateline(tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.a];
  if (c.a > 0 && !/\n/.test(first.space) && tokens[c.a - 1].kind !== 'tabCRLF') return false;
  for (let i = c.b; i < tokens.length && i < c.b + 6; i++) {
    const t = tokens[i];
    if (t.kind === 'tabCRLF' || (i > c.b && /\n/.test(t.space))) return false;
    if (DATE_LIKE.test(t.text) || MONTHS.has(t.lower)) return true;
    if (t.kind === 'word' && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return false;
}

/**
 * Is the name the region of a dateline, after its city and a comma and before the date
 * ("ARLINGTON , Texas 1996-08-31")? A team named after the region elsewhere in the
 * report does not make it the team here.
 */
function isDatelineRegion(tokens: readonly Token[], c: Candidate): boolean {
  if (c.a < 2 || tokens[c.a - 1].text !== ',') return false;
  const date = tokens[c.b];
  if (!date || /\n/.test(date.space) || !(DATE_LIKE.test(date.text) || MONTHS.has(date.lower))) return false;
  let i = c.a - 2;
  if (tokens[i].kind !== 'word' || !/^\p{Lu}/u.test(tokens[i].text)) return false;
  while (i > 0 && !/\n/.test(tokens[i].space) && tokens[i - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[i - 1].text)) i--;
  return i === 0 || /\n/.test(tokens[i].space) || tokens[i - 1].kind === 'tabCRLF';
}

/** `place:dateline`: a dateline names the place the story was filed from, never a team or a person. */
function placeAtDateline(t: Typed): void {
  t.scores.PLACE = Math.max(t.scores.PERSON, t.scores.ORGANIZATION, t.scores.PLACE) + 1;
  t.evidence.push('place:dateline');
}

/**
 * A sports report: at least five sports words, or one in 60 tokens, and at least one of
 * them used in sport alone: market and election copy also has "points", "race" and
 * "season", and shares "beat" forecasts.
 */
function isSportsReport(tokens: readonly Token[]): boolean {
  let n = 0;
  let sportOnly = false;
  for (const t of tokens) {
    if (!SPORTS_WORDS.has(t.lower)) continue;
    n++;
    if (!SHARED_SPORTS_WORDS.has(t.lower)) sportOnly = true;
  }
  return sportOnly && (n >= 5 || (n >= 2 && n * 60 >= tokens.length));
}

function spanOfTokens(text: string, tokens: readonly Token[], a: number, b: number): Span {
  const start = tokens[a].start;
  const end = tokens[b - 1].end;
  return { start, end, text: text.slice(start, end) };
}

let sharedGazetteer: Gazetteer | null = null;

/** Group name mentions of one article into entities with canonical names and aliases. */
export function groupEntities(text: string, names: readonly NameMention[]): EntityGroup[] {
  sharedGazetteer ??= loadGazetteer();
  return groupMentions(names, sharedGazetteer, text);
}
