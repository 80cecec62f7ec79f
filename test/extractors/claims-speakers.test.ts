/**
 * Speaker resolution against the NameMention / EntityGroup contract, with names and
 * entities built by hand (the entity stage is not involved), and without any names
 * (the stand-in proper-noun runs). Expected names were worked out by reading the text.
 */
import { buildTextLayer } from '../../src/pipeline/text-layer';
import { createClaimFinder, resolveSpeakers } from '../../src/extractors/claims';
import type { EntityType } from '../../src/pipeline/document';
import { resolveWithNames as setup } from './speakers-setup';

const find = createClaimFinder();

const speakersOf = (claims: ReturnType<typeof setup>) =>
  claims.map((c) => [c.speaker.mention?.text ?? null, c.speaker.name, c.speaker.entityId, c.speaker.form]);

describe('speaker resolution with entities', () => {
  const table: Array<[string, string, Array<[EntityType, string, string[]]>, unknown[]]> = [
    [
      'a surname resolves to the canonical name and entity id',
      'Ghazi Hamad spoke on TV. “The Americans are dreaming,” Hamad said.',
      [['PERSON', 'Ghazi Hamad', ['Ghazi Hamad', 'Hamad']]],
      [['Hamad', 'Ghazi Hamad', 'E1', 'name']],
    ],
    [
      'a role noun resolves to the person introduced with that role',
      'Israel warned Prime Minister Benjamin Netanyahu on Monday. “Gaza City is surrounded,” says the prime minister.',
      [['PERSON', 'Benjamin Netanyahu', ['Benjamin Netanyahu', 'Netanyahu']]],
      [['the prime minister', 'Benjamin Netanyahu', 'E1', 'role']],
    ],
    [
      'a role given in apposition before the name ("The Commissioner for Agriculture, Janusz Wojciechowski")',
      'The Commissioner for Agriculture, Janusz Wojciechowski, was cautious. In a statement, the commissioner explained that Brussels would present a proposal.',
      [['PERSON', 'Janusz Wojciechowski', ['Janusz Wojciechowski']]],
      [['the commissioner', 'Janusz Wojciechowski', 'E1', 'role']],
    ],
    [
      'a role compares adviser and advisor, and prefers the role sharing more words',
      'National Security Advisor Jake Sullivan and US President Joe Biden met. The talks went well, said the National Security Adviser.',
      [
        ['PERSON', 'Jake Sullivan', ['Jake Sullivan']],
        ['PERSON', 'Joe Biden', ['Joe Biden']],
      ],
      [['the National Security Adviser', 'Jake Sullivan', 'E1', 'role']],
    ],
    [
      'an apposition gives the role ("X, spokesperson for ...")',
      'John Kirby, spokesperson for the National Security Council, arrived. The spokesperson said that talks go on.',
      [['PERSON', 'John Kirby', ['John Kirby']]],
      [['The spokesperson', 'John Kirby', 'E1', 'role']],
    ],
    [
      '"he" resolves to the person who spoke last',
      'Kirby said that aid will continue. “It is still the same,” he replied.',
      [['PERSON', 'John Kirby', ['Kirby']]],
      [
        ['Kirby', 'John Kirby', 'E1', 'name'],
        ['he', 'John Kirby', 'E1', 'pronoun'],
      ],
    ],
    [
      '"he" resolves to a person brought in as a subject since the last speaker spoke',
      'Salvini replied that the strike breaks the rules. The mayor of Rome, Roberto Gualtieri, expressed concern. He explained that buses will run in the morning.',
      [
        ['PERSON', 'Matteo Salvini', ['Salvini']],
        ['PLACE', 'Rome', ['Rome']],
        ['PERSON', 'Roberto Gualtieri', ['Roberto Gualtieri']],
      ],
      [
        ['Salvini', 'Matteo Salvini', 'E1', 'name'],
        ['He', 'Roberto Gualtieri', 'E3', 'pronoun'],
      ],
    ],
    [
      'a relative pronoun keeps its span and takes its antecedent',
      '“We want more aid,” said Kirby, who said that Hamas still holds hostages.',
      [['PERSON', 'John Kirby', ['Kirby']]],
      [
        ['Kirby', 'John Kirby', 'E1', 'name'],
        ['who', 'John Kirby', 'E1', 'relative'],
      ],
    ],
    [
      'an organization speaks for itself',
      'The White House announced that teams will meet in Washington.',
      [
        ['ORGANIZATION', 'White House', ['White House']],
        ['PLACE', 'Washington', ['Washington']],
      ],
      [['White House', 'White House', 'E1', 'name']],
    ],
    [
      'an unnamed source keeps its own words',
      'Two US and Israeli officials also said that the deal was close.',
      [['PLACE', 'United States', ['US']]],
      [['Two US and Israeli officials', 'Two US and Israeli officials', null, 'description']],
    ],
    [
      'a quote with no cue takes the last speaker, with no mention',
      'Netanyahu said that the war goes on.\n\n“We will respond forcefully to every attack.”',
      [['PERSON', 'Benjamin Netanyahu', ['Netanyahu']]],
      [
        ['Netanyahu', 'Benjamin Netanyahu', 'E1', 'name'],
        [null, 'Benjamin Netanyahu', 'E1', 'inferred'],
      ],
    ],
  ];
  it.each(table)('%s', (_, text, people, expected) => {
    expect(speakersOf(setup(text, people))).toEqual(expected);
  });

  it('does not change the claims it is given', () => {
    const text = 'Kirby said that aid will continue.';
    const { tokens, sentences } = buildTextLayer(text);
    const claims = find({ text, tokens, sentences, names: [] });
    const before = JSON.stringify(claims);
    resolveSpeakers({ text, tokens, sentences, names: [], claims, entities: [] });
    expect(JSON.stringify(claims)).toBe(before);
  });
});

describe('speaker resolution without names', () => {
  it('takes the fullest proper-noun run ending with the same word, titles cut off', () => {
    const text = 'State Department spokesman Vedant Patel spoke first. “We do not support it,” Patel said.';
    expect(speakersOf(setup(text, []))).toEqual([['Patel', 'Vedant Patel', null, 'name']]);
  });
});
