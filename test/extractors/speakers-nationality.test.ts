/**
 * "the Swede said": a nationality noun after "the" is a role noun for the person the
 * article tied to that nationality; and a pronoun chain ("He turns 30 ... he said")
 * reaches back to the subject that opened it. Expected values were worked out by
 * reading each text.
 */
import { resolveWithNames, speakers, type Names } from './speakers-setup';

describe('a nationality after "the" stands for the person of that nationality', () => {
  const table: Array<[string, string, Names, Array<[string | null, string | null, string]>]> = [
    [
      'a possessive country before the name ties the person',
      "France's Claire Dubois beat Norway's Lars Holm in the final. “It was a tough match,” the Norwegian said.",
      [['PERSON', 'Claire Dubois', ['Claire Dubois']], ['PERSON', 'Lars Holm', ['Lars Holm']], ['PLACE', 'France', ['France']], ['PLACE', 'Norway', ['Norway']]],
      [['the Norwegian', 'Lars Holm', 'role']],
    ],
    [
      '"of" and the country after the name tie the person, not the one named later',
      'Lars Holm of Norway beat Claire Dubois of France. “She was better than me for two sets,” the Norwegian said.',
      [['PERSON', 'Claire Dubois', ['Claire Dubois']], ['PERSON', 'Lars Holm', ['Lars Holm']], ['PLACE', 'France', ['France']], ['PLACE', 'Norway', ['Norway']]],
      [['the Norwegian', 'Lars Holm', 'role']],
    ],
    [
      'with no tie the nationality noun is the person named last',
      'Lars Holm lost the final on Sunday. “I was tired,” the Dane said.',
      [['PERSON', 'Lars Holm', ['Lars Holm']]],
      [['the Dane', 'Lars Holm', 'role']],
    ],
  ];
  test.each(table)('%s', (_why, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });
});

describe('a sentence opening with the same pronoun carries the chain back', () => {
  const table: Array<[string, string, Names, Array<[string | null, string | null, string]>]> = [
    [
      '"He turns 30" between the subject and "he said" keeps the subject, not the last speaker',
      'Anna Berg, the mayor, said the budget was tight. Tom Hill plays on Sunday. He turns 30 next week. “I will buy everyone dinner,” he said.',
      [['PERSON', 'Anna Berg', ['Anna Berg']], ['PERSON', 'Tom Hill', ['Tom Hill']]],
      [['Anna Berg', 'Anna Berg', 'name'], ['he', 'Tom Hill', 'pronoun']],
    ],
  ];
  test.each(table)('%s', (_why, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });
});

describe('a claim nested in a quote does not take over as the last speaker', () => {
  test('the next quote stays with the quote\'s speaker', () => {
    const text = 'Claire Beau defended the plan on Monday. Graham Tull, the critic, said the move came late. “She stood up and told us there was nothing to see,” he said. “Now we know why she wanted us to look away.”';
    const names: Names = [['PERSON', 'Claire Beau', ['Claire Beau']], ['PERSON', 'Graham Tull', ['Graham Tull']]];
    expect(resolveWithNames(text, names).map((c) => [c.content.text, c.speaker.name])).toEqual([
      ['the move came late', 'Graham Tull'],
      ['She stood up and told us there was nothing to see,', 'Graham Tull'],
      ['there was nothing to see', 'Claire Beau'],
      ['Now we know why she wanted us to look away.', 'Graham Tull'],
    ]);
  });
});
