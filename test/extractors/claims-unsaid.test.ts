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

describe('a condition not granted reports nothing', () => {
  test.each([
    ['A first offence carries a ban of four years unless the athlete proves that it was not intentional.', []],
  ] as Row[])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('team_024/025 shapes: a raised subject, a modified statement, a hyphenated subject, a second "that"', () => {
  test.each([
    // the raised subject is the whole noun phrase
    [
      "The gold medal in the men's 800 metres is expected to pass to the runner-up.",
      [["The gold medal in the men's 800 metres is expected to pass to the runner-up", null]],
    ],
    // a participle modifying the statement does not end the search for "that"
    ['His family said in a statement released through police that he was kind.', [['he was kind', 'His family']]],
    // a hyphen inside a word does not end the subject
    ['Doyle said the night-time economy had changed the area.', [['the night-time economy had changed the area', 'Doyle']]],
    // "and that" goes with "believed", not with "know"
    [
      'She said detectives believed the men did not know the victim and that the attack was random.',
      [
        ['detectives believed the men did not know the victim and that the attack was random', 'She'],
        ['the men did not know the victim and that the attack was random', 'detectives'],
      ],
    ],
    // a court's "ruled that", with the writer's comment after it left out
    ['The court ruled on Monday that the fine was lawful, a decision that ends a long dispute.', [['the fine was lawful', 'The court']]],
  ] as Row[])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
