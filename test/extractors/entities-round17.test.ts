/**
 * Round 17: what team_021 still showed. A legal form's period that also ends the sentence
 * is the sentence's full stop; a name ranked among companies of a trade is a company.
 * Expected spans and types written by hand from ANNOTATION.md.
 */
import { createNameFinder } from '../../src/extractors/entities';
import { buildTextLayer } from '../../src/pipeline/text-layer';

const find = createNameFinder();

function pairs(text: string): string[] {
  const { tokens, sentences } = buildTextLayer(text);
  return find({ text, tokens, sentences }).map((m) => `${m.text}/${m.type}`);
}

test.each([
  // The period closes the sentence: not part of the name.
  ['The loan came from Mizuho Bank and Sumitomo Mitsui Banking Corp. Nomura Securities advised.', [
    'Mizuho Bank/ORGANIZATION', 'Sumitomo Mitsui Banking Corp/ORGANIZATION', 'Nomura Securities/ORGANIZATION']],
  // Mid-sentence the period is the abbreviation's and stays.
  ['Kia Motors Corp. said sales rose.', ['Kia Motors Corp./ORGANIZATION']],
  // Ranked among companies of a trade: a company, even after "to".
  ['Its sales are second only to Fanuc among Japanese makers.', ['Fanuc/ORGANIZATION']],
  ['Its fleet trails only Corvair among European carriers.', ['Corvair/ORGANIZATION']],
  // A place after "to" with no such ranking stays a place.
  ['The ship sailed to Lisbon.', ['Lisbon/PLACE']],
] as Array<[string, string[]]>)('%s', (text, expected) => {
  expect(pairs(text)).toEqual(expected);
});
