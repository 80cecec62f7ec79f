/**
 * Repairs to wink-nlp's sentence boundaries where a reader would not break.
 *
 * wink's boundary detector breaks after a full stop that ends an abbreviation inside a
 * parenthesis ("Sen. Chuck Schumer (D-N.|Y.) said"), after a parenthesis that ends in
 * one ("Rep. Paul Ryan (R-Wis.)| told reporters"), and between the two apostrophes of a
 * `''` closing quotation mark (wire copy writes double quotes as `` `` `` and `''`). The
 * stages downstream read a sentence as a unit (a trailing "..., X said" covers its own
 * sentence; a speaker is looked for in the sentence), so a sentence cut in two loses its
 * speaker or its claim.
 *
 * The repairs only ever join wink's sentences or move a boundary by one token; they
 * never join across a line break, which in the input marks a paragraph, a headline or
 * (in tokenised corpora) a sentence of its own.
 */
import type { Token } from './document';

/** A sentence as wink gives it: the indexes of its first and last token. */
export type SentenceSpan = [number, number];

/** True when a line break comes before token `tok` or, for a whitespace token, in it. */
function breaksLine(tok: Token): boolean {
  return tok.space.includes('\n') || (tok.kind === 'tabCRLF' && tok.text.includes('\n'));
}

/** True when a line break lies between word tokens `a` and `b` (a < b). */
function lineBreakBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let t = a + 1; t <= b; t++) if (breaksLine(tokens[t])) return true;
  return false;
}

/** First and last token of a span that are not whitespace tokens (-1 when none). */
function firstWordToken(tokens: readonly Token[], [first, last]: SentenceSpan): number {
  for (let t = first; t <= last; t++) if (tokens[t].kind !== 'tabCRLF') return t;
  return -1;
}
function lastWordToken(tokens: readonly Token[], [first, last]: SentenceSpan): number {
  for (let t = last; t >= first; t--) if (tokens[t].kind !== 'tabCRLF') return t;
  return -1;
}

/**
 * A sentence does not start with a lower-case word: one that does continues the one
 * before, cut after an abbreviation ("(R-Wis.) told"). Words written with an inner
 * capital ("iPhone", "eBay") are names that may open a sentence.
 */
function startsLowerCase(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const s = token.text;
  const c = s.charCodeAt(0);
  if (c < 0x61 || c > 0x7a) return false;
  return s === s.toLowerCase();
}

/**
 * Marks no sentence starts with: one that does goes on from the sentence before, cut
 * after an abbreviation in brackets ("Sen. Joe Lieberman (I-Conn.)|, also stated").
 */
const CONTINUATIONS = new Set([',', ';', ')']);

/**
 * Abbreviated titles written before a name (AP style and common usage: "Sen.", "Sens.",
 * "Gov.", "Adm."). wink knows some ("Gen.", "Sgt.") and cuts after others ("Govs.|
 * Jeb Bush"); a title never ends a sentence, so a cut right after one is wrong.
 */
const TITLE_ABBREVIATIONS = new Set([
  'Adm', 'Amb', 'Atty', 'Brig', 'Capt', 'Cmdr', 'Col', 'Cpl', 'Det', 'Dr', 'Drs', 'Fr', 'Gen', 'Gens', 'Gov', 'Govs',
  'Hon', 'Insp', 'Lt', 'Maj', 'Messrs', 'Mmes', 'Mr', 'Mrs', 'Ms', 'Pres', 'Prof', 'Rep', 'Reps', 'Rev', 'Revs',
  'Sen', 'Sens', 'Sgt', 'Supt',
]);

/** True when the sentence ends in an abbreviated title ("... particularly Govs."). */
function endsInTitle(tokens: readonly Token[], last: number): boolean {
  const stop = tokens[last];
  if (stop.text === '.' && last > 0) {
    const word = tokens[last - 1];
    return word.end === stop.start && TITLE_ABBREVIATIONS.has(word.text);
  }
  return stop.text.endsWith('.') && TITLE_ABBREVIATIONS.has(stop.text.slice(0, -1));
}

/**
 * wink's sentences, joined where a boundary falls inside a parenthesis that the next
 * sentence closes (an unmatched "(" does not swallow the paragraph), after an
 * abbreviated title, or before a lower-case word or a comma; a boundary between the two
 * marks of `''` moves after them. Linear in the number of tokens.
 */
export function repairSentences(tokens: readonly Token[], spans: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  // Parentheses still open at the end of the last sentence in `out`.
  let open = 0;
  for (const span of spans) {
    let current: SentenceSpan = [span[0], span[1]];
    const prev = out.length > 0 ? out[out.length - 1] : null;
    if (prev !== null) {
      const prevLast = lastWordToken(tokens, prev);
      const nextFirst = firstWordToken(tokens, current);
      if (prevLast !== -1 && nextFirst !== -1 && !lineBreakBetween(tokens, prevLast, nextFirst)) {
        const a = tokens[prevLast];
        const b = tokens[nextFirst];
        if (a.text === "'" && b.text === "'" && b.start === a.end) {
          // `''` cut in two: the second mark closes the first sentence's quote.
          prev[1] = nextFirst;
          current[0] = nextFirst + 1;
          if (current[0] > current[1] || firstWordToken(tokens, current) === -1) {
            prev[1] = current[1];
            continue;
          }
        } else if ((open > 0 && closesParen(tokens, current)) || startsLowerCase(b) || CONTINUATIONS.has(b.text) || endsInTitle(tokens, prevLast)) {
          prev[1] = current[1];
          open = countParens(tokens, nextFirst, current[1], open);
          continue;
        }
      }
    }
    out.push(current);
    open = countParens(tokens, current[0], current[1], 0);
  }
  return out;
}

/** True when the span has a closing parenthesis: the one left open before it ends here. */
function closesParen(tokens: readonly Token[], [first, last]: SentenceSpan): boolean {
  for (let t = first; t <= last; t++) if (tokens[t].text === ')') return true;
  return false;
}

/**
 * Parentheses left open after tokens `from`..`to`, starting from `open`; a closing one
 * with none open is ignored (a list item "a)" or a stray mark), and a line break
 * closes them all: a parenthesis does not run over a paragraph.
 */
function countParens(tokens: readonly Token[], from: number, to: number, open: number): number {
  for (let t = from; t <= to; t++) {
    const tok = tokens[t];
    if (breaksLine(tok)) open = 0;
    if (tok.text === '(') open++;
    else if (tok.text === ')' && open > 0) open--;
  }
  return open;
}
