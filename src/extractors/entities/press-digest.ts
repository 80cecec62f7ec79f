/**
 * Press digests ("PRESS DIGEST - Tunisia - Aug 31", "Kenya press review") head each
 * paper's stories with its name on a line of its own, in capitals ("KOMPAS", "JAKARTA
 * POST", "MEDIA INDONESIA"): that line is a newspaper, one ORGANIZATION, and not the
 * place inside its name.
 */
import type { Token } from '../../pipeline/document';
import type { Gazetteer } from './lexicons/gazetteer';

/** Headline words that make an article a round-up of what the papers say. */
const DIGEST_WORDS: ReadonlySet<string> = new Set(['press', 'newspaper', 'newspapers', 'papers', 'dailies', 'weeklies']);
const CAPS_WORD = /^\p{Lu}[\p{Lu}'&.-]*$/u;

/**
 * The [a, b) token ranges of the newspaper headings in a press digest: a line after the
 * headline of one to four words in capitals and nothing else, followed by a line of
 * prose. A single English word is a section label ("POLITICS", "BUSINESS"), not a paper.
 */
export function newspaperHeadings(tokens: readonly Token[], gaz: Gazetteer): Array<[number, number]> {
  const lines = linesOf(tokens);
  const out: Array<[number, number]> = [];
  if (lines.length < 3) return out;
  let digest = false;
  for (let i = lines[0][0]; i < lines[0][1]; i++) if (DIGEST_WORDS.has(tokens[i].lower)) digest = true;
  if (!digest) return out;
  for (let l = 1; l + 1 < lines.length; l++) {
    const [a, b] = lines[l];
    if (b - a > 4 || !hasProse(tokens, lines[l + 1])) continue;
    let heading = true;
    for (let i = a; i < b && heading; i++) heading = tokens[i].kind === 'word' && CAPS_WORD.test(tokens[i].text);
    if (!heading || (b - a === 1 && gaz.isVocabulary(tokens[a].lower))) continue;
    out.push([a, b]);
  }
  return out;
}

/** Lines as [a, b) token ranges, without line-break tokens; empty lines skipped. */
function linesOf(tokens: readonly Token[]): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t.kind !== 'tabCRLF' && !(i > start && /\n/.test(t.space))) continue;
    if (i > start) lines.push([start, i]);
    start = t !== undefined && t.kind === 'tabCRLF' ? i + 1 : i;
  }
  return lines;
}

function hasProse(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  for (let i = a; i < b; i++) if (tokens[i].kind === 'word' && /\p{Ll}/u.test(tokens[i].text)) return true;
  return false;
}
