/**
 * Name spans from wink tokens: runs of capitalised words, cut into names.
 *
 * A run is a sequence of capitalised word tokens in one sentence, held together by
 * name particles ("bin", "van"), by "of"/"for"/"&" where an organization or place
 * head calls for them ("Bank of England"), and by hyphens without spaces
 * ("Coca-Cola"). A run is then cut: at titles ("US President Joe Biden" -> "US",
 * role "President", "Joe Biden"), at a leading sentence word ("Despite Israel"), at a
 * hyphen between two known names ("Israel-USA"), and after a country that modifies a
 * named body ("US National Security Council").
 *
 * Lines written in capitals (headlines, datelines) carry no capitalisation signal:
 * there only known names are taken, from the lexicons or from the rest of the article.
 */
import type { Sentence, Token } from '../../pipeline/document';
import type { Gazetteer } from './lexicons/gazetteer';
import { tableRowTeam } from './table-rows';
import { SPORT_NAMES } from './lexicons/sports';
import { BODY_HEADS, KNOWN_ORGS, LEGAL_FORMS, ORG_HEADS_BEFORE_OF, ORG_SUFFIXES } from './lexicons/org-words';
import { NAME_PARTICLES, NEVER_NAMES, PLACE_SUFFIXES } from './lexicons/words';

/** A name candidate: tokens [a, b), with the tokens of a title or role before it. */
export interface Candidate {
  a: number;
  b: number;
  sentence: number;
  /** Title or role tokens [a, b) right before the name, if any. */
  role?: { a: number; b: number; honorific: boolean };
  /** Found in a line written in capitals (only known names are taken there). */
  caps: boolean;
  /** First word of its sentence (capitalised for that reason alone). */
  initial: boolean;
  /** Rule ids that shaped the span. */
  spanRules: string[];
}

export interface SpanLexicons {
  gaz: Gazetteer;
  /** Lower-case titles, longest first matching is done by word count. */
  titles: ReadonlySet<string>;
  maxTitleWords: number;
  titlePrefixes: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
}

const CLOSED_POS = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'INTJ', 'NUM', 'ADV']);
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}.*\p{L}/u;

function isWord(t: Token): boolean {
  return t.kind === 'word';
}

/** A token's contribution to a key: lower case, periods dropped ("U.S." -> "us"). */
function piece(t: Token): string {
  return t.lower.indexOf('.') >= 0 ? t.lower.replace(/\./g, '') : t.lower;
}

/** Append token t to a key being built (a space where the text has one). */
function extendKey(key: string, t: Token): string {
  const p = piece(t);
  if (p === '') return key;
  return key === '' ? p : t.space.length > 0 ? key + ' ' + p : key + p;
}

/**
 * Lower-case key of a token range, words joined by one space ("gaza city",
 * "israel-usa"). Periods are dropped so "St. Louis", "ST LOUIS" and "U.S." meet their
 * lexicon keys.
 */
export function keyOf(tokens: readonly Token[], a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) out = extendKey(out, tokens[i]);
  return out;
}

/** Every proper prefix (in words) of the multi-word keys of a phrase list, to stop look-ups early. */
export function prefixesOf(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    let at = k.indexOf(' ');
    while (at > 0) {
      out.add(k.slice(0, at));
      at = k.indexOf(' ', at + 1);
    }
    // Hyphenated keys ("al-qaeda") are built without spaces: their stems are prefixes too.
    let h = k.indexOf('-');
    while (h > 0) {
      out.add(k.slice(0, h));
      out.add(k.slice(0, h + 1));
      h = k.indexOf('-', h + 1);
    }
  }
  return out;
}

/** Longest phrase of `phrases` starting at token i within [i, end), as its token end, or -1. */
function longestPhrase(tokens: readonly Token[], i: number, end: number, phrases: ReadonlySet<string> | ReadonlyMap<string, unknown>, prefixes: ReadonlySet<string>): number {
  let best = -1;
  let key = '';
  for (let j = i; j < end; j++) {
    if (tokens[j].kind === 'tabCRLF') break;
    key = extendKey(key, tokens[j]);
    // A name ends on a word, never on a period or a hyphen.
    if (phrases.has(key) && tokens[j].kind === 'word') best = j + 1;
    if (!prefixes.has(key)) break;
  }
  return best;
}

/**
 * Mark tokens on lines written in capitals. A line is in capitals when at least 80% of
 * its words of two or more letters have no lower-case letter, and it has at least two
 * such words or at most three words in all (a dateline "LONDON 1996-08-30").
 */
export function capsLines(tokens: readonly Token[]): boolean[] {
  const caps = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  const flush = (end: number) => {
    let words = 0;
    let upper = 0;
    for (let i = lineStart; i < end; i++) {
      const t = tokens[i];
      if (!isWord(t) || !TWO_LETTERS.test(t.text)) continue;
      words++;
      if (!HAS_LOWER.test(t.text)) upper++;
    }
    if (upper > 0 && upper >= 0.8 * words && (upper >= 2 || words <= 3)) {
      for (let i = lineStart; i < end; i++) caps[i] = true;
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const breaks = /\n/.test(t.space) || t.kind === 'tabCRLF';
    if (breaks) {
      flush(i);
      lineStart = t.kind === 'tabCRLF' ? i + 1 : i;
    }
  }
  flush(tokens.length);
  return caps;
}

/** Longest lexicon name starting at token `i` (within [i, end)), as its token end, or -1. */
export function longestKnown(tokens: readonly Token[], i: number, end: number, gaz: Gazetteer): number {
  return longestPhrase(tokens, i, end, gaz.names, gaz.prefixes);
}

const INITIAL = /^\p{Lu}\.$/u;

function isCapWord(t: Token, caps: boolean[]): boolean {
  // An initial ("A. Dale") is part of a name even where the letter is also a word.
  if (isWord(t) && !caps[t.index] && INITIAL.test(t.text)) return true;
  if (!isWord(t) || caps[t.index] || !UPPER_START.test(t.text)) return false;
  const lower = t.lower.replace(/\.$/, '');
  return !NEVER_NAMES.has(lower) || (ACRONYM_WORDS.has(lower) && t.text === t.text.toUpperCase());
}

/**
 * Known bodies whose acronym is a closed-class English word ("WHO"): in capitals inside
 * a line of ordinary case it is the body ("the WHO's dengue programme"), not the pronoun.
 */
const ACRONYM_WORDS: ReadonlySet<string> = new Set(KNOWN_ORGS.filter((o) => NEVER_NAMES.has(o)));

/**
 * Is token i the first word of its sentence or line (after opening quotes, brackets,
 * dashes or a list number)? Such words are capitalised whatever they are.
 */
function isInitial(tokens: readonly Token[], s: Sentence, i: number): boolean {
  if (/\n/.test(tokens[i].space)) return true;
  for (let j = i - 1; j >= s.tokenStart; j--) {
    const t = tokens[j];
    if (t.kind === 'tabCRLF') return true;
    // wink reads guillemets as unknown tokens ("« People think ...").
    const opener = ((t.kind === 'punctuation' || t.text === '«' || t.text === '‹') && /^[“”‘’"'(\[«‹\-–—.]+$/.test(t.text)) || /^\d+\.?$/.test(t.text);
    if (!opener) return false;
    if (/\n/.test(t.space)) return true;
    // A quotation opening inside a sentence ("... after 10 a.m. \"People were running")
    // starts the speaker's own sentence: its first word is capitalised anyway.
    // A straight mark opens only glued to its word after a space (spaced marks, as in
    // tokenised copy, may close a quote: ', " Dole campaign manager').
    if ((t.text === '“' || t.text === '«' || t.text === '‹' || (t.text === '"' && t.space !== '' && tokens[j + 1].space === '')) && j > s.tokenStart) return true;
    if (/^[-–—]+$/.test(t.text) && t.space !== '' && afterCapsLabel(tokens, s, j)) return true;
  }
  return true;
}

/**
 * Is the dash at token j preceded, from its line's start, only by a label in capitals:
 * a dateline or a section head ("WASHINGTON (Reuters) - Prices rose", "GERMANY - Bunds
 * extended losses")? The sentence starts after it.
 */
/** A month's name or its abbreviation, as a dateline writes it ("June 14", "Nov. 26", "Sept 3"). */
const DATELINE_MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|June|July|August|September|October|November|December)$/;

function afterCapsLabel(tokens: readonly Token[], s: Sentence, j: number): boolean {
  let words = 0;
  for (let k = j - 1; k >= s.tokenStart; k--) {
    const t = tokens[k];
    if (t.kind === 'tabCRLF') break;
    if (t.kind === 'word') {
      // A dateline may carry its date ("KHARTOUM, June 14 (AFP) - Artillery shells ...").
      if (/\p{Ll}/u.test(t.text) && t.text !== 'Reuters' && t.text !== 'AP' && t.text !== 'AFP' && !DATELINE_MONTH.test(t.text)) return false;
      words++;
    } else if (!/^[(),.]$/.test(t.text) && !(t.kind === 'number' && /^\d{1,4}$/.test(t.text))) return false;
    if (/\n/.test(t.space) && k < j - 1) break;
  }
  return words > 0;
}

/**
 * Can a run ending at token `last` take "of"/"for"/"on"/"&" at token `last + 1` and go on?
 * The word right before the joiner must be a head that takes a complement ("Bank of
 * England", "Organisation for Security", "Republic of Ireland"); a person's name or a
 * legal form does not ("Security Council President Tono Eitel of Germany", "Kia Motor
 * Corp of South Korea"). Else the joiner fits when the run after it ends in a legal form
 * ("Gold Fields of South Africa Ltd", "First of Michigan Corp.").
 */
function joinerFits(tokens: readonly Token[], last: number, joiner: string, s: Sentence, caps: boolean[]): boolean {
  if (joiner === '&') return true;
  if (joiner !== 'of' && joiner !== 'for' && joiner !== 'on') return false;
  const w = tokens[last].lower;
  if (LEGAL_FORMS.has(w)) return false;
  if (ORG_HEADS_BEFORE_OF.has(w) || ORG_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w) || w === 'republic' || w === 'kingdom' || w === 'states' || w === 'isle') return true;
  // Look past the joiner: capitalised words (and one more joiner) up to a legal form.
  for (let k = last + 2; k < s.tokenEnd && k < last + 9; k++) {
    const t = tokens[k];
    if (LEGAL_FORMS.has(t.lower)) return UPPER_START.test(t.text) && k > last + 2;
    if (!isCapWord(t, caps) && t.text !== '.' && t.lower !== 'of' && t.text !== '&') return false;
  }
  return false;
}

/**
 * A body's name that already took "of" after its head word may take one more "for" or
 * "of" ("Court of Arbitration for Sport", "Office of the High Commissioner for Human
 * Rights"): the head earlier in the run (three words back at most) shows the words
 * after it are the body's remit, not a person's or a place's ("Bank of England for").
 * Only one more: the run [a, b) holds exactly one joiner so far.
 */
function secondJoinerFits(tokens: readonly Token[], a: number, b: number, joiner: string): boolean {
  if (joiner !== 'for' && joiner !== 'of') return false;
  let joins = 0;
  let headed = false;
  for (let k = a; k < b; k++) {
    const w = tokens[k].lower;
    if (w !== 'of' && w !== 'for') continue;
    joins++;
    if (k > a && ORG_HEADS_BEFORE_OF.has(tokens[k - 1].lower) && b - k <= 3) headed = true;
  }
  return joins === 1 && headed && !PLACE_SUFFIXES.has(tokens[b - 1].lower);
}

/**
 * Is the word at token a (an ordinary word at a sentence or list start) a given name
 * here ("7. Frank Busemann", "Rose Cheruiyot ( Kenya )")? So it is when it is the first
 * of exactly two words and the second is no English word and no known place or body:
 * a surname. A role noun stays a role ("Striker Zorvex").
 */
function givenName(tokens: readonly Token[], a: number, rb: number, lex: SpanLexicons): boolean {
  if (rb - a !== 2) return false;
  const t = tokens[a];
  const next = tokens[a + 1];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\p{Lu}\p{Ll}+/u.test(next.text)) return false;
  if (lex.gaz.roleNouns.has(t.lower) || lex.titles.has(t.lower) || lex.gaz.demonyms.has(t.lower)) return false;
  return !lex.gaz.isVocabulary(next.lower) && !lex.gaz.names.has(next.lower);
}

/** Raw runs of capitalised words in one sentence, as [a, b) token ranges. */
function runsIn(tokens: readonly Token[], s: Sentence, caps: boolean[], lex: SpanLexicons): Array<[number, number]> {
  const gaz = lex.gaz;
  const runs: Array<[number, number]> = [];
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    // Checked before the capital test: the party letter "I" is no capitalised word.
    const label = partyLabelEnd(tokens, i, s.tokenEnd);
    if (label > i) {
      i = label;
      continue;
    }
    // A name may open with the Arabic article ("al-Qaeda", "al-Aqsa", "el-Sisi").
    const article = arabicArticleEnd(tokens, i, s.tokenEnd, caps);
    if (article < 0 && !isCapWord(tokens[i], caps) && !closedNameOpener(tokens, s, i, caps)) {
      i++;
      continue;
    }
    const a = i;
    let b = article > 0 ? article : i + 1;
    for (;;) {
      const next = tokens[b];
      if (b >= s.tokenEnd || !next) break;
      // "... Banking Corp. Nomura Securities advised": a legal form closes its name, and
      // its period may end the sentence too (the splitter keeps one sentence there).
      if (b > a && LEGAL_FORMS.has(tokens[b - 1].lower) && tokens[b - 1].text.endsWith('.') && next.space !== '') break;
      if (isCapWord(next, caps) && next.space.length <= 1 && !/\n/.test(next.space)) {
        b++;
        continue;
      }
      // "Ministry of Economy, Trade and Industry": a body's fields listed after head + "of".
      if (next.text === ',') {
        const listed = fieldListEnd(tokens, a, b, s.tokenEnd, caps, gaz);
        if (listed > 0) {
          b = listed;
          break;
        }
      }
      // The Arabic article inside a name ("Ayman al-Zawahiri", "Abdel Fattah el-Sisi").
      const inner = next.space.length === 1 ? arabicArticleEnd(tokens, b, s.tokenEnd, caps) : -1;
      if (inner > 0) {
        b = inner;
        continue;
      }
      // One or more particles ("Joost van der Westhuizen") before a capitalised word;
      // checked before the next-word test below, which sees only the first particle.
      if (NAME_PARTICLES.has(next.text) && next.space.length === 1) {
        let k = b;
        while (tokens[k] && k < s.tokenEnd && NAME_PARTICLES.has(tokens[k].text) && tokens[k].space.length === 1) k++;
        if (tokens[k] && k < s.tokenEnd && isCapWord(tokens[k], caps) && tokens[k].space.length === 1) {
          b = k + 1;
          continue;
        }
        break;
      }
      // A short lower-case word between hyphens ("Inzamam-ul-Haq", "Chester-le-Street",
      // "Stratford-upon-Avon") is part of one name.
      const mid = tokens[b + 1];
      const far = tokens[b + 3];
      if (next.text === '-' && next.space === '' && mid && mid.space === '' && /^\p{Ll}{1,5}$/u.test(mid.text)
        && tokens[b + 2]?.text === '-' && tokens[b + 2].space === '' && far && far.space === '' && b + 3 < s.tokenEnd && isCapWord(far, caps)) {
        b += 4;
        continue;
      }
      // A two-syllable Korean or Taiwanese given name written with a hyphen and a
      // lower-case second syllable, after a one-word surname ("Lee Hoi-chang", "Kim
      // Jong-un", "Ban Ki-moon"). A compound adjective ("the Kremlin-backed", "Paris-based")
      // follows no surname and its second part is an English word of that kind.
      if (b - a >= 2 && hyphenatedGivenName(tokens, b, s.tokenEnd)) {
        b += 2;
        break;
      }
      const after = tokens[b + 1];
      // "Kiel Institute for the World Economy", "Bank of the South": a body's head word, its
      // joiner and "the" before a capitalised complement (a place keeps its "the" out:
      // "Gulf of the ..." is rarer than "Britain of the 1990s", so heads of bodies only).
      if (theComplement(tokens, b, s.tokenEnd, caps)) {
        b += 3;
        continue;
      }
      if (!after || b + 1 >= s.tokenEnd || !isCapWord(after, caps)) break;
      // A hyphen with no space either side joins ("Coca-Cola", "Israel-USA", split later).
      if (next.text === '-' && next.space === '' && after.space === '') {
        b += 2;
        continue;
      }
      // "the Minister for Foreign Affairs": the portfolio after a title joins the run and
      // is cut off with the title (cutRun), so it never stands alone as a name.
      const portfolio = lex.titles.has(tokens[b - 1].lower) ? portfolioEnd(tokens, b, s.tokenEnd, lex) : -1;
      if (portfolio > 0) {
        b = portfolio;
        continue;
      }
      const joiner = next.lower === 'of' || next.lower === 'for' || next.lower === 'on' || next.text === '&';
      // "Secretary of State Antony Blinken": the title is cut off later, whole.
      const inTitle = joiner && lex.titlePrefixes.has(keyOf(tokens, b - 1, b + 1));
      if (joiner && (inTitle || joinerFits(tokens, b - 1, next.lower, s, caps) || secondJoinerFits(tokens, a, b, next.lower))) {
        b += 2;
        continue;
      }
      // "and" only inside a known name ("Bosnia and Herzegovina", "Procter and Gamble"),
      // or inside a body's name that took an "of" and ends in its head word ("International
      // Federation of Red Cross and Red Crescent Societies").
      if (next.lower === 'and') {
        const end = longestKnown(tokens, a, Math.min(s.tokenEnd, b + 6), gaz);
        if (end > b + 1) {
          b = end;
          continue;
        }
        const body = bodyAfterAnd(tokens, a, b, s.tokenEnd, caps, gaz);
        if (body > 0) {
          b = body;
          continue;
        }
        const shared = sharedHeadAfterAnd(tokens, a, b, s.tokenEnd, caps, gaz);
        if (shared > 0) {
          b = shared;
          continue;
        }
        const division = divisionAfterAnd(tokens, a, b, s.tokenEnd, caps, gaz);
        if (division > 0) {
          b = division;
          break;
        }
      }
      break;
    }
    // "Organisation for Security and Cooperation in Europe ( OSCE )": a name spelled out
    // before its acronym goes on over "in", "and", "the" to the acronym.
    const spelled = expansionEnd(tokens, a, b, s.tokenEnd, caps);
    if (spelled > b) b = spelled;
    runs.push([a, b]);
    i = b;
  }
  return runs;
}

/**
 * Closed-class words that open proper names ("All Blacks", "All-England Club",
 * "All-Star"). Not weekdays or months, also never names: "on Friday Prime Minister ...".
 */
export const CLOSED_NAME_OPENERS: ReadonlySet<string> = new Set(['all']);

/**
 * Is token i such a word, capitalised inside a sentence, before a capitalised word (or
 * joined to one by a hyphen)? At a sentence start it is capitalised anyway.
 */
function closedNameOpener(tokens: readonly Token[], s: Sentence, i: number, caps: boolean[]): boolean {
  const t = tokens[i];
  if (!CLOSED_NAME_OPENERS.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || caps[i] || i + 1 >= s.tokenEnd || isInitial(tokens, s, i)) return false;
  const next = tokens[i + 1];
  if (next.text === '-' && next.space === '' && i + 2 < s.tokenEnd) return tokens[i + 2].space === '' && isCapWord(tokens[i + 2], caps);
  return next.space.length === 1 && isCapWord(next, caps);
}

/** Lower-case words a body's name spelled out before its acronym may hold. */
const EXPANSION_JOINERS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'in', 'on', 'the', 'to', 'against', 'de', 'du', 'des', 'la', 'le', 'del', 'da', 'et', 'y',
]);

/**
 * Where the run [a, b) goes on to an acronym in brackets that spells its words' initials:
 * the token index of "(" (the name ends before it), or -1. Up to ten tokens of joiners
 * and capitalised words in between, all on one line.
 */
function expansionEnd(tokens: readonly Token[], a: number, b: number, end: number, caps: boolean[]): number {
  let k = b;
  while (k < end && k < b + 10 && tokens[k].text !== '(') {
    const t = tokens[k];
    if (/\n/.test(t.space) || !(EXPANSION_JOINERS.has(t.text) || isCapWord(t, caps))) return -1;
    k++;
  }
  if (k === b || k >= end || tokens[k].text !== '(' || !isCapWord(tokens[k - 1], caps)) return -1;
  return spellsAcronym(tokens, a, k) ? k : -1;
}

/**
 * Is the name [a, b) followed by an acronym in brackets made of its capitalised words'
 * initials, in order, its joiners' initials optional ("U.N. Interim Force in Lebanon (
 * UNIFIL )", "State Law and Order Restoration Council ( SLORC )")?
 */
export function spellsAcronym(tokens: readonly Token[], a: number, b: number): boolean {
  const open = tokens[b];
  const acronym = tokens[b + 1];
  if (open?.text !== '(' || tokens[b + 2]?.text !== ')' || !acronym || !/^(?:\p{Lu}\.?){3,8}$/u.test(acronym.text)) return false;
  // "Rally for the Return of [Refugees and Democracy in Rwanda] ( RDR )": a run after a
  // joiner is the tail of a longer name, which the acronym does not spell.
  const before = tokens[a - 1];
  if (before && EXPANSION_JOINERS.has(before.text) && a >= 2 && /^\p{Lu}/u.test(tokens[a - 2].text)) return false;
  const letters = acronym.text.replace(/\./g, '');
  // Each word: the letters it may stand for, and whether it may stand for none.
  const units: Array<{ forms: string[]; optional: boolean }> = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const afterHyphen = i > a && tokens[i - 1].text === '-' && t.space === '';
    if (EXPANSION_JOINERS.has(t.lower) || afterHyphen) {
      units.push({ forms: [t.text[0].toUpperCase()], optional: true });
      continue;
    }
    if (!/^\p{Lu}/u.test(t.text)) return false;
    const forms = [t.text[0]];
    // "U.N.", "EU": an acronym inside the name may stand for all its letters.
    if (/^(?:\p{Lu}\.?){2,4}$/u.test(t.text)) forms.push(t.text.replace(/\./g, ''));
    units.push({ forms, optional: false });
  }
  const match = (u: number, j: number): boolean => {
    if (u === units.length) return j === letters.length;
    const unit = units[u];
    if (unit.optional && match(u + 1, j)) return true;
    for (const f of unit.forms) if (letters.startsWith(f, j) && match(u + 1, j + f.length)) return true;
    return false;
  };
  return units.length >= 3 && match(0, 0);
}

/**
 * A party-and-state label after a US legislator's name, "(D-N.Y.)", "(R-Wis.)",
 * ", D-Calif.,": a party letter, a hyphen and a state's postal or AP abbreviation, closed
 * by a parenthesis or comma. It names no one; its token end, or -1.
 */
function partyLabelEnd(tokens: readonly Token[], i: number, end: number): number {
  const party = tokens[i].text;
  if (party !== 'D' && party !== 'R' && party !== 'I') return -1;
  const before = tokens[i - 1];
  if (!before || (before.text !== '(' && before.text !== ',')) return -1;
  if (tokens[i + 1]?.text !== '-' || tokens[i + 1].space !== '') return -1;
  let j = i + 2;
  let letters = 0;
  while (j < end && tokens[j].space === '' && /^(?:\p{Lu}[\p{L}.]{0,5}|\.)$/u.test(tokens[j].text)) {
    letters += tokens[j].text.replace(/\./g, '').length;
    j++;
  }
  if (letters === 0 || letters > 6 || j >= end) return -1;
  const close = tokens[j].text;
  return (close === ')' && before.text === '(') || (close === ',' && before.text === ',') ? j : -1;
}

/**
 * The Arabic definite article as romanised in names, in its assimilated forms too
 * ("ad-Din", "as-Sadr", "ash-Shabab"): written lower case and joined by a hyphen to the
 * capitalised word it belongs to.
 */
const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'adh', 'an', 'ud', 'ul']);

/**
 * "al-Zawahiri" at token i: the lower-case article, a hyphen and a capitalised word,
 * with no space between them. Its token end, or -1. A capital after the hyphen is what
 * tells a name: "an X-ray", "at-risk" and "as-yet" never take one.
 */
function arabicArticleEnd(tokens: readonly Token[], i: number, end: number, caps: boolean[]): number {
  const t = tokens[i];
  if (!t || t.text !== t.lower || !articleHyphen(tokens, i, end)) return -1;
  const word = tokens[i + 2];
  return isCapWord(word, caps) && /\p{Ll}/u.test(word.text) ? i + 3 : -1;
}

/** The article at token i (in any case), a hyphen and a word, with no space between them, within [i, end). */
function articleHyphen(tokens: readonly Token[], i: number, end: number): boolean {
  return i + 2 < end && ARABIC_ARTICLES.has(tokens[i].lower) && tokens[i + 1].text === '-' && tokens[i + 1].space === '' && tokens[i + 2].space === '';
}

/** Does the name [x, y) open with the Arabic article ("al-Qaeda"), which is part of it? */
function opensWithArticle(tokens: readonly Token[], x: number, y: number): boolean {
  return tokens[x].text === tokens[x].lower && articleHyphen(tokens, x, y) && UPPER_START.test(tokens[x + 2].text);
}

/** Second parts of English compound adjectives after a name ("Kremlin-backed"). */
const COMPOUND_SECOND_PARTS = new Set([
  'based', 'backed', 'led', 'era', 'born', 'style', 'like', 'owned', 'made', 'run', 'held', 'linked', 'allied', 'bound',
  'free', 'wide', 'type', 'class', 'area', 'only', 'level', 'aged', 'funded', 'built',
]);

/**
 * Is the run's second word (at `b - 1`) the first syllable of a hyphenated given name
 * whose lower-case second syllable is at `b + 1` ("Hoi-chang")? Both syllables are short
 * and the hyphen has no space either side.
 */
function hyphenatedGivenName(tokens: readonly Token[], b: number, end: number): boolean {
  const first = tokens[b - 1];
  const hyphen = tokens[b];
  const second = tokens[b + 1];
  if (!hyphen || !second || b + 1 >= end || hyphen.text !== '-' || hyphen.space !== '' || second.space !== '') return false;
  if (!/^\p{Lu}\p{Ll}{1,3}$/u.test(first.text) || !/^\p{Ll}{1,5}$/u.test(second.text)) return false;
  if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[b - 2].text)) return false;
  // The syllable must end the name: "Kim Jong-un's" and "Kim Jong-un," are fine, a
  // further hyphen or letter is something else.
  const next = tokens[b + 2];
  if (next && next.space === '' && /^[\p{L}-]/u.test(next.text)) return false;
  return !COMPOUND_SECOND_PARTS.has(second.text);
}

/**
 * A word of a portfolio: capitalised ordinary English ("Energy", "Foreign Affairs",
 * "Human Rights"), not a known name ("Europe") and not a first name ("Penny Wong").
 */
function portfolioWord(t: Token | undefined, lex: SpanLexicons): boolean {
  if (!t || !isWord(t) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.space.length !== 1) return false;
  return lex.gaz.isVocabulary(t.lower) && !lex.gaz.names.has(t.lower) && !lex.gaz.firstNames.has(t.lower);
}

/**
 * A portfolio after a title, "for"/"of" at token j then ordinary capitalised words,
 * maybe two joined by "and" ("Minister for Foreign Affairs and Trade", "Commissioner
 * for Energy", "Secretary for Health"): its token end within [j, end), or -1. The words
 * name the office's field, not a person.
 */
export function portfolioEnd(tokens: readonly Token[], j: number, end: number, lex: SpanLexicons): number {
  const joiner = tokens[j];
  if (!joiner || (joiner.lower !== 'for' && joiner.lower !== 'of') || joiner.space.length !== 1) return -1;
  let k = j + 1;
  while (k < end && portfolioWord(tokens[k], lex)) {
    k++;
    if (k + 1 < end && tokens[k].lower === 'and' && portfolioWord(tokens[k + 1], lex)) k++;
  }
  return k > j + 1 ? k : -1;
}

/** Longest title starting at token i within [i, end), as its token end, or -1; a portfolio after it is part of it. */
function titleAt(tokens: readonly Token[], i: number, end: number, lex: SpanLexicons): number {
  const t = longestPhrase(tokens, i, end, lex.titles, lex.titlePrefixes);
  if (t < 0) return t;
  const p = portfolioEnd(tokens, t, end, lex);
  if (p < 0) return t;
  // One word left after it ("... and Trade Penny Wong"): a name has two, so the last
  // portfolio word was the given name.
  if (end - p === 1 && p - 1 > t + 1 && tokens[p - 2].lower !== 'and' && tokens[p - 2].lower !== 'for' && tokens[p - 2].lower !== 'of') return p - 1;
  return p;
}

/**
 * Find name candidates in every sentence. `knownKeys` are lower-case names already
 * found elsewhere in the article, used for lines in capitals (second pass).
 */
export function findCandidates(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  caps: boolean[],
  lex: SpanLexicons,
  sports = false,
): Candidate[] {
  const out: Candidate[] = [];
  for (const s of sentences) {
    for (const [ra, rb] of runsIn(tokens, s, caps, lex)) cutRun(tokens, s, ra, rb, lex, out, sports);
  }
  return out;
}

/** Titles that are also common family names ("Billie Jean King", "John Major", "Alexander Pope"). */
const TITLE_SURNAMES: ReadonlySet<string> = new Set(['king', 'bishop', 'major', 'marshall', 'marshal', 'pope', 'duke', 'earl', 'judge', 'dean', 'knight', 'prince']);

/**
 * Where a body's name goes on after "and" at token b: the run [a, b) has an "of" after a
 * body's head word, and up to five capitalised words after "and" end in a plural head
 * word ("... of Red Cross and Red Crescent Societies"). Its token end, or -1.
 */
function bodyAfterAnd(tokens: readonly Token[], a: number, b: number, end: number, caps: boolean[], gaz: Gazetteer): number {
  let of = false;
  for (let i = a + 1; i < b; i++) if (tokens[i].lower === 'of' && ORG_HEADS_BEFORE_OF.has(tokens[i - 1].lower)) of = true;
  if (!of) return -1;
  for (let k = b + 1; k < end && k <= b + 5; k++) {
    if (!isCapWord(tokens[k], caps)) break;
    // The head is plural, shared by both sides ("Red Cross [Societies] and Red Crescent
    // Societies"); a singular head starts a name of its own ("... and Barclays Bank").
    const w = tokens[k].lower;
    const singular = w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') ? w.slice(0, -1) : w;
    if (singular !== w && ORG_SUFFIXES.has(singular)) return k + 1;
    if (ORG_SUFFIXES.has(w)) return -1;
  }
  return fieldsAfterAnd(tokens, a, b, end, caps, gaz);
}

/**
 * "London School of Hygiene and Tropical Medicine", "Ministry of Trade and Industry": a
 * body's head word, "of", its field and "and" a second field (one to three capitalised
 * words, then the name ends). Not a body or place of its own after "and" ("University of
 * Dhaka and Nepal", "Bank of England and Barclays Bank"), and only where the run's last
 * joiner is that "of" (one to three words after it).
 */
function fieldsAfterAnd(tokens: readonly Token[], a: number, b: number, end: number, caps: boolean[], gaz: Gazetteer): number {
  let of = -1;
  for (let i = b - 1; i > a && i >= b - 4; i--) {
    if (tokens[i].lower === 'of') {
      of = i;
      break;
    }
  }
  if (of < 0 || !ORG_HEADS_BEFORE_OF.has(tokens[of - 1].lower)) return -1;
  for (let i = of + 1; i < b; i++) if (!isCapWord(tokens[i], caps) || gaz.names.has(tokens[i].lower)) return -1;
  let k = b + 1;
  while (k < end && k <= b + 3 && isCapWord(tokens[k], caps)) {
    const w = tokens[k].lower;
    if (ORG_SUFFIXES.has(w) || gaz.names.has(w) || gaz.firstNames.has(w)) return -1;
    k++;
  }
  if (k === b + 1 || (k < end && isCapWord(tokens[k], caps))) return -1;
  if (gaz.names.has(keyOf(tokens, b + 1, k))) return -1;
  return k;
}

/** Is there a body's head word and "of" inside [a, b) ("Court of Justice", "Academy of Sciences")? */
function headBeforeOf(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b - 1; i++) if (tokens[i].lower === 'of' && ORG_HEADS_BEFORE_OF.has(tokens[i - 1].lower)) return true;
  return false;
}

/** A body's head word, "of" and "the" inside [a, b) ("Office of the US Trade ..."). */
function headOfThe(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < b - 1; i++) if (tokens[i].lower === 'of' && tokens[i + 1].lower === 'the' && ORG_HEADS_BEFORE_OF.has(tokens[i - 1].lower)) return true;
  return false;
}

/** A head that takes an "of" complement: a body's or a built place's ("Palace of Justice"). */
function headOfComplement(w: string): boolean {
  return ORG_HEADS_BEFORE_OF.has(w) || BODY_HEADS.has(w) || PLACE_SUFFIXES.has(w);
}

/** Particles that are no English word, so that a capitalised one right before a name opens a surname ("De Gaulle", "Van Gogh"). */
const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'del', 'della', 'di', 'du', 'bin', 'ibn']);

/**
 * Does the run [a, rb) open with a surname's particle written capitalised: "De la Torre"
 * (a lower-case particle follows, then a capitalised word), or "De Gaulle", "Van Gogh"
 * (a particle that is no English word before the capitalised word)?
 */
function particleSurname(tokens: readonly Token[], a: number, rb: number): boolean {
  const first = tokens[a];
  if (rb - a < 2 || !NAME_PARTICLES.has(first.lower) || !/^\p{Lu}\p{Ll}*$/u.test(first.text) || tokens[a + 1].space.length !== 1) return false;
  let k = a + 1;
  while (k < rb && NAME_PARTICLES.has(tokens[k].text) && tokens[k].space.length === 1) k++;
  if (k === rb || !UPPER_START.test(tokens[k].text)) return false;
  return k > a + 1 || FOREIGN_PARTICLES.has(first.lower);
}

/**
 * The words before a joiner are a body's head word, the joiner is "of" or "for" and
 * "the" and a capitalised word follow on the same line (token b is the joiner).
 */
function theComplement(tokens: readonly Token[], b: number, end: number, caps: boolean[]): boolean {
  const joiner = tokens[b];
  const the = tokens[b + 1];
  const word = tokens[b + 2];
  if (!the || !word || b + 2 >= end || (joiner.lower !== 'of' && joiner.lower !== 'for') || the.text !== 'the') return false;
  if (joiner.space.length !== 1 || the.space.length !== 1 || !isCapWord(word, caps)) return false;
  const head = tokens[b - 1].lower;
  return ORG_HEADS_BEFORE_OF.has(head) || BODY_HEADS.has(head);
}

/** Heads of public bodies that two coordinated words share ("Food and Drug Administration"). */
const SHARED_HEADS: ReadonlySet<string> = new Set([
  'administration', 'agency', 'authority', 'ministry', 'department', 'service', 'commission', 'office', 'directorate',
  'bureau', 'board', 'council', 'committee', 'institute', 'inspectorate',
  // trade and professional bodies ("Computer and Communications Industry Association")
  'association', 'federation', 'society',
]);

/**
 * Where a body's name whose two coordinated words share one head word ends ("Federal
 * Waterways and Shipping Administration", "Fish and Wildlife Service"), or -1. The run
 * [a, b) before "and" (token b) is up to four words with no head of its own and no known
 * name (not "the Foreign Ministry and Defence Ministry", "Germany and Finance Ministry
 * officials"); after "and", one to three capitalised words end in the head.
 */
function sharedHeadAfterAnd(tokens: readonly Token[], a: number, b: number, end: number, caps: boolean[], gaz: Gazetteer): number {
  if (b - a > 4) return -1;
  for (let i = a; i < b; i++) {
    const w = tokens[i].lower;
    if (ORG_SUFFIXES.has(w) || gaz.names.has(w) || gaz.firstNames.has(w) || gaz.demonyms.has(w)) return -1;
  }
  for (let k = b + 2; k < end && k <= b + 4; k++) {
    if (!isCapWord(tokens[k - 1], caps) || !isCapWord(tokens[k], caps)) return -1;
    if (SHARED_HEADS.has(tokens[k].lower)) return k + 1;
  }
  return -1;
}

/**
 * Where a body's list of fields ends ("Ministry of Economy, Trade and Industry", "Ministry
 * of Agriculture, Forestry and Fisheries"), or -1: the run [a, b) ends in a body's head
 * word, "of" and one capitalised word; at b a comma, then one capitalised word per comma
 * (at most three), "and" and a last capitalised word that nothing capitalised follows.
 */
function fieldListEnd(tokens: readonly Token[], a: number, b: number, end: number, caps: boolean[], gaz: Gazetteer): number {
  // Fields are English words, not names ("Bank of England, Barclays and Lloyds" lists three bodies).
  const field = (t: Token) => isCapWord(t, caps) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && gaz.isVocabulary(t.lower) && !gaz.names.has(t.lower);
  if (b - a < 3 || tokens[b - 2].lower !== 'of' || !ORG_HEADS_BEFORE_OF.has(tokens[b - 3].lower) || !field(tokens[b - 1])) return -1;
  let k = b;
  for (let n = 0; n < 3 && k + 1 < end && tokens[k].text === ','; n++) {
    if (!field(tokens[k + 1])) return -1;
    k += 2;
  }
  if (k === b || k + 1 >= end || tokens[k].lower !== 'and' || !field(tokens[k + 1])) return -1;
  const after = tokens[k + 2];
  if (after && k + 2 < end && after.kind === 'word' && isCapWord(after, caps)) return -1;
  return k + 2;
}

/**
 * Where a company's division named in ordinary words joined by "and" ends ("Airbus
 * Defence and Space"), or -1: the run [a, b) is a one-word known organization and one or
 * two ordinary capitalised words; after "and", one ordinary capitalised word closes the
 * name (no capitalised word after it: not "Airbus Defence and Space Agency officials").
 */
function divisionAfterAnd(tokens: readonly Token[], a: number, b: number, end: number, caps: boolean[], gaz: Gazetteer): number {
  if (b - a < 2 || b - a > 3 || b + 1 >= end || gaz.names.get(tokens[a].lower) !== 'org') return -1;
  const ordinary = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && gaz.isVocabulary(t.lower) && !gaz.names.has(t.lower) && !gaz.firstNames.has(t.lower);
  for (let i = a + 1; i < b; i++) if (!ordinary(tokens[i])) return -1;
  const last = tokens[b + 1];
  if (!isCapWord(last, caps) || !ordinary(last)) return -1;
  const after = tokens[b + 2];
  if (after && b + 2 < end && after.kind === 'word' && isCapWord(after, caps)) return -1;
  return b + 2;
}

/** A party's member, written after a state or city ("the Kentucky Republican"). */
const PARTY_MEMBERS: ReadonlySet<string> = new Set(['republican', 'democrat', 'tory']);

/** Cut one run into name candidates (titles, leading sentence words, hyphens, modifiers). */
function cutRun(tokens: readonly Token[], s: Sentence, ra: number, rb: number, lex: SpanLexicons, out: Candidate[], sports: boolean): void {
  const gaz = lex.gaz;
  let a = ra;
  const rules: string[] = [];
  // A sentence's first word is capitalised anyway: drop it when it is an ordinary word.
  const initial = isInitial(tokens, s, a);
  // Not on a row of a sports report's results or standings table: its first words are a
  // club's name, and clubs are named in English words too ("Crystal Palace 4 1 2 1",
  // "Bury 4 Bristol City 0", "Red Star 4 4 0 0"; wink tags "Bury", "Hull" as verbs).
  if (initial && sports && tableRowTeam(tokens, ra, rb)) rules.push('span/table-row');
  else if (initial) {
    while (a < rb) {
      const t = tokens[a];
      // "The Computer and Communications Industry Association said": after a dropped
      // "The", the words up to a body's head word are its name, not a sentence's first words.
      if (a > ra && tokens[a - 1].lower === 'the' && rb - a >= 2 && BODY_HEADS.has(tokens[rb - 1].lower)) break;
      const known = longestKnown(tokens, a, rb, gaz);
      if (known > a) break;
      // "Tennis Australia said": a sport's name before a country opens its governing body.
      if (a + 1 < rb && SPORT_NAMES.has(t.lower) && longestKnown(tokens, a + 1, rb, gaz) === rb && gaz.names.get(keyOf(tokens, a + 1, rb)) === 'country') break;
      if (titleAt(tokens, a, rb, lex) > a) break;
      // "Al-Saadani was held": the article opens a surname, not an ordinary word.
      if (articleHyphen(tokens, a, rb)) break;
      // "De la Torre, 54, spoke", "Van der Berg will present": a particle opening a
      // surname, written capitalised at the start of a sentence, not a foreign word.
      if (particleSurname(tokens, a, rb)) break;
      if (CLOSED_POS.has(t.pos) || (gaz.commonWords.has(t.lower) && !gaz.firstNames.has(t.lower) && !givenName(tokens, a, rb, lex)) || t.pos === 'VERB') {
        // A lone capitalised noun that is also an English word ("Gore said", "Ban
        // arrived") stays a candidate marked initial: the article decides later whether
        // it is the surname of a person named in full elsewhere (dropWeakInitials).
        if (rb - ra === 1 && !CLOSED_POS.has(t.pos) && t.pos !== 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) {
          out.push({ a, b: rb, sentence: s.index, caps: false, initial: true, spanRules: ['span/initial-word-kept'] });
          return;
        }
        a++;
        rules.push('span/initial-word-dropped');
        // Skip a joiner left at the front ("Of", "&"). The words after a lower-case
        // joiner are no longer the sentence's first: "Shares of Granite Bancshares Inc."
        // keeps "Granite".
        const joined = a < rb && !UPPER_START.test(tokens[a].text);
        while (a < rb && !UPPER_START.test(tokens[a].text)) a++;
        if (joined) break;
        continue;
      }
      break;
    }
  }
  // A nationality before a name describes it ("Australian Tom Moody"), unless it is part
  // of a body's name that ends in a head word ("Palestinian Authority", "Scottish Labour
  // Party", "British Broadcasting Corporation"). A government body after it is named
  // without it ("British Foreign Office": "Foreign" opens titles), but "National" opens
  // titles only by "National Security Adviser" and names nationwide bodies ("Iraqi
  // National Congress", "Scottish National Party").
  if (rb - a >= 2 && gaz.demonyms.has(tokens[a].lower) && longestKnown(tokens, a, rb, gaz) < 0) {
    const second = tokens[a + 1].lower;
    const headed = ORG_SUFFIXES.has(tokens[rb - 1].lower) || headBeforeOf(tokens, a + 1, rb);
    const body = headed && (second === 'national' || !lex.titlePrefixes.has(second)) && titleAt(tokens, a + 1, rb, lex) < 0;
    if (!body) {
      a++;
      rules.push('span/nationality-dropped');
    }
  }
  // "the Kentucky Republican", "a Texas Democrat": the place is a name, the party
  // member after it is not.
  if (rb - a >= 2 && PARTY_MEMBERS.has(tokens[rb - 1].lower) && longestKnown(tokens, a, rb, gaz) < rb) {
    rb--;
    rules.push('span/party-member-dropped');
  }
  let role: Candidate['role'];
  let i = a;
  let start = a;
  const emit = (x: number, y: number, r: Candidate['role'], extra: string[]) => {
    // Trim joiners and hyphens at the edges.
    while (x < y && !UPPER_START.test(tokens[x].text) && !opensWithArticle(tokens, x, y)) x++;
    while (y > x && !UPPER_START.test(tokens[y - 1].text) && !/^\p{Lu}/u.test(tokens[y - 1].text)) {
      if (y - x >= 4 && hyphenatedGivenName(tokens, y - 2, y)) break;
      y--;
    }
    if (x >= y) return;
    out.push({ a: x, b: y, sentence: s.index, role: r, caps: false, initial: initial && x === a, spanRules: [...rules, ...extra] });
  };
  while (i < rb) {
    // A known name wins over a title reading ("General Motors", "Prince Edward Island").
    const known = longestKnown(tokens, i, rb, gaz);
    if (known > i) {
      i = known;
      continue;
    }
    const title = titleAt(tokens, i, rb, lex);
    // "the General Court", "the General Assembly": a title word before a body's head word
    // alone names the body; no person follows it.
    if (title === i + 1 && title === rb - 1 && BODY_HEADS.has(tokens[title].lower)) {
      i = rb;
      continue;
    }
    if (title > i && title < rb) {
      if (i > start) emit(start, i, role, ['span/cut-before-title']);
      role = { a: i, b: title, honorific: lex.honorifics.has(keyOf(tokens, i, title)) };
      i = title;
      start = i;
      continue;
    }
    // "Billie Jean King": a one-word title ending a run after given names is a surname.
    if (title === rb && title === i + 1 && i > start && gaz.firstNames.has(tokens[start].lower) && TITLE_SURNAMES.has(tokens[i].lower)) {
      i = rb;
      continue;
    }
    // "King said": a lone title that is also a family name stays a candidate for the
    // article to decide, like a sentence's first word (kept only as a surname named in full).
    if (title === rb && rb - ra === 1 && TITLE_SURNAMES.has(tokens[i].lower)) {
      out.push({ a: i, b: rb, sentence: s.index, caps: false, initial: true, spanRules: ['span/initial-word-kept'] });
      return;
    }
    // "the Palace of Justice", "the Ministry of Justice": a title word after a head and
    // "of" is the name's complement; no person follows it.
    // So is a title after a head, "of" and "the" further back ("the Office of the US Trade
    // Representative").
    if (title === rb && i - 2 >= start && ((tokens[i - 1].lower === 'of' && headOfComplement(tokens[i - 2].lower)) || headOfThe(tokens, start, i))) {
      i = rb;
      continue;
    }
    if (title === rb && title > i) {
      // A run ending in a bare title ("Prime Minister"): the title is not a name.
      if (i > start) emit(start, i, role, ['span/cut-before-title']);
      return;
    }
    i++;
  }
  splitRest(tokens, start, rb, role, lex, (x, y, r, extra) => emit(x, y, r, extra));
}

/** Head words of armed and political groups, which take their country into the name. */
const GROUP_HEADS: ReadonlySet<string> = new Set(['movement', 'front', 'army', 'forces', 'brigade', 'brigades', 'party', 'alliance']);

/** Split a title-free run at hyphens between known names and after a modifying country. */
function splitRest(
  tokens: readonly Token[],
  a: number,
  b: number,
  role: Candidate['role'],
  lex: SpanLexicons,
  emit: (x: number, y: number, r: Candidate['role'], extra: string[]) => void,
): void {
  const gaz = lex.gaz;
  // Hyphens: "Israel-USA" is two names when each side is one on its own.
  const parts: Array<[number, number]> = [];
  let p = a;
  for (let i = a; i < b; i++) {
    if (tokens[i].text === '-') {
      parts.push([p, i]);
      p = i + 1;
    }
  }
  parts.push([p, b]);
  if (parts.length > 1) {
    const allKnown = parts.every(([x, y]) => longestKnown(tokens, x, y, gaz) === y);
    if (allKnown) {
      for (const [x, y] of parts) emit(x, y, role, ['span/hyphen-split']);
      return;
    }
  }
  // "US National Security Council": a country name, then a body with its own head word.
  const first = longestKnown(tokens, a, b, gaz);
  if (first > a && first < b - 1) {
    const kind = gaz.names.get(keyOf(tokens, a, first));
    const restHead = tokens[b - 1].lower;
    const multiword = first - a >= 2;
    // An armed or political group named for its country keeps it ("Sudan Liberation
    // Movement", "Kosovo Liberation Army"); not a country in capitals ("US Army").
    const groupOfCountry = kind === 'country' && GROUP_HEADS.has(restHead) && /\p{Ll}/u.test(tokens[a].text);
    if ((kind === 'country' || (kind === 'org' && multiword)) && ORG_SUFFIXES.has(restHead) && b - first >= 2 && !groupOfCountry) {
      emit(a, first, role, ['span/modifier-split']);
      emit(first, b, undefined, ['span/modifier-split']);
      return;
    }
    // "in Dubai Kamala Harris": a place, then a person's first name starts a new name.
    // (A one-word place that is also a given name opens a person's name: "Mary Joe Fernandez".)
    const givenPlace = first === a + 1 && gaz.firstNames.has(tokens[a].lower);
    if ((kind === 'country' || kind === 'place') && !givenPlace && gaz.firstNames.has(tokens[first].lower) && !gaz.names.has(tokens[first].lower)) {
      emit(a, first, role, ['span/place-then-person']);
      emit(first, b, undefined, ['span/place-then-person']);
      return;
    }
  }
  emit(a, b, role, []);
}

/**
 * Known names on lines in capitals: the longest lexicon or article name at each
 * position, skipping ordinary words ("TAKE", "OVER").
 */
export function findCapsCandidates(
  tokens: readonly Token[],
  caps: boolean[],
  known: ReadonlySet<string>,
  lex: SpanLexicons,
): Candidate[] {
  const out: Candidate[] = [];
  const gaz = lex.gaz;
  let i = 0;
  while (i < tokens.length) {
    if (!caps[i] || !isWord(tokens[i]) || NEVER_NAMES.has(tokens[i].lower)) {
      i++;
      continue;
    }
    let end = -1;
    let rule = '';
    let k = '';
    for (let j = i; j < tokens.length && j < i + 8 && caps[j] && tokens[j].kind !== 'tabCRLF'; j++) {
      k = extendKey(k, tokens[j]);
      if (tokens[j].kind !== 'word') continue;
      if (known.has(k)) {
        end = j + 1;
        rule = 'span/caps-article-name';
      } else if (gaz.names.has(k)) {
        end = j + 1;
        rule = 'span/caps-lexicon';
      }
    }
    const single = end === i + 1;
    const t = tokens[i];
    const ordinary = single && rule === 'span/caps-lexicon' && gaz.commonWords.has(t.lower) && gaz.names.get(t.lower) !== 'country';
    if (end > i && !ordinary) {
      out.push({ a: i, b: end, sentence: t.sentence, caps: true, initial: false, spanRules: [rule] });
      i = end;
    } else i++;
  }
  return out;
}
