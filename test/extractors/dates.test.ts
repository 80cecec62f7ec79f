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
