/**
 * Claims round 12, found with the hand-annotated team_014 (a central bank's rate
 * decision) and team_015 (a conflict report): speakers located by a place's kind ("the
 * health ministry in North Kordofan state"), a name in apposition after a description
 * or a role with its complement ("The United Nations humanitarian office, OCHA,", "Its
 * coordinator for Sudan, Marta Lindqvist,"), nominal adjectives ("the military said"), a
 * relative clause that only names its head ("a woman who identified herself as ..."), an
 * object with a label and an apposition before its preposition ("blamed X (Y), the
 * group ..., for Z"), an abbreviation's period before a quote ("10 a.m. “..."), "called
 * on X to" (a directive like "urged"), a poll's sample after "of", "expected the bank to hold" (a belief's object
 * and infinitive) by "Two of them", and "the group" after a
 * platform ("In a post on Telegram, the group said"). Through the whole
 * pipeline; expected values worked out by reading each sentence.
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

type Row = [string, string | null, string | null, string | null];

/** Each claim as [content, cue, speaker mention, speaker name]. */
function claims(text: string): Row[] {
  const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.cue?.text ?? null, c.speaker.mention?.text ?? null, c.speaker.name]);
}

describe('who speaks', () => {
  test.each([
    // a body located by a place's kind, trailing and leading
    ['Shells struck a market on Friday, killing 31 people, the health ministry in North Kordofan state said.',
      [['Shells struck a market on Friday, killing 31 people', 'said', 'the health ministry in North Kordofan state', 'the health ministry in North Kordofan state']]],
    ['A spokesman in the capital said the talks had failed.', [['the talks had failed', 'said', 'A spokesman in the capital', 'A spokesman in the capital']]],
    // a body's name in apposition to a description; a person's after a role with its complement
    ['The United Nations humanitarian office, OCHA, said it was appalled by the reports.', [['it was appalled by the reports', 'said', 'OCHA', 'OCHA']]],
    ['The agency\u2019s director for Europe, Hans Kluge, said cases were rising.', [['cases were rising', 'said', 'Hans Kluge', 'Hans Kluge']]],
    // not a place after a place
    ['The mayor of Rome, Italy, said the city would act.', [['the city would act', 'said', 'The mayor of Rome', 'The mayor of Rome']]],
    // nominal adjectives
    ['Late on Friday, the military said in a statement that its drones had destroyed three guns.', [['its drones had destroyed three guns', 'said', 'the military', 'the military']]],
    ['The accused told the court he was innocent.', [['he was innocent', 'told', 'The accused', 'The accused']]],
    // a relative clause that only gives its head's name
    ['A woman who identified herself as Maria Gomez said she had lost her home.', [['she had lost her home', 'said', 'Maria Gomez', 'Maria Gomez']]],
    ['A man who knows Smith said the plan was bad.', [['the plan was bad', 'said', 'A man', 'A man']]],
    // "the group" is the body named last, not the platform its words went out on
    ['The RSF denied any role. In a post on Telegram, the group said its fighters had not fired on the city.',
      [['any role', 'denied', 'RSF', 'RSF'], ['its fighters had not fired on the city', 'said', 'the group', 'RSF']]],
    // a body the entity stage missed keeps its own name; a fuller name must end with it
    ['The Reserve Bank of New Zealand cut rates. The economy shrank in the second quarter, according to Statistics New Zealand.',
      [['The economy shrank in the second quarter', 'according to', 'Statistics New Zealand', 'Statistics New Zealand']]],
    // a poll's sample is not its source
    ['A cut was the most common forecast, according to a Reuters poll of 22 economists.', [['A cut was the most common forecast', 'according to', 'Reuters', 'Reuters']]],
    ['According to a poll of 500 voters, the mayor leads.', [['the mayor leads', 'According to', 'a poll', 'a poll']]],
  ] as Array<[string, Row[]]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('what is said', () => {
  test.each([
    // the object of "blamed" with its label and apposition, up to its own preposition
    ['The army blamed the Rapid Support Forces (RSF), the paramilitary group it has fought for two years, for the attack.',
      [['the Rapid Support Forces (RSF), the paramilitary group it has fought for two years, for the attack', 'blamed', 'The army', 'The army']]],
    // an abbreviation's period before a capitalised quote ends the sentence
    ['A trader, Ali Musa, told AFP that the first shell landed at 10 a.m. \u201cWe ran to the cars,\u201d he said.',
      [['the first shell landed at 10 a.m.', 'told', 'Ali Musa', 'Ali Musa'], ['We ran to the cars,', 'said', 'he', 'Ali Musa']]],
    // "called on X to" is a directive like "urged"; a visit is not
    ['The envoy called on both sides to return to the talks.', [['both sides to return to the talks', 'called on', 'The envoy', 'The envoy']]],
    ['The office said it was appalled and called on both sides to protect civilians.',
      [['it was appalled', 'said', 'The office', 'The office'], ['both sides to protect civilians', 'called on', 'The office', 'The office']]],
    ['The president called on the families of the victims on Monday.', []],
    // a belief with an object and its infinitive (the verbs whose passive raises: "is expected to")
    ['Most economists expected inflation to ease.', [['inflation to ease', 'expected', 'Most economists', 'Most economists']]],
    ['Two of them had expected the bank to hold.', [['the bank to hold', 'expected', 'Two of them', 'Two of them']]],
    ['Police believe the fire to have been deliberate.', [['the fire to have been deliberate', 'believe', 'Police', 'Police']]],
    // not a feeling's object, nor the subject's own plan
    ['He felt the need to act.', []],
    ['She expects to win.', []],
  ] as Array<[string, Row[]]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
