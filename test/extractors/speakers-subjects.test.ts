/**
 * Speaker phrases of round 7: appositions (a name in apposition to a description, ages
 * and party labels after a name, relative clauses and chains inside an apposition),
 * "of"-phrases headed by their first noun, quantifiers and gerunds as subjects, any
 * adverb between subject and cue. Names and entities are built by hand, so the entity
 * stage is not involved; every expected value was worked out by reading the sentence.
 */
import { speakers, type Names } from './speakers-setup';

describe('a name in apposition, labels and ages after a name', () => {
  const table: Array<[string, string, Names, Array<[string | null, string | null, string]>]> = [
    [
      'a description, then the person\'s name in commas: the name speaks',
      'The mayor of Rome, Roberto Gualtieri, said the city would close its schools.',
      [['PERSON', 'Roberto Gualtieri', ['Roberto Gualtieri']], ['PLACE', 'Rome', ['Rome']]],
      [['Roberto Gualtieri', 'Roberto Gualtieri', 'name']],
    ],
    [
      'a titled name with a party label in apposition',
      'Another former lawmaker, Sen. Joe Lieberman (I-CT), also stated that he would vote for the treaty.',
      [['PERSON', 'Joe Lieberman', ['Joe Lieberman']]],
      [['Joe Lieberman', 'Joe Lieberman', 'name']],
    ],
    [
      'a place in apposition is no speaker: the description before it stays',
      'Officials in Springfield, Illinois, said the bridge would close.',
      [['PLACE', 'Springfield', ['Springfield']], ['PLACE', 'Illinois', ['Illinois']]],
      [['Officials in Springfield', 'Officials in Springfield', 'description']],
    ],
    [
      'a group located by a list of places is one description, not the last place',
      'Officials in Egypt, Qatar and Jordan said the talks would resume.',
      [['PLACE', 'Egypt', ['Egypt']], ['PLACE', 'Qatar', ['Qatar']], ['PLACE', 'Jordan', ['Jordan']]],
      [['Officials in Egypt, Qatar and Jordan', 'Officials in Egypt, Qatar and Jordan', 'description']],
    ],
    [
      'a joint source opening the sentence stays joint',
      'Russia and China said the vote was illegal.',
      [['PLACE', 'Russia', ['Russia']], ['PLACE', 'China', ['China']]],
      [['Russia and China', 'Russia and China', 'name']],
    ],
    [
      'a party label before the comma of an apposition that holds a compound with a participle',
      'Rep. Maria Lopez (D-NM), chair of the party\'s platform drafting committee, said the vote was close.',
      [['PERSON', 'Maria Lopez', ['Maria Lopez']]],
      [['Maria Lopez', 'Maria Lopez', 'name']],
    ],
    [
      'an age in commas before a relative clause',
      'Tom Baker, 58, who lives outside Leeds, says he had never voted before.',
      [['PERSON', 'Tom Baker', ['Tom Baker']], ['PLACE', 'Leeds', ['Leeds']]],
      [['Tom Baker', 'Tom Baker', 'name']],
    ],
    [
      'a relative clause inside the apposition (no comma before "who")',
      'Anna Weiss, a close friend of the senator who was her chief of staff, said the plan was sound.',
      [['PERSON', 'Anna Weiss', ['Anna Weiss']]],
      [['Anna Weiss', 'Anna Weiss', 'name']],
    ],
    [
      'two appositions in a row, one with a hyphenated participle',
      'Karl Brandt, editor of The Courier, an influential Berlin-based newspaper, wrote that the race was close.',
      [['PERSON', 'Karl Brandt', ['Karl Brandt']], ['ORGANIZATION', 'The Courier', ['The Courier']], ['PLACE', 'Berlin', ['Berlin']]],
      [['Karl Brandt', 'Karl Brandt', 'name']],
    ],
  ];
  test.each(table)('%s', (_why, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });
});

describe('the head of an of-phrase', () => {
  const table: Array<[string, string, Names, Array<[string | null, string | null, string]>]> = [
    [
      '"the mayor of Rome" is a role, resolved to the person introduced with it',
      'Mayor of Rome Roberto Gualtieri met the pope. Later the mayor of Rome said the city would close its schools.',
      [['PERSON', 'Roberto Gualtieri', ['Roberto Gualtieri']], ['PLACE', 'Rome', ['Rome']]],
      [['the mayor of Rome', 'Roberto Gualtieri', 'role']],
    ],
    [
      '"the wife of" a person is not that person',
      'The wife of Omar Haddad said the family had fled.',
      [['PERSON', 'Omar Haddad', ['Omar Haddad']]],
      [['The wife of Omar Haddad', 'The wife of Omar Haddad', 'description']],
    ],
    [
      'a capitalised title with "of" before a person\'s name stays the name\'s title',
      'Secretary of State Antony Blinken said the truce was over.',
      [['PERSON', 'Antony Blinken', ['Antony Blinken']]],
      [['Antony Blinken', 'Antony Blinken', 'name']],
    ],
  ];
  test.each(table)('%s', (_why, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });
});

describe('quantifiers, gerunds and adverbs at the subject', () => {
  const table: Array<[string, string, Array<[string | null, string | null, string]>]> = [
    ['a quantifier alone', 'Many speculated that he might run again.', [['Many', 'Many', 'description']]],
    ['a quantifier before an auxiliary', 'Some have suggested that the plan is weak.', [['Some', 'Some', 'description']]],
    ['a fraction with "less than"', 'Less than a third agreed that the plan was right.', [['Less than a third', 'Less than a third', 'description']]],
    ['a gerund after a modifier', 'Exit polling showed that the governor won.', [['Exit polling', 'Exit polling', 'description']]],
    ['an adverb wink does not list between subject and cue', 'Fact-checkers soon noted that the figure was wrong.', [['Fact-checkers', 'Fact-checkers', 'description']]],
    ['"since" between auxiliary and cue', 'The board has since said that the figure was wrong.', [['The board', 'The board', 'description']]],
  ];
  test.each(table)('%s', (_why, text, expected) => {
    expect(speakers(text, [])).toEqual(expected);
  });
});

describe('datelines and a name in apposition after the subject', () => {
  const table: Array<[string, string, Names, Array<[string | null, string | null, string]>]> = [
    [
      'a capitalised dateline and its dash are not the subject of a participle',
      'LYON — Mayor Paul Girard defended the plan on Monday, saying the tram would pay for itself.',
      [['PLACE', 'LYON', ['LYON']], ['PERSON', 'Paul Girard', ['Paul Girard']]],
      [['Paul Girard', 'Paul Girard', 'name']],
    ],
    [
      'a dateline with a state and an agency credit',
      'Leeds, Yorks. (Reuters) - Anna Weiss met voters and said the vote was close.',
      [['PLACE', 'Leeds', ['Leeds']], ['ORGANIZATION', 'Reuters', ['Reuters']], ['PERSON', 'Anna Weiss', ['Anna Weiss']]],
      [['Anna Weiss', 'Anna Weiss', 'name']],
    ],
    [
      'a name before a dash with no dateline marks stays the subject',
      'Hamas — which runs Gaza — rejected the plan, saying it was a trap.',
      [['ORGANIZATION', 'Hamas', ['Hamas']], ['PLACE', 'Gaza', ['Gaza']]],
      [['Hamas', 'Hamas', 'name']],
    ],
    [
      'a description with a hyphenated compound, then the person\'s name in commas',
      "France's far-right party leader, Marine Le Pen, voiced support for the deal on Wednesday, saying it would bring jobs.",
      [['PLACE', 'France', ['France']], ['PERSON', 'Marine Le Pen', ['Marine Le Pen']]],
      [['Marine Le Pen', 'Marine Le Pen', 'name']],
    ],
  ];
  test.each(table)('%s', (_why, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });
});
