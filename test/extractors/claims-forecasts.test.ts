/**
 * A verb of forecasting with a figure for its object reports that figure ("He expected
 * savings of about 18 billion yen"); without a figure its bare object is no claim ("She
 * expects a decision", "expected the worst"). Through the whole pipeline; expected values
 * worked out by reading each sentence.
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

/** Each claim as [content, speaker mention]. */
function claims(text: string): Array<[string, string | null]> {
  const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.speaker.mention?.text ?? null]);
}

describe('a forecast figure is the claim', () => {
  test.each([
    ['The finance minister expects growth of 2.5% next year.', [['growth of 2.5% next year', 'The finance minister']]],
    // (a trailing "this year" may be when she expected it, so none here)
    ['She expected a loss of about 40 million euros.', [['a loss of about 40 million euros', 'She']]],
    // no figure: an object, not a belief
    ['The coach expects a hard match.', []],
    ['He expected the worst.', []],
    // a year alone is no figure
    ['The mayor expects a decision in 2027.', []],
    // the participle before a noun is no cue
    ['The expected savings of 18 million dollars never came.', []],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('reports with no source in an adjunct are hearsay, not the subject\'s words', () => {
  test.each([
    ['The minister resigned after a week of reports that his partner had won contracts.', []],
    ['The mayor left office amid rumours that the budget had collapsed.', []],
    // a possessive names the source
    ["The mayor rejected the paper's reports that the budget had collapsed.", [['the budget had collapsed', 'the paper']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('inside a quote, a third person telling the speaker is a claim of its own', () => {
  test.each([
    [
      '“She stood up in the House and told us there was nothing to see,” he said.',
      [['She stood up in the House and told us there was nothing to see,', 'he'], ['there was nothing to see', 'She']],
    ],
    // a pronoun's remark to no one in particular stays the speaker's words
    ['“She always says he is innocent,” he said.', [['She always says he is innocent,', 'he']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
