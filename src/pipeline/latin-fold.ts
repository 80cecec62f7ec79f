/**
 * What wink-nlp's tokenizer is given instead of the text: Latin letters outside
 * Latin-1 replaced one for one by a plain letter.
 *
 * wink's tokenizer knows letters up to U+00FF: it keeps "Søren Ørsted" and "Kraków"
 * whole but cuts "Czesław" into "Czes" "ł" "aw", "Erdoğan" into "Erdo" "ğ" "an" and
 * "Dvořák" into three tokens, so such names were never seen as names. Each of these
 * letters is one UTF-16 code unit, and so is its replacement: the folded string has
 * the same length as the text, every offset wink reports is an offset into the
 * original, and the text layer takes each token's text from the original.
 *
 * Only letters of the Latin script are replaced (Latin Extended-A/B and Additional,
 * and the ligatures ﬁ ﬂ): Cyrillic, Greek, Arabic or CJK words already stay whole.
 */

const LATIN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0100, 0x024f], // Latin Extended-A and -B: ł ğ ř ş ć đ ő ı ...
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese ễ ọ, Welsh ŵ ...
  [0x2c60, 0x2c7f], // Latin Extended-C
  [0xa720, 0xa7ff], // Latin Extended-D
  [0xfb00, 0xfb06], // Latin ligatures ﬀ ﬁ ﬂ
];

/** Letters with no decomposition to a plain letter. */
const NO_DECOMPOSITION: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ŋ: 'n', Ŋ: 'N', œ: 'o', Œ: 'O',
  ŧ: 't', Ŧ: 'T', ƒ: 'f', ĸ: 'k', ŉ: 'n', ƀ: 'b', ɇ: 'e', Ɇ: 'E', ø: 'o', Ø: 'O',
};

const cache = new Map<number, string>();

function isLatinBeyondLatin1(code: number): boolean {
  if (code < 0x0100) return false;
  for (const [a, b] of LATIN_RANGES) if (code >= a && code <= b) return true;
  return false;
}

/** The plain letter that stands in for one Latin letter beyond Latin-1. */
function replacement(code: number): string {
  let r = cache.get(code);
  if (r !== undefined) return r;
  const ch = String.fromCharCode(code);
  const base = ch.normalize('NFKD')[0];
  if (base !== undefined && /^[A-Za-z]$/.test(base)) r = base;
  else if (NO_DECOMPOSITION[ch] !== undefined) r = NO_DECOMPOSITION[ch];
  else if (/\p{L}/u.test(ch)) r = ch.toLowerCase() === ch ? 'x' : 'X';
  else r = ch; // a modifier or symbol in those blocks: leave it to wink
  cache.set(code, r);
  return r;
}

/**
 * The text to tokenize: the same length, the same characters except Latin letters
 * beyond Latin-1. Returns `text` itself when there is nothing to replace (the common
 * case costs one scan and no copy).
 */
export function foldForTokenizer(text: string): string {
  let i = 0;
  const n = text.length;
  while (i < n && !isLatinBeyondLatin1(text.charCodeAt(i))) i++;
  if (i === n) return text;
  const parts: string[] = [text.slice(0, i)];
  let from = i;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isLatinBeyondLatin1(code)) continue;
    parts.push(text.slice(from, i), replacement(code));
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
