/**
 * Claims round 8: the subject of a cue in a participle clause that opens the sentence
 * ("Having announced ..., Judge Lopez said"), a second verb of the same subject after
 * 'and'/'but' and an adverbial or auxiliaries ("but on Tuesday wrote", "but did not
 * suggest"), and where such a verb ends the first report. Names and entities are built
 * by hand (speakers-setup), so the entity stage is not involved; every expected value
 * was worked out by reading the sentence.
 */
import type { Names } from './speakers-setup';
import { resolveWithNames } from './speakers-setup';

/** Each claim as [content, speaker mention]. */
function claims(text: string, people: Names = []): Array<[string, string | null]> {
  return resolveWithNames(text, people).map((c) => [c.content.text, c.speaker.mention?.text ?? null]);
}

describe('a participle clause opening the sentence has the main clause\'s subject', () => {
  const table: Array<[string, Names, Array<[string, string | null]>]> = [
    [
      'Having announced the settlement on Monday, Judge Maria Lopez said the case was closed.',
      [['PERSON', 'Maria Lopez', ['Maria Lopez']]],
      [['the settlement', 'Maria Lopez'], ['the case was closed', 'Maria Lopez']],
    ],
    [
      'After criticising the plan for weeks, the senator wrote that it would fail.',
      [],
      [['the plan for weeks', 'the senator'], ['it would fail', 'the senator']],
    ],
    [
      'Speaking to reporters on Friday, the mayor said the bridge would reopen.',
      [],
      [['the bridge would reopen', 'the mayor']],
    ],
  ];
  test.each(table)('%s', (text, names, expected) => {
    expect(claims(text, names)).toEqual(expected);
  });
});

describe('a second verb after "and"/"but" and an adverbial or auxiliaries', () => {
  const table: Array<[string, Names, Array<[string, string | null]>]> = [
    [
      // the time adverbial does not hide 'but'; the first report ends before it
      'The columnist praised the deal but on Tuesday wrote that it was flawed.',
      [],
      [['the deal', 'The columnist'], ['it was flawed', 'The columnist']],
    ],
    [
      'The governor said that he would sign the bill but did note that the vote was close.',
      [],
      [['he would sign the bill', 'The governor'], ['the vote was close', 'The governor']],
    ],
    [
      // 'did' is parallel to the reported clause's own verb: it goes on with its subject
      // (the nested belief names no source of its own in a speaker phrase: it is part of
      // Haddad's claim, not a claim with no speaker; a negated belief asserts nothing anyway)
      'Omar Haddad said the ministers did not trust the envoy and did not believe the talks would last.',
      [['PERSON', 'Omar Haddad', ['Omar Haddad']]],
      [['the ministers did not trust the envoy and did not believe the talks would last', 'Omar Haddad']],
    ],
    [
      // a new subject after 'and' is its own speaker
      'The mayor said the road was safe, and the police later said it was closed.',
      [],
      [['the road was safe', 'The mayor'], ['it was closed', 'the police']],
    ],
  ];
  test.each(table)('%s', (text, names, expected) => {
    expect(claims(text, names)).toEqual(expected);
  });
});

describe('subjects the tagger misreads', () => {
  const table: Array<[string, Names, Array<[string, string | null]>]> = [
    [
      // a capitalised word tagged as a verb, bare before the cue, is a name nobody found
      'Cook said the minister stopped the practice.',
      [],
      [['the minister stopped the practice', 'Cook']],
    ],
    [
      // "last year" is a time adverbial: the relative pronoun is the subject (its mention
      // is 'who'), and the report ends where the main clause resumes
      // (A threat to act is an undertaking, no claim: the example reports a claim instead.)
      'Senator Ann Ruiz, who last year said the agency should close, spoke on Monday.',
      [['PERSON', 'Ann Ruiz', ['Ann Ruiz']]],
      [['the agency should close', 'who']],
    ],
    [
      // ', then says': the second verb of the same subject
      'The governor shook hands with the crowd, then says he will sign the bill.',
      [],
      [['he will sign the bill', 'The governor']],
    ],
  ];
  test.each(table)('%s', (text, names, expected) => {
    expect(claims(text, names)).toEqual(expected);
  });
});

describe('the subject of a participle that introduces a quote', () => {
  const table: Array<[string, Names, Array<[string, string | null]>]> = [
    [
      // a quote opening the sentence is the speaker's words, not the subject
      '“It has been a total disaster,” Ann Ruiz said, adding, “Nobody cares about it.”',
      [['PERSON', 'Ann Ruiz', ['Ann Ruiz']]],
      [['It has been a total disaster,', 'Ann Ruiz'], ['Nobody cares about it.', 'Ann Ruiz']],
    ],
    [
      // "Hours later," is a time adverbial
      'Hours later, Ann Ruiz returned the compliment, telling reporters, “We have been friends for a long time.”',
      [['PERSON', 'Ann Ruiz', ['Ann Ruiz']]],
      [['We have been friends for a long time.', 'Ann Ruiz']],
    ],
    [
      // a long opening adverbial with a place in it: the subject after its comma speaks
      'In response to the proposal to close the border with Canada, the senator rallied supporters, saying: “We have to be ready to stop it.”',
      [['PLACE', 'Canada', ['Canada']]],
      [['We have to be ready to stop it.', 'the senator']],
    ],
  ];
  test.each(table)('%s', (text, names, expected) => {
    expect(claims(text, names)).toEqual(expected);
  });
});

describe('a subject with a restrictive modifier before the cue', () => {
  const table: Array<[string, Names, Array<[string, string | null]>]> = [
    ['Officials who saw the report said it was wrong.', [], [['it was wrong', 'Officials']]],
    [
      'Another intelligence source speaking to Fox News said the agents are investigating.',
      [['ORGANIZATION', 'Fox News', ['Fox News']]],
      [['the agents are investigating', 'Another intelligence source']],
    ],
    [
      'An official who spoke anonymously to discuss internal strategy said the talks had stalled.',
      [],
      [['the talks had stalled', 'An official']],
    ],
  ];
  test.each(table)('%s', (text, names, expected) => {
    expect(claims(text, names)).toEqual(expected);
  });
});

describe('the subject a participle reports for, past an adverbial\'s commas and the main verb\'s object', () => {
  const table: Array<[string, Names, Array<[string, string | null]>]> = [
    [
      'At a rally in Portsmouth, N.H., on Tuesday, Senator Ann Ruiz of Vermont met the governor, saying that her former rival would make a fine president.',
      [['PERSON', 'Ann Ruiz', ['Ann Ruiz']], ['PLACE', 'Portsmouth', ['Portsmouth']], ['PLACE', 'N.H.', ['N.H.']], ['PLACE', 'Vermont', ['Vermont']]],
      [['her former rival would make a fine president', 'Ann Ruiz']],
    ],
    [
      // the name before the participle's comma is the object of the main verb
      'When the family moved back to Tennessee, his mother refused to teach him Japanese, insisting that her son was American.',
      [['PLACE', 'Tennessee', ['Tennessee']], ['ORGANIZATION', 'Japanese', ['Japanese']]],
      [['her son was American', 'his mother']],
    ],
  ];
  test.each(table)('%s', (text, names, expected) => {
    expect(claims(text, names)).toEqual(expected);
  });
});

describe('a place with its region inside an apposition', () => {
  const table: Array<[string, Names, Array<[string, string | null]>]> = [
    [
      'Ann Ruiz, speaking at a rally in Wilmington, N.C., warned that the plan would fail.',
      [['PERSON', 'Ann Ruiz', ['Ann Ruiz']], ['PLACE', 'Wilmington', ['Wilmington']], ['PLACE', 'N.C.', ['N.C.']]],
      [['the plan would fail', 'Ann Ruiz']],
    ],
    [
      // a stray comma after a name's party label
      'After winning Ohio, Gov. Omar Haddad (R-OH), said, “I am getting ready to rent a covered wagon.”',
      [['PERSON', 'Omar Haddad', ['Omar Haddad']], ['PLACE', 'Ohio', ['Ohio']]],
      [['I am getting ready to rent a covered wagon.', 'Omar Haddad']],
    ],
    [
      'Omar Haddad, 22, of Flint, Mich., said he had not voted.',
      [['PERSON', 'Omar Haddad', ['Omar Haddad']], ['PLACE', 'Flint', ['Flint']], ['PLACE', 'Mich.', ['Mich.']]],
      [['he had not voted', 'Omar Haddad']],
    ],
  ];
  test.each(table)('%s', (text, names, expected) => {
    expect(claims(text, names)).toEqual(expected);
  });
});
