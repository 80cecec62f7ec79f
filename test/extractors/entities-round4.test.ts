/**
 * Round 4 span and typing rules: portfolios after titles (find-spans.ts) and a platform
 * named by one letter (type-names.ts, index.ts). Expected values written by hand from
 * ANNOTATION.md (titles are not part of a name; platforms are organizations).
 */
import { createNameFinder } from '../../src/extractors/entities';
import { buildTextLayer } from '../../src/pipeline/text-layer';
import { namePairs as pairs } from './entities-setup';

const find = createNameFinder();

describe('a portfolio after a title is part of the title, not a name', () => {
  const table: Array<[string, string[]]> = [
    ['The Commissioner for Energy, Zara Kovalenko, said prices would fall.', ['Zara Kovalenko/PERSON']],
    ['The Minister for Foreign Affairs met the Secretary for Health on Monday.', []],
    ['The Minister of Defence spoke to reporters in Paris.', ['Paris/PLACE']],
    // Two fields joined by "and"; the name after the portfolio keeps its two words.
    ['Minister for Foreign Affairs and Trade Penny Wong visited Jakarta.', ['Penny Wong/PERSON', 'Jakarta/PLACE']],
    ['Secretary for Health Sajid Javid spoke on Monday.', ['Sajid Javid/PERSON']],
    // A known place after "for" is no portfolio word: it stays a name.
    ['The Minister for Europe arrived.', ['Europe/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('a body whose head word is no title keeps its "for" ("Organisation for Security")', () => {
    expect(pairs('The Organisation for Economic Cooperation published a report.')).toEqual(['Organisation for Economic Cooperation/ORGANIZATION']);
  });
});

describe('a platform named by one capital letter', () => {
  const table: Array<[string, string[]]> = [
    ['She wrote on X. The post was deleted.', ['X/ORGANIZATION']],
    ['Elon Musk posted on X on Sunday.', ['Elon Musk/PERSON', 'X/ORGANIZATION']],
    ['In a post on X, the minister said the talks had failed.', ['X/ORGANIZATION']],
    // No posting word before "on": a letter alone names nobody.
    ['The plan depends on X.', []],
    ['They chose option B.', []],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
  test('the span leaves out the full stop and keeps exact offsets', () => {
    const text = 'She wrote on X.';
    const { tokens, sentences } = buildTextLayer(text);
    const [m] = find({ text, tokens, sentences });
    expect([m.start, m.end, m.text]).toEqual([13, 14, 'X']);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('table labels and ordinals are not names', () => {
  const table: Array<[string, string[]]> = [
    // A short word nothing types, on a line of figures: a results-table label.
    ['Quarterly results of Zorvex Holdings Inc.\nShr loss $ 0.31 loss $ 0.12\nRevs 250 1,410', ['Zorvex Holdings Inc./ORGANIZATION']],
    ['Call the desk on +44 20 7000 1000 , Fax +44 20 7000 1001', []],
    // An acronym on a line of figures stays (it has no lower-case letter).
    ['Traders on the KSE bought 1,200 shares at 45.50', ['KSE/ORGANIZATION']],
    // An ordinal alone in a fixture list names nothing; the venue does.
    ['May 22 Second one-day international ( at Leeds )', ['Leeds/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});
