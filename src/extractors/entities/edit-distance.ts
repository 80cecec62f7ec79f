/**
 * The edit distance name grouping and document consistency use to tell a misspelling
 * of a name ("Rafa" beside "Rafah").
 *
 * natural's DamerauLevenshteinDistance builds a matrix of objects (a cost object, a
 * parent object and a list of candidate objects per cell) on every call: about 100 KB
 * of garbage per article in the entity stages. This computes the same numbers in one
 * reused integer matrix.
 *
 * The same numbers, quirk included: natural records the last row of a source character
 * while it is still inside that row, so its "transposition" can reach back into the
 * current row with a negative count of deletions, and some pairs come out closer than
 * they are (natural gives 1 for abccc / bcccc, whose true distance is 2). Keeping that
 * keeps the grouping decisions unchanged; the test compares both on every pair of
 * short strings over three letters (test/extractors/edit-distance.test.ts).
 */

let matrix = new Int32Array(256);
const lastRowOf = new Map<number, number>();

/**
 * natural's `DamerauLevenshteinDistance(source, target)` with its default options
 * (unit costs, unrestricted), over UTF-16 code units.
 */
export function damerauLevenshtein(source: string, target: string): number {
  const rows = source.length;
  const cols = target.length;
  const width = cols + 1;
  if (matrix.length < (rows + 1) * width) matrix = new Int32Array((rows + 1) * width * 2);
  const m = matrix;
  for (let r = 0; r <= rows; r++) m[r * width] = r;
  for (let c = 1; c <= cols; c++) m[c] = c;
  lastRowOf.clear();
  for (let r = 1; r <= rows; r++) {
    let lastColMatch = 0;
    const s = source.charCodeAt(r - 1);
    for (let c = 1; c <= cols; c++) {
      const t = target.charCodeAt(c - 1);
      let best = m[r * width + c - 1] + 1; // insertion
      const del = m[(r - 1) * width + c] + 1;
      if (del < best) best = del;
      const sub = m[(r - 1) * width + c - 1] + (s === t ? 0 : 1);
      if (sub < best) best = sub;
      if (r > 1 && c > 1 && lastColMatch > 0) {
        const lastRowMatch = lastRowOf.get(t);
        if (lastRowMatch !== undefined) {
          const swap = m[(lastRowMatch - 1) * width + lastColMatch - 1] + (r - lastRowMatch - 1) + (c - lastColMatch - 1) + 1;
          if (swap < best) best = swap;
        }
      }
      m[r * width + c] = best;
      // natural updates these inside the row (see the module comment).
      lastRowOf.set(s, r);
      if (s === t) lastColMatch = c;
    }
  }
  return m[rows * width + cols];
}
