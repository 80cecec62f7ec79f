/**
 * Dates, round 17 (team_014, team_017, team_019): a bare "the <season>" owning a thing is
 * every such season ("the melt of the summer"), and one modifying a noun is no date of its
 * own ("the summer holidays"); days or weeks counted on from an event ("four days later")
 * are measured, like "a day after the vote"; "agreed to review ... in February" points
 * ahead though wink tags the bare verb a noun; "the past year" and "the past month" are
 * the last calendar year and month (TimeML, as TempEval marks them). Values worked out by
 * hand from the calendar. "today" in a relative clause's plain present, set against a past
 * in its sentence, is these days ("the path where the buses stop today").
 */
import { datePairs as pairs } from './dates-setup';

type Row = [string, string | null, Array<[string, string | null]>];

test.each([
  // Generic seasons: no date.
  ['The rain of the spring feeds the wells, the heat of August dries them.', '2025-09-20', [['August', '2025-08']]],
  ['The frost of the winter is what the vines need.', '2025-09-20', []],
  ['Shops hire students before the summer holidays.', '2025-11-26', []],
  // A part of the season is a date; so is the season itself where it is the one ahead.
  ['The dam will be finished by the end of the winter.', '2025-09-20', [['the end of the winter', '2025-WI']]],
  ['The capsule will be tested in Ohio over the summer.', '2025-03-06', [['the summer', '2025-SU']]],
  // Counted on from an event: measured, no date; the event's own day stays.
  ['It lands on March 16 and returns four days later.', '2025-03-06', [['March 16', '2025-03-16']]],
  ['The ship sailed on June 2 and sank two weeks later.', '2025-08-01', [['June 2', '2025-06-02']]],
  // An agreement to act later: the act lies ahead of the agreement (2025-11-26: the
  // coming February is 2026's; "agreed to a truce on Monday" dates the agreement).
  ['The committee agreed to review its forecasts in February.', '2025-11-26', [['February', '2026-02']]],
  ['The sides agreed to a truce on Monday.', '2025-11-26', [['Monday', '2025-11-24']]],
  // "today" in a relative clause's plain present set against a past: these days, no date.
  ['"I was 20, and the sea came up to the wall where the cafés stand today," she said.', '2025-09-20', []],
  ['Fares were lower than the ones that commuters pay today.', '2025-09-20', []],
  // A scheduled present or a past in the relative clause keeps the day.
  ['He was arrested on Monday and appears in court today.', '2025-09-20', [['Monday', '2025-09-15'], ['today', '2025-09-20']]],
  ['The rule that was adopted in May applies today.', '2025-09-20', [['May', '2025-05'], ['today', '2025-09-20']]],
  // "the past year" and "the past month": the last calendar year and month.
  ['Glaciers lost 3 percent of their volume over the past year.', '2025-09-20', [['the past year', '2024']]],
  ['Phone lines have been cut for much of the past month.', '2025-06-10', [['the past month', '2025-05']]],
] as Row[])('%s (%s)', (text, published, expected) => {
  expect(pairs(text, published)).toEqual(expected);
});
