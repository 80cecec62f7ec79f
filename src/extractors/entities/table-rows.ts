/**
 * Rows of results and standings tables ("Hull 4 2 2 0 4 2 8", "Reading 2 Stoke 2"):
 * shared by span finding (a row's first words are not dropped as a sentence's) and
 * typing (a row in a sports report opens with a club).
 */
import type { Token } from '../../pipeline/document';

const FIGURE = /^[$+\-]?\d[\d,.]*%?$|^\$$/;

/** Figures ("0.22", "1,279", "$", "+31") from token i to the end of its line. */
export function figuresOnLine(tokens: readonly Token[], i: number): number {
  let n = 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'tabCRLF' || (j > i && /\n/.test(t.space))) break;
    if (FIGURE.test(t.text)) n++;
  }
  return n;
}

/**
 * Does the name [a, b) open its line, with a score right after it, then another figure
 * or the other club ("Reading 2 Stoke 2"), and another figure on the line? Not prose
 * after a number ("Euro 96 absentee ...").
 */
export function tableRowTeam(tokens: readonly Token[], a: number, b: number): boolean {
  const lineStart = a === 0 || /\n/.test(tokens[a].space) || tokens[a - 1].kind === 'tabCRLF';
  const next = tokens[b];
  if (!lineStart || next === undefined || next.kind !== 'number' || !/^\d{1,3}$/.test(next.text) || /\n/.test(next.space)) return false;
  const after = tokens[b + 1];
  const rowGoesOn = after !== undefined && !/\n/.test(after.space) && after.kind !== 'tabCRLF' && (after.kind === 'number' || /^\p{Lu}/u.test(after.text));
  return rowGoesOn && figuresOnLine(tokens, b) >= 2;
}
