/**
 * Round 15: what team_014 (a rate decision), team_015 (Sudan shelling) and team_017 (a
 * lunar launch) still showed. Datelines carrying their date, quotations opening inside a
 * sentence, plural roles before an employer, groups named for their country, a company's
 * division joined by "and", currencies named for a country, a word modifying a plural
 * noun, known names inside a body's name, and short forms of bodies and parties.
 * Expected spans and types written by hand from ANNOTATION.md.
 */
import { createProcessor } from '../../src/pipeline/process';
import { namePairs as pairs } from './entities-setup';

describe('name spans and types', () => {
  const table: Array<[string, string[]]> = [
    // A dateline with its date: the word after the dash opens a sentence.
    ['DAKAR, March 3 (Reuters) - Flooding closed the main road to Thies on Monday.', ['DAKAR/PLACE', 'Reuters/ORGANIZATION', 'Thies/PLACE']],
    // A quotation opening inside a sentence: its first word is capitalised anyway.
    ['The stall owner spoke at noon. “Traders were shouting,” he said in Lagos.', ['Lagos/PLACE']],
    // A plural role before "at" makes the employer ("Economists at X").
    ['Economists at Kiwibank were more cautious.', ['Kiwibank/ORGANIZATION']],
    // An armed or political group named for its country keeps the country; a country
    // before another body's name stays a name of its own.
    ['Fighters of the Kosovo Liberation Army withdrew.', ['Kosovo Liberation Army/ORGANIZATION']],
    ['The Kenya Revenue Authority said nothing.', ['Kenya/PLACE', 'Revenue Authority/ORGANIZATION']],
    // A company's division named in ordinary words joined by "and".
    ['The satellite was built by Airbus Defence and Space in Toulouse.', ['Airbus Defence and Space/ORGANIZATION', 'Toulouse/PLACE']],
    // A currency named for a country names no place; the country alone still does.
    ['The Australian market rose and the Hong Kong dollar fell.', []],
    ['The Canadian dollar rose as Canada reported jobs.', ['Canada/PLACE']],
    // A word nothing types, between "the" and a plural noun, names a programme.
    ['It used the pad that sent the Gemini crews into orbit.', []],
    // A known name inside a body's name: the national statistics office.
    ['The data came from Statistics Norway, the agency said.', ['Statistics Norway/ORGANIZATION']],
    // A sport's name before a country: its governing body, also at a sentence start.
    ['Tennis Australia said ticket sales rose.', ['Tennis Australia/ORGANIZATION']],
    ['Officials at Cricket Ireland agreed.', ['Cricket Ireland/ORGANIZATION']],
    // A body's fields listed after head + "of"; not a list of bodies.
    ['A spokesman for the Ministry of Agriculture, Forestry and Fisheries said so.', ['Ministry of Agriculture, Forestry and Fisheries/ORGANIZATION']],
    ['He met Bank of England, Barclays and Lloyds officials.', ['Bank of England/ORGANIZATION', 'Barclays/ORGANIZATION', 'Lloyds/ORGANIZATION']],
    // A legal form with its period closes the name, which may end the sentence.
    ['The loan came from Mitsui Banking Corp. Daiwa Securities advised.', ['Mitsui Banking Corp/ORGANIZATION', 'Daiwa Securities/ORGANIZATION']],
    // Guillemets open a quotation: its first word is capitalised anyway.
    ['« People think of it as stone », she said in Geneva.', ['Geneva/PLACE']],
    ['The president of the commune of Evolène spoke.', ['Evolène/PLACE']],
    // Streets named "Drive", "Lane"; "Hill" after an English word, not after a given name.
    ['The final was played at Memorial Drive.', ['Memorial Drive/PLACE']],
    ['She told reporters on Capitol Hill that she would stay.', ['Capitol Hill/PLACE']],
    ['Anthony Hill beat Dan Jenson in four sets.', ['Anthony Hill/PERSON', 'Dan Jenson/PERSON']],
    // A body's kind in apposition after its name; who conducts a poll.
    ['The contract went to Harbury Therapeutics, a firm in Leeds.', ['Harbury Therapeutics/ORGANIZATION', 'Leeds/PLACE']],
    ['The money went to Kelworth, a small company in Leeds.', ['Kelworth/ORGANIZATION', 'Leeds/PLACE']],
    // Not a kind that modifies another noun: a person with a role.
    ['Kovacs, a company spokesman, said no.', ['Kovacs/PERSON']],
    ['A poll by Lighthouse Data showed a lead.', ['Lighthouse Data/ORGANIZATION']],
    // An electoral district.
    ['He was elected in the riding of Ottawa South in 2019.', ['Ottawa South/PLACE']],
    // A platform named by one letter, six words after the posting verb.
    ['He posted a copy of the memo on X.', ['X/ORGANIZATION']],
    // A way travelled along after "up the", "down the".
    ['Salt water was pushing further up the Oude Maas, officials said.', ['Oude Maas/PLACE']],
    // A legislature named alone.
    ['He steered the bill through Parliament last year.', ['Parliament/ORGANIZATION']],
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
    // A body's name before "of": the body the article names first.
    [
      'The Reserve Bank of India raised rates. The Reserve Bank of Australia held. The Reserve Bank has now raised rates four times.',
      ['ORGANIZATION Reserve Bank of India: Reserve Bank of India, Reserve Bank', 'ORGANIZATION Reserve Bank of Australia: Reserve Bank of Australia'],
    ],
    // A party's name without "Party".
    ['The Labour Party objected. "It is late," Labour said.', ['ORGANIZATION Labour Party: Labour Party, Labour']],
    // An acronym the article gives after "known by its ... acronym".
    ['The European Consumer Organisation, known by its French acronym BEUC, said so. BEUC welcomed it.', ['ORGANIZATION European Consumer Organisation: European Consumer Organisation, BEUC, BEUC']],
    // A body's head word alone after "the", one body of the article opening with it.
    ['She spoke in the House of Commons on Wednesday. "She stood up in the House," he said.', ['ORGANIZATION House of Commons: House of Commons, House']],
    // A party whose name is its adjective, before a party role, is the party (named in the plural).
    ['Anna Reid, the Conservative finance critic, objected. The Conservatives have led since May.', ['PERSON Anna Reid: Anna Reid', 'ORGANIZATION Conservatives: Conservative, Conservatives']],
    // A firm closed by an industry's name is named by its first word elsewhere.
    ['The deal went to Harbury Therapeutics. A spokeswoman for Harbury said the firm had done nothing wrong.', ['ORGANIZATION Harbury Therapeutics: Harbury Therapeutics, Harbury']],
    // A nickname in quotation marks after "known as" is the person named before it.
    ['Joaquín Ferreyra won in Adelaide. The 24-year-old, known to fans as "Quino", cried.', ['PERSON Joaquín Ferreyra: Joaquín Ferreyra, Quino', 'PLACE Adelaide: Adelaide']],
    // A family name misspelt by one letter is the person named in full and again.
    ['Erik Lindqvist served for the match. Lindqvist missed. Lindquist netted a forehand.', ['PERSON Erik Lindqvist: Erik Lindqvist, Lindqvist, Lindquist']],
    // A given name with its accents is a given name: the surname alone is that person.
    ['His coach, Martín Ibarra, watched. Ibarra, who coached him, said so.', ['PERSON Martín Ibarra: Martín Ibarra, Ibarra']],
    // A company with repeated legal forms or "Holdings" is the company without them.
    ['Hoshino Electric Co Ltd made an offer. Hoshino Electric said it would pay cash.', ['ORGANIZATION Hoshino Electric Co Ltd: Hoshino Electric Co Ltd, Hoshino Electric']],
    ['Shares of Kaneda Precision Holdings rose. Shares of Kaneda Precision fell later.', ['ORGANIZATION Kaneda Precision Holdings: Kaneda Precision Holdings, Kaneda Precision']],
  ] as Array<[string, string[]]>)('%s', (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});
