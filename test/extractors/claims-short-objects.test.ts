/**
 * Claims round 8: what a verb of saying reports when it is no clause, a pro-form or an
 * answer ("said so", "thinks so", "said yes", "said no", "said the same of ..."), and a
 * quote after a colon that closes a sentence an earlier verb of saying reported ("As Jane
 * Doe observed, ...: “...”"). Through the whole pipeline; expected values worked out by
 * reading each sentence. Also a passive question whose agent follows an adverbial
 * ("was asked on Monday by reporters whether ...").
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

/** Each claim as [content, speaker mention]. */
function claims(text: string): Array<[string, string | null]> {
  const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.speaker.mention?.text ?? null]);
}

describe('a pro-form or an answer is what was said', () => {
  test.each([
    ['The governor said yes.', [['yes', 'The governor']]],
    ['The governor said so in an interview.', [['so', 'The governor']]],
    ['The mayor thinks so, too.', [['so', 'The mayor']]],
    ['Half of the voters said so in the earlier poll.', [['so', 'Half of the voters']]],
    ['The senator said the same of the new budget.', [['the same of the new budget', 'The senator']]],
    // a fronted question ends inside its closing mark, before the main clause's count subject
    ['Asked whether the mayor “has the integrity to serve,” 75 percent of voters said yes.', [['whether the mayor “has the integrity to serve,”', null], ['yes', '75 percent of voters']]],
    // the tokenizer reads a final "no." as one word; the claim is the word without the stop
    ['Asked whether he would run, the governor said no. He left.', [['whether he would run', null], ['no', 'the governor']]],
    // not an answer: a refusal, and an intensifier
    ['She said no to the deal.', []],
    ['He said so many things.', []],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a colon closing a reported sentence introduces more of the same words', () => {
  test.each([
    [
      'Prices kept rising. As the economist Jane Doe observed at the time, the biggest winner was not on the stage: “Wages are falling and nobody is listening.”',
      [['the biggest winner was not on the stage', 'Jane Doe'], ['Wages are falling and nobody is listening.', 'Jane Doe']],
    ],
    [
      'Prices kept rising. Jane Doe said the choice was simple: “We have no money left at all.”',
      [['the choice was simple', 'Jane Doe'], ['We have no money left at all.', 'Jane Doe']],
    ],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a question in the passive with an adverbial before its agent', () => {
  test.each([
    ['The coach was asked on Monday by reporters whether the team would win.', [['whether the team would win', 'reporters']]],
    // no agent: nobody is named as asking
    ['The coach was asked on Monday whether the team would win.', []],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a date right after the cue is the writer\'s adjunct', () => {
  test.each([
    ['The mayor said Thursday the bridge would close.', [['the bridge would close', 'The mayor']]],
    ['The mayor said Monday morning the bridge would close.', [['the bridge would close', 'The mayor']]],
    // the cue trails what was said; the date is not the content
    ['The bridge will close, the city council reported last week. It was old.', [['The bridge will close', 'the city council']]],
    ['Prices fell sharply, the union said on Friday in a statement. Wages rose.', [['Prices fell sharply', 'the union']]],
    // a weekday with a possessive is a noun
    ["The mayor said Monday's vote was unfair.", [["Monday's vote was unfair", 'The mayor']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('attributions around a quote with adjuncts', () => {
  test.each([
    [
      // a title quoted after the date and place of the attribution is not its clause
      '“The plan is a fraud,” Tom Reyes said Sunday on NBC’s “Meet the Press.”',
      [['The plan is a fraud,', 'Tom Reyes']],
    ],
    [
      'He left. As the columnist Ana Bell had written just a few years earlier, “We could not have a film industry without him.”',
      [['We could not have a film industry without him.', 'Ana Bell']],
    ],
    [
      'He left. As Omar Haddad, a professor of law, put it, “The court may well be better off with a compromise.”',
      [['The court may well be better off with a compromise.', 'Omar Haddad']],
    ],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('where a report ends: appositions and relative clauses after it', () => {
  test.each([
    // an apposition after an inverted speaker is no resumption of the sentence
    ['Federal mandates are a burden on schools, said Ruiz, an Orlando teacher.', [['Federal mandates are a burden on schools', 'Ruiz']]],
    // a parenthetical attribution still reports the whole sentence
    ['The plan, said the mayor, will cost the city far too much money.', [['The plan, said the mayor, will cost the city far too much money', 'the mayor']]],
    // a relative clause led by a preposition closes the report
    ['Ann Ruiz said she is partial to the governor, for whom she once worked.', [['she is partial to the governor', 'Ann Ruiz']]],
    // a bare count is the subject; "the same for X" is what it said
    ['While 50 percent had a favorable opinion of the mayor, 43 said the same for the governor.', [['the same for the governor', '43']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a participle after a comma attributes nothing to what comes before it', () => {
  test.each([
    ['The campaign is releasing a new ad aimed at the governor, questioning his record.', []],
    // 'dismissed' reports its object; 'endorsed by' modifies 'a sentiment'
    ['He dismissed the labels altogether, a sentiment endorsed by the crowd in the arena.', [['the labels altogether', 'He']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a verb of saying in a compound adjective, or a naming verb with its agent, reports nothing', () => {
  test.each([
    ['The United States was giving weapons to the so-called “rebels” that would find their way to other groups.', []],
    ['A self-described “geeky kid,” the senator changed his name as a teenager.', []],
    ['The vote was called by the party to force the government to act.', []],
    ['She spoke about her body-related insecurities growing up in the city.', []],
    ['The mayor called the plan “a disaster.”', [['the plan “a disaster.”', 'The mayor']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a plural noun wink may read as a verb of saying', () => {
  test.each([
    // after a possessive or a number in a noun phrase, with a relative clause or a list
    ['There are senators with courts in their states that desperately need judges.', []],
    ['The ad will air in nine states: Ohio, Iowa and Florida.', []],
    // a proportion is a subject
    ['One in five say that will not be true.', [['that will not be true', 'One in five']]],
  ] as Array<[string, Array<[string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
