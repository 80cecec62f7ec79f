/**
 * Date extractor: spans and values as ANNOTATION.md defines them. Expected values were
 * worked out by hand from the calendar: 2023-12-01 is a Friday in ISO week 48.
 */
import { createDateExtractor } from '../../src/extractors/dates';
import { buildTextLayer } from '../../src/pipeline/text-layer';
import type { DateMention } from '../../src/pipeline/document';

const extract = createDateExtractor();

function run(text: string, publishedDate: string | null): DateMention[] {
  const { tokens, sentences } = buildTextLayer(text);
  return extract({ text, tokens, sentences, publishedDate, dateline: null });
}

/** [text, value] of every mention, in order. */
function pairs(text: string, publishedDate: string | null): Array<[string, string | null]> {
  return run(text, publishedDate).map((d) => [d.text, d.value]);
}

describe('dates with a publication date (Friday 2023-12-01)', () => {
  const table: Array<[string, Array<[string, string | null]>]> = [
    ['Netanyahu responded yesterday.', [['yesterday', '2023-11-30']]],
    ['Today in Dubai Harris will meet regional leaders.', [['Today', '2023-12-01']]],
    ['The ministers met on Thursday.', [['Thursday', '2023-11-30']]],
    ['The ministers will meet on Thursday.', [['Thursday', '2023-12-07']]],
    ['They spoke last Friday.', [['last Friday', '2023-11-24']]],
    ['Biden appealed during a phone call on November 6.', [['November 6', '2023-11-06']]],
    ['Analysts noticed militia exercises in July.', [['July', '2023-07']]],
    ['He took the trip at the beginning of November.', [['the beginning of November', '2023-11']]],
    ['WASHINGTON, Dec. 1 (Reuters) - The truce fell through.', [['Dec. 1', '2023-12-01']]],
    ['The war began on 7 October 2023 and Oct. 7 is remembered.', [['7 October 2023', '2023-10-07'], ['Oct. 7', '2023-10-07']]],
    ['The talks happened last week and resume next month.', [['last week', '2023-W47'], ['next month', '2024-01']]],
    ['The strike came two days ago.', [['two days ago', '2023-11-29']]],
    ['Prices rose earlier this year.', [['earlier this year', '2023']]],
    ['Profit fell in the third quarter.', [['the third quarter', '2023-Q3']]],
    ['Output peaked last summer and will peak in the summer of 2024.', [['last summer', '2023-SU'], ['the summer of 2024', '2024-SU']]],
    ['Inflation was high in the 1990s.', [['the 1990s', '199X']]],
    ['The deal was signed in June last year.', [['June last year', '2022-06']]],
    ['Shops close on Christmas Day.', [['Christmas Day', '2023-12-25']]],
    ['The vote is due in 2024.', [['2024', '2024']]],
    ['It was nineteen ninety-six.', [['nineteen ninety-six', '1996']]],
    ['In today’s phone call he said so.', [['today', '2023-12-01']]],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text, '2023-12-01')).toEqual(expected);
  });
});

describe('without a publication date no year is invented', () => {
  const table: Array<[string, Array<[string, string | null]>]> = [
    ['Biden called on November 6.', [['November 6', 'XXXX-11-06']]],
    ['Netanyahu responded yesterday.', [['yesterday', null]]],
    ['Sullivan told reporters on Monday. Biden agreed the next day.', [['Monday', null], ['the next day', null]]],
    ['The meeting will take place this week or next week.', [['this week', null], ['next week', null]]],
    ['The October 7 attack. Biden spoke the next day.', [['October 7', 'XXXX-10-07'], ['the next day', 'XXXX-10-08']]],
    ['Elections are due in 2024.', [['2024', '2024']]],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text, null)).toEqual(expected);
  });
});

describe('durations, frequencies, clock times and look-alikes are not dates', () => {
  const table: Array<[string, Array<[string, string | null]>]> = [
    ['He asked for a three-day pause after six months of conflict.', []],
    ['They had been aware for a year and meet every week.', []],
    ['A decision is expected in a month.', []],
    ['Theresa May said she would resign.', []],
    ['April Ryan asked a question.', []],
    ['The army sent 2000 troops and spent $1990 on fuel.', []],
    ['The offer expires at 5 p.m. EST Friday.', []],
    ['Smartphones shape today’s world.', []],
    ['He watched ABC’s "This Week" on television.', []],
    ['Officials said a day after the vote that it failed.', []],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text, '2023-12-01')).toEqual(expected);
  });
});

describe('quoted relative days count from the day the words were spoken', () => {
  test('"yesterday" in a quote said on Monday is the Sunday before', () => {
    expect(pairs('"We met yesterday," he said on Monday.', '2023-12-01')).toEqual([
      ['yesterday', '2023-11-26'],
      ['Monday', '2023-11-27'],
    ]);
  });
});

describe('record fields', () => {
  test('the dateline marker is the publication date, found by its own rule', () => {
    const text = 'date 2023-12-01 WASHINGTON. The truce fell through yesterday.';
    const { tokens, sentences } = buildTextLayer(text);
    const out = extract({ text, tokens, sentences, publishedDate: '2023-12-01', dateline: { start: 5, end: 15, text: '2023-12-01' } });
    expect(out.map((d) => [d.text, d.value, d.rule, d.anchor])).toEqual([
      ['2023-12-01', '2023-12-01', 'dates/dateline', 'absolute'],
      ['yesterday', '2023-11-30', 'dates/relative-day', 'published'],
    ]);
  });

  test('granularity and anchor say how each value was found', () => {
    const out = run('On Nov. 6 2022 and in March, sales fell; last week too.', '2023-12-01');
    expect(out.map((d) => [d.text, d.granularity, d.anchor])).toEqual([
      ['Nov. 6 2022', 'day', 'absolute'],
      ['March', 'month', 'published-year'],
      ['last week', 'week', 'published'],
    ]);
  });

  test('every span matches the text and the sentence index points at its sentence', () => {
    const text = 'Biden, on Monday, met him. “We spoke yesterday,” he said.\n\nOn Dec. 1, 2023, talks ended; the next day they resumed.';
    const { tokens, sentences } = buildTextLayer(text);
    const out = extract({ text, tokens, sentences, publishedDate: '2023-12-04', dateline: null });
    expect(out.length).toBe(4);
    for (const d of out) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
      const s = sentences[d.sentence];
      expect(d.start >= s.start && d.end <= s.end).toBe(true);
    }
  });
});

describe('frequencies and events named after months are not dates', () => {
  test.each([
    ['Orangemen march each July to the church.'],
    ['A third flight departs every Thursday.'],
    ['Protesters joined the annual March for Life.'],
    ['Their secrets are more than two thousand years old.'],
  ])('%s', (text) => {
    expect(pairs(text, '2023-12-01')).toEqual([]);
  });
});

describe('a yearless dateline anchors day- and month-relative words when there is no publication date', () => {
  const table: Array<[string, Array<[string, string | null]>]> = [
    // Dec. 1 minus one day is Nov. 30; plus one is Dec. 2; the month before December is November.
    ['WASHINGTON, Dec. 1 (Reuters) - The truce fell through yesterday; talks resume tomorrow. Last month was calm.', [['Dec. 1', 'XXXX-12-01'], ['yesterday', 'XXXX-11-30'], ['tomorrow', 'XXXX-12-02'], ['Last month', 'XXXX-11']]],
    // Across New Year the year is still unknown.
    ['SAN JOSE, Calif., Jan. 1 - Sales fell yesterday.', [['Jan. 1', 'XXXX-01-01'], ['yesterday', 'XXXX-12-31']]],
    // A weekday or a week needs the year: still null.
    ['LONDON, March 3 (AP) - Ministers met Monday and will meet again next week.', [['March 3', 'XXXX-03-03'], ['Monday', null], ['next week', null]]],
    // Not a dateline: the date sits inside a sentence.
    ['He left on Dec. 1 - and returned yesterday.', [['Dec. 1', 'XXXX-12-01'], ['yesterday', null]]],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text, null)).toEqual(expected);
  });
});

describe('the quarter under report: earnings copy compares with the same quarter a year back', () => {
  // Published Thursday 1989-11-02: the third quarter of 1989 is the last completed one.
  const table: Array<[string, Array<[string, string | null]>]> = [
    [
      'Third-quarter net rose 11%. Net advanced to $94 million from $85 million a year ago.',
      [['Third-quarter', '1989-Q3'], ['a year ago', '1988-Q3']],
    ],
    [
      // The fourth quarter (still running) is not the one reported; "the latest quarter" stays Q3.
      'Third-quarter net rose 11%.\n\nA fourth-quarter charge is likely.\n\nEarnings fell 59% in the latest quarter.',
      [['Third-quarter', '1989-Q3'], ['fourth-quarter', '1989-Q4'], ['the latest quarter', '1989-Q3']],
    ],
    [
      // A comparison quarter is never the quarter under report.
      'Net rose in the third quarter.\n\nIt earned $2 million in the year-ago quarter.\n\nSales in the latest period rose.',
      [['the third quarter', '1989-Q3'], ['the year-ago quarter', '1988-Q3'], ['the latest period', '1989-Q3']],
    ],
    [
      // "last year" is the same quarter of last year only where figures are compared.
      'Third-quarter net rose 11%.\n\nThe unit posted earnings of $24 million, compared with a loss of $3 million last year.',
      [['Third-quarter', '1989-Q3'], ['last year', '1988-Q3']],
    ],
    [
      'Third-quarter net rose 11%.\n\nThe company moved to Ohio last year.',
      [['Third-quarter', '1989-Q3'], ['last year', '1988']],
    ],
    // "the 1988 quarter" is the quarter under report, in 1988; with no quarter in view, the year.
    ['Third-quarter net rose 11%.\n\nIt earned $3 million in the 1988 quarter.', [['Third-quarter', '1989-Q3'], ['the 1988 quarter', '1988-Q3']]],
    ['Costs in the 1988 period were high.', [['the 1988 period', '1988']]],
    // With no quarter in the article, "a year ago" is a year.
    ['Sales rose to $5 million from $4 million a year ago.', [['a year ago', '1988']]],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text, '1989-11-02')).toEqual(expected);
  });
});

describe('tense from the verbs around a yearless date or a weekday (published Thursday 1989-10-26)', () => {
  const table: Array<[string, Array<[string, string | null]>]> = [
    // Past perfect before "by"/"until": all over by then, so the Wednesday just past (10-25).
    ['Thirty members had filed reports by Wednesday.', [['Wednesday', '1989-10-25']]],
    ['Until Wednesday, they had not called him a suspect.', [['Wednesday', '1989-10-25']]],
    // A past verb of delay still looks ahead with "until": the coming Tuesday (10-31).
    ['Officials postponed until Tuesday any action on the case.', [['Tuesday', '1989-10-31']]],
    // Present perfect reports the past: April 20 1989 (189 days back), not the nearer April 20 1990 (176 ahead).
    ['Police have been searching for him since the April 20 attack.', [['April 20', '1989-04-20']]],
    ['Police are searching for him after the April 20 attack.', [['April 20', '1990-04-20']]],
    // "would be paid": the modal, not the participle, carries the tense; an adjectival
    // participle ("unspecified") says nothing. January after October 1989 is January 1990.
    ['The dividend would be paid on a still unspecified date in January.', [['January', '1990-01']]],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text, '1989-10-26')).toEqual(expected);
  });
});

describe('a present-tense arrangement points a weekday ahead (Thursday 2024-02-08)', () => {
  // The coming Friday is 2024-02-09, the past one 2024-02-02; the coming Monday 2024-02-12.
  const table: Array<[string, Array<[string, string | null]>]> = [
    ['A delegation is expected in Oslo on Friday.', [['Friday', '2024-02-09']]],
    ['The report is due on Friday.', [['Friday', '2024-02-09']]],
    ['Results are expected Monday, officials said.', [['Monday', '2024-02-12']]],
    ['The team is scheduled to arrive on Friday.', [['Friday', '2024-02-09']]],
    ['The delegation arrived in Oslo on Friday.', [['Friday', '2024-02-02']]],
    ['The film is set in Oslo and opened on Friday.', [['Friday', '2024-02-02']]],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text, '2024-02-08')).toEqual(expected);
  });
});

describe('"last <month>" is not the month just ended, which is "last month"', () => {
  const table: Array<[string, string, Array<[string, string | null]>]> = [
    ['2024-03-04', 'The law took effect last February.', [['last February', '2023-02']]],
    ['2024-03-04', 'The law took effect last January.', [['last January', '2024-01']]],
    ['2024-02-08', 'The law took effect last February.', [['last February', '2023-02']]],
    ['2024-01-15', 'The law took effect last February.', [['last February', '2023-02']]],
    ['2023-12-01', 'They met last February.', [['last February', '2023-02']]],
  ];
  test.each(table)('%s %s', (pub, text, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('"the day before <date>" counts from that date', () => {
  const table: Array<[string, string, Array<[string, string | null]>]> = [
    // Thursday 2000-02-24: last Tuesday is 2000-02-22, the day before it 2000-02-21.
    ['2000-02-24', "The day before last Tuesday's hearing, he resigned.", [['The day before last Tuesday', '2000-02-21']]],
    ['2023-12-01', 'Shops reopen the day after Christmas.', [['the day after Christmas', '2023-12-26']]],
    ['2023-12-01', 'Talks ended the day before Nov. 6.', [['the day before Nov. 6', '2023-11-05']]],
    // Indefinite and measured: the offset is a duration, the holiday stays a date of its own.
    ['2023-12-01', 'He will return a day after Christmas.', [['Christmas', '2023-12-25']]],
    // Anchored to the previous date when no date follows.
    ['2023-12-01', 'They met on Nov. 6 and left the day after.', [['Nov. 6', '2023-11-06'], ['the day after', '2023-11-07']]],
  ];
  test.each(table)('%s %s', (pub, text, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});
