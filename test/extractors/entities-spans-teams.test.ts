/**
 * Round 3 span and typing mechanisms (find-spans.ts, context-cues.ts, type-names.ts,
 * index.ts): joiners after a head word only, nationalities inside a body's name, given
 * names at a list start, teams named after places, and what makes a text a sports
 * report. Expected values written by hand from ANNOTATION.md.
 */
import { createNameFinder } from '../../src/extractors/entities';
import { namePairs as pairs } from './entities-setup';

const find = createNameFinder();

// A sports report (five sports words, some used in sport alone) to put names in.
const SPORT = 'The league season goes on and the club coach praised the team after the match .\n';

describe('"of" joins a name after a head word, not after a person or a legal form', () => {
  const table: Array<[string, string[]]> = [
    ['He was a former Bank of England governor .', ['Bank of England/ORGANIZATION']],
    ['It bought Zorvex Pharmaceuticals Inc of St. Petersburg on Friday .', ['Zorvex Pharmaceuticals Inc/ORGANIZATION', 'St. Petersburg/PLACE']],
    // The name after "of" ends in a legal form: one company.
    ['Workers struck at Gold Fields of South Africa Ltd on Friday .', ['Gold Fields of South Africa Ltd/ORGANIZATION']],
    ['He said Security Council President Tono Eitel of Germany spoke .', ['Security Council/ORGANIZATION', 'Tono Eitel/PERSON', 'Germany/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a nationality is part of a body name that ends in a head word', () => {
  const table: Array<[string, string[]]> = [
    ['The Scottish Labour Party backs a referendum .', ['Scottish Labour Party/ORGANIZATION']],
    ['The report was monitored by the British Broadcasting Corporation .', ['British Broadcasting Corporation/ORGANIZATION']],
    // Before a person it still describes: not part of the name.
    ['The coach praised Australian Tom Moody on Friday .', ['Tom Moody/PERSON']],
    // Before a title it describes too ("Russian Foreign Minister").
    ['He met Russian Foreign Minister Yevgeny Primakov .', ['Yevgeny Primakov/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a given name that is also an English word starts a list line', () => {
  const table: Array<[string, string[]]> = [
    ['Results :\n7. Frank Busemann ( Germany ) 13.58', ['Frank Busemann/PERSON', 'Germany/PLACE']],
    ['Results :\n6. Jean Galfione ( France ) 5.65', ['Jean Galfione/PERSON', 'France/PLACE']],
    // The second word is English: the first stays an ordinary sentence word.
    ['Results :\nFirst Division matches were played .', []],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('teams named after places in sports reports', () => {
  const table: Array<[string, string[]]> = [
    // A place acting in the report is the team; after "in" it is the place.
    [`${SPORT}Kent stepped up a gear . He lives in Kent .`, ['Kent/ORGANIZATION', 'Kent/PLACE']],
    [`${SPORT}Zorvex singled and homered for Cleveland .`, ['Zorvex/PERSON', 'Cleveland/ORGANIZATION']],
    // A fixture list: the visiting team before "AT", the venue after it.
    [`BASEBALL - SCHEDULE .\n${SPORT}KANSAS CITY AT DETROIT\nCHICAGO AT TORONTO`, ['KANSAS CITY/ORGANIZATION', 'DETROIT/PLACE', 'CHICAGO/ORGANIZATION', 'TORONTO/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('market copy with "race", "season" and "points" is no sports report', () => {
    const text = 'The race for the White House heats up this season and stocks fell 30 points . Analysts said Wall Street will need to worry .';
    expect(pairs(text)).toEqual(['White House/ORGANIZATION', 'Wall Street/PLACE']);
  });
});

describe('not names: peoples, market indexes', () => {
  const table: Array<[string, string[]]> = [
    ['He was only the third Briton to hold the title in the former Soviet republic .', []],
    ['The Dow Jones industrial average fell and the Nikkei average rose .', []],
    ['Traders sold Eurodollar futures on Friday .', []],
    // A body with a head word keeps its name before "index".
    ['The Tokyo Stock Exchange index fell .', ['Tokyo Stock Exchange/ORGANIZATION']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('datelines, newsrooms and surnames', () => {
  test('a dateline is a place though the article names the team after it', () => {
    const text = `SOCCER - MILAN WIN .\nMILAN 1996-08-30\n${SPORT}Milan beat Roma 2-1 .`;
    expect(pairs(text)).toEqual(['MILAN/ORGANIZATION', 'MILAN/PLACE', 'Milan/ORGANIZATION', 'Roma/ORGANIZATION']);
  });
  test('a wire sign-off names the newsroom, an organization', () => {
    expect(pairs('Prices fell .\n-- Jim Zorvex , London Newsroom +44 171 542 8062')).toEqual(['Jim Zorvex/PERSON', 'London Newsroom/ORGANIZATION']);
  });
  test('a surname that is an English word opens a sentence as the person', () => {
    expect(pairs('Tiger Woods won . Woods , who turned pro , smiled .')).toEqual(['Tiger Woods/PERSON', 'Woods/PERSON']);
  });
  test('the same word with no full name in the article stays an ordinary word', () => {
    expect(pairs('Woods , which cover the hills , burned .')).toEqual([]);
  });
});

describe('an unknown single name next to a kind of place is a place', () => {
  const table: Array<[string, string[]]> = [
    ['Gunfire echoed in the nearby Zorvex mountains on Friday .', ['Zorvex/PLACE']],
    ['Rebels withdrew from the capital Zorvex on Friday .', ['Zorvex/PLACE']],
    ['Police arrested militants in eastern Zorvex on Friday .', ['Zorvex/PLACE']],
    // Without such a word the same name keeps the person default.
    ['Police arrested Zorvex on Friday .', ['Zorvex/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('older country names and AP state abbreviations are places', () => {
  const table: Array<[string, string[]]> = [
    ['Officials in Yugoslavia and Kazakstan met on Friday .', ['Yugoslavia/PLACE', 'Kazakstan/PLACE']],
    ['The plant is in Farmington Hills , Mich. , its owner said .', ['Farmington Hills/PLACE', 'Mich./PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
