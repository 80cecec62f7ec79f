/**
 * The date grammar: a table of rules, each a regular expression over the original
 * text and a reader that turns a match into a `Meaning` (what the words say, before
 * any anchor is applied). Resolving a meaning to a value is ./resolve.ts's job.
 *
 * Matching runs on the original text, so match offsets are the span offsets: nothing
 * is normalised. No pattern starts with a preposition ("on", "in", "since"), so spans
 * never include one. Month and weekday names are matched case-sensitively
 * (capitalised) so that "may", "march" and "sun" as ordinary words are not dates.
 */
import {
  COUNT_RE,
  DAYPART_RE,
  HOLIDAY_RE,
  MONTH_RE,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  QUARTER_ORDINAL_RE,
  SEASON_RE,
  SEASONS,
  WEEKDAY_RE,
  WEEKDAYS,
  countOf,
  holidayKey,
  unitOf,
  type Unit,
} from './lexicon';

/** What a date expression says, before resolution. `shift` is last (-1) / this (0) / next (+1). */
export type Meaning =
  /** A calendar day; y null when the text leaves the year out. */
  | { kind: 'day'; y: number | null; m: number; d: number }
  | { kind: 'month'; y: number | null; m: number; shift: number | null; yearShift?: number }
  | { kind: 'year'; y: number }
  /** `decade` is the first three digits: 199 for the 1990s. */
  | { kind: 'decade'; decade: number }
  /** `c` is the TimeML century value: 19 for the 20th century. */
  | { kind: 'century'; c: number }
  /** `anchored`: "the previous Friday", counted from the previous day in the text rather than publication. */
  | { kind: 'weekday'; dow: number; shift: number | null; anchored?: boolean }
  /** Counted from the publication date: today (day 0), last week (week -1), two days ago (day -2). */
  /**
   * `followQuarter`: a year back from a quarter under discussion is that quarter a year
   * back; `near` for "a year ago" (a quarter just named is enough), `compared` for "last
   * year" (only where figures are being compared).
   */
  /**
   * `adjective`: "the year-ago results", the year-ago form with no period noun of its own; it
   * speaks of the period the text was just on (see resolve.ts).
   */
  | { kind: 'relative'; unit: Unit; n: number; followQuarter?: 'near' | 'compared'; quarter?: boolean; adjective?: boolean }
  | { kind: 'weekend'; shift: number | null }
  | { kind: 'season'; s: string; y: number | null; shift: number | null }
  | { kind: 'quarter'; q: number; y: number | null; shift: number | null }
  /** A half year (TimeML `1990-H1`); y null with `yearShift` for "of next year", without it the year under discussion. */
  | { kind: 'half'; h: 1 | 2; y: number | null; yearShift?: number }
  /** "the quarter", "the latest quarter": the quarter under discussion, else the last one completed. */
  | { kind: 'current-quarter'; byEnd?: { q: number; y: number | null } }
  /** "the 1988 quarter", "the 1989 period": the period under discussion, in that year. */
  | { kind: 'period-of-year'; y: number }
  /** `week`: "Easter week", the ISO week the holiday falls in. */
  | { kind: 'holiday'; key: string; y: number | null; shift: number | null; week?: boolean }
  /**
   * "by the 17th", "on the 8th": a day of a month the text does not repeat, the month
   * last named (a date before it with a month) or else the publication month.
   */
  | { kind: 'day-of-month'; d: number }
  /** Counted from the previous date in the text: "the next day" (day +1), "that day" (day 0). */
  | { kind: 'anchored'; unit: Unit; n: number }
  /** "the day before last Tuesday's hearing": counted from the date named right after, not the previous one. */
  | { kind: 'from-date'; unit: 'day' | 'week'; n: number; base: Meaning };

export interface Rule {
  /** Rule id, reported on each mention (`dates/month-day`). */
  id: string;
  re: RegExp;
  /**
   * A word every match must contain, tested once per text before the full pattern: most
   * texts have no decade, century, holiday or quarter, and a plain literal search is far
   * cheaper than the pattern's scan from every position. Must never reject a text the
   * pattern would match.
   */
  gate?: RegExp;
  read(m: RegExpExecArray): Meaning | null;
}

/**
 * Compile a pattern written with plain spaces: each space matches a run of blanks
 * holding at most one line break, so an expression never runs across a paragraph.
 */
function compile(source: string, flags = ''): RegExp {
  const S = '(?:[ \\t\\u00A0]+(?:\\r?\\n[ \\t\\u00A0]*)?|\\r?\\n[ \\t\\u00A0]*)';
  return new RegExp(`(?<![\\w\\u00C0-\\u024F'’-])(?:${source.replace(/ /g, S)})(?![\\w\\u00C0-\\u024F])`, `g${flags}`);
}

const YEAR = '(1[0-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d)';
const DAY = '(3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)';
/** Fuzzy position inside a period; kept in the span, it does not change the value. */
const MOD =
  "(?:(?:[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)(?:-| )|(?:[Tt]he )?(?:beginning|start|end|middle|close|first half|second half|rest|remainder|turn) of (?:the )?)?";
/** Case-insensitive relative modifiers for the case-sensitive rules. */
const SHIFT = '(?:([Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Tt]his past|[Tt]his coming) )?';

function shiftOf(word: string | undefined): number | null {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'last' || w === 'this past' || w === 'past' || w === 'the past' || w === 'previous') return -1;
  if (w === 'next' || w === 'coming' || w === 'this coming') return 1;
  if (w === 'this' || w === 'current') return 0;
  return null;
}

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function yearOf(word: string | undefined): number | null {
  return word ? +word : null;
}

const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const TWO_DIGIT_DECADE: Readonly<Record<string, number>> = { '0': 200, '1': 201 };
const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

/** Prepositions that open a sentence before "the 17th" ("By the 17th, ..."). */
const OPENING_PREPOSITIONS = new Set(['on', 'by', 'until', 'till', 'from', 'since', 'before', 'after', 'through']);

/** "Louis the 14th", "Pope Benedict the 16th": an ordinal after a capitalised name is a regnal number. */
function regnalOrdinal(m: RegExpExecArray): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(m.input.slice(Math.max(0, m.index - 30), m.index));
  return before !== null && !OPENING_PREPOSITIONS.has(before[1].toLowerCase());
}

export const RULES: readonly Rule[] = [
  {
    id: 'dates/iso',
    gate: /\d-\d\d-\d/,
    re: compile('(\\d{4})-(\\d{2})-(\\d{2})'),
    read: (m) => ({ kind: 'day', y: +m[1], m: +m[2], d: +m[3] }),
  },
  {
    // US order, as in American copy: 12/1/2023.
    id: 'dates/numeric',
    gate: /\d\/\d/,
    re: compile('(1[0-2]|0?[1-9])/(3[01]|[12]\\d|0?[1-9])/((?:19|20)\\d\\d)'),
    read: (m) => ({ kind: 'day', y: +m[3], m: +m[1], d: +m[2] }),
  },
  {
    // "Dec. 1", "December 1, 2023", "Monday, Dec. 1", "Sunday, March eighth" is left out.
    id: 'dates/month-day',
    re: compile(`(?:${WEEKDAY_RE},? )?(${MONTH_RE}) ${DAY}(?:,? ${YEAR})?`),
    read: (m) => ({ kind: 'day', y: yearOf(m[3]), m: monthOf(m[1]), d: +m[2] }),
  },
  {
    // "1 December 2023", "the 1st of December".
    id: 'dates/day-month',
    re: compile(`(?:${WEEKDAY_RE},? )?(?:[Tt]he )?${DAY} (?:of )?(${MONTH_RE})(?:,? ${YEAR})?`),
    read: (m) => ({ kind: 'day', y: yearOf(m[3]), m: monthOf(m[2]), d: +m[1] }),
  },
  {
    // "counting ends by the 17th.", "talks resume on the 8th and ...": an ordinal day with
    // no month, closing its clause (punctuation or a conjunction, preposition or "when"
    // after it). Not "the 17th century", "the 15th time", "the 2nd round": a noun after
    // the ordinal makes it an ordinal adjective.
    id: 'dates/day-of-month',
    gate: /\d(?:st|nd|rd|th)\b/,
    re: compile(`[Tt]he (3[01]|[12]\\d|[1-9])(?:st|nd|rd|th)(?=[.,;:!?)”"’]|\\s*$|\\s+(?:and|or|but|at|in|when|after|before|until|with|if|as|so|because)\\b)`),
    read: (m) => (regnalOrdinal(m) ? null : { kind: 'day-of-month', d: +m[1] }),
  },
  {
    id: 'dates/month-year',
    gate: /(?:1\d|20)\d\d/,
    re: compile(`${MOD}(${MONTH_RE}),? (?:of )?${YEAR}`),
    read: (m) => ({ kind: 'month', y: +m[2], m: monthOf(m[1]), shift: null }),
  },
  {
    // "June last year", "February this year": the month of a year named relative to publication.
    id: 'dates/month-relative-year',
    gate: /(?:last|this|next)\s+year/,
    re: compile(`${MOD}(${MONTH_RE}),? (?:of )?(last|this|next) year`),
    read: (m) => ({ kind: 'month', y: null, m: monthOf(m[1]), shift: null, yearShift: shiftOf(m[2]) ?? 0 }),
  },
  {
    // A bare month name; names of people ("Theresa May", "April Ryan") are filtered in index.ts.
    id: 'dates/month',
    re: compile(`${MOD}${SHIFT}(?:[Ee]arly |[Ll]ate |[Mm]id-)?(${MONTH_RE})`),
    read: (m) => ({ kind: 'month', y: null, m: monthOf(m[2]), shift: shiftOf(m[1]) }),
  },
  {
    id: 'dates/decade',
    gate: /0['’]?s|ties/,
    re: compile(
      "(?:[Tt]he )?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-| ))?(?:(1\\d|20)(\\d)0['’]?s|['’](\\d)0s|(?:[Nn]ineteen )?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))",
    ),
    read: (m) => {
      if (m[1]) return { kind: 'decade', decade: +m[1] * 10 + +m[2] };
      if (m[3]) return { kind: 'decade', decade: TWO_DIGIT_DECADE[m[3]] ?? 190 + +m[3] };
      return { kind: 'decade', decade: 190 + DECADE_WORDS[m[4].toLowerCase()] };
    },
  },
  {
    id: 'dates/century',
    gate: /century/,
    re: compile('(?:[Tt]he )?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)(?:-| ))?(1\\d|20|[1-9])(?:st|nd|rd|th)(?:-| )century'),
    read: (m) => ({ kind: 'century', c: +m[1] - 1 }),
  },
  {
    // "the first half of 1990", "the last half of 1989", "the first two quarters of 1990", "the second
    // half of next year": a half year, one mention with its year (TimeML 1990-H1). Before the year
    // rule, which would take "the first half of 1990" as the year with a fuzzy modifier. A half with
    // no year is left alone: "the second half" is as often a match's as a year's.
    // "the first half of 1990", "the last half of 1989", "the first two quarters of 1990", "the second
    // half of next year": a half year, one mention with its year (TimeML 1990-H1). It comes before the
    // year rule, which would read "the first half of 1990" as the year with a fuzzy modifier. A half
    // with no year is left alone: "the second half" is as often a match's as a year's.
    id: 'dates/half-year',
    gate: /half|two quarters/i,
    re: compile(
      `(?:[Tt]he )?(?:(?<first>first|1st|front)|second|2nd|last|latter|back|final) (?:half|two quarters) of (?:(?:the )?(?:fiscal |calendar )?(?:(?<this>year)|(?<num>1[0-9]\\d\\d|20\\d\\d)(?![\\d,.]\\d))|(?<rel>this|next|last) year)`,
      'i',
    ),
    read: (m) => {
      const g = m.groups ?? {};
      const h = g.first ? 1 : 2;
      if (g.rel) return { kind: 'half', h, y: null, yearShift: shiftOf(g.rel) ?? 0 };
      return { kind: 'half', h, y: g.num ? +g.num : null };
    },
  },
  {
    // Years are checked against their neighbours in index.ts ("2000 troops" is not a date).
    id: 'dates/year',
    re: compile(`${MOD}(?:(?:[Ff]iscal|FY) ?)?${YEAR}(?!['’]?s\\b|-\\d)`),
    read: (m) => ({ kind: 'year', y: +m[1] }),
  },
  {
    // "by 2100", "in 2150": a year of the next century only after a preposition of time
    // (climate and population forecasts); "2100 people" stays a count.
    id: 'dates/far-year',
    gate: /21\d\d/,
    re: compile(`(?<=\\b(?:in|by|until|till|before|after) )(21\\d\\d)(?![\\d,.]\\d)`, 'i'),
    read: (m) => ({ kind: 'year', y: +m[1] }),
  },
  {
    // Years read aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
    id: 'dates/year-words',
    gate: /[Nn]ineteen|two thousand/,
    re: compile(
      `(?:[Tt]he year )?(?:[Nn]ineteen (?:(?<teen>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:(?:-| )(?<unit>one|two|three|four|five|six|seven|eight|nine))?)|(?<k>two thousand)(?: and (?<unit2>one|two|three|four|five|six|seven|eight|nine|ten))?)`,
    ),
    read: (m) => {
      const g = m.groups ?? {};
      if (g.k) return { kind: 'year', y: 2000 + (g.unit2 ? (NUMBER_WORDS[g.unit2] ?? 0) : 0) };
      if (g.teen) return { kind: 'year', y: 1900 + TEENS.indexOf(g.teen) + 10 };
      return { kind: 'year', y: 1900 + 10 * (TENS.indexOf(g.tens) + 2) + (g.unit ? NUMBER_WORDS[g.unit] : 0) };
    },
  },
  {
    id: 'dates/relative-day',
    gate: /today|tonight|yesterday|tomorrow/i,
    re: compile(
      `(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater) )?(?:the day (before|after) )?(today|tonight|yesterday|tomorrow|Today|Tonight|Yesterday|Tomorrow|TODAY|YESTERDAY|TOMORROW)(?: ${DAYPART_RE})?`,
    ),
    read: (m) => {
      const base = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[m[2].toLowerCase()] ?? 0;
      const extra = m[1] ? (m[1] === 'before' ? -1 : 1) : 0;
      return { kind: 'relative', unit: 'day', n: base + extra };
    },
  },
  {
    id: 'dates/part-of-day',
    gate: /morning|afternoon|evening|night/,
    re: compile(`(this|last|This|Last) (morning|afternoon|evening|night)`),
    read: (m) => ({ kind: 'relative', unit: 'day', n: m[1].toLowerCase() === 'last' && m[2] === 'night' ? -1 : 0 }),
  },
  {
    id: 'dates/weekday',
    // "late Saturday", "the early hours of Sunday": a part of the day, kept in the span.
    re: compile(`(?:(?:[Ee]arly|[Ll]ate) |[Tt]he (?:early|small|wee) hours of )?(?:[Tt]he (previous|preceding|following) |${SHIFT})(${WEEKDAY_RE})(?: ${DAYPART_RE})?`),
    read: (m) => {
      const dow = WEEKDAYS[m[3].toLowerCase()];
      if (m[1]) return { kind: 'weekday', dow, shift: /^following$/i.test(m[1]) ? 1 : -1, anchored: true };
      return { kind: 'weekday', dow, shift: shiftOf(m[2]) };
    },
  },
  {
    // "last week", "this month", "earlier this year", "the end of next year", "the current quarter".
    id: 'dates/relative-unit',
    re: compile(`${MOD}(last|next|this|coming|current|this past|the past|this coming|the) (week|month|year|quarter|decade)`, 'i'),
    read: (m) => {
      if (/^the$/i.test(m[1]) && !/^week$/i.test(m[2])) return null;
      const unit = unitOf(m[2]) as Unit;
      const n = shiftOf(m[1]) ?? 0;
      return { kind: 'relative', unit, n, ...(unit === 'year' && n === -1 ? { followQuarter: 'compared' as const } : {}) };
    },
  },
  {
    // "the fiscal year", "the full year", "for the year", "year-end", "the end of the month": the
    // year (month) under discussion, which is the current one unless a year was just named.
    // "the year ended Sept. 30" and "the year before" are durations or anchored forms (filtered in index.ts).
    id: 'dates/definite-period',
    re: compile(
      `(?:(year)(?:-| |['’]s )end|${MOD}(?:[Tt]he )?(?:(full|fiscal|current|current fiscal|calendar) )?(year)|(?:[Tt]he )?(?:end|beginning|start|middle|close|rest|remainder) of the (month))`,
    ),
    read: (m) => {
      const unit: Unit = m[4] ? 'month' : 'year';
      const written = m[0];
      // A bare "year" needs its determiner: "the year", not "a year" or "per year".
      if (m[3] && !/(?:^|\s)[Tt]he\s+(?:(?:full|fiscal|current|calendar)\s+)*year$/.test(written)) return null;
      return { kind: 'relative', unit, n: 0 };
    },
  },
  {
    id: 'dates/weekend',
    gate: /weekend/i,
    re: compile(`(?:(the|last|next|this|this past|this coming|coming) )weekend`, 'i'),
    read: (m) => ({ kind: 'weekend', shift: m[1].toLowerCase() === 'the' ? null : shiftOf(m[1]) }),
  },
  {
    // "two days ago", "about a month ago", "a year earlier", "six weeks from now", "a week or so ago".
    id: 'dates/ago',
    re: compile(
      `(?:(?:about|some|nearly|almost|roughly|only|just|more than|less than) )?(${COUNT_RE}) (day|week|month|year|decade)s? (?:or so )?(ago|earlier|before|later|from now|hence)(?! (?:than|that))`,
      'i',
    ),
    read: (m) => {
      const n = countOf(m[1]);
      const unit = unitOf(m[2]);
      if (n === null || unit === null) return null;
      const dir = /^(ago|earlier|before)$/i.test(m[3]) ? -1 : 1;
      // "two weeks later" moves on from the time the text is telling of ("He spoke on 7
      // October and again two weeks later"): anchored like "the next day", to the last
      // date named, else the publication date.
      if (/^later$/i.test(m[3]) && unit !== 'decade') return { kind: 'anchored', unit, n };
      // "earlier" counts from the time under discussion, "ago" from the article's day; both
      // are read against the publication date, the usual reference in news copy (and in
      // results copy "a year earlier" is the year-ago period, placed by followQuarter).
      return { kind: 'relative', unit, n: dir * n, ...(unit === 'year' ? { followQuarter: 'near' as const } : {}) };
    },
  },
  {
    // "year-earlier results", "the year-ago quarter": a year before the period under discussion.
    id: 'dates/year-ago-adjective',
    gate: /year-(?:earlier|ago)/i,
    re: compile('(?:the )?(?:comparable )?year-(?:earlier|ago)(?: (quarter|period))?', 'i'),
    read: (m) => ({ kind: 'relative', unit: 'year', n: -1, followQuarter: 'near', quarter: m[1] !== undefined, adjective: m[1] === undefined }),
  },
  {
    // "the quarter a year ago", "the same period a year earlier": the year-ago quarter said the other way round.
    id: 'dates/quarter-year-ago',
    gate: /year\s+(?:ago|earlier|before)/i,
    re: compile('the (?:same |comparable |corresponding )?(quarter|period) (?:a|one) year (?:ago|earlier|before)', 'i'),
    read: () => ({ kind: 'relative', unit: 'year', n: -1, followQuarter: 'near', quarter: true }),
  },
  {
    // "the third quarter", "third-quarter", "1989's fourth quarter", "the second quarter of 2024",
    // "the year-ago third quarter" (the same quarter a year before).
    id: 'dates/quarter',
    gate: /quarter/i,
    re: compile(
      `(?:(?:[Tt]he|[Ii]ts|[Tt]heir) )?(?:(?:(?<own>1[0-9]\\d\\d|20\\d\\d)|(?<rel>this|last|next) year)['’]s |(?:(?<ago>year-(?:earlier|ago)|comparable|year-before)|(?<pre>1[0-9]\\d\\d|20\\d\\d)) )?(?:(?:fiscal|calendar)(?:-| ))?(?<ord>${QUARTER_ORDINAL_RE})(?: |-)(?:fiscal )?quarter(?: of (?:fiscal )?(?<of>1[0-9]\\d\\d|20\\d\\d))?`,
      'i',
    ),
    read: (m) => {
      const g = m.groups ?? {};
      const q = ORDINALS[g.ord.toLowerCase()];
      const y = g.own ? +g.own : g.pre ? +g.pre : g.of ? +g.of : null;
      const shift = g.rel ? shiftOf(g.rel) : g.ago && !/^comparable$/i.test(g.ago) ? -1 : null;
      return { kind: 'quarter', q, y, shift: y === null ? shift : null };
    },
  },
  {
    // "the April-June quarter", "the July-September period": three months that make a
    // calendar quarter are that quarter (its year as for a month, from the first month).
    id: 'dates/month-range-quarter',
    gate: /quarter|period/i,
    re: compile(`[Tt]he (${MONTH_RE})(?:-|–| to )(${MONTH_RE}) (?:quarter|period)`),
    read: (m) => {
      const a = monthOf(m[1]);
      const b = monthOf(m[2]);
      if ((a - 1) % 3 !== 0 || b !== a + 2) return null;
      return { kind: 'quarter', q: (a + 2) / 3, y: null, shift: null };
    },
  },
  {
    id: 'dates/period-of-year',
    gate: /quarter|period/i,
    re: compile(`the (?:fiscal )?${YEAR} (?:fiscal )?(?:quarter|period)`, 'i'),
    read: (m) => ({ kind: 'period-of-year', y: +m[1] }),
  },
  {
    id: 'dates/quarter-code',
    gate: /Q[1-4]/,
    re: compile(`Q([1-4])(?: ${YEAR})?`),
    read: (m) => ({ kind: 'quarter', q: +m[1], y: yearOf(m[2]), shift: null }),
  },
  {
    id: 'dates/current-quarter',
    gate: /quarter|period/i,
    re: compile('the (?:latest |most recent |recent |just-ended |just-completed )?(?:fiscal )?quarter|the latest period', 'i'),
    read: () => ({ kind: 'current-quarter' }),
  },
  {
    // "last summer", "the summer of 2024", "summer 2024", "early this spring".
    id: 'dates/season',
    gate: /spring|summer|fall|autumn|winter/i,
    re: compile(
      `${MOD}(?:(the|last|next|this|this past|this coming|coming) |(?:early|late|mid)-?)(?:(?:early|late) )?${SEASON_RE.replace('(?:', '(')}(?: (?:of )?${YEAR})?|${SEASON_RE.replace('(?:', '(')} ${YEAR}`,
      'i',
    ),
    read: (m) => {
      if (m[4]) return { kind: 'season', s: SEASONS[m[4].toLowerCase()], y: +m[5], shift: null };
      const y = yearOf(m[3]);
      const det = m[1]?.toLowerCase();
      return { kind: 'season', s: SEASONS[m[2].toLowerCase()], y, shift: y === null && det && det !== 'the' ? shiftOf(det) : null };
    },
  },
  {
    id: 'dates/holiday',
    gate: new RegExp(HOLIDAY_RE),
    re: compile(`${SHIFT}(${HOLIDAY_RE})(?: (week))?(?: ${YEAR})?`),
    read: (m) => ({ kind: 'holiday', key: holidayKey(m[2]), y: yearOf(m[4]), shift: shiftOf(m[1]), ...(m[3] ? { week: true } : {}) }),
  },
  {
    // Definite anchored forms: "the next day", "the day before", "the following week", "that day", "later in the day".
    id: 'dates/anchored',
    re: compile(
      `(?:the (next|following|previous|same|preceding) (day|morning|afternoon|evening|night|week|month|quarter|year)|the (day|week|month|year) (before|after)(?! (?:the|a|an|his|her|their|its|[A-Z]))|that (?:same )?(day|morning|week|month|quarter|year)|(?<=(?:earlier|later) in )the (day))`,
      'i',
    ),
    read: (m) => {
      if (m[1]) {
        const dir = /^(next|following)$/i.test(m[1]) ? 1 : /^same$/i.test(m[1]) ? 0 : -1;
        const unit = unitOf(m[2]) ?? 'day';
        return { kind: 'anchored', unit, n: dir };
      }
      if (m[3]) return { kind: 'anchored', unit: unitOf(m[3]) as Unit, n: m[4].toLowerCase() === 'before' ? -1 : 1 };
      // "that day", and "later in the day": the day under discussion.
      return { kind: 'anchored', unit: unitOf(m[5] ?? m[6]) ?? 'day', n: 0 };
    },
  },
];
