/**
 * Names with the Arabic article ("al-", "el-" and its assimilated forms) and surnames at
 * a sentence start, also after a dateline's dash (find-spans.ts, group-entities.ts,
 * entities/index.ts). Expected values written by hand from ANNOTATION.md: a name is one
 * span, and every mention of a person belongs to that person's entity.
 */
import { createNameFinder } from '../../src/extractors/entities';
import { createProcessor } from '../../src/pipeline/process';
import { namePairs as pairs } from './entities-setup';

const find = createNameFinder();
const processor = createProcessor();

/** Each entity as "canonical: mention | mention". */
function entities(text: string): string[] {
  const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.entities.map((e) => `${e.canonical}: ${e.mentions.map((m) => m.text).join(' | ')}`);
}

describe('the Arabic article is part of the name it is joined to', () => {
  const table: Array<[string, string[]]> = [
    ['Police arrested Rami al-Murad near the border.', ['Rami al-Murad/PERSON']],
    ['President Abdel Fattah el-Sisi spoke on Monday.', ['Abdel Fattah el-Sisi/PERSON']],
    ['Cleric Moqtada as-Sadr spoke on Monday.', ['Moqtada as-Sadr/PERSON']],
    ['Ayman al-Zawahiri and Abu Bakr al-Baghdadi met.', ['Ayman al-Zawahiri/PERSON', 'Abu Bakr al-Baghdadi/PERSON']],
    // A name that opens with the article keeps it.
    ['He praised al-Qaeda on Monday.', ['al-Qaeda/ORGANIZATION']],
    ['Fighters of the al-Qassam Brigades spoke.', ['al-Qassam Brigades/ORGANIZATION']],
    // Capitalised at a sentence start it is still a surname, not an ordinary word.
    ['Al-Murad was held for a week.', ['Al-Murad/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  test('English words before a hyphen are no article', () => {
    // "an X-ray", "at-risk", "as-yet": no capital after the hyphen, or no name at all.
    expect(pairs('Doctors saw at-risk patients and as-yet untreated ones.')).toEqual([]);
    expect(pairs('Doctors ordered an x-ray for Maria Lopez.')).toEqual(['Maria Lopez/PERSON']);
  });
});

describe('mentions with and without the article are one person', () => {
  test('surname alone, with the article, and capitalised', () => {
    expect(entities('Police arrested Rami al-Murad on Monday. Murad denied it. Al-Murad was held.')).toEqual([
      'Rami al-Murad: Rami al-Murad | Murad | Al-Murad',
    ]);
  });
  test('the spaced "Al" of an English given name is not the article', () => {
    // "Al Smith" and "Smith" are one man, but "Al" does not fold away: no "Smith Jones" merge.
    expect(entities('Governor Al Smith met Tom Jones. Smith spoke.')).toEqual(['Al Smith: Al Smith | Smith', 'Tom Jones: Tom Jones']);
  });
});

describe('a surname that is also an English word, at a sentence start', () => {
  test('is the person the article names in full', () => {
    expect(entities('Former vice president Al Gore spoke on Monday. Gore left early.')).toEqual(['Al Gore: Al Gore | Gore']);
  });
  test('the family name of a Korean name comes first', () => {
    expect(entities('The talks were chaired by Secretary-General Ban Ki-moon. Ban said they failed.')).toEqual(['Ban Ki-moon: Ban Ki-moon | Ban']);
  });
  test('an ordinary word at a sentence start stays no name', () => {
    expect(entities('Police arrested Tom Jones on Monday. Police said he fled.')).toEqual(['Tom Jones: Tom Jones']);
  });
});

describe('a sentence that starts after a dateline or section label and its dash', () => {
  const table: Array<[string, string[]]> = [
    // The word after the dash is the sentence's first word: an ordinary one is no name.
    ['WASHINGTON (Reuters) - Prices rose as Tom Jones spoke.', ['WASHINGTON/PLACE', 'Reuters/ORGANIZATION', 'Tom Jones/PERSON']],
    ['BRITAIN - Officials met Tom Jones.', ['BRITAIN/PLACE', 'Tom Jones/PERSON']],
    // A name there is still a name.
    ['LONDON - Rafael Nadal won on Monday.', ['LONDON/PLACE', 'Rafael Nadal/PERSON']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a built location named before its kind is a PLACE', () => {
  // ANNOTATION.md: geographic and built locations are PLACEs; the kind word in lower case
  // is not part of the name.
  const table: Array<[string, string[]]> = [
    ['Troops entered Al-Shifa hospital on Monday.', ['Al-Shifa/PLACE']],
    ['Thousands prayed at al-Aqsa mosque.', ['al-Aqsa/PLACE']],
    ['Aid trucks waited at the Zorvan crossing.', ['Zorvan/PLACE']],
  ];
  test.each(table)('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a company with and without its legal form is one entity', () => {
  test('named by its fullest form', () => {
    expect(entities('Zorvex Corp said profit rose. Shares of Zorvex jumped, and Zorvex hired staff.')).toEqual([
      'Zorvex Corp: Zorvex Corp | Zorvex | Zorvex',
    ]);
  });
});

describe("one word of a two-word organization's name is that organization", () => {
  test('a club by its city or its first word', () => {
    expect(entities('Borussia Dortmund beat Real Madrid in the final. Dortmund led early, but Real won the match.').sort()).toEqual([
      'Borussia Dortmund: Borussia Dortmund | Dortmund',
      'Real Madrid: Real Madrid | Real',
    ]);
  });
  test('not where the other word is a body\u2019s head word', () => {
    expect(entities('The Hamas Political Bureau met. Hamas said the talks failed.').sort()).toEqual([
      'Hamas Political Bureau: Hamas Political Bureau',
      'Hamas: Hamas',
    ]);
  });
});
