/**
 * Dates, round 13 (team_013, team_017): "over the past decade" measures ten years up to
 * now (a duration, ANNOTATION.md), while "in the last decade" and "the last decade" stay
 * the period (TimeML); a participle joined by "and" shares the future auxiliary of the one
 * before it. Values worked out by hand from the calendar.
 */
import { datePairs as pairs } from './dates-setup';

type Row = [string, string | null, Array<[string, string | null]>];

test.each([
  ['Rainfall has dropped over the past decade.', '2025-08-13', []],
  ['Output fell for the last decade running.', '2025-08-13', []],
  ['Output fell in the last decade.', '2025-08-13', [['last decade', '201X']]],
  ['The last decade was the hottest on record.', '2025-08-13', [['last decade', '201X']]],
  // 2025-03-06 is a Thursday: "the summer" ahead is 2025's, spring too.
  ['A module would be shipped this spring and tested over the summer.', '2025-03-06', [['this spring', '2025-SP'], ['the summer', '2025-SU']]],
  // Past participles with no future before them keep the past: last summer.
  ['The module was shipped and tested over the summer.', '2025-03-06', [['the summer', '2024-SU']]],
] as Row[])('%s (published %s)', (text, pub, expected) => {
  expect(pairs(text, pub)).toEqual(expected);
});
