/**
 * Words of the calendar: month and weekday names with their usual newspaper
 * abbreviations (AP style: Jan., Feb., Aug., Sept., Oct., Nov., Dec.), seasons,
 * parts of the day, number words and holidays. General English, nothing mined
 * from evaluation data.
 */

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * Month names as a regex alternation. Names must be capitalised where the pattern is
 * used (see patterns.ts), so that "may" and "march" as verbs are not dates.
 */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\\.?)';

/** ISO weekday numbers (Monday 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const WEEKDAY_RE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)';

/** Parts of the day: a part of a day with its day is a date at day granularity. */
export const DAYPART_RE = '(?:morning|afternoon|evening|night|overnight)';

/** TimeML season codes. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};
export const SEASON_RE = '(?:spring|summer|fall|autumn|winter)';

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
export const COUNT_RE = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)';

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: -1, final: -1,
};
export const QUARTER_ORDINAL_RE = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

/** Read a count word or numeral ("two", "2", "a"). */
export function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return +w;
  return NUMBER_WORDS[w] ?? null;
}

/** Calendar units as they appear in relative expressions. */
export type Unit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  switch (w) {
    case 'day': case 'week': case 'weekend': case 'month': case 'quarter': case 'year': case 'decade':
      return w;
    default:
      return null;
  }
}

/**
 * Holidays with a rule for their day in a given year. Fixed-date ones and the common
 * movable US/Christian ones (US news is the bulk of the corpus the tool meets).
 */
/** `nth`: month, ISO weekday, n (-1 the last); `plus` days after that weekday. */
export type HolidayRule = { fixed: [number, number] } | { nth: [number, number, number]; plus?: number } | { easter: number };
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  'christmas': { fixed: [12, 25] },
  'christmas day': { fixed: [12, 25] },
  'christmas eve': { fixed: [12, 24] },
  'boxing day': { fixed: [12, 26] },
  "new year's day": { fixed: [1, 1] },
  "new year's eve": { fixed: [12, 31] },
  "valentine's day": { fixed: [2, 14] },
  'halloween': { fixed: [10, 31] },
  'independence day': { fixed: [7, 4] },
  'bastille day': { fixed: [7, 14] },
  'veterans day': { fixed: [11, 11] },
  'armistice day': { fixed: [11, 11] },
  'may day': { fixed: [5, 1] },
  'thanksgiving': { nth: [11, 4, 4] },
  'thanksgiving day': { nth: [11, 4, 4] },
  'labor day': { nth: [9, 1, 1] },
  'memorial day': { nth: [5, 1, -1] },
  'martin luther king day': { nth: [1, 1, 3] },
  "presidents' day": { nth: [2, 1, 3] },
  // US federal elections: the Tuesday after the first Monday of November.
  'election day': { nth: [11, 1, 1], plus: 1 },
  'easter': { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
};
export const HOLIDAY_RE =
  "(?:Christmas(?: Day| Eve)?|Boxing Day|New Year['\u2019]s (?:Day|Eve)|Valentine['\u2019]s Day|Halloween|" +
  'Independence Day|Bastille Day|Veterans Day|Armistice Day|Thanksgiving(?: Day)?|Labor Day|Memorial Day|Election Day|' +
  "Martin Luther King(?: Jr\\.?)? Day|Presidents['\u2019]? Day|Easter(?: Sunday| Monday)?|Good Friday)";

/** Normalise a holiday as written to its HOLIDAYS key. */
export function holidayKey(written: string): string {
  return written
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/ jr\.? /, ' ')
    .replace(/^presidents'? day$/, "presidents' day");
}
