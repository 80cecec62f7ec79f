/**
 * Dates found through team_012/team_013 (hand-annotated articles): a day of the month
 * with no month ("by the 17th"), and the tense around weekdays after a possessive and
 * after a verb of forecasting. Every value worked out by hand from the calendar:
 * 2026-04-14 is a Tuesday, 2026-04-20 a Monday, 2025-08-13 a Wednesday.
 */
import { datePairs as pairs } from './dates-setup';

type Row = [string, string | null, Array<[string, string | null]>];

function run(table: Row[]): void {
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
}

describe('"the 17th": a day of the month last named, else of the publication month', () => {
  run([
    ['Counting should be over by the 17th.', '2026-04-14', [['the 17th', '2026-04-17']]],
    ['By the 17th, counting will end.', '2026-04-14', [['the 17th', '2026-04-17']]],
    // Ahead of the 20th, the 3rd to come is next month's.
    ['The talks will resume on the 3rd, officials said.', '2026-04-20', [['the 3rd', '2026-05-03']]],
    // Over by the 14th, the 28th signed is last month's.
    ['The deal was signed on the 28th and published later.', '2026-04-14', [['the 28th', '2026-03-28']]],
    ['The runoff is on June 7. Results are due on the 9th.', '2026-04-14', [['June 7', '2026-06-07'], ['the 9th', '2026-06-09']]],
    ['The court sits again on the 9th.', null, [['the 9th', null]]],
  ]);
});

describe('an ordinal before a noun or after a name is no day', () => {
  run([
    ['It was the 15th time in a row, and the 2nd round ended early.', '2026-04-14', []],
    ['Louis the 14th, the king, built it.', '2026-04-14', []],
  ]);
});

describe('the tense of a weekday', () => {
  run([
    // The possessive is no "is": "will" decides.
    ['Van der Berg will present the mission’s report in Lima on Thursday.', '2026-04-14', [['Thursday', '2026-04-16']]],
    // A forecast in the present looks ahead; in the past it may be over.
    ['The weather service expects thunderstorms on Friday and Saturday.', '2025-08-13', [['Friday', '2025-08-15'], ['Saturday', '2025-08-16']]],
    ['The weather service forecasts rain on Friday.', '2025-08-13', [['Friday', '2025-08-15']]],
    ['The weather service expected thunderstorms on Friday.', '2025-08-13', [['Friday', '2025-08-08']]],
  ]);
});

describe('a month after a past report, publication or finding is the one gone by', () => {
  run([
    // Published 2025-08-13: October reported is October 2024.
    ['The glaciers have shrunk, the network reported in October.', '2025-08-13', [['October', '2024-10']]],
    // A passive still to come keeps the coming month.
    ['Guidelines to be published in October will decide.', '2025-08-13', [['October', '2025-10']]],
  ]);
});
