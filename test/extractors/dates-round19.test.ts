/**
 * Round 19: what team_024 (a stabbing in Manchester) and team_025 (an anti-doping ruling)
 * showed. "The early hours of Sunday" is that Sunday, part of day kept in the span; days
 * with a plural part of the day recur (a frequency); "sportswoman of the year" is an
 * award's title. Values worked out by hand from a Monday publication, 2025-09-15.
 */
import { datePairs } from './dates-setup';

const PUB = '2025-09-15';

test.each([
  // A part of the night before its weekday, kept in the span like "late Saturday".
  ['He was stabbed in the early hours of Sunday.', [['the early hours of Sunday', '2025-09-14']]],
  ['The fire broke out in the small hours of Saturday.', [['the small hours of Saturday', '2025-09-13']]],
  ['Two men were arrested late Saturday.', [['late Saturday', '2025-09-13']]],
  // Plural parts of the day make the weekdays recurring: no date.
  ['More officers will patrol on Friday and Saturday nights.', []],
  ['The market opens on Sunday mornings.', []],
  // A singular part of the day stays a date.
  ['Officers will patrol on Friday night.', [['Friday night', '2025-09-19']]],
  // An award "of the year" is a title, no date; "the end of the year" stays.
  ['She was named sportswoman of the year in 2024.', [['2024', '2024']]],
  ['Patrols will go on until the end of the year.', [['the end of the year', '2025']]],
] as Array<[string, Array<[string, string]>]>)('%s', (text, expected) => {
  expect(datePairs(text, PUB)).toEqual(expected);
});
