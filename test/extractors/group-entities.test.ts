/**
 * Grouping name mentions (groupMentions) on hand-made mentions, so that each rule and
 * its tie-breaks are checked without depending on the name finder: the look-ups that
 * replaced the scan over every entity must pick the same entity the scan picked.
 */
import { groupMentions } from '../../src/extractors/entities/group-entities';
import { loadGazetteer } from '../../src/extractors/entities/lexicons/gazetteer';
import type { EntityType, NameMention } from '../../src/pipeline/document';

type M = [string, EntityType];

/** Mentions laid out one after another (offsets are all the grouping reads of the text). */
function mentions(ms: readonly M[]): NameMention[] {
  let at = 0;
  return ms.map(([text, type]) => {
    const m: NameMention = { start: at, end: at + text.length, text, type, confidence: 0.5, evidence: [], sentence: 0 };
    at += text.length + 2;
    return m;
  });
}

function groups(ms: readonly M[]): string[] {
  return groupMentions(mentions(ms), loadGazetteer()).map((e) => `${e.type} ${e.canonical} [${e.mentions.map((m) => m.text).join(', ')}]`);
}

describe('groupMentions', () => {
  const cases: Array<[string, M[], string[]]> = [
    ['same name, case and "the" folded', [['the White House', 'ORGANIZATION'], ['White House', 'ORGANIZATION'], ['WHITE HOUSE', 'ORGANIZATION']], ['ORGANIZATION the White House [the White House, White House, WHITE HOUSE]']],
    ['same name of another type stays apart', [['Jordan', 'PLACE'], ['Jordan', 'PERSON']], ['PLACE Jordan [Jordan]', 'PERSON Jordan [Jordan]']],
    ['a surname joins the nearest fuller name before it', [['Joe Biden', 'PERSON'], ['Hunter Biden', 'PERSON'], ['Biden', 'PERSON']], ['PERSON Joe Biden [Joe Biden]', 'PERSON Hunter Biden [Hunter Biden, Biden]']],
    ['the same, the other way round', [['Hunter Biden', 'PERSON'], ['Joe Biden', 'PERSON'], ['Biden', 'PERSON']], ['PERSON Hunter Biden [Hunter Biden]', 'PERSON Joe Biden [Joe Biden, Biden]']],
    [
      // Same name comes first: the second "Biden" follows the first, past a nearer "Joe Biden".
      'a repeated surname stays with its first grouping',
      [['Joe Biden', 'PERSON'], ['Hunter Biden', 'PERSON'], ['Biden', 'PERSON'], ['Joe Biden', 'PERSON'], ['Biden', 'PERSON']],
      ['PERSON Joe Biden [Joe Biden, Joe Biden]', 'PERSON Hunter Biden [Hunter Biden, Biden, Biden]'],
    ],
    ['a surname before any fuller name joins the first one after it', [['Kirby', 'PERSON'], ['John Kirby', 'PERSON']], ['PERSON John Kirby [Kirby, John Kirby]']],
    ['a middle part joins', [['Anna Maria Berg', 'PERSON'], ['Maria Berg', 'PERSON']], ['PERSON Anna Maria Berg [Anna Maria Berg, Maria Berg]']],
    ['a first name does not join a name holding it elsewhere', [['Berg Anna', 'PERSON'], ['Anna Berg', 'PERSON']], ['PERSON Berg Anna [Berg Anna]', 'PERSON Anna Berg [Anna Berg]']],
    [
      'an acronym joins the fuller organization name (function words skipped)',
      [['National Security Council', 'ORGANIZATION'], ['NSC', 'ORGANIZATION'], ['Bank of England', 'ORGANIZATION'], ['BE', 'ORGANIZATION']],
      ['ORGANIZATION National Security Council [National Security Council, NSC]', 'ORGANIZATION Bank of England [Bank of England, BE]'],
    ],
    [
      'a hyphenated word may give a letter per part to the acronym, or one for the whole',
      [['World Anti-Doping Agency', 'ORGANIZATION'], ['WADA', 'ORGANIZATION'], ['Coca-Cola Company', 'ORGANIZATION'], ['CCC', 'ORGANIZATION']],
      ['ORGANIZATION World Anti-Doping Agency [World Anti-Doping Agency, WADA]', 'ORGANIZATION Coca-Cola Company [Coca-Cola Company, CCC]'],
    ],
    ['a lower-case acronym does not', [['National Security Council', 'ORGANIZATION'], ['Nsc', 'ORGANIZATION']], ['ORGANIZATION National Security Council [National Security Council]', 'ORGANIZATION Nsc [Nsc]']],
    [
      'one edit away joins the one-word name',
      [['Zorbania', 'ORGANIZATION'], ['Zorbanai', 'ORGANIZATION']],
      ['ORGANIZATION Zorbania [Zorbania, Zorbanai]'],
    ],
    [
      'two edits away joins only a name of five letters or more used three times',
      [['Kestrelon', 'ORGANIZATION'], ['Kestrelon', 'ORGANIZATION'], ['Kestrelon', 'ORGANIZATION'], ['Kestrelun', 'ORGANIZATION'], ['Kastrelun', 'ORGANIZATION'], ['Vortak', 'ORGANIZATION'], ['Vurtek', 'ORGANIZATION']],
      ['ORGANIZATION Kestrelon [Kestrelon, Kestrelon, Kestrelon, Kestrelun, Kastrelun]', 'ORGANIZATION Vortak [Vortak]', 'ORGANIZATION Vurtek [Vurtek]'],
    ],
    ['a near spelling needs the same first letter', [['Zorbania', 'ORGANIZATION'], ['Xorbania', 'ORGANIZATION']], ['ORGANIZATION Zorbania [Zorbania]', 'ORGANIZATION Xorbania [Xorbania]']],
    ['country aliases join under the gazetteer name', [['US', 'PLACE'], ['United States', 'PLACE'], ['America', 'PLACE']], ['PLACE United States [US, United States, America]']],
  ];
  it.each(cases)('%s', (_, ms, expected) => {
    expect(groups(ms)).toEqual(expected);
  });

  it('numbers entities in order of first mention', () => {
    const ids = groupMentions(mentions([['Kirby', 'PERSON'], ['Paris', 'PLACE'], ['John Kirby', 'PERSON'], ['Reuters', 'ORGANIZATION']]), loadGazetteer());
    expect(ids.map((e) => `${e.id} ${e.canonical}`)).toEqual(['E1 John Kirby', 'E2 Paris', 'E3 Reuters']);
  });
});
