/**
 * Calendar arithmetic on plain year/month/day numbers, in UTC so that the host's
 * time zone and clock never leak into a value. Nothing here reads the current date.
 */

export interface Ymd {
  y: number;
  /** 1..12 */
  m: number;
  /** 1..31 */
  d: number;
}

function toUtc(x: Ymd): Date {
  return new Date(Date.UTC(x.y, x.m - 1, x.d));
}

function fromUtc(dt: Date): Ymd {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Parse `YYYY-MM-DD` (the publishedDate format); null for anything else. */
export function parseYmd(s: string | null): Ymd | null {
  if (s === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const x = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(x.y, x.m, x.d) ? x : null;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = toUtc({ y, m, d });
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function addDays(x: Ymd, n: number): Ymd {
  const dt = toUtc(x);
  dt.setUTCDate(dt.getUTCDate() + n);
  return fromUtc(dt);
}

/** Shift by whole months, keeping the year/month only (the day is set to 1). */
export function addMonths(x: { y: number; m: number }, n: number): { y: number; m: number } {
  const k = x.y * 12 + (x.m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function isoWeekday(x: Ymd): number {
  const w = toUtc(x).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week (the week-year may differ from the calendar year near New Year). */
export function isoWeek(x: Ymd): { year: number; week: number } {
  // The ISO week holds the week's Thursday; its year is the week-year.
  const thursday = addDays(x, 4 - isoWeekday(x));
  const jan1 = toUtc({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 86400000 / 7) + 1;
  return { year: thursday.y, week };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Order of two days: negative when a is before b. */
export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** The nth (1-based) given ISO weekday of a month, or the last one when n is -1. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const delta = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, delta + 7 * (n - 1));
  }
  const last = addDays({ y: addMonths({ y, m }, 1).y, m: addMonths({ y, m }, 1).m, d: 1 }, -1);
  const delta = (isoWeekday(last) - weekday + 7) % 7;
  return addDays(last, -delta);
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** Year as written in a value: `XXXX` when unknown. */
export function fmtYear(y: number | null): string {
  return y === null ? 'XXXX' : pad(y, 4);
}

export function fmtDay(y: number | null, m: number, d: number): string {
  return `${fmtYear(y)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function fmtMonth(y: number | null, m: number): string {
  return `${fmtYear(y)}-${pad(m, 2)}`;
}

export function fmtWeek(x: Ymd): string {
  const w = isoWeek(x);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}
