/**
 * Scores as ANNOTATION.md defines them, over one or many documents (micro-averaged).
 *
 * - Entity mentions: P/R/F1 per type and micro, strict (same type, start, end) and
 *   lenient (same type, overlapping spans). Gold MISC mentions (CoNLL) are not a type
 *   newsx emits: a prediction on one counts as a false positive, nothing else.
 * - Entities: a gold entity is found when a predicted entity of its type has a mention
 *   overlapping one of its mentions; canonical names compared case-insensitively.
 * - Dates: span P/R/F1 with overlap matching; value accuracy over matched dates.
 * - Claims: a prediction matches a gold claim when their contents overlap by at least
 *   half of the longer one's characters; content P/R/F1, and speaker accuracy over
 *   matched claims.
 *
 * Matching is one-to-one: candidate pairs are taken best overlap first.
 */
import type { Gold, GoldClaim, GoldDate, GoldEntity, GoldMention } from './gold';
import type { ArticleRecord } from '../types/article';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
}

export interface Rates {
  precision: number;
  recall: number;
  f1: number;
}

export function rates(c: Prf): Rates {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const zero = (): Prf => ({ tp: 0, fp: 0, fn: 0 });
function add(a: Prf, b: Prf): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'PLACE'] as const;

export interface EntityTally {
  strict: Record<string, Prf>;
  lenient: Record<string, Prf>;
  /** Grouped entities (fixtures only): found / total, and canonical right among found. */
  entities: { gold: number; found: number; canonicalRight: number };
}

export interface DateTally {
  spans: Prf;
  matched: number;
  valueRight: number;
  /** Wrong values that differ from the gold only by a TimeML convention ANNOTATION.md writes otherwise (see `conventionOnly`). */
  valueConvention: number;
}

export interface ClaimTally {
  content: Prf;
  matched: number;
  speakerRight: number;
  /** Per gold kind: matched and total, to see which kind is missed. */
  byKind: Record<string, { gold: number; matched: number }>;
}

export interface Tally {
  documents: number;
  entities?: EntityTally;
  dates?: DateTally;
  claims?: ClaimTally;
}

interface Interval {
  start: number;
  end: number;
}

function overlap(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one matching of predictions to gold items: every pair that `accept`s is a
 * candidate; pairs are taken in order of decreasing overlap. Returns gold index per
 * prediction (-1 when unmatched).
 */
export function matchOneToOne<P extends Interval, G extends Interval>(
  pred: readonly P[],
  gold: readonly G[],
  accept: (p: P, g: G) => boolean,
): number[] {
  const pairs: Array<[number, number, number]> = [];
  // Sort gold by start so each prediction scans only the gold items that can overlap.
  const order = gold.map((_, i) => i).sort((a, b) => gold[a].start - gold[b].start);
  for (let i = 0; i < pred.length; i++) {
    for (const j of order) {
      if (gold[j].start >= pred[i].end) break;
      if (gold[j].end <= pred[i].start) continue;
      if (accept(pred[i], gold[j])) pairs.push([overlap(pred[i], gold[j]), i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const predTo = new Array<number>(pred.length).fill(-1);
  const goldUsed = new Array<boolean>(gold.length).fill(false);
  for (const [, i, j] of pairs) {
    if (predTo[i] !== -1 || goldUsed[j]) continue;
    predTo[i] = j;
    goldUsed[j] = true;
  }
  return predTo;
}

interface TypedSpan extends Interval {
  type: string;
}

function predictedMentions(record: ArticleRecord): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const e of record.entities) for (const m of e.mentions) out.push({ type: e.type, start: m.start, end: m.end });
  return out;
}

export function scoreMentions(pred: readonly TypedSpan[], gold: readonly GoldMention[]): Pick<EntityTally, 'strict' | 'lenient'> {
  const strict: Record<string, Prf> = {};
  const lenient: Record<string, Prf> = {};
  for (const t of ENTITY_TYPES) {
    strict[t] = zero();
    lenient[t] = zero();
  }
  const scored = gold.filter((g) => (ENTITY_TYPES as readonly string[]).includes(g.type));
  // Predictions on MISC names are false positives: they match no scored gold mention.
  const tally = (table: Record<string, Prf>, accept: (p: TypedSpan, g: GoldMention) => boolean) => {
    const predTo = matchOneToOne(pred, scored, accept);
    const goldHit = new Array<boolean>(scored.length).fill(false);
    predTo.forEach((j, i) => {
      const t = pred[i].type;
      if (j === -1) table[t].fp++;
      else {
        table[t].tp++;
        goldHit[j] = true;
      }
    });
    scored.forEach((g, j) => {
      if (!goldHit[j]) table[g.type].fn++;
    });
  };
  tally(strict, (p, g) => p.type === g.type && p.start === g.start && p.end === g.end);
  tally(lenient, (p, g) => p.type === g.type);
  return { strict, lenient };
}

export function scoreEntities(record: ArticleRecord, gold: readonly GoldEntity[]): EntityTally['entities'] {
  let found = 0;
  let canonicalRight = 0;
  for (const g of gold) {
    const hit = record.entities.find(
      (e) => e.type === g.type && e.mentions.some((m) => g.mentions.some((gm) => overlap(m, gm) > 0)),
    );
    if (!hit) continue;
    found++;
    if (hit.canonical.toLowerCase() === g.canonical.toLowerCase()) canonicalRight++;
  }
  return { gold: gold.length, found, canonicalRight };
}

export function scoreDates(record: ArticleRecord, gold: readonly GoldDate[]): DateTally {
  const predTo = matchOneToOne(record.dates, gold, () => true);
  const spans = zero();
  let matched = 0;
  let valueRight = 0;
  let valueConvention = 0;
  predTo.forEach((j, i) => {
    if (j === -1) {
      spans.fp++;
      return;
    }
    spans.tp++;
    matched++;
    const value = record.dates[i].value;
    if (value === gold[j].value) valueRight++;
    else if (conventionOnly(value, gold[j].value)) valueConvention++;
  });
  spans.fn = gold.length - matched;
  return { spans, matched, valueRight, valueConvention };
}

/**
 * True when a predicted value differs from a TimeML gold value only where ANNOTATION.md
 * decides the convention otherwise, so that a report can tell those apart from real
 * errors (they still count as wrong in value accuracy):
 * - part of day: gold `1998-02-13TEV` (TMO, TAF, TEV, TNI, TDT) for our day `1998-02-13`;
 * - weekend: gold `1998-W05-WE` for our ISO week `1998-W05`;
 * - decade: gold `199` for our `199X`;
 * - an unresolved unit: gold `1989-WXX`, `1998-10-XX`, `1990-XX-XX` for a value of ours
 *   at that unit within the gold's known part ("last week" -> `1989-W43`);
 * - an unpadded week: gold `2000-W7` for `2000-W07`;
 * - gold values that are not dates by ANNOTATION.md (`P1W`, `PRESENT_REF`, `PAST_REF`,
 *   `FUTURE_REF`): any value of ours.
 */
export function conventionOnly(value: string | null, gold: string | null): boolean {
  if (gold === null) return false;
  if (/^(P\d|PRESENT_REF|PAST_REF|FUTURE_REF)/.test(gold)) return true;
  if (value === null) return false;
  const partOfDay = /^(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)$/.exec(gold);
  if (partOfDay) return value === partOfDay[1];
  const weekend = /^(\d{4}-W\d{2})-WE$/.exec(gold);
  if (weekend) return value === weekend[1];
  if (/^\d{3}$/.test(gold)) return value === `${gold}X`;
  const unpadded = /^(\d{4})-W(\d)$/.exec(gold);
  if (unpadded) return value === `${unpadded[1]}-W0${unpadded[2]}`;
  const padded = /^([\dX-]*?)(-W?XX)+$/.exec(gold);
  if (padded && !padded[1].includes('X')) {
    const known = padded[1];
    const unit = gold.slice(known.length);
    const shape = unit.startsWith('-WXX') ? /^-W\d{2}$/ : /^-\d{2}(-\d{2})?$/;
    // Our value may also stop at the known part ("sometime next year": `1990` for `1990-XX-XX`).
    return value.startsWith(known) && (shape.test(value.slice(known.length)) || (value === known && !unit.startsWith('-WXX')));
  }
  return false;
}

/** Speaker agreement for one matched claim, as ANNOTATION.md and ../shared/eval/README.md say. */
export function speakerAgrees(pred: ArticleRecord['claims'][number], gold: GoldClaim, goldCanonicals: ReadonlySet<string>): boolean {
  const p = pred.speaker;
  const g = gold.speaker;
  if (g.name === undefined) {
    // Span-only gold (PolNeAR): right when the mentions overlap, or both are absent.
    if (g.mention === null) return p.mention === null;
    return p.mention !== null && overlap(p.mention, g.mention) > 0;
  }
  if (g.name === null) return p.name === null;
  if (p.name !== null && p.name.toLowerCase() === g.name.toLowerCase()) return true;
  // A role or description speaker ("a source", "American diplomats") is compared by
  // the overlap of the mention spans; a named entity speaker must match by name.
  if (!goldCanonicals.has(g.name.toLowerCase()) && g.mention && p.mention) return overlap(p.mention, g.mention) > 0;
  return false;
}

export function scoreClaims(record: ArticleRecord, gold: readonly GoldClaim[], goldCanonicals: ReadonlySet<string>): ClaimTally {
  const pred = record.claims.map((c) => ({ start: c.content.start, end: c.content.end, claim: c }));
  const golds = gold.map((g) => ({ start: g.content.start, end: g.content.end, claim: g }));
  const predTo = matchOneToOne(pred, golds, (p, g) => overlap(p, g) * 2 >= Math.max(p.end - p.start, g.end - g.start));
  const content = zero();
  let matched = 0;
  let speakerRight = 0;
  const byKind: ClaimTally['byKind'] = {};
  for (const g of gold) (byKind[g.kind] ??= { gold: 0, matched: 0 }).gold++;
  predTo.forEach((j, i) => {
    if (j === -1) {
      content.fp++;
      return;
    }
    content.tp++;
    matched++;
    byKind[gold[j].kind].matched++;
    if (speakerAgrees(pred[i].claim, gold[j], goldCanonicals)) speakerRight++;
  });
  content.fn = gold.length - matched;
  return { content, matched, speakerRight, byKind };
}

/** Score one document's record against its gold and add it to `into`. */
export function scoreDocument(record: ArticleRecord, gold: Gold, into: Tally): void {
  into.documents++;
  if (gold.mentions) {
    const t = (into.entities ??= {
      strict: Object.fromEntries(ENTITY_TYPES.map((k) => [k, zero()])),
      lenient: Object.fromEntries(ENTITY_TYPES.map((k) => [k, zero()])),
      entities: { gold: 0, found: 0, canonicalRight: 0 },
    });
    const m = scoreMentions(predictedMentions(record), gold.mentions);
    for (const k of ENTITY_TYPES) {
      add(t.strict[k], m.strict[k]);
      add(t.lenient[k], m.lenient[k]);
    }
    if (gold.entities) {
      const e = scoreEntities(record, gold.entities);
      t.entities.gold += e.gold;
      t.entities.found += e.found;
      t.entities.canonicalRight += e.canonicalRight;
    }
  }
  if (gold.dates) {
    const t = (into.dates ??= { spans: zero(), matched: 0, valueRight: 0, valueConvention: 0 });
    const d = scoreDates(record, gold.dates);
    add(t.spans, d.spans);
    t.matched += d.matched;
    t.valueRight += d.valueRight;
    t.valueConvention += d.valueConvention;
  }
  if (gold.claims) {
    const t = (into.claims ??= { content: zero(), matched: 0, speakerRight: 0, byKind: {} });
    const canonicals = new Set((gold.entities ?? []).map((e) => e.canonical.toLowerCase()));
    const c = scoreClaims(record, gold.claims, canonicals);
    add(t.content, c.content);
    t.matched += c.matched;
    t.speakerRight += c.speakerRight;
    for (const [k, v] of Object.entries(c.byKind)) {
      const b = (t.byKind[k] ??= { gold: 0, matched: 0 });
      b.gold += v.gold;
      b.matched += v.matched;
    }
  }
}

export function micro(table: Record<string, Prf>): Prf {
  const total = zero();
  for (const v of Object.values(table)) add(total, v);
  return total;
}

/** The headline numbers the baseline tracks (higher is better for all). */
export function headline(t: Tally): Record<string, number> {
  const out: Record<string, number> = {};
  if (t.entities) {
    out['entities.mentions.strict.f1'] = rates(micro(t.entities.strict)).f1;
    out['entities.mentions.lenient.f1'] = rates(micro(t.entities.lenient)).f1;
    for (const k of ENTITY_TYPES) out[`entities.mentions.strict.${k}.f1`] = rates(t.entities.strict[k]).f1;
    if (t.entities.entities.gold > 0) {
      out['entities.found'] = t.entities.entities.found / t.entities.entities.gold;
      out['entities.canonical.accuracy'] = t.entities.entities.found === 0 ? 0 : t.entities.entities.canonicalRight / t.entities.entities.found;
    }
  }
  if (t.dates) {
    out['dates.span.f1'] = rates(t.dates.spans).f1;
    out['dates.value.accuracy'] = t.dates.matched === 0 ? 0 : t.dates.valueRight / t.dates.matched;
  }
  if (t.claims) {
    out['claims.content.f1'] = rates(t.claims.content).f1;
    out['claims.speaker.accuracy'] = t.claims.matched === 0 ? 0 : t.claims.speakerRight / t.claims.matched;
  }
  return out;
}
