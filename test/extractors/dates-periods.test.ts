/**
 * Date extractor, round 3: periods named by their end or by the text's own subject, lists of
 * years, holidays, anchored weekdays and the tense of schedule verbs. Every expected value
 * was worked out by hand from the calendar (weekdays noted where they matter).
 */
import { RULES } from '../../src/extractors/dates/patterns';
import { datePairs as pairs } from './dates-setup';

type Row = [string, string, Array<[string, string | null]>];

describe('detection: years in lists, fiscal years, the year under discussion, year-end', () => {
  const table: Row[] = [
    ['He made $60 million between 1985 and 1987.', '1989-10-27', [['1985', '1985'], ['1987', '1987']]],
    ['Cars crossed the border in 1994, 1995 and 1997.', '1999-04-19', [['1994', '1994'], ['1995', '1995'], ['1997', '1997']]],
    ['Sales will be above fiscal 1989 sales of $155 million.', '1989-11-02', [['fiscal 1989', '1989']]],
    ['The drop will mean lower earnings for the fiscal year.', '1989-11-02', [['the fiscal year', '1989']]],
    ['For the year, pet food volume was flat.', '1989-11-02', [['the year', '1989']]],
    ['The company expects to close the deal by year-end.', '1989-11-02', [['year-end', '1989']]],
    ['The goal is 40,000 troops by the end of the month.', '1990-08-13', [['the end of the month', '1990-08']]],
    ['Hate groups grew over the past year.', '1998-03-03', [['the past year', '1997']]],
    ['Abortion is a theme from now to Election Day.', '1998-10-26', [['Election Day', '1998-11-03']]],
    // Easter 2000 is Sunday April 23, in ISO week 16 (Monday April 17 to Sunday April 23).
    ['Protesters prayed as Easter week began.', '2000-04-17', [['Easter week', '2000-W16']]],
  ];
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('not dates: measured years and numbers that only look like a list of years', () => {
  const table: Row[] = [
    ['For the year ended Sept. 30, net rose.', '1989-11-02', [['Sept. 30', '1989-09-30']]],
    ['Sales rose throughout the year.', '1989-11-02', []],
    ['They sent 1,200, 1500 and 900 men.', '1989-11-02', []],
  ];
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('anchored forms count from the last date of their own unit', () => {
  const table: Row[] = [
    ['Profit rose in the second quarter ended June 30. Results for that quarter included a charge.', '1989-10-26', [
      ['the second quarter', '1989-Q2'], ['June 30', '1989-06-30'], ['that quarter', '1989-Q2'],
    ]],
    // Published Monday 1989-10-30: Friday is 10-27, the Friday before it 10-20.
    ['The index closed at 2082.1 on Friday, down 4.5% from the previous Friday.', '1989-10-30', [
      ['Friday', '1989-10-27'], ['the previous Friday', '1989-10-20'],
    ]],
  ];
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('periods named by their last day', () => {
  const table: Row[] = [
    // Over already: January 1989, not the nearer January 1990.
    ['In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', '1989-10-31', [['Jan. 31', '1989-01-31']]],
    // May to July: mostly the second quarter.
    ['In the quarter ended July 31, Jayark had 5.6 million shares.', '1989-10-30', [['the quarter', '1989-Q2'], ['July 31', '1989-07-31']]],
  ];
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('the span of the compared figures decides the granularity of "a year earlier"', () => {
  const table: Row[] = [
    ['Unisys reported third-quarter results. It had losses of $673.3 million through the first nine months, compared with earnings a year earlier of $382.2 million.', '1989-10-30', [
      ['third-quarter', '1989-Q3'], ['a year earlier', '1988'],
    ]],
    // A decimal point in "$93.3 million" does not end the comparison.
    ['Savin reported a third-quarter loss. Revenue declined 8% to $85.7 million, from $93.3 million a year earlier.', '1989-11-02', [
      ['third-quarter', '1989-Q3'], ['a year earlier', '1988-Q3'],
    ]],
  ];
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('tense: schedule verbs, the verb a time phrase hangs on', () => {
  const table: Row[] = [
    // Friday 2000-01-07: "were planning to" points ahead, Saturday is the next day.
    ['Protesters planned a demonstration on Saturday and were planning to drive to the airport.', '2000-01-07', [['Saturday', '2000-01-08']]],
    // Thursday 1990-08-16: "had filed ... by Wednesday" is over.
    ['Members had filed reports by Wednesday, and all were honoring the sanctions.', '1990-08-16', [['Wednesday', '1990-08-15']]],
    // Monday 1998-08-17: "vacation plans" is a noun, "set aside" no schedule.
    ['On Friday, when Albright set aside vacation plans for the trip, she said so.', '1998-08-17', [['Friday', '1998-08-14']]],
    // What "will" happen is not over: December 1998 (9 months on) beats December 1997 (3 months back).
    ['Collins will be named commander of the shuttle for a mission in December.', '1998-03-04', [['December', '1998-12']]],
    // Past-tense copy may still announce a deadline: the nearer future date wins there.
    ['The dividend was declared, payable Dec. 7.', '1989-11-02', [['Dec. 7', '1989-12-07']]],
    // Friday 1999-05-07: an opening "Until Thursday," hangs on the past perfect after it.
    ['Until Thursday, they had not called him a suspect.', '1999-05-07', [['Thursday', '1999-05-06']]],
  ];
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('results copy: the quarter under report and the year it is set against', () => {
  const table: Row[] = [
    ['Reed reported third-quarter net. While there was no profit this year from discontinued operations, last year they contributed 34 million pounds.', '1989-11-02', [
      ['third-quarter', '1989-Q3'], ['this year', '1989'], ['last year', '1988'],
    ]],
    // Published in the fourth quarter: the figures are the third quarter's.
    ['Coast reported a third-quarter loss. This quarter’s loss includes pretax charges of $4.9 million.', '1989-11-01', [
      ['third-quarter', '1989-Q3'], ['This quarter', '1989-Q3'],
    ]],
    ['Columbia reported a third-quarter loss. For the quarter a year ago, Columbia reported earnings of $16.3 million.', '1989-10-26', [
      ['third-quarter', '1989-Q3'], ['the quarter a year ago', '1988-Q3'],
    ]],
    // Monday 1989-10-30: "before" governs the purchases; the present tense reads Friday as past.
    ['Nestle’s share of 7% before Friday’s purchases is far below its rivals.', '1989-10-30', [['Friday', '1989-10-27']]],
  ];
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
});

describe('rule gates never turn away a text their pattern matches', () => {
  const samples = [
    '2023-12-01', '12/1/2023', 'in June 1998', 'June last year', 'the 1990s', 'the ’80s', 'the nineties', 'the 20th century',
    'nineteen ninety-six', 'the year two thousand', 'TODAY', 'Tomorrow night', 'last night', 'this Morning', 'The Weekend',
    'year-earlier results', 'the quarter a year ago', 'the 1988 period', 'the latest period', 'Q3 2024', 'THIRD QUARTER',
    'early Summer', 'last Autumn', 'Christmas Eve', 'Martin Luther King Jr. Day', 'Easter week', 'Election Day',
  ];
  test.each(samples)('%s', (text) => {
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      if (rule.gate && rule.re.test(text)) expect([rule.id, rule.gate.test(text)]).toEqual([rule.id, true]);
    }
  });
});
