/**
 * Context cues that type names (src/extractors/entities/context-cues.ts), the document
 * team vote (consistency.ts) and the span rules for particles, hyphened joiners and
 * labels (find-spans.ts, index.ts). Expected types written by hand from ANNOTATION.md.
 */
import { createNameFinder } from '../../src/extractors/entities';
import { buildTextLayer } from '../../src/pipeline/text-layer';
import { namePairs as pairs } from './entities-setup';

const find = createNameFinder();

/** Evidence ids of the mention with this exact text. */
function evidenceOf(text: string, name: string): string[] {
  const { tokens, sentences } = buildTextLayer(text);
  return find({ text, tokens, sentences }).find((m) => m.text === name)?.evidence ?? [];
}

// A sports report (five sports words) to put names in, for the sports-only cues.
const SPORT = 'The league season goes on and the club coach praised the team after the match . ';

describe('company context makes an unknown single name an organization', () => {
  const table: Array<[string, string[]]> = [
    ['Zorvex shares rose 5 percent on Friday .', ['Zorvex/ORGANIZATION']],
    ["Analysts said Zorvex 's profit would fall .", ['Zorvex/ORGANIZATION']],
    ['Investors bought shares of Zorvex on Friday .', ['Zorvex/ORGANIZATION']],
    ['The fund took a stake in Zorvex last year .', ['Zorvex/ORGANIZATION']],
    ['Italian tyre giant Zorvex announced a deal .', ['Zorvex/ORGANIZATION']],
    ['The deal was signed by Ohio-based Zorvex .', ['Ohio/PLACE', 'Zorvex/ORGANIZATION']],
    ['Zorvex spokesman Tom Baker declined to comment .', ['Zorvex/ORGANIZATION', 'Tom Baker/PERSON']],
    ['Zorvex said it would cut 200 jobs .', ['Zorvex/ORGANIZATION']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('without context the same name stays a person (the default)', () => {
    expect(pairs('Zorvex arrived on Friday .')).toEqual(['Zorvex/PERSON']);
  });
  test('a known place keeps its type before business nouns', () => {
    expect(pairs("Italy 's economy grew and France shares the view .")).toEqual(['Italy/PLACE', 'France/PLACE']);
  });
});

describe('person context', () => {
  const table: Array<[string, string[]]> = [
    // Initials with a surname; an age between commas.
    ['The report named A. Zorvex as the author .', ['A. Zorvex/PERSON']],
    ['The club signed Zorvex , 27 , on Friday .', ['Zorvex/PERSON']],
    // Particles and hyphened joiners stay inside one person name.
    ['Springbok scrum-half Joost van der Westhuizen scored .', ['Joost van der Westhuizen/PERSON']],
    ['He was caught by Inzamam-ul-Haq on the boundary .', ['Inzamam-ul-Haq/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('a cricket scorecard mark before a name says it is a player', () => {
    expect(evidenceOf(`${SPORT}\nM. Waugh c and b Zorvex 50`, 'Zorvex')).toContain('person:scorecard');
  });
});

describe('team context in sports reports', () => {
  const table: Array<[string, string, 'ORGANIZATION' | 'PLACE' | 'PERSON']> = [
    // A player role after the name, a player's name after its possessive.
    [`${SPORT}\nNorwich striker Keith O'Neill scored twice .`, 'Norwich', 'ORGANIZATION'],
    [`${SPORT}\nBirmingham 's Gary Breen was selected .`, 'Birmingham', 'ORGANIZATION'],
    // "joined X", a plural verb after a singular name.
    [`${SPORT}\nThe 26-year-old joined Newcastle for 15 million pounds .`, 'Newcastle', 'ORGANIZATION'],
    [`${SPORT}\nAfter the defeat , Nice have been unable to win any of their games .`, 'Nice', 'ORGANIZATION'],
    // A rider's team after the rider's country in results.
    [`${SPORT}\n1. Olaf Ludwig ( Germany ) Zorvex 4 hours 48 mins`, 'Zorvex', 'ORGANIZATION'],
    // A country stays a place (national teams are places in the annotation).
    [`${SPORT}\nEngland captain Mike Atherton batted .`, 'England', 'PLACE'],
  ];
  test.each(table)('%s -> %s', (text, name, type) => {
    expect(pairs(text)).toContain(`${name}/${type}`);
  });
  test('outside a sports report a city before a role stays a place', () => {
    expect(pairs('Norwich striker Keith Baker spoke .')).toContain('Norwich/PLACE');
  });
});

describe('place context', () => {
  const table: Array<[string, string[]]> = [
    ['Troops took the town of Zorvaka on Friday .', ['Zorvaka/PLACE']],
    ['The village lies east of Zorvaka .', ['Zorvaka/PLACE']],
    ['The crash happened over Zorvaka , Scotland .', ['Zorvaka/PLACE', 'Scotland/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('a comma and a country possessive is not a location of the name', () => {
    expect(pairs("The talks were led by Zorvex , Britain 's envoy .")).toEqual(['Zorvex/PERSON', 'Britain/PLACE']);
  });
});

describe('document team vote', () => {
  test('a county shown to be a team once is the team throughout, but not after "in"', () => {
    const text = `${SPORT}\nEssex beat Kent by six wickets .\nEssex , however , were never troubled .\nRain fell in Essex on Sunday .`;
    expect(pairs(text).filter((p) => p.startsWith('Essex'))).toEqual(['Essex/ORGANIZATION', 'Essex/ORGANIZATION', 'Essex/PLACE']);
  });
  test('without a team cue a county stays a place', () => {
    expect(pairs(`${SPORT}\nRain fell in Essex . Essex is flat .`).filter((p) => p.startsWith('Essex'))).toEqual(['Essex/PLACE', 'Essex/PLACE']);
  });
});

describe('labels', () => {
  test('a plural label before a colon is not a name', () => {
    expect(pairs('Scorers : Andy Townsend ( 5th minute ) .')).toEqual(['Andy Townsend/PERSON']);
  });
  test('a name before a colon at a line start stays a name', () => {
    expect(pairs('Zorvex : we will fight on .')).toEqual(['Zorvex/PERSON']);
  });
});

describe('coordination', () => {
  const table: Array<[string, string[]]> = [
    // A weak name in a list takes the type its strongly typed neighbours share.
    ['Firms such as Zorvex , Acme Widget Corp and Blorn Inc came .', ['Zorvex/ORGANIZATION', 'Acme Widget Corp/ORGANIZATION', 'Blorn Inc/ORGANIZATION']],
    ['They flew to Zorvaka , Paris and Rome .', ['Zorvaka/PLACE', 'Paris/PLACE', 'Rome/PLACE']],
    // Mixed strong types: nothing changes.
    ['Zorvex met Acme Widget Corp and Paris officials .', ['Zorvex/PERSON', 'Acme Widget Corp/ORGANIZATION', 'Paris/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
