/**
 * Quotation marks paired into quotes in one pass over the tokens.
 *
 * Real copy has marks of the wrong kind (“...“ and ”...”) and marks left unclosed, so
 * the direction a mark "looks" is not trusted: double marks simply alternate open /
 * close within a paragraph. Paragraphs are where a reader resets:
 * - a quote still open at the end of a paragraph whose next paragraph opens with a
 *   mark carries on (the press convention for quotes over several paragraphs);
 * - otherwise the quote is closed at the end of its paragraph and marked unbalanced.
 * Single marks (‘...’) are quotes only when no double quote is open and they close
 * within the paragraph; a lone ’ is an apostrophe ("Hamas’ intentions").
 * Two apostrophes written together ('') are one double mark, as typewriter-era copy
 * (and the New York Times' wire feed) writes them: ''We will,'' he said.
 */
import type { Sentence, Token } from '../../pipeline/document';

export interface Quote {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark (its last token for ''), or -1 when the quote was left unclosed. */
  close: number;
  /** Content offsets (inside the marks, whitespace trimmed). */
  start: number;
  end: number;
  /** First content token and one past the last (token indexes). */
  first: number;
  last: number;
  /** False when the quote was left unclosed. */
  balanced: boolean;
}

const isDouble = (t: Token): boolean => t.lower === '"' || t.text === '``' || t.text === "''";
const isApostrophe = (t: Token | undefined): boolean => t !== undefined && (t.text === "'" || t.text === '\u2019');

/** Tokens a double mark takes at `i`: 1 (" “ ” `` ''), 2 for two apostrophes written together, 0 for none. */
export function doubleMarkWidth(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (isDouble(t)) return 1;
  const next = tokens[i + 1];
  return isApostrophe(t) && isApostrophe(next) && next.start === t.end ? 2 : 0;
}
const isSingleOpen = (t: Token, next: Token | undefined): boolean =>
  (t.text === '\u2018' || t.text === "'") && next !== undefined && next.space === '' && next.kind === 'word';

function isSingleClose(t: Token, next: Token | undefined): boolean {
  if (t.text !== '\u2019' && t.text !== "'") return false;
  if (t.space !== '') return false;
  // (A line break after the mark closes it too: a headline "Trump: ‘We will win.’" then its story.)
  return next === undefined || next.space !== '' || next.kind === 'punctuation' || next.kind === 'tabCRLF';
}

/** Pair the quotation marks of a document. Linear in the number of tokens. */
export function findQuotes(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  const paragraphOf = (t: Token): number => sentences[t.sentence]?.paragraph ?? 0;
  let open = -1;
  let openPara = -1;
  let lastContent = -1; // last non-space token seen inside the open quote
  let single = -1;
  let singlePara = -1;

  let openWidth = 1; // tokens of the open double quote's mark
  const emit = (o: number, c: number, lastTok: number, ow = 1, cw = 1): void => {
    const first = o + ow;
    const last = c === -1 ? lastTok + 1 : c - cw + 1;
    if (last <= first) return;
    let start = tokens[first].start;
    let end = tokens[last - 1].end;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end <= start) return;
    quotes.push({ open: o, close: c, start, end, first, last, balanced: c !== -1 });
  };

  let prevPara = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'tabCRLF') continue;
    const para = paragraphOf(t);
    const newParagraph = para !== prevPara;
    prevPara = para;
    if (newParagraph && single !== -1 && singlePara !== para) single = -1;
    const width = doubleMarkWidth(tokens, i);
    if (open !== -1 && para !== openPara) {
      if (newParagraph && width > 0) {
        // The quote carries on into this paragraph: its reopening mark is skipped.
        openPara = para;
        i += width - 1;
        continue;
      }
      emit(open, -1, lastContent, openWidth);
      open = -1;
    }
    if (width > 0) {
      if (open === -1) {
        open = i;
        openWidth = width;
        openPara = para;
        lastContent = i + width - 1;
        single = -1;
      } else {
        emit(open, i + width - 1, lastContent, openWidth, width);
        open = -1;
      }
      i += width - 1;
      continue;
    }
    if (open !== -1) {
      lastContent = i;
      continue;
    }
    const next = tokens[i + 1];
    if (single !== -1 && isSingleClose(t, next)) {
      emit(single, i, i - 1);
      single = -1;
    } else if (single === -1 && isSingleOpen(t, next) && (t.space !== '' || i === 0 || tokens[i - 1].kind !== 'word')) {
      single = i;
      singlePara = para;
    }
  }
  if (open !== -1) emit(open, -1, lastContent, openWidth);
  return quotes;
}
