/**
 * Date extractor, round 5: half years, spoken years after a month or a season, the week of a
 * date, the quarter under report in results copy, the year-ago adjective and running counts
 * of the year. Every expected value was worked out by hand from the calendar (weekdays and
 * ISO weeks noted where they matter).
 */
import { createProcessor } from '../../src/pipeline/process';
import { datePairs as pairs } from './dates-setup';

type Row = [string, string | null, Array<[string, string | null]>];

function run(table: Row[]): void {
  test.each(table)('%s (published %s)', (text, pub, expected) => {
    expect(pairs(text, pub)).toEqual(expected);
  });
}

describe('half years are one mention with their year (TimeML YYYY-H1/H2)', () => {
  run([
    ['Earnings will be lower for the last half of 1989 and the first two quarters of 1990.', '1989-10-26', [
      ['the last half of 1989', '1989-H2'], ['the first two quarters of 1990', '1990-H1'],
    ]],
    ['Sales should recover in the second half of next year.', '1989-10-26', [['the second half of next year', '1990-H2']]],
    ['Output fell in the first half of the year.', '1990-08-13', [['the first half of the year', '1990-H1']]],
    ['The First Half of 2024 was calm.', null, [['The First Half of 2024', '2024-H1']]],
    ['No year is known for the latter half of the year.', null, [['the latter half of the year', 'XXXX-H2']]],
    // A half with no year is as often a match's half as a year's.
    ['The visitors scored twice in the second half.', '1998-03-01', []],
  ]);
});

describe('a year read aloud completes the month, season or day before it', () => {
  run([
    ['January nineteen ninety-seven. A bomb went off in Atlanta.', '1998-02-27', [['January nineteen ninety-seven', '1997-01']]],
    ['Prices fell to the level we saw in the winter of nineteen ninety-four.', '1998-02-23', [
      ['the winter of nineteen ninety-four', '1994-WI'],
    ]],
    ['It was signed on March 8, nineteen ninety-eight.', '1999-01-01', [['March 8, nineteen ninety-eight', '1998-03-08']]],
    ['This was the winter of discontent.', '1998-02-23', []],
  ]);
});

describe('the week of a date is the ISO week that holds it', () => {
  run([
    // 2000-03-06 is a Monday; ISO week 1 of 2000 began Monday January 3, so March 6 opens week 10.
    ['The case may be heard the week of March 6, a relative said.', '2000-02-24', [['the week of March 6', '2000-W10']]],
    // 1998-11-03 is a Tuesday in ISO week 45 (Monday November 2 to Sunday November 8).
    ['The ad will run the week of Nov. 3, 1998.', '1998-10-26', [['the week of Nov. 3, 1998', '1998-W45']]],
  ]);
});

describe('the quarter under report in results copy', () => {
  run([
    // A quarter named as what the reported one follows does not take over as the quarter under report.
    [
      'Acme posted a 20% gain in third-quarter net income. Net rose to $108 million from $90 million a year ago. ' +
        'After a flat second quarter, Acme credited its consumer business. Charges were taken in the year-earlier period. ' +
        'In the 1989 period, interest costs were lower than a year ago.',
      '1989-11-01',
      [
        ['third-quarter', '1989-Q3'], ['a year ago', '1988-Q3'], ['second quarter', '1989-Q2'],
        ['the year-earlier period', '1988-Q3'], ['the 1989 period', '1989-Q3'], ['a year ago', '1988-Q3'],
      ],
    ],
    ['The quarter-to-quarter comparison was helped by lower charges.', '1989-11-01', []],
  ]);
});

describe('the year-ago adjective with no period noun speaks of the period just named', () => {
  run([
    // Published in the fourth quarter of 1989: the last completed quarter is 1989-Q3, a year back 1988-Q3.
    ['Coast earned $10.2 million in the year-ago quarter. The year-ago results have been restated.', '1989-11-01', [
      ['the year-ago quarter', '1988-Q3'], ['The year-ago', '1988-Q3'],
    ]],
    ['For the nine months, net was $306 million, compared with a loss of $195 million last year. The year-ago results included a charge.', '1989-11-02', [
      ['last year', '1988'], ['The year-ago', '1988'],
    ]],
  ]);
});

describe('a running count of the year ends on a date already past', () => {
  run([
    // Published October 1989: "this year through August" is August 1989, not the coming August.
    ['The fund saw little change in sales this year through August.', '1989-10-27', [['this year', '1989'], ['August', '1989-08']]],
    ['Loans were extended through January.', '1989-10-30', [['January', '1990-01']]],
  ]);
});

describe('"until today" with the present perfect is "so far", not a day', () => {
  run([
    ['“Until today we have not had the chance for a strategic discussion,” he said.', '2023-12-01', []],
    ['Until today, the company has refused to comment.', '2023-12-01', []],
    // The past perfect places it on the day: today was when they met.
    ['Until today, they had never met.', '2023-12-01', [['today', '2023-12-01']]],
    ['The deadline was extended until today.', '2023-12-01', [['today', '2023-12-01']]],
  ]);
});

describe('weekday tense: adjectival participles and the scheduled present', () => {
  run([
    // Published Monday 1998-08-17. "the hastily planned trip" is an adjective, no schedule: Friday is 08-14.
    ['On Friday, when the minister set aside vacation plans for the hastily planned trip, the ministry lifted a warning.', '1998-08-17', [
      ['Friday', '1998-08-14'],
    ]],
    // Published Friday 1998-05-01: the scheduled present points to Monday 05-04.
    ['He and the prime minister meet separately Monday with the envoy.', '1998-05-01', [['Monday', '1998-05-04']]],
    ['The talks resume Monday in London.', '1998-05-01', [['Monday', '1998-05-04']]],
    // A verb of saying in the present reports: Monday 04-27.
    ['The minister says Monday that the talks failed.', '1998-05-01', [['Monday', '1998-04-27']]],
    // A past verb in the sentence keeps the plain reading.
    ['Shares fall sharply Monday, traders said.', '1998-05-01', [['Monday', '1998-04-27']]],
    // An infinitive takes its tense from the verb before it.
    ['They tried to meet Monday, officials said.', '1998-05-01', [['Monday', '1998-04-27']]],
    // ... but what was agreed, promised or pledged comes after the agreement: "met Monday"
    // would report a past meeting, "agreed to meet Monday" announces the coming one (05-04).
    ['They agreed to meet Monday, officials said.', '1998-05-01', [['Monday', '1998-05-04']]],
  ]);
});

describe('recall: the year under discussion, lists of days, anchored and approximate forms', () => {
  run([
    // The modifier says which year, so a relative clause after it does not make it another year.
    ['It expects sales in the current fiscal year that are slightly above last year.', '1989-11-02', [
      ['the current fiscal year', '1989'], ['last year', '1988'],
    ]],
    ['The stock rose to a high for the year of $42.875 a share in June.', '1989-10-30', [['the year', '1989'], ['June', '1989-06']]],
    ['It was the year of the flood.', '1989-10-30', []],
    ['The summit on April 24 and 25 will be held in Washington.', '1999-02-10', [['April 24', '1999-04-24'], ['25', '1999-04-25']]],
    ['Talks were held on Nov. 2, 3 and 4.', '1998-11-20', [['Nov. 2', '1998-11-02'], ['3', '1998-11-03'], ['4', '1998-11-04']]],
    // A number that counts the noun after it is no day.
    ['On April 24 and 25 people died.', '1999-05-10', [['April 24', '1999-04-24']]],
    ['The March accession will let them join.', '1999-02-10', [['March', '1999-03']]],
    // Published Friday 1998-02-13.
    ['The president arrived in Philadelphia later in the day.', '1998-02-13', [['the day', '1998-02-13']]],
    // Published Monday 1991-02-25: a week back is Monday 02-18, in ISO week 8.
    ['Then, a week or so ago, the general picked a date.', '1991-02-25', [['a week or so ago', '1991-W08']]],
  ]);
});

describe('a quarter in apposition to the year-ago quarter is the same period', () => {
  run([
    // Published 1989-10-27: the year-ago second quarter is 1988-Q2, and "that quarter" is it too.
    ['In the comparable year-ago quarter, the second quarter ended Oct. 31, the company had a loss. Results for that quarter included a charge.', '1989-10-27', [
      ['the comparable year-ago quarter', '1988-Q2'], ['the second quarter', '1988-Q2'], ['Oct. 31', '1988-10-31'], ['that quarter', '1988-Q2'],
    ]],
  ]);
});

describe('"N units later" moves on from the date the text is telling of', () => {
  const processor = createProcessor();
  const dates = (text: string, publishedDate: string | null): Array<[string, string | null]> => {
    const r = processor.process({ id: 't', text, publishedDate, source: { sha256: '0'.repeat(64) } });
    if (!r.ok) throw new Error('not processed');
    return r.record.dates.map((d) => [d.text, d.value]);
  };
  test('after a named date: counted from it (two weeks after 7 October 2023 is in ISO week 42)', () => {
    // Round 17: days or weeks counted on from an event are measured (ANNOTATION.md: "a day
    // after the vote" is a duration; TempEval and fixtures/team leave them untagged).
    expect(dates('He spoke on 7 October 2023 and again two weeks later.', '2024-02-14')).toEqual([
      ['7 October 2023', '2023-10-07'],
    ]);
  });
  test('with no date named before: counted from the publication date', () => {
    expect(dates('Two days later, the talks collapsed.', '2024-02-14')).toEqual([]);
  });
});
