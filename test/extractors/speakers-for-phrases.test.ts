/**
 * "A spokesman for the Ministry of ... said": a role noun with "for" and the body it
 * speaks for is a description that keeps its own words (ANNOTATION.md), not the body's
 * name; "the spokeswoman for the agency" is the person introduced with that role.
 * Expected values were worked out by reading each text.
 */
import { speakers, type Names } from './speakers-setup';

describe('a role "for" a body heads the speaker phrase', () => {
  const table: Array<[string, string, Names, Array<[string | null, string | null, string]>]> = [
    [
      'an indefinite spokesman for a ministry whose name has a comma',
      'A spokesman for the Ministry of Agriculture, Fisheries and Food said the ban would stay.',
      [['ORGANIZATION', 'Ministry of Agriculture, Fisheries and Food', ['Ministry of Agriculture, Fisheries and Food']]],
      [['A spokesman for the Ministry of Agriculture, Fisheries and Food', 'A spokesman for the Ministry of Agriculture, Fisheries and Food', 'description']],
    ],
    [
      'a definite spokeswoman for a body is the person introduced with that role',
      'Lena Fox, a spokeswoman for the Port Authority, met reporters. Later the spokeswoman for the Port Authority said the pier was safe.',
      [['PERSON', 'Lena Fox', ['Lena Fox']], ['ORGANIZATION', 'Port Authority', ['Port Authority']]],
      [['the spokeswoman for the Port Authority', 'Lena Fox', 'role']],
    ],
  ];
  test.each(table)('%s', (_why, text, names, expected) => {
    expect(speakers(text, names)).toEqual(expected);
  });
});
