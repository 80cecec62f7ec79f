/**
 * Round 8: places standing for clubs in sports reports (context-cues.ts, the team vote
 * in consistency.ts) and the places that stay places there (a place preposition, a
 * dateline's region). Expected types written by hand from ANNOTATION.md: a club named
 * after a place is an ORGANIZATION, the place itself a PLACE.
 */
import { namePairs as pairs } from './entities-setup';

// A sports report (five sports words, some used in sport alone) to put names in.
const SPORT = 'The league season goes on and the club coach praised the team after the match .\n';

describe('local cues make a place a club in a sports report', () => {
  const table: Array<[string, string[]]> = [
    // A hyphened player role after the name (wink splits "all-rounder" in three tokens).
    ['Leeds all-rounder Tom Baker made his debut .', ['Leeds/ORGANIZATION', 'Tom Baker/PERSON']],
    // A team's noun in apposition after a comma.
    ['Denver , the defending champions , lost heavily .', ['Denver/ORGANIZATION']],
    ['Chicago , six-wicket winners on Friday , rested .', ['Chicago/ORGANIZATION']],
    // A possessive, then a modifier and a member or result, or an ordinal.
    ["Ohio 's young captain Tom Baker scored twice .", ['Ohio/ORGANIZATION', 'Tom Baker/PERSON']],
    ["The defeat was Chicago 's fifth in a row .", ['Chicago/ORGANIZATION']],
    ["It was Denver 's third straight loss .", ['Denver/ORGANIZATION']],
    // A score given to the name.
    ['A late goal gave Denver a 2-1 lead .', ['Denver/ORGANIZATION']],
    // Words sports copy puts before a club.
    ['It was a good day for title hopefuls Leeds .', ['Leeds/ORGANIZATION']],
    ['They face struggling Chicago on Sunday .', ['Chicago/ORGANIZATION']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(SPORT + text)).toEqual(expected);
  });
  test('outside a sports report the same words leave the place a place', () => {
    expect(pairs('Denver , the winners of the design award , built a new library .')).toEqual(['Denver/PLACE']);
    expect(pairs("Ohio 's young workers found jobs .")).toEqual(['Ohio/PLACE']);
  });
});

describe('the team vote in a sports report', () => {
  test('a place joined by "and" to a team is a team', () => {
    expect(pairs(SPORT + 'Leeds beat Hull 2-0 . Next week York and Hull meet again .')).toEqual([
      'Leeds/ORGANIZATION', 'Hull/ORGANIZATION', 'York/ORGANIZATION', 'Hull/ORGANIZATION',
    ]);
  });
  test('a country joined to a team stays a place', () => {
    expect(pairs(SPORT + 'Leeds beat Hull 2-0 . France and Leeds meet on Sunday .')).toEqual([
      'Leeds/ORGANIZATION', 'Hull/ORGANIZATION', 'France/PLACE', 'Leeds/ORGANIZATION',
    ]);
  });
  test('a known place after a place preposition stays the place', () => {
    expect(pairs(SPORT + 'In Chicago , Tom Baker homered twice . Chicago has won 10 of its last 15 .')).toEqual([
      'Chicago/PLACE', 'Tom Baker/PERSON', 'Chicago/ORGANIZATION',
    ]);
  });
  test("a dateline's region is a place though its team plays in the report", () => {
    expect(pairs('DENVER , Colorado 1996-08-31\n' + SPORT + 'Colorado beat Utah 3-1 .')).toEqual([
      'DENVER/PLACE', 'Colorado/PLACE', 'Colorado/ORGANIZATION', 'Utah/ORGANIZATION',
    ]);
  });
});

describe('capitalised common words that are no names', () => {
  const table: Array<[string, string[]]> = [
    // A nationality cut off the span leaves the rest of an event's or a thing's name.
    ['Veterans of the Korean War met on Friday .', []],
    ['He won the German Cup last year with Tom Baker .', ['Tom Baker/PERSON']],
    // An English word before a colon labels what follows.
    ['South Africa - Tries : Tom Baker ( 2 ) , Jim Reed .', ['South Africa/PLACE', 'Tom Baker/PERSON', 'Jim Reed/PERSON']],
    ['Result - Distances : three lengths , a neck .', []],
    // A word that is no English word before a colon stays a name.
    ['Interview - Zorvex : " We agreed . "', ['Zorvex/PERSON']],
    // A nationality before a name is cut off; the name stays.
    ['The Australian Zorvex won again .', ['Zorvex/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('bodies named with a nationality, and clubs opening table rows', () => {
  test('"National" after a nationality opens a body\'s name, a government body goes without it', () => {
    expect(pairs('He joined the Iraqi National Congress and then the Scottish National Party .')).toEqual([
      'Iraqi National Congress/ORGANIZATION', 'Scottish National Party/ORGANIZATION',
    ]);
    expect(pairs('A spokesman for the British Foreign Office declined to comment .')).toEqual(['Foreign Office/ORGANIZATION']);
  });
  const table: Array<[string, string[]]> = [
    ['Standings :\nReading 4 1 1 2 5 10 4\nPalace 4 2 2 0 4 2 8\n', ['Reading/ORGANIZATION', 'Palace/ORGANIZATION']],
    ['Results :\nReading 2 Leeds 1\n', ['Reading/ORGANIZATION', 'Leeds/ORGANIZATION']],
    // Prose after a number is no table row.
    ['Euro 96 absentee Tom Baker played on .', ['Tom Baker/PERSON']],
  ];
  test.each(table)('in a sports report: %s', (text, expected) => {
    expect(pairs(SPORT + text)).toEqual(expected);
  });
  test('outside a sports report a figure row is no club', () => {
    expect(pairs('Figures :\nReading 4 1 1 2 5 10 4\n')).toEqual([]);
  });
});

describe('a body spelled out before its acronym in brackets', () => {
  const table: Array<[string, string[]]> = [
    // The name goes on over "in" and "and" to the acronym its initials spell.
    ['Monitors from the Agency for Trade and Development in Asia ( ATDA ) arrived .', ['Agency for Trade and Development in Asia/ORGANIZATION', 'ATDA/ORGANIZATION']],
    ['The U.N. Relief Mission in Haiti ( UNRMH ) left .', ['U.N. Relief Mission in Haiti/ORGANIZATION', 'UNRMH/ORGANIZATION']],
    ['He met the Northern Water Board ( NWB ) on Friday .', ['Northern Water Board/ORGANIZATION', 'NWB/ORGANIZATION']],
    // Initials that do not spell it leave the place a place.
    ['Monitors from the Agency for Trade in Asia ( OSCE ) arrived .', ['Agency for Trade/ORGANIZATION', 'Asia/PLACE', 'OSCE/ORGANIZATION']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test("a person's initials in brackets are no acronym", () => {
    expect(pairs('The historian Alan John Percivale ( A.J.P. ) Taylor died .')).toContain('Alan John Percivale/PERSON');
  });
});

describe('a closed-class word capitalised inside a sentence opens a name', () => {
  const table: Array<[string, string[]]> = [
    ['He won at the All-England Club and later met the All Blacks .', ['All-England Club/ORGANIZATION', 'All Blacks/ORGANIZATION']],
    // At a sentence start it is capitalised anyway.
    ['All Tom Baker wanted was rest .', ['Tom Baker/PERSON']],
    ['All Zorvex staff went home .', ['Zorvex/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("words that open organizations' names, and teams in results lists", () => {
  const table: Array<[string, string[]]> = [
    ['Workers at Air Zorvania walked out on Friday .', ['Air Zorvania/ORGANIZATION']],
    ['The report was first aired by Radio Tom on Friday .', ['Radio Tom/ORGANIZATION']],
    ['The striker joined Dynamo Kiev last year .', ['Dynamo Kiev/ORGANIZATION']],
    ['He sold his shares to PT Sinar Jaya .', ['PT Sinar Jaya/ORGANIZATION']],
    // A two-letter club prefix counts in capitals.
    ['He moved to AC Zorvex in May .', ['AC Zorvex/ORGANIZATION']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test("a team after a competitor and the competitor's country, in a sports report", () => {
    expect(pairs(SPORT + '1. Tom Baker ( Italy ) , Lola Ford , 53.980\n2. Jim Reed ( Brazil ) , Zorvex Honda , 54.001\n')).toEqual([
      'Tom Baker/PERSON', 'Italy/PLACE', 'Lola Ford/ORGANIZATION', 'Jim Reed/PERSON', 'Brazil/PLACE', 'Zorvex Honda/ORGANIZATION',
    ]);
  });
});

describe('clubs in results and standings rows of a sports report', () => {
  const table: Array<[string, string[]]> = [
    // A first name alone opening a row is a club: box scores list players by surname.
    ['Standings :\nLotte 46 6 54 .462\n', ['Lotte/ORGANIZATION']],
    // A name between two scores is the second club of a result.
    ['Semifinal :\nWigan 42 Bradford Bulls 36\n', ['Wigan/ORGANIZATION', 'Bradford Bulls/ORGANIZATION']],
    // A golfer after a total opening the line stays a person.
    ['Leading scores :\n287 Tom Baker 70 76 71 70\n', ['Tom Baker/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(SPORT + text)).toEqual(expected);
  });
});
