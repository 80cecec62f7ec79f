/** Calendar arithmetic behind date values; expected days checked against a printed calendar. */
import { addDays, easter, isoWeek, nthWeekdayOfMonth, parseYmd } from '../../src/extractors/dates/calendar';

describe('ISO weeks', () => {
  const table: Array<[string, { year: number; week: number }]> = [
    ['2023-12-01', { year: 2023, week: 48 }],
    ['2021-01-03', { year: 2020, week: 53 }], // a Sunday: still the last week of 2020
    ['2024-12-30', { year: 2025, week: 1 }], // a Monday: the first week of 2025
    ['1998-03-01', { year: 1998, week: 9 }],
  ];
  test.each(table)('%s', (day, expected) => {
    expect(isoWeek(parseYmd(day)!)).toEqual(expected);
  });
});

describe('movable days', () => {
  test.each([
    ['Easter 2024', easter(2024), { y: 2024, m: 3, d: 31 }],
    ['Easter 2000', easter(2000), { y: 2000, m: 4, d: 23 }],
    ['Thanksgiving 2023 (4th Thursday of November)', nthWeekdayOfMonth(2023, 11, 4, 4), { y: 2023, m: 11, d: 23 }],
    ['Memorial Day 2024 (last Monday of May)', nthWeekdayOfMonth(2024, 5, 1, -1), { y: 2024, m: 5, d: 27 }],
    ['a day before 1 March 2024 (leap year)', addDays({ y: 2024, m: 3, d: 1 }, -1), { y: 2024, m: 2, d: 29 }],
  ])('%s', (_name, got, expected) => {
    expect(got).toEqual(expected);
  });
});

test('parseYmd refuses what is not a calendar day', () => {
  expect(parseYmd('2023-02-29')).toBeNull();
  expect(parseYmd('2023-12')).toBeNull();
  expect(parseYmd(null)).toBeNull();
});
