/**
 * Cues that report nothing said: a question left unanswered ("did not say how many",
 * "declined to say whether"), an obligation ("will have to show that"), a verb of causing
 * ("make investors think twice"); and reports inside someone's reported clause that are
 * that speaker's words (a finding with no source of its own, an infinitive, a pronoun's
 * scare quote). Found by team_022/023. Through the whole pipeline; expected values worked
 * out by reading each sentence.
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

/** Each claim as [content, speaker mention]. */
function claims(text: string): Array<[string, string | null]> {
  const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.speaker.mention?.text ?? null]);
}

type Row = [string, Array<[string, string | null]>];

describe('a question left unanswered is no claim', () => {
  test.each([
    ['The ministry did not say how many people were hurt.', []],
    ['He declined to say whether he would run again.', []],
    ['The company would not say when the plant will reopen.', []],
    // answered: a claim
    ['The ministry said 40 people were hurt.', [['40 people were hurt', 'The ministry']]],
  ] as Row[])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('an obligation to say something is no report of it', () => {
  test.each([
    ['The company will have to show that its products are safe.', []],
    ['Prosecutors must prove that he knew about the payments.', []],
    // the past says it was done
    ['She had to admit that the plan had failed.', [['the plan had failed', 'She']]],
  ] as Row[])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('after a verb of causing the cue reports nothing', () => {
  test.each([
    ['The fines will make investors think twice.', []],
    ['The campaign let voters believe that taxes would fall.', []],
    ['Investors think the ruling will hurt banks.', [['the ruling will hurt banks', 'Investors']]],
  ] as Row[])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a report inside a reported clause with no source of its own is part of it', () => {
  test.each([
    [
      'The court said the records revealed "the privacies of life" in a way no suitcase could.',
      [['the records revealed "the privacies of life" in a way no suitcase could', 'The court']],
    ],
    [
      'The envoy said the resolution was the first to spell out what states must do.',
      [['the resolution was the first to spell out what states must do', 'The envoy']],
    ],
    [
      'The spokeswoman said the bill would restore what she called "a basic tool of security".',
      [['the bill would restore what she called "a basic tool of security"', 'The spokeswoman']],
    ],
  ] as Row[])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
