/**
 * Names found through team_012/team_013 (hand-annotated articles on an election abroad
 * and on the Rhine): surnames opening with a particle at a sentence start, bodies named
 * in their own language or with a shared head word, geography without a kind noun, an
 * acronym the article defines in brackets whatever its letters. Types written by hand
 * from ANNOTATION.md.
 */
import { createProcessor } from '../../src/pipeline/process';
import { namePairs as pairs } from './entities-setup';

describe('names', () => {
  const table: Array<[string, string[]]> = [
    // A particle opening a surname at a sentence start is part of it.
    ['The two finalists met. De la Torre, the daughter of an admiral, studied law.', ['De la Torre/PERSON']],
    ['Results came in. Van der Berg will present the report.', ['Van der Berg/PERSON']],
    // A party named in its own language.
    ['He ran for the left-wing Movimiento Tierra y Trabajo last year.', ['Movimiento Tierra y Trabajo/ORGANIZATION']],
    // An acronym opens a body's name, not a person's.
    ['BBVA Research wrote in a note that markets had priced in a runoff.', ['BBVA Research/ORGANIZATION']],
    // "for the" inside a body's name; two words sharing one head word.
    ['The Kiel Institute for the World Economy estimated the cost.', ['Kiel Institute for the World Economy/ORGANIZATION']],
    ['The Federal Waterways and Shipping Administration said levels would fall.', ['Federal Waterways and Shipping Administration/ORGANIZATION']],
    ['The Foreign Ministry and the Defence Ministry issued statements.', ['Foreign Ministry/ORGANIZATION', 'Defence Ministry/ORGANIZATION']],
    // Rivers, ranges and regions named without "river" or "mountains".
    ['Barges were stuck on the Rhine while rain fell in the Alps and the Ruhr.', ['Rhine/PLACE', 'Alps/PLACE', 'Ruhr/PLACE']],
    // A body after the kind of body it is.
    ['Dutch water authority Rijkswaterstaat warned of salt water.', ['Rijkswaterstaat/ORGANIZATION']],
    // A short name in a prose paragraph with figures is no table label.
    ['The level at the Kaub gauge fell to 41 centimetres, the lowest since 2022. The channel near Kaub is shallow.', ['Kaub/PLACE', 'Kaub/PLACE']],
    // The period closing a paragraph is no initial's.
    ['He told the television channel Canal N.\n\nShe added more.', ['Canal N/ORGANIZATION']],
    // An occupation's plural opening a sentence.
    ['Hydrologists say the problem starts upstream.', []],
    // A body whose acronym is an English word, in capitals; "who" stays a pronoun.
    ['Rana Haddad, who leads the WHO’s dengue work, spoke.', ['Rana Haddad/PERSON', 'WHO/ORGANIZATION']],
    // A journal after a capitalised "The" inside a sentence, and the same word at a sentence start;
    // a venue after "at The" is not taken for one.
    ['A study published in The Lancet on Thursday. The Lancet study was funded by others.', ['Lancet/ORGANIZATION', 'Lancet/ORGANIZATION']],
    // A body's two fields joined by "and" after its head and "of".
    ['Researchers from the London School of Hygiene and Tropical Medicine analysed records.', ['London School of Hygiene and Tropical Medicine/ORGANIZATION']],
    ['The Ministry of Trade and Industry agreed.', ['Ministry of Trade and Industry/ORGANIZATION']],
    ['The University of Dhaka and Nepal officials met.', ['University of Dhaka/ORGANIZATION', 'Nepal/PLACE']],
    // A title word after a head and "of" is the complement; a place's head makes a place.
    ['The trial was held in the Palace of Justice, where it ran for months.', ['Palace of Justice/PLACE']],
    ['The Ministry of Justice said so.', ['Ministry of Justice/ORGANIZATION']],
    // A natural region's kind after a name outweighs a company of that name.
    ['The count was slowest in the Amazon region of Loreto.', ['Amazon/PLACE', 'Loreto/PLACE']],
    ['Amazon shares rose.', ['Amazon/ORGANIZATION']],
    // A language is no entity.
    ['He spoke first in Aymara and then in Spanish in Juliaca.', ['Juliaca/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('an acronym defined in brackets joins its body, whatever its letters', () => {
  const processor = createProcessor();
  function entities(text: string): string[] {
    const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
    if (!r.ok) throw new Error(`not processed: ${r.reason}`);
    return r.record.entities.map((e) => `${e.type} ${e.canonical} [${e.mentions.map((m) => m.text).join(', ')}]`);
  }
  test('a translated name keeps the original acronym', () => {
    expect(entities('The National Jury of Elections (JNE) will rule on the sheets. The JNE has 300 cases.')).toEqual([
      'ORGANIZATION National Jury of Elections [National Jury of Elections, JNE, JNE]',
    ]);
  });
  test('without brackets an acronym of other letters is another body', () => {
    expect(entities('The German Weather Service warned of storms. DWD said so too.')).toEqual([
      'ORGANIZATION German Weather Service [German Weather Service]',
      'ORGANIZATION DWD [DWD]',
    ]);
  });
});
