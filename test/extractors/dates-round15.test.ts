/**
 * Dates, round 15 (team_014, team_020, team_021): a clause of time after a future main
 * clause keeps the present for its future ("will rise when the rankings are published on
 * Monday"); a verb after a modal or "to" and a passive participle carry no tense of their
 * own; three months that make a calendar quarter name it ("the April-June quarter"); "the
 * year to March 2026" is a measured period; "the quarter-finals" names no quarter. Values
 * worked out by hand from the calendar.
 */
import { datePairs as pairs } from './dates-setup';

type Row = [string, string | null, Array<[string, string | null]>];

test.each([
  // 2026-01-10 is a Saturday: the coming Monday is the 12th, the last one the 5th.
  ['He will rise to 60th when the new rankings are published on Monday.', '2026-01-10', [['Monday', '2026-01-12']]],
  ['The new rankings were published on Monday.', '2026-01-10', [['Monday', '2026-01-05']]],
  // A present with no future main clause stays as before (a news present: the last Monday).
  ['The new rankings are published on Monday.', '2026-01-10', [['Monday', '2026-01-05']]],
  // "practise" after "would" is no past form (wink lemmatises it to "practice").
  ['She said he would practise on Monday as planned.', '2026-01-10', [['Monday', '2026-01-12']]],
  ['She lost in the quarter-finals on Thursday.', '2026-01-10', [['Thursday', '2026-01-08']]],
  // 2025-08-05: April-June 2025 is over, October-December still ahead.
  ['Profit in the April-June quarter fell 11%.', '2025-08-05', [['the April-June quarter', '2025-Q2']]],
  ['The October-December quarter will be weaker.', '2025-08-05', [['The October-December quarter', '2025-Q4']]],
  ['The company kept its forecast for the year to March 2026 unchanged.', '2025-08-05', [['March 2026', '2026-03']]],
  // A day of the month last named, unless the tense points the other way from publication.
  ['The new season starts in March. She won on the 3rd.', '2026-01-10', [['March', '2026-03'], ['the 3rd', '2026-01-03']]],
  ['The talks begin on March 2. They will end on the 9th.', '2026-01-10', [['March 2', '2026-03-02'], ['the 9th', '2026-03-09']]],
  // A year of the next century after a preposition of time; a count stays a count.
  ['Little ice will be left by 2100.', '2025-09-20', [['2100', '2100']]],
  ['About 2100 people came.', '2025-09-20', []],
  // "a dry August" is any August; "a June agreement" is dated.
  ['In a dry August, half of the water comes from the ice.', '2025-09-20', []],
  ['They signed a June agreement.', '2025-09-20', [['June', '2025-06']]],
] as Row[])('%s (published %s)', (text, pub, expected) => {
  expect(pairs(text, pub)).toEqual(expected);
});
