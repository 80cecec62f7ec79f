/**
 * Round 13: what team_016 (a Commission fine) and team_017 (a lunar launch) showed.
 * Titles written with a hyphen, a title word before a body's head, bodies named by their
 * head after their full name, particles before a surname, a company's units, kinds of
 * body in apposition, brand spellings, celestial bodies, launch sites, craft names and
 * compound common nouns at a sentence start. Expected spans and types written by hand
 * from ANNOTATION.md.
 */
import { createProcessor } from '../../src/pipeline/process';
import { namePairs as pairs } from './entities-setup';

describe('name spans and types', () => {
  const table: Array<[string, string[]]> = [
    // Hyphenated titles and "Administrator" are no part of the name.
    ['The plan was signed by Executive Vice-President Anna Berg on Monday.', ['Anna Berg/PERSON']],
    ['Vice-Chancellor Olaf Brandt arrived.', ['Olaf Brandt/PERSON']],
    ['He met NASA Administrator Ruth Dalton in Texas.', ['NASA/ORGANIZATION', 'Ruth Dalton/PERSON', 'Texas/PLACE']],
    // A title word before a body's head word alone names the body; a person still follows a title.
    ['The bank will appeal to the General Court in Luxembourg.', ['General Court/ORGANIZATION', 'Luxembourg/PLACE']],
    ['The vote went to the General Assembly.', ['General Assembly/ORGANIZATION']],
    ['It was General Mark Hale who spoke.', ['Mark Hale/PERSON']],
    // A nationality opening a body's name with its head before "of" stays in it.
    ['The case ended at the European Court of Justice.', ['European Court of Justice/ORGANIZATION']],
    // Two fields sharing a trade body's head; a title after head, "of" and "the".
    ['The Paper and Packaging Trade Association said no.', ['Paper and Packaging Trade Association/ORGANIZATION']],
    ['She works for the Office of the Dutch Trade Representative.', ['Office of the Dutch Trade Representative/ORGANIZATION']],
    // Kinds of body in apposition before the name.
    ['Economists at the think tank Ferrand said so.', ['Ferrand/ORGANIZATION']],
    // A capital after lower-case letters inside one word is a brand; not a patronymic.
    ['The probe was launched by StarOrbit last year.', ['StarOrbit/ORGANIZATION']],
    ['Rep. Ron DeSantis spoke.', ['Ron DeSantis/PERSON']],
    // Celestial bodies are places; "Moon" opening a Korean name is not.
    ['The probe will fly to the Moon and then on to Mars.', ['Moon/PLACE', 'Mars/PLACE']],
    ['President Moon Jae-in visited Busan.', ['Moon Jae-in/PERSON', 'Busan/PLACE']],
    // Launch sites are built places.
    ['It lifted off from the Vostok Space Center at dawn.', ['Vostok Space Center/PLACE']],
    // Craft and vessels are no entities, nor is a model number before a craft noun.
    ['The rover, named Perdita, landed safely. Perdita sent photos to Darmstadt.', ['Darmstadt/PLACE']],
    ['The satellite rode on a Condor 5 rocket.', []],
    ['The tanker Alba Rosa ran aground near Genoa.', ['Genoa/PLACE']],
    // A compound of two ordinary words the vocabulary lacks, at a sentence start, is no name.
    ['Prices rose. Snowmelt arrived three weeks early.', []],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('grouping across the article', () => {
  const processor = createProcessor();
  function entities(text: string): string[] {
    const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
    if (!r.ok) throw new Error(r.reason);
    return r.record.entities.map((e) => `${e.type} ${e.canonical}: ${e.mentions.map((m) => m.text).join(', ')}`);
  }
  test.each([
    // A body named by its head word after its full name; not where two bodies share the head.
    ['The European Commission fined the bank. The Commission said the fine was fair.', ['ORGANIZATION European Commission: European Commission, Commission']],
    ['The Foreign Ministry and the Defence Ministry met. The Ministry said so.', ['ORGANIZATION Foreign Ministry: Foreign Ministry', 'ORGANIZATION Defence Ministry: Defence Ministry']],
    // A lower-case particle before a surname named in full with it.
    ['Pieter van Dam arrived. "We are ready," van Dam said.', ['PERSON Pieter van Dam: Pieter van Dam, van Dam']],
    // A company's unit named with the company's first word is a body of its own.
    ['The software firm Veltrix grew. Its arm Veltrix Pay met the rules.', ['ORGANIZATION Veltrix: Veltrix', 'ORGANIZATION Veltrix Pay: Veltrix Pay']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
