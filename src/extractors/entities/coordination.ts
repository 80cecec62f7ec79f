/**
 * `document:coordination`: names in one list ("Mobil, Shell and Caltex", "Mercantile
 * or Commerce") are mostly of one kind. A weakly typed name (no lexicon entry, only the
 * shape default) in a list takes the type that the list's strongly typed names share.
 */
import type { EntityType, Token } from '../../pipeline/document';
import type { Typed } from './type-names';
import { decide } from './type-names';

const LINKS = new Set([',', 'and', 'or', '&']);

/** Is the evidence for this name no more than its shape or a default? */
function weak(t: Typed): boolean {
  return Math.max(t.scores.PERSON, t.scores.ORGANIZATION, t.scores.PLACE) < 1;
}

/** Only commas, "and", "or" between two names on one line. */
function linked(tokens: readonly Token[], x: Typed, y: Typed): boolean {
  if (x.cand.sentence !== y.cand.sentence || y.cand.a <= x.cand.b) return false;
  for (let i = x.cand.b; i < y.cand.a; i++) {
    const t = tokens[i];
    if (!LINKS.has(t.lower) || /\n/.test(t.space)) return false;
  }
  return y.cand.a - x.cand.b <= 2 && !/\n/.test(tokens[y.cand.a].space);
}

export function applyCoordination(tokens: readonly Token[], typed: Typed[]): void {
  // Literals filled by push, not filter()/map() results: an empty result of those has
  // another map than a list of names and deoptimised this function (see dropWeakInitials
  // in ./index.ts).
  const live: Typed[] = [];
  for (const t of typed) if (!t.drop) live.push(t);
  live.sort((p, q) => p.cand.a - q.cand.a);
  let i = 0;
  while (i < live.length) {
    let j = i + 1;
    while (j < live.length && linked(tokens, live[j - 1], live[j])) j++;
    const list = live.slice(i, j);
    // A comma alone may be an apposition ("Zorvex, Britain's envoy"): a list has "and"/"or".
    const conjoined = list.some((t, k) => k > 0 && tokens.slice(list[k - 1].cand.b, t.cand.a).some((x) => x.kind === 'word'));
    if (j - i >= 2 && conjoined) {
      const strong: EntityType[] = [];
      for (const t of list) if (!weak(t)) strong.push(decide(t.scores).type);
      const type = strong[0];
      if (type && strong.every((s) => s === type)) {
        for (const t of list) {
          if (!weak(t) || decide(t.scores).type === type) continue;
          t.scores[type] = Math.max(t.scores.PERSON, t.scores.ORGANIZATION, t.scores.PLACE) + 0.5;
          t.evidence.push('document:coordination');
        }
      }
    }
    i = j;
  }
}
