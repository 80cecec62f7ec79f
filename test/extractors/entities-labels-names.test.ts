/**
 * US party-and-state labels, hyphenated East Asian given names and plural abbreviated
 * titles (find-spans.ts, lexicons/titles.ts). Expected values written by hand from
 * ANNOTATION.md: a label names no one, a title is not part of a name, a person's whole
 * name is one span.
 */
import { createNameFinder } from '../../src/extractors/entities';
import { namePairs as pairs } from './entities-setup';

const find = createNameFinder();

describe('a party-and-state label after a legislator names no one', () => {
  const table: Array<[string, string[]]> = [
    ['Sen. Chuck Schumer (D-N.Y.) spoke on Monday.', ['Chuck Schumer/PERSON']],
    ['Sen. Bernie Sanders (I-Vt.) spoke on Monday.', ['Bernie Sanders/PERSON']],
    ['Rep. Nancy Pelosi, D-Calif., spoke on Monday.', ['Nancy Pelosi/PERSON']],
    ['Sen. Dianne Feinstein (D-CA) spoke on Monday.', ['Dianne Feinstein/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('a capital, hyphen and name not closed like a label stay a name', () => {
    // "(R-Wis." with no closing parenthesis in the sentence is no label: the name is kept.
    expect(pairs('Anna Berg met Rafael Nadal (R-Wis')).toContain('Anna Berg/PERSON');
    expect(pairs('Anna Berg met Rafael Nadal (R-Wis').some((p) => p.startsWith('Wis') || p.startsWith('R-Wis'))).toBe(true);
  });
});

describe('a hyphenated given name with a lower-case second syllable is part of the name', () => {
  const table: Array<[string, string[]]> = [
    ['Opposition leader Lee Hoi-chang spoke on Monday.', ['Lee Hoi-chang/PERSON']],
    ['He met Kim Jong-un in Hanoi.', ['Kim Jong-un/PERSON', 'Hanoi/PLACE']],
    ['South Korean President Park Geun-hye spoke.', ['Park Geun-hye/PERSON']],
    ["Kim Jong-un's sister spoke.", ['Kim Jong-un/PERSON']],
    // A compound adjective after a name is not a syllable of it.
    ['The Kremlin-backed group left Moscow.', ['Kremlin/ORGANIZATION', 'Moscow/PLACE']],
    ['A Paris-based firm hired Anna Berg.', ['Paris/PLACE', 'Anna Berg/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('plural abbreviated titles are titles', () => {
  const table: Array<[string, string[]]> = [
    ['He attacked Govs. Jeb Bush and Chris Christie on Monday.', ['Jeb Bush/PERSON', 'Chris Christie/PERSON']],
    ['He praised Sens. Ted Cruz and Marco Rubio.', ['Ted Cruz/PERSON', 'Marco Rubio/PERSON']],
    ['They met Adm. Mike Mullen on Monday.', ['Mike Mullen/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('party words and news-agency credits in US copy', () => {
  const table: Array<[string, string[]]> = [
    // The agency's credit in a dateline is a named organization.
    ['WASHINGTON (AP) -- The Senate voted on Tuesday.', ['WASHINGTON/PLACE', 'AP/ORGANIZATION', 'Senate/ORGANIZATION']],
    // A party's adjective or member names no one (ANNOTATION.md: "Democratic", "Tory").
    ['The Senate rejected a Republican bill.', ['Senate/ORGANIZATION']],
    ['The Kentucky Republican said he would vote. A Texas Democrat agreed.', ['Kentucky/PLACE', 'Texas/PLACE']],
    // The party's name stays one.
    ['He spoke to the Democratic National Committee.', ['Democratic National Committee/ORGANIZATION']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a club nickname after "the" in a sports report', () => {
  test('is an organization', () => {
    const text = 'Juan Gonzalez homered twice as the Rangers beat the Tigers 6-2 in the ninth inning, and the pitcher earned the win.';
    expect(pairs(text)).toEqual(['Juan Gonzalez/PERSON', 'Rangers/ORGANIZATION', 'Tigers/ORGANIZATION']);
  });
  test('an event and a flag are not', () => {
    const text = 'He won four gold medals at the Olympics, and the pitcher saw the Stars and Stripes raised after the inning.';
    expect(pairs(text).filter((p) => p.endsWith('/ORGANIZATION'))).toEqual([]);
  });
  test('outside sports copy a capitalised plural after "the" refers back and names no one', () => {
    expect(pairs('Wardens counted the Tigers in the reserve again this year.').filter((p) => p.startsWith('Tigers'))).toEqual([]);
  });
});

describe('partners joined by "&" are a firm', () => {
  test.each([
    ['Shares of Douglas & Lomason rose on Friday.', ['Douglas & Lomason/ORGANIZATION']],
    ['The merger was advised by Smith & Wesson partners.', ['Smith & Wesson/ORGANIZATION']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('people joined by "and" stay people', () => {
    expect(pairs('Anna Berg and Tom Jones met on Friday.')).toEqual(['Anna Berg/PERSON', 'Tom Jones/PERSON']);
  });
});

describe('a body named before its kind in lower case', () => {
  test.each([
    ["Britain's Zorbex newspaper reported the fight.", ['Britain/PLACE', 'Zorbex/ORGANIZATION']],
    ['Fighters of the Vantor group fled.', ['Vantor/ORGANIZATION']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('titles that are family names, and places that are given names', () => {
  test.each([
    ['U.S. captain Billie Jean King said at the draw.', ['U.S./PLACE', 'Billie Jean King/PERSON']],
    ['Former prime minister John Major spoke. Major said no.', ['John Major/PERSON', 'Major/PERSON']],
    // "Mary" is also a city in Turkmenistan; before a given name and a surname it is a given name.
    ['He met Mary Joe Fernandez on Friday.', ['Mary Joe Fernandez/PERSON']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('a title alone stays a title where no one of that name is named in full', () => {
    expect(pairs('They met the King on Monday. King Abdullah spoke.')).toEqual(['Abdullah/PERSON']);
  });
  test('a place before a person is still split off', () => {
    expect(pairs('In Dubai Kamala Harris spoke.')).toEqual(['Dubai/PLACE', 'Kamala Harris/PERSON']);
  });
});

describe("a body's name with its head before 'of', and a shared plural head after 'and'", () => {
  test.each([
    ['according to Morocco’s National Institute of Geophysics.', ['Morocco/PLACE', 'National Institute of Geophysics/ORGANIZATION']],
    ['said Anna Berg of the International Federation of Red Cross and Red Crescent Societies.', ['Anna Berg/PERSON', 'International Federation of Red Cross and Red Crescent Societies/ORGANIZATION']],
    // A singular head after "and" starts a name of its own.
    ['The Bank of England and Barclays Bank met.', ['Bank of England/ORGANIZATION', 'Barclays Bank/ORGANIZATION']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('acronyms of common nouns, and firms named in ordinary words', () => {
  test.each([
    ['Demand for AI chips soared, said the CEO of Zorvex Inc.', ['Zorvex Inc/ORGANIZATION']],
    ['Expectations are high, said Anna Berg, an analyst at Summit Insights.', ['Anna Berg/PERSON', 'Summit Insights/ORGANIZATION']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('club competitions named like bodies are events', () => {
  test('"the Champions League" is no entity; a league that is a body is', () => {
    expect(pairs('Real Madrid won the Champions League on Saturday.')).toEqual(['Real Madrid/ORGANIZATION']);
    expect(pairs('The Arab League met in Cairo.')).toEqual(['Arab League/ORGANIZATION', 'Cairo/PLACE']);
  });
});
