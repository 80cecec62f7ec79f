/**
 * Claims round 12: a verb of undertaking (promise, pledge, vow, threaten, swear) with a
 * to-infinitive reports an act, not a claim (ANNOTATION.md, "What counts": "agreed to
 * pause" is no claim); with a that-clause or a quote it reports a proposition and is a
 * claim like "said". Through the whole pipeline; expected values worked out by reading
 * each sentence.
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

/** Each claim as [content, cue, speaker mention]. */
function claims(text: string): Array<[string, string | null, string | null]> {
  const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.cue?.text ?? null, c.speaker.mention?.text ?? null]);
}

describe('an undertaking with a to-infinitive is no claim', () => {
  test.each([
    ['The mayor has promised to expand the bus network.', []],
    ['The government pledged to rebuild the bridge by spring.', []],
    ['The rebels vowed to fight on.', []],
    ['The union threatened to leave the talks.', []],
    ['The minister swore to defend the constitution.', []],
    // past an addressee or an adverb
    ['The governor promised voters to cut the fuel tax.', []],
    ['The coach vowed once again to stay.', []],
    ['The company pledged not to cut jobs.', []],
  ] as Array<[string, Array<[string, string | null, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('an undertaking with a that-clause or a quote is a claim', () => {
  test.each([
    ['The mayor promised that taxes would fall next year.', [['taxes would fall next year', 'promised', 'The mayor']]],
    ['The rebels vowed that they would never surrender.', [['they would never surrender', 'vowed', 'The rebels']]],
    ['The governor promised voters that the fuel tax would be cut.', [['the fuel tax would be cut', 'promised', 'The governor']]],
    ['The coach vowed: “We will be back next season.”', [['We will be back next season.', 'vowed', 'The coach']]],
    ['“We will be back,” the coach vowed.', [['We will be back,', 'vowed', 'the coach']]],
  ] as Array<[string, Array<[string, string | null, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('other verbs keep their infinitive', () => {
  test.each([
    // an assertion about the subject, and a directive, report what was said
    ['The witness claimed to have seen the driver.', [['to have seen the driver', 'claimed', 'The witness']]],
    ['The envoy urged both sides to return to the talks.', [['both sides to return to the talks', 'urged', 'The envoy']]],
  ] as Array<[string, Array<[string, string | null, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
