/**
 * The entity extractor: name spans and types (table tests), grouping, and the offset
 * invariant. Expected values are written from ANNOTATION.md by hand.
 */
import { createNameFinder, groupEntities } from '../../src/extractors/entities';
import { buildTextLayer } from '../../src/pipeline/text-layer';
import type { NameMention } from '../../src/pipeline/document';

const find = createNameFinder();

function names(text: string): NameMention[] {
  const { tokens, sentences } = buildTextLayer(text);
  return find({ text, tokens, sentences });
}

function pairs(text: string): string[] {
  return names(text).map((m) => `${m.text}/${m.type}`);
}

describe('name spans and types', () => {
  const table: Array<[string, string[]]> = [
    // Titles are not part of the name; the country before the title is a name of its own.
    ['He spoke with US President Joe Biden on Monday.', ['US/PLACE', 'Joe Biden/PERSON']],
    ['The United States warns Prime Minister Benjamin Netanyahu.', ['United States/PLACE', 'Benjamin Netanyahu/PERSON']],
    // A lower-case role before the name; an organization head word.
    ['State Department spokesman Vedant Patel declined to comment.', ['State Department/ORGANIZATION', 'Vedant Patel/PERSON']],
    // Nested names stay whole.
    ['War has entered Gaza City and the Gaza Strip.', ['Gaza City/PLACE', 'Gaza Strip/PLACE']],
    ['A member of the Hamas Political Bureau spoke to Al Jazeera.', ['Hamas Political Bureau/ORGANIZATION', 'Al Jazeera/ORGANIZATION']],
    // Hyphenated pairs of names are split.
    ['Israel-USA, continuous dialogue.', ['Israel/PLACE', 'USA/PLACE']],
    // No possessive in the span.
    ["Netanyahu's office said nothing.", ['Netanyahu/PERSON']],
    // A country modifying a named body: two names.
    ['The US National Security Council met.', ['US/PLACE', 'National Security Council/ORGANIZATION']],
    // Nationalities are not names; a nationality before a name is cut off.
    ['Israeli officials met Palestinians.', []],
    ['Australian Tom Moody took six wickets.', ['Tom Moody/PERSON']],
    // Sentence-initial ordinary words are not names.
    ['Results were mixed in London.', ['London/PLACE']],
    // Events are not entities.
    ['He played in the World Cup in France.', ['France/PLACE']],
    // Organization suffixes.
    ['Shares of Acme Widget Corp rose.', ['Acme Widget Corp/ORGANIZATION']],
    ['The Bank of England raised rates.', ['Bank of England/ORGANIZATION']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('lines in capitals', () => {
  test('a dateline in capitals is a place', () => {
    expect(pairs('WASHINGTON.\nThe talks in Washington went on.')).toEqual(['WASHINGTON/PLACE', 'Washington/PLACE']);
  });
  test('a headline takes only known names, not ordinary words', () => {
    const found = pairs('SOCCER - KIRBY STRIKES AGAIN IN LONDON .\nStriker Tom Kirby scored twice .');
    expect(found).toEqual(['KIRBY/PERSON', 'LONDON/PLACE', 'Tom Kirby/PERSON']);
  });
});

describe('document consistency', () => {
  test('a surname alone takes the type of the full name', () => {
    const found = pairs('John Kirby spoke on Friday. Later, Kirby added a warning.');
    expect(found).toEqual(['John Kirby/PERSON', 'Kirby/PERSON']);
  });
  test('a title is kept as the role of a person mention', () => {
    const text = 'Prime Minister Benjamin Netanyahu spoke.';
    const [m] = names(text);
    expect(m.role?.text).toBe('Prime Minister');
    expect(text.slice(m.role!.start, m.role!.end)).toBe('Prime Minister');
  });
});

describe('grouping', () => {
  function groups(text: string) {
    return groupEntities(text, names(text)).map((e) => `${e.id} ${e.type} ${e.canonical} [${e.mentions.map((m) => m.text).join(', ')}]`);
  }
  test('country aliases join under the standard name', () => {
    expect(groups('The US and Israel talked. The United States wants calm. America waits.')).toEqual([
      'E1 PLACE United States [US, United States, America]',
      'E2 PLACE Israel [Israel]',
    ]);
  });
  test('a surname joins the fuller name; two different people stay apart', () => {
    expect(groups('Joe Biden met Hunter Biden. Later Joe Biden spoke to Jill Stein. Stein left.')).toEqual([
      'E1 PERSON Joe Biden [Joe Biden, Joe Biden]',
      'E2 PERSON Hunter Biden [Hunter Biden]',
      'E3 PERSON Jill Stein [Jill Stein, Stein]',
    ]);
  });
  test('a name written without its accents joins the accented one', () => {
    expect(groups('German minister Cem Özdemir spoke first. Ozdemir said the plan works. Later Özdemir left.')).toEqual([
      'E1 PERSON Cem Özdemir [Cem Özdemir, Ozdemir, Özdemir]',
    ]);
  });
  test('a near spelling of a place the article names often joins it', () => {
    const text = 'Troops moved to Rafah. In Rafah, people fled. Rafah is crowded. The strikes on Rafa went on.';
    expect(groups(text)).toEqual(['E1 PLACE Rafah [Rafah, Rafah, Rafah, Rafa]']);
  });
});

describe('offsets', () => {
  test('every mention is an exact slice of the original text', () => {
    const text = 'WASHINGTON —\r\n\r\n“Israel-USA” talks: Netanyahu’s aides met U.S. officials and Mr. John  Kirby of the White House.';
    for (const m of names(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
