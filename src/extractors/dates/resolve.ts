/**
 * Turn a `Meaning` into a TimeML-style value at its own granularity, against the
 * publication date and the tense of the sentence. Never reads the clock: without a
 * publication date the year is `XXXX`, and purely relative expressions get null.
 */
import type { DateMention, Granularity } from '../../pipeline/document';
import {
  addDays,
  addMonths,
  compareYmd,
  easter,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  isValidDay,
  isoWeekday,
  nthWeekdayOfMonth,
  quarterOf,
  type Ymd,
} from './calendar';
import { HOLIDAYS } from './lexicon';
import type { Meaning } from './patterns';
import type { Tense } from './tense';

/** A calendar point a later anchored expression ("the next day") can count from. */
export interface Point {
  y: number | null;
  m?: number;
  d?: number;
  q?: number;
}

export interface Resolved {
  value: string | null;
  granularity: Granularity;
  anchor: DateMention['anchor'];
  point: Point | null;
  /** A period named only to compare with another ("a year ago", "the year-ago quarter"). */
  comparison?: boolean;
}

export interface Context {
  pub: Ymd | null;
  tense: Tense;
  /** The previous date in the text, resolved; for "the next day" and "that day". */
  previous: Resolved | null;
  /** The previous date when it is in the same or the preceding sentence; for "a year earlier". */
  nearby: Resolved | null;
  /**
   * The quarter the article reports on: the latest completed quarter it named that is
   * not itself a comparison. Earnings copy names it once ("third-quarter net rose") and
   * then says "the latest quarter", "a year ago", "last year" of it.
   */
  topicQuarter: Point | null;
  /**
   * Without a publication date, the month and day of a yearless dateline
   * ("WASHINGTON, Dec. 1 (Reuters) -"): enough for "yesterday" (XXXX-11-30), not for weeks.
   */
  partial?: { m: number; d: number } | null;
  /** The sentence sets figures against another period (a money figure or a comparison cue). */
  comparison: boolean;
  /**
   * The date closes a period already over ("the fiscal year ended Jan. 31"): a yearless date
   * is then not after publication, whatever the distance.
   */
  completed?: boolean;
  /**
   * The span the sentence's figures cover, from the nearest period named before the date:
   * 'year' for "the nine months", "the first half", "the fiscal year"; 'quarter' for a quarter.
   */
  reportedSpan?: 'year' | 'quarter' | null;
}

/** How many days of distance the sentence's tense is worth when choosing a yearless date's year. */
const TENSE_HANDICAP_DAYS = 90;
/** The same for a bare month name, where a past-tense report of "January" in October is January past. */
const TENSE_HANDICAP_MONTHS = 6;

const NONE = (granularity: Granularity): Resolved => ({ value: null, granularity, anchor: 'none', point: null });

/** Direction to look for a yearless date: -1 the latest not after, +1 the earliest not before, 0 nearest. */
function directionOf(tense: Tense): number {
  return tense === 'past' ? -1 : tense === 'future' ? 1 : 0;
}

/**
 * Of the candidate years, the one whose date lies nearest the publication date, where
 * `distance(y)` is the signed distance from publication in the expression's own unit
 * (days or months). `strict` excludes distance 0 (for "last"/"next"). Nearest wins,
 * with a handicap against the sentence's tense: news in the past tense still announces
 * deadlines ("payable Dec. 7", "must return by Jan. 14"), so tense only tips the
 * balance when both readings are about as far.
 */
function nearestYear(
  candidates: readonly number[],
  distance: (y: number) => number,
  dir: number,
  strict: boolean,
  handicap: number,
  notAfter = false,
): number {
  let best = candidates[0];
  let bestScore = Infinity;
  for (const y of candidates) {
    const diff = distance(y);
    if (notAfter && diff > 0) continue;
    if (strict && dir < 0 && diff >= 0) continue;
    if (strict && dir > 0 && diff <= 0) continue;
    // Past-tense copy still announces deadlines ("payable Dec. 7"), but what "will" happen is
    // not already over: against the future tense a past date pays twice the handicap.
    const against = !strict && dir !== 0 && Math.sign(diff) === -dir ? (dir > 0 ? 2 * handicap : handicap) : 0;
    const score = Math.abs(diff) + (diff > 0 ? 0.5 : 0) + against;
    if (score < bestScore) {
      best = y;
      bestScore = score;
    }
  }
  return best;
}

/** The year for a yearless day (month/day) relative to the publication day. */
function pickYear(pub: Ymd, m: number, d: number, dir: number, strict = false, notAfter = false): number {
  const candidates = [pub.y - 1, pub.y, pub.y + 1].filter((y) => isValidDay(y, m, d));
  if (candidates.length === 0) return pub.y;
  const p = Date.UTC(pub.y, pub.m - 1, pub.d) / 86400000;
  return nearestYear(candidates, (y) => Date.UTC(y, m - 1, d) / 86400000 - p, dir, strict, TENSE_HANDICAP_DAYS, notAfter);
}

/** The year for a yearless month: compares months only. */
function pickMonthYear(pub: Ymd, m: number, dir: number, strict = false, notAfter = false): number {
  return nearestYear([pub.y - 1, pub.y, pub.y + 1], (y) => (y - pub.y) * 12 + (m - pub.m), dir, strict, TENSE_HANDICAP_MONTHS, notAfter);
}

function dayResult(y: number | null, m: number, d: number, anchor: DateMention['anchor']): Resolved {
  return { value: fmtDay(y, m, d), granularity: 'day', anchor, point: { y, m, d } };
}

function holidayDay(key: string, y: number): Ymd | null {
  const rule = HOLIDAYS[key];
  if (!rule) return null;
  if ('fixed' in rule) return { y, m: rule.fixed[0], d: rule.fixed[1] };
  if ('nth' in rule) return addDays(nthWeekdayOfMonth(y, rule.nth[0], rule.nth[1], rule.nth[2]), rule.plus ?? 0);
  return addDays(easter(y), rule.easter);
}

function shiftUnit(pub: Ymd, unit: string, n: number): Resolved {
  switch (unit) {
    case 'day': {
      const x = addDays(pub, n);
      return dayResult(x.y, x.m, x.d, 'published');
    }
    case 'week': {
      const x = addDays(pub, 7 * n);
      return { value: fmtWeek(x), granularity: 'week', anchor: 'published', point: x };
    }
    case 'weekend': {
      const x = addDays(pub, 7 * n);
      return { value: fmtWeek(x), granularity: 'weekend', anchor: 'published', point: x };
    }
    case 'month': {
      const x = addMonths(pub, n);
      return { value: fmtMonth(x.y, x.m), granularity: 'month', anchor: 'published', point: { y: x.y, m: x.m } };
    }
    case 'quarter': {
      const k = pub.y * 4 + quarterOf(pub.m) - 1 + n;
      const y = Math.floor(k / 4);
      const q = (k % 4) + 1;
      return { value: `${fmtYear(y)}-Q${q}`, granularity: 'quarter', anchor: 'published', point: { y, q } };
    }
    case 'decade': {
      const dec = Math.floor(pub.y / 10) + n;
      return { value: `${dec}X`, granularity: 'decade', anchor: 'published', point: null };
    }
    default: {
      const y = pub.y + n;
      return { value: fmtYear(y), granularity: 'year', anchor: 'published', point: { y } };
    }
  }
}

/** A point as a full calendar day, when it is one. */
function dayOf(p: Point | null | undefined): Ymd | null {
  return p && p.y !== null && p.m !== undefined && p.d !== undefined ? { y: p.y, m: p.m, d: p.d } : null;
}

/** Count from a previous point ("the next day" after "October 7"). */
function fromPoint(p: Point, unit: string, n: number, anchor: DateMention['anchor']): Resolved | null {
  if (unit === 'day' && p.m !== undefined && p.d !== undefined) {
    // A leap year stands in for an unknown year so that the arithmetic still runs.
    const x = addDays({ y: p.y ?? 2000, m: p.m, d: p.d }, n);
    return dayResult(p.y === null ? null : x.y, x.m, x.d, anchor);
  }
  if (unit === 'month' && p.m !== undefined) {
    const x = addMonths({ y: p.y ?? 2000, m: p.m }, n);
    return { value: fmtMonth(p.y === null ? null : x.y, x.m), granularity: 'month', anchor, point: { y: p.y === null ? null : x.y, m: x.m } };
  }
  if (unit === 'quarter' && p.q !== undefined) {
    const k = (p.y ?? 2000) * 4 + p.q - 1 + n;
    const y = p.y === null ? null : Math.floor(k / 4);
    const q = (k % 4) + 1;
    return { value: `${fmtYear(y)}-Q${q}`, granularity: 'quarter', anchor, point: { y, q } };
  }
  if (unit === 'year' && p.y !== null) return { value: fmtYear(p.y + n), granularity: 'year', anchor, point: { y: p.y + n } };
  if (unit === 'week' && p.y !== null && p.m !== undefined && p.d !== undefined) {
    const x = addDays({ y: p.y, m: p.m, d: p.d }, 7 * n);
    return { value: fmtWeek(x), granularity: 'week', anchor, point: x };
  }
  return null;
}

const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_END: Readonly<Record<string, number>> = { SP: 5, SU: 8, FA: 11, WI: 14 };

/**
 * A quarter the article reports on: named for itself (not as a comparison) and already
 * over at publication, since results are reported for completed quarters.
 */
export function isReportedQuarter(r: Resolved, pub: Ymd | null): r is Resolved & { point: Point } {
  if (r.granularity !== 'quarter' || r.comparison || !r.point || !r.point.q) return false;
  if (!pub || r.point.y === null) return true;
  return r.point.y * 4 + r.point.q < pub.y * 4 + quarterOf(pub.m);
}

/** Resolve one meaning in its context. */
export function resolve(meaning: Meaning, ctx: Context): Resolved {
  const { pub } = ctx;
  const dir = directionOf(ctx.tense);
  switch (meaning.kind) {
    case 'day': {
      if (meaning.y !== null) return dayResult(meaning.y, meaning.m, meaning.d, 'absolute');
      if (!pub) return dayResult(null, meaning.m, meaning.d, 'none');
      return dayResult(pickYear(pub, meaning.m, meaning.d, dir, false, ctx.completed), meaning.m, meaning.d, 'published-year');
    }
    case 'month': {
      const { m } = meaning;
      if (meaning.y !== null) return { value: fmtMonth(meaning.y, m), granularity: 'month', anchor: 'absolute', point: { y: meaning.y, m } };
      if (!pub) return { value: fmtMonth(null, m), granularity: 'month', anchor: 'none', point: { y: null, m } };
      if (meaning.yearShift !== undefined) {
        const y = pub.y + meaning.yearShift;
        return { value: fmtMonth(y, m), granularity: 'month', anchor: 'published', point: { y, m } };
      }
      let y =
        meaning.shift === 0 ? pub.y : meaning.shift !== null ? pickMonthYear(pub, m, meaning.shift, true) : pickMonthYear(pub, m, dir, false, ctx.completed);
      // The month just ended is "last month": "last February" written in March is the February
      // a year before ("crashed last February" in March 1998 is February 1997).
      if (meaning.shift === -1 && (y - pub.y) * 12 + (m - pub.m) === -1) y -= 1;
      return { value: fmtMonth(y, m), granularity: 'month', anchor: 'published-year', point: { y, m } };
    }
    case 'year':
      return { value: fmtYear(meaning.y), granularity: 'year', anchor: 'absolute', point: { y: meaning.y } };
    case 'decade':
      return { value: `${meaning.decade}X`, granularity: 'decade', anchor: 'absolute', point: null };
    case 'century':
      return { value: String(meaning.c).padStart(2, '0'), granularity: 'century', anchor: 'absolute', point: null };
    case 'weekday': {
      // "the previous Friday" counts from the day the text is talking about, if it named one.
      const from = meaning.anchored ? dayOf(ctx.previous?.point) ?? pub : pub;
      if (!from) return NONE('day');
      const today = isoWeekday(from);
      let delta: number;
      if (meaning.shift === -1) delta = -(((today - meaning.dow + 6) % 7) + 1);
      else if (meaning.shift === 1) delta = ((meaning.dow - today + 6) % 7) + 1;
      else if (meaning.shift === 0) delta = meaning.dow - today;
      else if (dir > 0) delta = (meaning.dow - today + 7) % 7;
      else delta = -((today - meaning.dow + 7) % 7);
      const x = addDays(from, delta);
      return dayResult(x.y, x.m, x.d, from === pub ? 'published' : ctx.previous?.anchor ?? 'published');
    }
    case 'relative': {
      if (!pub && ctx.partial && (meaning.unit === 'day' || meaning.unit === 'month')) {
        return fromPoint({ y: null, ...ctx.partial }, meaning.unit, meaning.n, 'none') ?? NONE(meaning.unit);
      }
      if (!pub) return NONE(meaning.unit === 'weekend' ? 'weekend' : (meaning.unit as Granularity));
      // "a year earlier" of a quarter means that quarter a year before (TimeML practice):
      // the quarter just named, else the one the article reports on when figures are compared.
      // Figures for nine months or a year compare with the year before, not with a quarter.
      if (meaning.followQuarter && ctx.reportedSpan !== 'year') {
        const near = ctx.nearby;
        const nearQuarter = near && near.granularity === 'quarter' && !near.comparison && near.point?.y != null && near.point.q ? near.point : null;
        const base =
          meaning.followQuarter === 'compared'
            ? ctx.comparison ? nearQuarter ?? ctx.topicQuarter : null
            : nearQuarter ?? (ctx.comparison ? ctx.topicQuarter : null);
        if (base && base.y !== null && base.q) {
          const y = base.y + meaning.n;
          return { value: `${fmtYear(y)}-Q${base.q}`, granularity: 'quarter', anchor: 'published-year', point: { y, q: base.q }, comparison: true };
        }
        // "Coast earned $10.2 million in the year-ago quarter. The year-ago results have been
        // restated": with no period noun, the adjective speaks of the period the text was just
        // on. After a quarter that is the quarter a year back (the same one when it already is
        // the year-ago quarter); after a year or a nine-month figure it stays a year.
        const prev = ctx.previous;
        if (meaning.adjective && prev && prev.granularity === 'quarter' && prev.point && prev.point.y !== null && prev.point.q) {
          const y = prev.comparison ? prev.point.y : prev.point.y + meaning.n;
          return { value: `${fmtYear(y)}-Q${prev.point.q}`, granularity: 'quarter', anchor: 'published-year', point: { y, q: prev.point.q }, comparison: true };
        }
      }
      // "This quarter's loss includes charges": figures are reported for a finished quarter, so in
      // results copy "this quarter" with its figures is the quarter under report, not the calendar's.
      if (meaning.unit === 'quarter' && meaning.n === 0 && ctx.comparison && ctx.tense !== 'future' && ctx.topicQuarter?.q) {
        const t = ctx.topicQuarter;
        return { value: `${fmtYear(t.y)}-Q${t.q}`, granularity: 'quarter', anchor: 'published-year', point: t };
      }
      // "the year-ago quarter" with no quarter in sight: the last completed quarter, a year back.
      if (meaning.quarter) return { ...shiftUnit(pub, 'quarter', -1 + 4 * meaning.n), comparison: true };
      return shiftUnit(pub, meaning.unit, meaning.n);
    }
    case 'weekend': {
      if (!pub) return NONE('weekend');
      const wd = isoWeekday(pub);
      let weeks: number;
      if (meaning.shift === -1) weeks = -1;
      else if (meaning.shift === 1) weeks = wd <= 5 ? 0 : 1;
      else if (meaning.shift === 0) weeks = 0;
      else weeks = dir > 0 || wd >= 6 ? 0 : -1;
      const r = shiftUnit(pub, 'weekend', weeks);
      return r;
    }
    case 'season': {
      const { s } = meaning;
      if (meaning.y !== null) return { value: `${fmtYear(meaning.y)}-${s}`, granularity: 'season', anchor: 'absolute', point: { y: meaning.y } };
      if (!pub) return { value: `XXXX-${s}`, granularity: 'season', anchor: 'none', point: null };
      let y = pub.y;
      // "last summer": the latest one already over; winter runs into the next year.
      if (meaning.shift === -1) y = s === 'WI' ? (pub.m >= 3 ? pub.y - 1 : pub.y - 2) : SEASON_END[s] < pub.m ? pub.y : pub.y - 1;
      else if (meaning.shift === 1) y = SEASON_START[s] > pub.m ? pub.y : pub.y + 1;
      else if (meaning.shift === null && dir < 0 && SEASON_START[s] > pub.m) y = pub.y - 1;
      else if (meaning.shift === null && dir > 0 && SEASON_END[s] < pub.m) y = pub.y + 1;
      return { value: `${fmtYear(y)}-${s}`, granularity: 'season', anchor: 'published-year', point: { y } };
    }
    case 'quarter': {
      const { q } = meaning;
      if (meaning.y !== null) return { value: `${fmtYear(meaning.y)}-Q${q}`, granularity: 'quarter', anchor: 'absolute', point: { y: meaning.y, q } };
      if (!pub) return { value: `XXXX-Q${q}`, granularity: 'quarter', anchor: 'none', point: { y: null, q } };
      // "last year's third quarter", "the year-ago third quarter": named to compare.
      if (meaning.shift === -1) return { value: `${fmtYear(pub.y - 1)}-Q${q}`, granularity: 'quarter', anchor: 'published-year', point: { y: pub.y - 1, q }, comparison: true };
      // A quarter without a year is this year's, unless it is still to come while the
      // sentence reports the past, or it is far ahead (Q4 named in February is last year's).
      const current = quarterOf(pub.m);
      let y = pub.y + (meaning.shift ?? 0);
      if (meaning.shift === null && q > current && (dir < 0 || (dir === 0 && q - current >= 2))) y = pub.y - 1;
      return { value: `${fmtYear(y)}-Q${q}`, granularity: 'quarter', anchor: 'published-year', point: { y, q } };
    }
    case 'half': {
      const value = (y: number | null): string => `${fmtYear(y)}-H${meaning.h}`;
      if (meaning.y !== null) return { value: value(meaning.y), granularity: 'half', anchor: 'absolute', point: { y: meaning.y } };
      if (!pub) return { value: value(null), granularity: 'half', anchor: 'none', point: null };
      // "of the year" is the year under discussion, the current one as for "the year".
      const y = pub.y + (meaning.yearShift ?? 0);
      return { value: value(y), granularity: 'half', anchor: 'published', point: { y } };
    }
    case 'current-quarter': {
      // "the quarter", "the latest period": the quarter under discussion, never a comparison one.
      const near = ctx.nearby;
      if (near && isReportedQuarter(near, pub)) return { ...near };
      const t = ctx.topicQuarter;
      if (t && t.q) return { value: `${fmtYear(t.y)}-Q${t.q}`, granularity: 'quarter', anchor: pub ? 'published-year' : 'none', point: t };
      if (meaning.byEnd) return resolve({ kind: 'quarter', q: meaning.byEnd.q, y: meaning.byEnd.y, shift: null }, ctx);
      if (!pub) return NONE('quarter');
      return shiftUnit(pub, 'quarter', -1);
    }
    case 'period-of-year': {
      // The quarter under report, in the year named; a year where no quarter is in view.
      const near = ctx.nearby && isReportedQuarter(ctx.nearby, pub) ? ctx.nearby.point : null;
      const t = ctx.reportedSpan === 'year' ? null : near ?? ctx.topicQuarter;
      if (t && t.q) return { value: `${fmtYear(meaning.y)}-Q${t.q}`, granularity: 'quarter', anchor: 'absolute', point: { y: meaning.y, q: t.q }, comparison: true };
      return { value: fmtYear(meaning.y), granularity: 'year', anchor: 'absolute', point: { y: meaning.y } };
    }
    case 'holiday': {
      const asResult = (x: Ymd, anchor: DateMention['anchor']): Resolved =>
        meaning.week ? { value: fmtWeek(x), granularity: 'week', anchor, point: x } : dayResult(x.y, x.m, x.d, anchor);
      if (meaning.y !== null) {
        const x = holidayDay(meaning.key, meaning.y);
        return x ? asResult(x, 'absolute') : NONE('day');
      }
      if (!pub) {
        const rule = HOLIDAYS[meaning.key];
        return rule && 'fixed' in rule && !meaning.week ? dayResult(null, rule.fixed[0], rule.fixed[1], 'none') : NONE(meaning.week ? 'week' : 'day');
      }
      // The nearest one, as for a yearless day: "as Easter week began" a week before Easter is
      // this year's Easter, not last year's; "last Christmas" is strictly the latest one over.
      const years = [pub.y - 1, pub.y, pub.y + 1].filter((y) => holidayDay(meaning.key, y) !== null);
      if (years.length === 0) return NONE('day');
      const p = Date.UTC(pub.y, pub.m - 1, pub.d) / 86400000;
      const distance = (y: number): number => {
        const x = holidayDay(meaning.key, y) as Ymd;
        return Date.UTC(x.y, x.m - 1, x.d) / 86400000 - p;
      };
      const y = nearestYear(years, distance, meaning.shift ?? dir, meaning.shift !== null, TENSE_HANDICAP_DAYS);
      return asResult(holidayDay(meaning.key, y) as Ymd, 'published-year');
    }
    case 'from-date': {
      const base = resolve(meaning.base, ctx);
      const g: Granularity = meaning.unit;
      return base.point ? fromPoint(base.point, meaning.unit, meaning.n, base.anchor) ?? NONE(g) : NONE(g);
    }
    case 'day-of-month': {
      const prev = ctx.previous?.point;
      // The month last named, as the text left it (a year it did not give stays unknown).
      if (prev && prev.m !== undefined && ctx.previous!.granularity !== 'year') {
        const y = prev.y ?? (pub ? pickYear(pub, prev.m, meaning.d, dir) : null);
        // Not against the tense: "The season starts in March. She won on the 3rd." (published
        // in January) is January's 3rd, not a March still to come.
        const against = pub && y !== null && (dir < 0 ? compareYmd({ y, m: prev.m, d: meaning.d }, pub) > 0 : dir > 0 ? compareYmd({ y, m: prev.m, d: meaning.d }, pub) < 0 : false);
        if (!against) return isValidDay(y ?? 2000, prev.m, meaning.d) ? dayResult(y, prev.m, meaning.d, prev.y === null && !pub ? 'none' : 'published-year') : NONE('day');
      }
      if (!pub) return NONE('day');
      // The publication month, unless the tense points past its end or before its start
      // ("will close by the 3rd" on the 20th is next month's 3rd).
      let y = pub.y;
      let m = pub.m;
      if (dir > 0 && meaning.d < pub.d) m++;
      else if (dir < 0 && meaning.d > pub.d) m--;
      if (m === 13) [y, m] = [y + 1, 1];
      else if (m === 0) [y, m] = [y - 1, 12];
      return isValidDay(y, m, meaning.d) ? dayResult(y, m, meaning.d, 'published') : NONE('day');
    }
    case 'anchored': {
      const g: Granularity = meaning.unit === 'weekend' ? 'weekend' : (meaning.unit as Granularity);
      const prev = ctx.previous;
      if (prev) {
        if (!prev.point) return NONE(g);
        return fromPoint(prev.point, meaning.unit, meaning.n, prev.anchor) ?? NONE(g);
      }
      if (!pub) return ctx.partial ? fromPoint({ y: null, ...ctx.partial }, meaning.unit, meaning.n, 'none') ?? NONE(g) : NONE(g);
      return fromPoint(pub, meaning.unit, meaning.n, 'published') ?? NONE(g);
    }
  }
}

