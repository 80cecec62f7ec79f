/**
 * Tokens and sentences from wink-nlp, with exact offsets into the original text.
 *
 * This is the one module that computes token offsets. wink-nlp does not report
 * offsets; a token's start is the running sum of every preceding token's
 * `precedingSpaces` and `value`, plus its own `precedingSpaces`. The sum is checked
 * against the text for every token. wink silently drops a few space-like characters
 * (see `resync`); past those the token is found again, and anything else that does
 * not match fails loudly rather than emit a wrong span.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from './document';
import { foldForTokenizer } from './latin-fold';
import { repairSentences, type SentenceSpan } from './sentence-repair';

type WinkNlp = ReturnType<typeof winkNLP>;

/**
 * wink-nlp keeps every new word it sees in its lexicon, so a long-lived instance grows
 * without bound over a large drop. The instance is recreated after this many documents.
 */
const RECYCLE_AFTER_DOCS = 5000;

let instance: WinkNlp | null = null;
let docsSinceLoad = 0;

function nlp(): WinkNlp {
  if (instance === null || docsSinceLoad >= RECYCLE_AFTER_DOCS) {
    // Only the tokenizer, sentence boundaries, POS and lemmas: NER and
    // sentiment are not used and cost time.
    instance = winkNLP(model, ['sbd', 'pos']);
    docsSinceLoad = 0;
  }
  docsSinceLoad++;
  return instance;
}

export interface TextLayer {
  tokens: Token[];
  sentences: Sentence[];
}

const CURLY = /[\u2018\u2019\u201A\u201B\u2032]/g;
const CURLY_DOUBLE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;

/** Lower-case a token and fold typographic quotes, for lexicon look-ups. */
export function foldToken(value: string): string {
  const lower = value.toLowerCase();
  // Called for every token: most have no typographic quote, and a scan of their
  // characters is cheaper than two regex replacements that find nothing.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x2033)) return lower.replace(CURLY, "'").replace(CURLY_DOUBLE, '"');
  }
  return lower;
}

/**
 * Tokenise `text` and split it into sentences.
 *
 * Whitespace tokens (wink's `tabCRLF`, runs of newlines) are kept as tokens of kind
 * `tabCRLF` so that token indexes stay aligned with wink's; sentence spans are trimmed
 * of them. Paragraphs are counted at every token holding a blank line (two or more
 * line breaks).
 */
export function buildTextLayer(text: string): TextLayer {
  const wink = nlp();
  const its = wink.its;
  // wink cuts words at Latin letters beyond Latin-1 ("Erdo|ğ|an"); it reads a copy with
  // those letters replaced one for one, so its offsets are the text's (./latin-fold.ts).
  const read = foldForTokenizer(text);
  const doc = wink.readDoc(read);
  const tokenSet = doc.tokens();
  const values = tokenSet.out(its.value) as string[];
  const spaces = tokenSet.out(its.precedingSpaces) as string[];
  const pos = tokenSet.out(its.pos) as string[];
  // wink's typings declare `lemma` with a narrower signature than `out` accepts.
  const lemmas = tokenSet.out(its.lemma as unknown as typeof its.value) as string[];
  const kinds = tokenSet.out(its.type) as string[];
  const shapes = tokenSet.out(its.shape) as string[];

  const tokens: Token[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    let value = values[i];
    let start = offset + spaces[i].length;
    // startsWith compares in place; a slice to compare would copy every token.
    if (!read.startsWith(value, start)) start = resync(read, offset, value, i);
    const end = start + value.length;
    if (read !== text) value = text.slice(start, end);
    tokens[i] = {
      index: i,
      start,
      end,
      text: value,
      pos: pos[i],
      lemma: lemmas[i],
      lower: foldToken(value),
      kind: kinds[i],
      shape: shapes[i],
      sentence: 0,
      // From the text, not wink's precedingSpaces: the characters as read.
      space: text.slice(offset, start),
    };
    offset = end;
  }

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  // wink's boundaries, repaired where it breaks inside a parenthesis or a `''` mark.
  const spans = repairSentences(tokens, doc.sentences().out(its.span) as unknown as SentenceSpan[]);
  for (const [first, last] of spans) {
    let a = first;
    let b = last;
    while (a < b && tokens[a].kind === 'tabCRLF') a++;
    while (b > a && tokens[b].kind === 'tabCRLF') b--;
    // The sentence belongs to the paragraph it starts in: count the breaks before it.
    for (let t = lastEnd; t <= a; t++) if (isParagraphBreak(tokens[t])) paragraph++;
    const index = sentences.length;
    for (let t = first; t <= last; t++) tokens[t].sentence = index;
    sentences.push({
      index,
      start: tokens[a].start,
      end: tokens[b].end,
      text: text.slice(tokens[a].start, tokens[b].end),
      tokenStart: first,
      tokenEnd: last + 1,
      paragraph,
    });
    lastEnd = a + 1;
  }
  return { tokens, sentences };
}

/**
 * wink drops a few characters it treats as space without counting them in
 * `precedingSpaces` (a byte-order mark, U+2028, U+3000). Find the token after such a
 * gap; anything but space or format characters in the gap is a real mismatch.
 */
function resync(text: string, offset: number, value: string, index: number): number {
  const found = text.indexOf(value, offset);
  if (found === -1 || !IGNORABLE_GAP.test(text.slice(offset, found))) {
    throw new Error(`token ${index} (${JSON.stringify(value.slice(0, 40))}) does not match the text at ${offset}`);
  }
  return found;
}

const IGNORABLE_GAP = /^[\s\p{Cf}\p{Cc}\p{Z}]*$/u;

function isParagraphBreak(token: Token): boolean {
  let breaks = countNewlines(token.space);
  if (token.kind === 'tabCRLF') breaks += countNewlines(token.text);
  return breaks >= 2;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Index of the first token whose end is after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
