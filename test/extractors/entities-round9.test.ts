/**
 * Round 9: clubs named in English words opening a row of a results or standings table
 * in a sports report (find-spans.ts keeps a row's first words, type-names.ts types
 * them). Expected types written by hand from ANNOTATION.md: a club is an ORGANIZATION.
 */
import { createNameFinder } from '../../src/extractors/entities';
import { namePairs as pairs } from './entities-setup';

const find = createNameFinder();

// A sports report (five sports words, some used in sport alone) to put rows in.
const SPORT = 'The league season goes on and the club coach praised the team after the match .\n';

describe('a table row in a sports report opens with a club, whatever its words', () => {
  const table: Array<[string, string[]]> = [
    // An English word wink tags as a verb, then a standings row.
    ['Bury 4 3 1 0 8 2 10', ['Bury/ORGANIZATION']],
    ['Hull 4 2 2 0 4 2 8', ['Hull/ORGANIZATION']],
    // Two ordinary words: one club, not dropped word by word.
    ['Crystal Palace 4 1 2 1 4 3 5', ['Crystal Palace/ORGANIZATION']],
    ['Red Star 4 4 0 0 9 3 12', ['Red Star/ORGANIZATION']],
    // A result row: both clubs.
    ['Bury 4 Bristol City 0', ['Bury/ORGANIZATION', 'Bristol City/ORGANIZATION']],
  ];
  test.each(table)('%s', (row, expected) => {
    expect(pairs(SPORT + 'Standings :\n' + row + '\n')).toEqual(expected);
  });
  test('outside a sports report a row of figures opened by ordinary words names nothing', () => {
    expect(pairs('Profits rose in the quarter , the company said .\nNet Profit 4 3 1\n')).toEqual([]);
  });
  test('a sentence starting with an ordinary word and a figure is no row', () => {
    expect(pairs(SPORT + 'Hull 4 times .\n')).toEqual([]);
  });
});

describe("a press digest's newspaper headings", () => {
  const DIGEST = 'PRESS DIGEST - Kenya - May 3 .\nThese are the leading stories in the Kenyan press .\n';
  test('a line in capitals before a paper\'s stories is the paper, whole', () => {
    expect(pairs(DIGEST + 'DAILY NATION\nThe government cut taxes .\nNAIROBI STAR\nFarmers protested in Nakuru .\n')).toEqual([
      'Kenya/PLACE', 'DAILY NATION/ORGANIZATION', 'NAIROBI STAR/ORGANIZATION', 'Nakuru/PLACE',
    ]);
  });
  test('one English word in capitals is a section label, not a paper', () => {
    expect(pairs(DIGEST + 'POLITICS\nThe government cut taxes .\n')).toEqual(['Kenya/PLACE']);
  });
  test('outside a press digest a line in capitals keeps its place', () => {
    expect(pairs('Rain falls on the city .\nThe storm went on .\nNAIROBI STAR\nThe government cut taxes .\n')).not.toContain('NAIROBI STAR/ORGANIZATION');
  });
});

describe("a company's first word alone, where the article names it with its legal form", () => {
  const table: Array<[string, string[]]> = [
    ['Halvard Bancorp Inc. reported a profit . Analysts expect a bid for Halvard .', ['Halvard Bancorp Inc./ORGANIZATION', 'Halvard/ORGANIZATION']],
    // Ordinary words as a bank's name ("grab Mercantile or Commerce").
    ['Shares of Granite Bancshares Inc. rose . Buyers may grab Granite first .', ['Granite Bancshares Inc./ORGANIZATION', 'Granite/ORGANIZATION']],
    // Part of a person's full name in the article: the person.
    ['Tom Keller founded Keller Lumber Inc. in 1950 . The lumber yard made Keller rich .', ['Tom Keller/PERSON', 'Keller Lumber Inc./ORGANIZATION', 'Keller/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("an industry's name closing a firm's", () => {
  const table: Array<[string, string[]]> = [
    ['Shares in Dow Chemical rose .', ['Dow Chemical/ORGANIZATION']],
    ['He sold Harlow Medical last year .', ['Harlow Medical/ORGANIZATION']],
    ['Orders went to Halden Controls and Marsh Cables .', ['Halden Controls/ORGANIZATION', 'Marsh Cables/ORGANIZATION']],
    // A given name before it: a person ("Tom Steel").
    ['Talks with Tom Steel ended .', ['Tom Steel/PERSON']],
    // A portfolio title, not a firm.
    ['Hong Kong Financial Secretary Donald Tsang spoke .', ['Hong Kong/PLACE', 'Donald Tsang/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
