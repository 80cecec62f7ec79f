/**
 * "he" and "she" agree with the gender the article shows for a person (a courtesy title,
 * a gendered noun before the name or in apposition after it). Expected values were
 * worked out by reading each text.
 */
import { speakers, type Names } from './speakers-setup';

describe('pronouns agree with the gender the article shows', () => {
  const table: Array<[string, string, Names, Array<[string | null, string | null, string]>]> = [
    [
      '"he" after a woman spoke goes to the man named before, not the last speaker',
      'Mrs. Lane met Mr. Okafor in Leeds. “We agree on a lot,” Mrs. Lane said. Later he said the party was divided.',
      [['PERSON', 'Ruth Lane', ['Lane']], ['PERSON', 'David Okafor', ['Okafor']], ['PLACE', 'Leeds', ['Leeds']]],
      [['Lane', 'Ruth Lane', 'name'], ['he', 'David Okafor', 'pronoun']],
    ],
    [
      '"she" passes over a subject the article calls a spokesman',
      'Spokeswoman Anna Berg took questions. Spokesman Paul Roth then read a statement. She said the talks had failed.',
      [['PERSON', 'Anna Berg', ['Anna Berg']], ['PERSON', 'Paul Roth', ['Paul Roth']]],
      [['She', 'Anna Berg', 'pronoun']],
    ],
    [
      'a gendered noun in apposition shows the gender',
      'Maya Cole, the daughter of the founder, met Tom Hill. “It went well,” Mr. Hill said. She said the deal was close.',
      [['PERSON', 'Maya Cole', ['Maya Cole']], ['PERSON', 'Tom Hill', ['Tom Hill', 'Hill']]],
      [['Hill', 'Tom Hill', 'name'], ['She', 'Maya Cole', 'pronoun']],
    ],
    [
      'an unknown gender does not lose to a known one ("Mr." marks only some men)',
      'Mr. Grant met Sam Reed. “It went well,” Reed said. He said the deal was close.',
      [['PERSON', 'Ed Grant', ['Grant']], ['PERSON', 'Sam Reed', ['Sam Reed', 'Reed']]],
      [['Reed', 'Sam Reed', 'name'], ['He', 'Sam Reed', 'pronoun']],
    ],
    [
      'with no sign of gender, "he" keeps the last speaker',
      'Sam Reed met Alex Park. “It went well,” Park said. He said the deal was close.',
      [['PERSON', 'Sam Reed', ['Sam Reed']], ['PERSON', 'Alex Park', ['Alex Park', 'Park']]],
      [['Park', 'Alex Park', 'name'], ['He', 'Alex Park', 'pronoun']],
    ],
  ];
  test.each(table)('%s', (_why, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });
});
