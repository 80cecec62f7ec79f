/**
 * Date mentions, normalised to TimeML-style values and resolved against the
 * publication date.
 *
 * Phases, in order:
 *   1. match   every rule of ./patterns.ts over the original text (offsets are spans)
 *   2. filter  drop matches their neighbours show are not dates ("Theresa May", "2000 troops")
 *   3. select  keep the longest of overlapping matches ("Dec. 1, 2023" over "2023")
 *   4. resolve each meaning against the publication date, the sentence's tense and the
 *              previous date in the text (./resolve.ts); the dateline marker is a date too
 */
import type { DateMention, Sentence, Span, Token } from '../../pipeline/document';
import { tokenAt } from '../../pipeline/text-layer';
import { parseYmd, quarterOf } from './calendar';
import { RULES, type Meaning } from './patterns';
import { isReportedQuarter, resolve, type Point, type Resolved } from './resolve';
import { createTenseReader } from './tense';
import { rebaseQuotedDays } from './quotes';

export interface DateInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** `YYYY-MM-DD` or null: without it no year is invented. */
  publishedDate: string | null;
  /** The publication-date marker in the text (`date 2023-12-01`), if any. */
  dateline: Span | null;
}

interface Candidate {
  start: number;
  end: number;
  rule: string;
  meaning: Meaning;
}

/** Words before a number that make it something other than a year. */
const NOT_YEAR_BEFORE = /(?:[$£€#]|\bNo\.?|\bnumber|\bRoom|\bFlight|\bRoute|\bpage|\bp\.|\bat)\s*$/i;
/** Words after a number that make it a count, an amount or a clock time. */
const NOT_YEAR_AFTER =
  /^\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred|people|hours?|hrs|GMT|UTC|[AP]\.?M\.?\b|EST|EDT|CET|local time|kilomet|km|miles?|metres?|meters?|feet|tons?|tonnes?|euros?|dollars?|pounds?|yen|yuan|points?|votes?)/i;
const TIME_PREPOSITION = /\b(?:in|since|by|until|till|from|during|before|after|of|to|through|for|early|late|mid|around|circa|c\.)\s*$/i;

const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

function prevWord(text: string, start: number): string {
  const m = /([A-Za-z][\w.'’-]*)[\s,]*$/.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1] : '';
}

function nextWord(text: string, end: number): string {
  const m = /^[ \t]*([\w'’-]+)/.exec(text.slice(end, end + 40));
  return m ? m[1] : '';
}

/** True when the words around a match show it is not a date mention. */
function rejected(c: Candidate, text: string, tokens: readonly Token[]): boolean {
  const span = text.slice(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 30), c.start);
  const after = text.slice(c.end, c.end + 30);
  switch (c.rule) {
    case 'dates/month': {
      const words = span.split(/[\s-]+/);
      const month = words[words.length - 1];
      if (!FULL_MONTH.test(month)) return true;
      if (FREQUENCY_BEFORE.test(before)) return true;
      // "in a dry August", "a cold January": any such month, none on the calendar (not "a
      // June agreement", where the month dates the thing, nor "an until mid-November").
      if (/\b(?:a|an)\s+[a-z]+\s+$/i.test(before) && !/\b(?:a|an)\s+(?:until|till|since|by|in|on|of|from|to|through|before|after|early|late|mid)\s+$/i.test(before)) return true;
      if (words.length > 1) return false;
      // An event named after a month: "the March for Life", "the March of the Mothers".
      if (/^\s+(?:of|for)\s+(?:the\s+)?[A-Z]/.test(after)) return true;
      // A capitalised neighbour makes it a name: "Theresa May", "April Ryan".
      const next = nextWord(text, c.end);
      if (/^[A-Z]/.test(next) && !/^(?:I)$/.test(next)) return true;
      const prev = prevWord(text, c.start);
      const ti = tokenAt(tokens, c.start);
      const atSentenceStart = ti < tokens.length && tokens[ti].index > 0 && isSentenceStart(tokens, ti);
      if (/^[A-Z]/.test(prev) && !atSentenceStart && !/^(?:The|In|On|Since|By|Until|From|During|Before|After|Of|Last|Next|This|Early|Late|Mid|Through)$/.test(prev)) {
        return true;
      }
      return false;
    }
    case 'dates/year': {
      const y = +(/\d{4}/.exec(span) as RegExpExecArray)[0];
      if (NOT_YEAR_BEFORE.test(before) && !/\b(?:early|late|mid)\s*$/i.test(before)) {
        if (!/\bat\s*$/i.test(before) || /^\s*(?:GMT|UTC|hours?|hrs|[A-Z]{3}\b)/.test(after)) return true;
      }
      if (NOT_YEAR_AFTER.test(after)) return true;
      if (/^\s*[-–]\s*\d/.test(after) || /\d\s*[-–]\s*$/.test(before)) return false;
      // "fiscal 1989 sales", "between 1985 and 1987": a fiscal year or a list of years stays a year.
      if (/^(?:[Ff]iscal|FY)/.test(span) || YEAR_BEFORE_IN_LIST.test(before)) return false;
      const timePrep = TIME_PREPOSITION.test(before);
      if (y < 1600 && !timePrep) return true;
      // "2000 protesters": a plural noun right after the number makes it a count.
      const ti = tokenAt(tokens, c.end);
      let j = ti;
      while (j < tokens.length && tokens[j].kind === 'tabCRLF') j++;
      const next = tokens[j];
      if (!timePrep && next && next.start >= c.end && next.pos === 'NOUN' && next.lower !== next.lemma && next.lower.endsWith('s')) return true;
      // A number inside a list of numbers ("1,200, 1500 and 900") is a count.
      if (/\d[\d,.]*\s*(?:,|and|or|to)\s*$/.test(before) && !timePrep) return true;
      return false;
    }
    case 'dates/season':
      // "the winter of discontent" is no date; "the winter of nineteen ninety-four" is (joinSpokenYears).
      if (/^\s+of\b/.test(after) && !/^\s+of\s+(?:[Nn]ineteen|two thousand)\b/.test(after)) return true;
      if (/^(?:the )?(?:fall|spring)$/i.test(span.replace(/\s+/g, ' '))) return true;
      // "the snow of the winter is the income, the melt of the summer is the spending": a bare
      // "the <season>" owning a thing is every such season (generic), unless the noun before
      // "of" is a part of time ("the height of the summer", "the depths of the winter"; "the
      // end of the summer" is one span already, the season rule's own modifier).
      if (/^the\s+\S+$/i.test(span) && GENERIC_SEASON_OWNER.test(before) && !SEASON_PART_BEFORE.test(before)) return true;
      // "before the summer holidays", "the winter months": the season modifies a noun, which
      // is what the sentence speaks of (no date of its own).
      return /^the\s+\S+$/i.test(span) && SEASON_MODIFIED.test(after);
    case 'dates/current-quarter':
      // "the quarter-to-quarter comparison" names no quarter.
      // "the quarter-finals", "the quarter-mile": a compound word, no quarter of a year.
      return /^\s+of\b/.test(after) || /^[ \t]+[A-Z]/.test(after) || /^-to-/.test(after) || /^-\p{L}/u.test(after);
    case 'dates/ago':
      // "ten days before the shooting" measures from an event: a duration, not a date.
      // "touch down four days later": days or weeks counted on from an event are measured
      // like "a day after the vote" (ANNOTATION.md: durations; TempEval leaves them untagged).
      if (/\b(?:days?|weeks?)\s+later$/i.test(span)) return true;
      return /before$/i.test(span) && /^[ \t]+[A-Za-z]/.test(after);
    case 'dates/relative-unit':
      // "the week" only where it is the week under discussion, not "the week of March 6".
      if (/^the\s/i.test(span) && /^\s+(?:of|before|after|ending|ended|that|when|in which|earlier|ago|later)\b/i.test(after)) return true;
      // "over the past decade", "for the last decade": the ten years up to now, measured
      // (ANNOTATION.md: durations like "for a year" are not dates); they straddle two
      // calendar decades, so no decade value fits them. "in the last decade" and "the last
      // decade" alone stay the period (TimeML, as TempEval marks them), and so do "over the
      // past year", "for the last week" (TempEval marks them dates).
      if (/^(?:the\s+)?(?:past|last)\s+decade$/i.test(span) && MEASURING_BEFORE.test(/^the\s/i.test(span) ? before + 'the ' : before)) return true;
      return looksLikeName(span, c, tokens);
    case 'dates/relative-day':
    case 'dates/part-of-day': {
      if (looksLikeName(span, c, tokens)) return true;
      // "today's world", "the people of tomorrow": these days, not a day.
      if (/^(?:today|tomorrow)$/i.test(span) && (GENERIC_AFTER_TODAY.test(after) || /\bof\s+$/i.test(before))) return true;
      if (/^today$/i.test(span) && UP_TO_BEFORE.test(before) && (PRESENT_PERFECT_AFTER.test(after) || PRESENT_PERFECT_BEFORE.test(before))) return true;
      if (span === 'today' && habitualToday(text, c.start)) return true;
      return CLOCK_BEFORE.test(before);
    }
    case 'dates/year-words':
      // "two thousand years" is a count.
      return !/^the year/i.test(span) && /^\s+(?:years|people|miles|kilomet|dollars|troops|times)\b/i.test(after);
    case 'dates/definite-period':
      // "the year ended Sept. 30" is a measured period (TimeML: a duration); "the year before",
      // "the year 2000", "the year of the flood" are other forms; "throughout the year" is a duration.
      // "the year to March 2026" is the twelve months ending then, measured like "the year ended".
      if (/^(?:[ \t]+(?:ended|ending|to date|before|after|earlier|ago|later|\d|two thousand|nineteen)\b|-(?!end\b))/i.test(after)) return true;
      if (/^[ \t]+to[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+(?:\d|the end)/.test(after)) return true;
      // "the year of the flood", "the year when ...": another year than the one under discussion. Not
      // "the current fiscal year that ..." (the modifier says which year) nor "a high for the year of $42".
      if (/^[ \t]+(?:of|in which|when|that)\b/i.test(after) && !/\b(?:current|fiscal|full|calendar)\s+year$/i.test(span) && !/^[ \t]+of\s+[$£€#\d]/.test(after)) return true;
      // "named sportswoman of the year", "player of the year": an award's title, no date.
      if (/^the year$/i.test(span) && AWARD_OF_BEFORE.test(before)) return true;
      return /\b(?:throughout|all|all of|whole|entire)\s+$/i.test(before);
    case 'dates/weekday':
      // "each Thursday", "every Monday": a frequency, not a date.
      // "on Friday and Saturday nights", "Sunday mornings": a part of the day in the
      // plural makes the days recurring, a frequency.
      return FREQUENCY_BEFORE.test(before) || CLOCK_BEFORE.test(before) || RECURRING_PARTS_AFTER.test(after);
    case 'dates/month-day':
    case 'dates/day-month':
      // "5 p.m. EST, Nov. 6", "noon Saturday": a clock time, not a date.
      return CLOCK_BEFORE.test(before);
    default:
      return false;
  }
}

/** "the melt of the summer": a noun and "of" before a bare "the <season>". */
const GENERIC_SEASON_OWNER = /\b[a-z]+\s+of\s+$/;
/** Parts of a period before "of" that the season rule does not take in: "the height of the summer" is a date. */
const SEASON_PART_BEFORE = /\b(?:height|depths?|dead|course|part|half|peak|onset|first|last|heat|all|most|much)\s+of\s+$/i;
/** Nouns a season modifies ("the summer holidays", "the winter months"). */
const SEASON_MODIFIED = /^[ \t]+(?:holidays?|vacations?|break|recess|months|season|term|semester|session|schedule|timetable|sales?|crops?|harvest|games|olympics)\b/i;

/** A year just before, joined by a comma or a conjunction: "1994, 1995 and 1997" is a list of years. */
const YEAR_BEFORE_IN_LIST = /(?:^|[^\d,.$£€#])(?:1[6-9]\d\d|20\d\d)(?:,|,? and|,? or|-|–| to| through)\s*$/;

/** Prepositions that make "the past decade" a stretch of time measured up to now. */
const MEASURING_BEFORE = /\b(?:over|for|during|throughout)\s+the\s+$/i;

/** After a weekday: a plural part of the day, perhaps after a second weekday ("Friday and Saturday nights"). */
const RECURRING_PARTS_AFTER = /^(?:[ \t]+(?:and|or)[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[ \t]+(?:nights|mornings|afternoons|evenings)\b/i;
/** Titles of awards given "of the year" ("player of the year", "sportswoman of the year", "book of the year"). */
const AWARD_OF_BEFORE =
  /\b(?:player|sports(?:wo)?man|sportsperson|athlete|footballer|cricketer|rookie|coach|manager|driver|rider|team|person|man|woman|personality|book|album|song|record|film|car|word|employee|teacher|entrepreneur|businessman|businesswoman|newcomer|breakthrough)s?\s+of\s+$/i;

/** "each July", "every Monday": frequencies (ANNOTATION.md: not dates). */
const FREQUENCY_BEFORE = /\b(?:each|every)\s+$/i;

/** A clock time just before a day makes the whole a time of day. */
const CLOCK_BEFORE = /(?:\d\s*[ap]\.?m\.?|\bnoon|\bmidnight|\d:\d\d)(?:\s+[A-Z]{2,4})?[\s,]*(?:on\s+)?$/i;
/** Nouns after "today's" that make it "these days" (ANNOTATION.md: not a date). */
const GENERIC_AFTER_TODAY =
  /^['’]s\s+(?:world|society|youth|young|generation|children|kids|economy|standards|technology|market|markets|consumers?|computers?|families|students|workers|women|men|people|business(?:es)?|politics|culture|media|music|standards)\b/i;

/**
 * "until today we have not had the opportunity": with the present perfect, "until today" is
 * "so far", the present as a whole ("until now"), which is no date (ANNOTATION.md: "now").
 * With the past perfect it is the day: "Until today, they had never met".
 */
const UP_TO_BEFORE = /\b(?:until|till|up to|up until)\s+$/i;
const PRESENT_PERFECT_AFTER = /^,?\s+(?:[\w'’]+\s+){0,3}?(?:have|has)(?:n['’]t)?\s/i;
const PRESENT_PERFECT_BEFORE = /\b(?:have|has|['’]ve)\b(?:n['’]t)?[^.;,]*$/i;

/**
 * "I was 27, and the ice reached almost down to the path where the buses stop today": a plain
 * present in a relative clause, set against a past earlier in the sentence, is what happens
 * these days (ANNOTATION.md: "today" meaning "these days" is no date). The look stays in the
 * sentence or quotation (at most 150 characters back).
 */
function habitualToday(text: string, start: number): boolean {
  const clause = text.slice(Math.max(0, start - 150), start).split(/[.!?;«»“”"]\s*/).pop() ?? '';
  const rel = HABITUAL_RELATIVE.exec(clause);
  if (!rel || NOT_HABITUAL_VERB.test(rel[3]) || /ed$/.test(rel[3])) return false;
  return /\b(?:was|were|had)\b/i.test(clause.slice(0, rel.index));
}
/** A relative clause's subject (up to three words) and its verb right before "today". */
const HABITUAL_RELATIVE = /\b(where|that|which)\s+((?:\p{L}+\s+){0,3}?)(\p{Ll}+)\s+$/u;
/** Auxiliaries and modals: they carry a tense or a schedule, not a habit. */
const NOT_HABITUAL_VERB = /^(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|has|have|had|did|do|does|be|been)$/;

/** "This Week" (a programme), "USA Today" (a paper): capitalised relative words inside a name. */
function looksLikeName(span: string, c: Candidate, tokens: readonly Token[]): boolean {
  const ti = tokenAt(tokens, c.start);
  if (ti >= tokens.length || isSentenceStart(tokens, ti)) return false;
  const words = span.split(/\s+/);
  if (words.length > 1 && words.every((w) => /^[A-Z]/.test(w))) return true;
  if (/^[A-Z]/.test(span)) {
    let k = ti - 1;
    while (k >= 0 && tokens[k].kind === 'tabCRLF') k--;
    if (k >= 0 && /^[A-Z]/.test(tokens[k].text) && tokens[k].kind === 'word') return true;
  }
  return false;
}

function isSentenceStart(tokens: readonly Token[], ti: number): boolean {
  const s = tokens[ti].sentence;
  for (let k = ti - 1; k >= 0 && tokens[k].sentence === s; k--) {
    if (tokens[k].kind === 'word' || tokens[k].kind === 'number') return false;
  }
  return true;
}

/** Keep the longest of overlapping candidates; ties go to the earlier rule in the table. */
function select(cands: Candidate[]): Candidate[] {
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** A comparison cue: the sentence sets figures against another period ("from $93.3 million": a decimal point is no sentence end). */
const COMPARISON_BEFORE = /\b(?:compared (?:with|to)|from|than|versus|vs\.|against|(?:same|corresponding|comparable|year-earlier) (?:period|quarter))\b(?:[^.;]|\.(?=\d)){0,60}$/i;
const COMPARISON_AFTER = /^['’]s\s+(?:[$£€#]|\d|quarter|period|results|figures|level|earnings|profit|net|loss|sales|revenue)/i;

/**
 * True when the date sits in a comparison of figures: "compared with $3 million last
 * year", "last year's $1.55 billion", "earnings rose 11% from a year ago".
 */
function comparesFigures(text: string, sentence: Sentence | undefined, c: Candidate): boolean {
  // The cue stands within a few words of the date: a bounded look-back keeps this linear.
  const start = Math.max(sentence ? Math.min(sentence.start, c.start) : 0, c.start - 120);
  const before = text.slice(start, c.start);
  return COMPARISON_BEFORE.test(before) || COMPARISON_AFTER.test(text.slice(c.end, c.end + 30));
}

const POSSESSIVE_AFTER = /^['’]s/;

/** Periods longer than a quarter that results are given for. */
const YEARLONG_PERIOD = /\b(?:nine|six|twelve|9|6|12)[ -]months?\b|\b(?:first|second|last) half\b|\b(?:fiscal|full|calendar) year\b|\b(?:the|this) year\b|\byear to date\b/gi;
const QUARTER_PERIOD = /quarter/gi;

/** Of the periods named in the sentence before the date, the nearest one's span (see Context.reportedSpan). */
function reportedSpan(text: string, sentence: Sentence | undefined, c: Candidate): 'year' | 'quarter' | null {
  const start = Math.max(sentence ? Math.min(sentence.start, c.start) : 0, c.start - 200);
  const before = text.slice(start, c.start);
  const last = (re: RegExp): number => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(before); m !== null; m = re.exec(before)) at = m.index;
    return at;
  };
  const y = last(YEARLONG_PERIOD);
  const q = last(QUARTER_PERIOD);
  return y < 0 && q < 0 ? null : y > q ? 'year' : 'quarter';
}

/**
 * "After a flat second quarter, the company attributed the gain to ...": a quarter named as
 * what the reported one follows is background, so it does not take over as the quarter under
 * report once the article has one.
 */
const BACKGROUND_BEFORE = /\b(?:after|following)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+(?:-[a-z]+)*\s+)?$/i;

/**
 * "the quarter ended Sept. 30": a period reported as over ends on the date. "sales this year
 * through August": a running count of the current year up to a date already past, so the
 * date is not after publication either. "the network reported in October": a report,
 * publication or finding in the past tense right before "in" has happened (not a passive
 * still to come: "guidelines to be published in early November").
 */
const ENDED_BEFORE = /(?:\bended\s+(?:on\s+)?|\b(?:this year|so far|to date)\s+through\s+|(?<!\b(?:be|been|being|is|are|will|would)\s+)\b(?:reported|published|released|issued|announced|concluded|found|estimated)\s+in\s+)$/i;

/** A dateline's place before the date: "WASHINGTON,", "SAN JOSE, Calif.,", "Dar es Salaam, Tanzania,". */
const DATELINE_PLACE = /^[\s\uFEFF]*[A-Z][A-Za-z.'’ -]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'’ ]{1,25})?,[ \t]*$/;
/** After the date: the agency in brackets and a dash, or just the dash. */
const DATELINE_AFTER = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:-|–|—|--|_)/;

/**
 * A yearless dateline at the top of the text ("WASHINGTON, Dec. 1 (Reuters) -") gives
 * the day of writing without its year. With no publication date it is the anchor for
 * the day- and month-relative words ("yesterday" -> XXXX-11-30); the year stays XXXX.
 */
function yearlessDateline(text: string, chosen: readonly Candidate[]): { m: number; d: number } | null {
  const first = chosen[0];
  if (!first || first.meaning.kind !== 'day' || first.meaning.y !== null || first.start > 120) return null;
  if (!DATELINE_PLACE.test(text.slice(0, first.start)) || !DATELINE_AFTER.test(text.slice(first.end, first.end + 50))) return null;
  return { m: first.meaning.m, d: first.meaning.d };
}

/**
 * What an anchored expression counts from: the latest date before it that has the unit it
 * needs. "Results for that quarter" after "the second quarter ended Oct. 31" is the quarter,
 * not the day; "the previous Friday" counts from the last day named. Null for other meanings
 * (they take the previous date as it is).
 */
function anchorFor(meaning: Meaning, history: readonly Resolved[]): Resolved | null {
  // A day the reader cannot date ("Thursday" with no publication date) still is the day
  // counted from, so the search goes by granularity, not by the value.
  let need: ReadonlySet<string>;
  if (meaning.kind === 'weekday' && meaning.anchored) need = DAY_LIKE;
  else if (meaning.kind !== 'anchored') return null;
  else if (meaning.unit === 'quarter') need = QUARTER_LIKE;
  else if (meaning.unit === 'day' || meaning.unit === 'week') need = DAY_LIKE;
  else if (meaning.unit === 'month') need = MONTH_LIKE;
  else return null;
  for (let k = history.length - 1; k >= 0; k--) if (need.has(history[k].granularity)) return history[k];
  return null;
}
const DAY_LIKE: ReadonlySet<string> = new Set(['day']);
const MONTH_LIKE: ReadonlySet<string> = new Set(['day', 'month']);
const QUARTER_LIKE: ReadonlySet<string> = new Set(['quarter']);

/**
 * "the quarter ended Sept. 30" names its quarter by its last day: the three months up to
 * that day, which is the calendar quarter of their middle month (a quarter ended July 31
 * runs May-July, mostly the second quarter). Where the article has already numbered the
 * quarter under report ("its fiscal first quarter"), its own numbering still wins.
 */
function quartersByEnd(text: string, chosen: Candidate[]): Candidate[] {
  return chosen.map((c, i) => {
    const next = chosen[i + 1];
    if (c.meaning.kind !== 'current-quarter' || !next || (next.meaning.kind !== 'day' && next.meaning.kind !== 'month')) return c;
    if (!/^\s+end(?:ed|ing)\s+(?:on\s+)?$/i.test(text.slice(c.end, next.start))) return c;
    const { m, y } = next.meaning;
    const middle = m === 1 ? 12 : m - 1;
    const year = y === null ? null : m === 1 ? y - 1 : y;
    return { ...c, meaning: { kind: 'current-quarter', byEnd: { q: quarterOf(middle), y: year } } };
  });
}

/** "the day before" / "the week after" / "the week of" right before a date, with nothing between. */
const OFFSET_BEFORE = /(?<![\w'’-])[Tt]he\s+(day|week)\s+(before|after|of)\s+$/;
/** Meanings that name one day, which "the day before" can count from. */
const DAY_MEANINGS: ReadonlySet<string> = new Set(['day', 'weekday', 'holiday']);

/**
 * "the day before last Tuesday's hearing", "the day after Christmas": the offset counts from
 * the date it is attached to, so the two are one mention. "the week of March 6" is the week
 * that holds the day (offset 0). Any match inside the offset words
 * ("the day before" alone, an anchored form) gives way to the joined one.
 */
function joinOffsets(text: string, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chosen) {
    const m = DAY_MEANINGS.has(c.meaning.kind) && !(c.meaning.kind === 'holiday' && c.meaning.week) ? OFFSET_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start)) : null;
    if (!m) {
      out.push(c);
      continue;
    }
    const start = c.start - (m[0].length);
    while (out.length > 0 && out[out.length - 1].end > start) out.pop();
    const unit = m[1].toLowerCase() as 'day' | 'week';
    out.push({ start, end: c.end, rule: 'dates/offset-from-date', meaning: { kind: 'from-date', unit, n: { before: -1, after: 1, of: 0 }[m[2].toLowerCase()] ?? 0, base: c.meaning } });
  }
  return out;
}

/**
 * "January nineteen ninety-seven", "the winter of nineteen ninety-four", "March 8, nineteen
 * ninety-eight": broadcast transcripts spell the year out after a month, a season or a day. The
 * year read aloud completes the date before it, as the digits would, so the two are one mention.
 */
function joinSpokenYears(text: string, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chosen) {
    const prev = out[out.length - 1];
    if (c.rule === 'dates/year-words' && c.meaning.kind === 'year' && prev && /^,? (?:of )?$/.test(text.slice(prev.end, c.start))) {
      const pm = prev.meaning;
      const y = c.meaning.y;
      let joined: Meaning | null = null;
      if (pm.kind === 'month' && pm.y === null && pm.shift === null && pm.yearShift === undefined) joined = { ...pm, y };
      else if (pm.kind === 'season' && pm.y === null) joined = { ...pm, y, shift: null };
      else if (pm.kind === 'day' && pm.y === null) joined = { ...pm, y };
      if (joined) {
        out[out.length - 1] = { start: prev.start, end: c.end, rule: prev.rule, meaning: joined };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** After a day of a month: "and 25", ", 26", "or 3rd". */
const NEXT_DAY_IN_LIST = /^(?:,? (?:and|or|&)|,) (3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\w%.,]\d|[\w%])/;

/**
 * "the summit on April 24 and 25", "Nov. 2, 3 and 4": a later day in a list shares the first
 * one's month and year, so it is a date of its own. A number that counts the noun after it
 * ("April 24 and 25 people") is not a day.
 */
function listedDays(text: string, tokens: readonly Token[], chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chosen) {
    out.push(c);
    if (c.rule !== 'dates/month-day' && c.rule !== 'dates/day-month') continue;
    for (let last = c; last.meaning.kind === 'day'; ) {
      const m = NEXT_DAY_IN_LIST.exec(text.slice(last.end, last.end + 20));
      if (!m || +m[1] <= last.meaning.d) break;
      const start = last.end + m[0].lastIndexOf(' ') + 1;
      const end = last.end + m[0].length;
      let k = tokenAt(tokens, end);
      while (k < tokens.length && tokens[k].kind === 'tabCRLF') k++;
      if (k < tokens.length && tokens[k].start >= end && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'NUM' || tokens[k].kind === 'number')) break;
      last = { start, end, rule: 'dates/listed-day', meaning: { ...last.meaning, d: +m[1] } };
      out.push(last);
    }
  }
  return out;
}

/**
 * "In the comparable year-ago quarter, the second quarter ended Oct. 31, the company lost ...":
 * a quarter in apposition to the year-ago quarter is the same period, so the apposition gives
 * the year-ago quarter its number and takes its year from it (a year back).
 */
function yearAgoAppositions(text: string, chosen: Candidate[]): Candidate[] {
  const out = [...chosen];
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a.meaning.kind !== 'relative' || !a.meaning.quarter || b.meaning.kind !== 'quarter' || b.meaning.y !== null || b.meaning.shift !== null) continue;
    if (!/^,\s*$/.test(text.slice(a.end, b.start))) continue;
    out[i] = { ...a, meaning: { kind: 'quarter', q: b.meaning.q, y: null, shift: -1 } };
    out[i + 1] = { ...b, meaning: { ...b.meaning, shift: -1 } };
  }
  return out;
}

/** Build the date extractor once; call the result per document. */
export function createDateExtractor(): (input: DateInput) => DateMention[] {
  const rules = RULES;
  return ({ text, tokens, sentences, publishedDate, dateline }) => {
    const cands: Candidate[] = [];
    for (const rule of rules) {
      if (rule.gate && !rule.gate.test(text)) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m !== null; m = rule.re.exec(text)) {
        const meaning = rule.read(m);
        if (!meaning) continue;
        const c = { start: m.index, end: m.index + m[0].length, rule: rule.id, meaning };
        if (!rejected(c, text, tokens)) cands.push(c);
      }
    }
    let chosen = select(cands);
    const pub = parseYmd(publishedDate);
    if (dateline) {
      // The marker's date is the publication date itself, whatever a rule made of it.
      chosen = chosen.filter((c) => c.end <= dateline.start || c.start >= dateline.end);
      const dl = parseYmd(publishedDate);
      if (dl) {
        chosen.push({ start: dateline.start, end: dateline.end, rule: 'dates/dateline', meaning: { kind: 'day', y: dl.y, m: dl.m, d: dl.d } });
        chosen.sort((a, b) => a.start - b.start);
      }
    }

    chosen = listedDays(text, tokens, joinOffsets(text, quartersByEnd(text, yearAgoAppositions(text, joinSpokenYears(text, chosen)))));
    const partial = pub ? null : yearlessDateline(text, chosen);
    const tenseAt = createTenseReader(tokens, sentences);
    const out: DateMention[] = [];
    const history: Resolved[] = [];
    let previous: Resolved | null = null;
    let previousSentence = -10;
    let topicQuarter: Point | null = null;
    for (const c of chosen) {
      const ti = Math.min(tokenAt(tokens, c.start), tokens.length - 1);
      const sentence = ti >= 0 && tokens[ti] ? tokens[ti].sentence : 0;
      let r = resolve(c.meaning, {
        pub,
        // "before Friday's purchases": the preposition governs the noun, not the possessive weekday.
        tense: tenseAt(ti, POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 2))),
        previous: anchorFor(c.meaning, history) ?? previous,
        nearby: previous && sentence - previousSentence <= 1 ? previous : null,
        topicQuarter,
        partial,
        comparison: comparesFigures(text, sentences[sentence], c),
        completed: ENDED_BEFORE.test(text.slice(Math.max(0, c.start - 22), c.start)),
        reportedSpan: reportedSpan(text, sentences[sentence], c),
      });
      if (topicQuarter && r.granularity === 'quarter' && BACKGROUND_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))) {
        // Background, like a period named to compare: later words about "the quarter" are not about it.
        r = { ...r, comparison: true };
      }
      if (isReportedQuarter(r, pub)) topicQuarter = r.point;
      out.push({
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        value: r.value,
        granularity: r.granularity,
        anchor: r.anchor,
        rule: c.rule,
        sentence,
      });
      previous = r;
      previousSentence = sentence;
      history.push(r);
    }
    return rebaseQuotedDays(text, out, chosen.map((c) => c.meaning));
  };
}
