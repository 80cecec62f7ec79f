/**
 * Joint named sources, organizations named again by a description, and attribution
 * sites wink reads awkwardly, through the whole pipeline (phrases.ts, resolve-speakers.ts,
 * find-claims.ts). ANNOTATION.md: "A joint source is one claim ("Russia and China")"; a
 * report is attributed to the organization that issued it. Expected values worked out by
 * reading each text.
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

/** Each claim as [content, speaker name, speaker mention]. */
function claims(text: string): Array<[string, string | null, string | null]> {
  const r = processor.process({ id: 't', text, publishedDate: '2024-03-14', source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.speaker.name, c.speaker.mention?.text ?? null]);
}

describe('names joined by "and" are one joint source', () => {
  test.each([
    ['Russia and China said the resolution was biased.', ['the resolution was biased', 'Russia and China', 'Russia and China']],
    ['The vote was unfair, said Russia and China.', ['The vote was unfair', 'Russia and China', 'Russia and China']],
    ['Egypt, Qatar and Jordan said talks would resume.', ['talks would resume', 'Egypt, Qatar and Jordan', 'Egypt, Qatar and Jordan']],
  ] as Array<[string, [string, string, string]]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  test('a joint source is named by its members’ canonical names and linked to no one entity', () => {
    const text = 'President Joe Biden met Vice President Kamala Harris. Biden and Harris said the plan would pass.';
    const r = processor.process({ id: 't', text, publishedDate: null, source: { sha256: '0'.repeat(64) } });
    if (!r.ok) throw new Error('not processed');
    const speaker = r.record.claims[0].speaker;
    expect(speaker.name).toBe('Joe Biden and Kamala Harris');
    expect(speaker.mention?.text).toBe('Biden and Harris');
    expect(speaker.entityId).toBeNull();
  });

  test('an opening adjunct is not part of the source', () => {
    expect(claims('In Gaza, Hamas and Fatah said the talks failed.')).toEqual([['the talks failed', 'Hamas and Fatah', 'Hamas and Fatah']]);
  });

  test('a name after a verb is an object, not part of the source', () => {
    expect(claims('Hamas attacked Israel and Netanyahu said the war would go on.')).toEqual([
      ['the war would go on', 'Netanyahu', 'Netanyahu'],
    ]);
  });
});

describe('"the agency", "the group": the organization named last', () => {
  test('a report by the agency is the named agency’s', () => {
    const text = 'The World Health Organization warned that the hospital had closed. A report by the agency said that only 10 hospitals were open.';
    expect(claims(text)[1]).toEqual(['only 10 hospitals were open', 'World Health Organization', 'the agency']);
  });
  test('a news agency’s credit in brackets is no actor', () => {
    expect(claims('GENEVA (AFP) - The agency said the talks had failed.')).toEqual([
      ['the talks had failed', 'The agency', 'The agency'],
    ]);
  });
  test('an indefinite or plural description keeps its own words', () => {
    expect(claims('Hamas attacked on Monday. A group of doctors said the hospital had closed.')[0][1]).toBe('A group of doctors');
  });
});

describe('"he" after a person brought in as a subject', () => {
  test('a possessor inside the subject is not the subject', () => {
    // The sentence before the pronoun opens with "Italy's minister X": X is the subject, and
    // "he" is X, not the commissioner who spoke last.
    const text = 'Commissioner Kadri Simson said the stocks were full. Italy’s minister Gilberto Pichetto Fratin also voted in favour. Rome had pushed for a lower ceiling, he admitted.';
    expect(claims(text)[1]).toEqual(['Rome had pushed for a lower ceiling', 'Gilberto Pichetto Fratin', 'he']);
  });
});

describe('the clause after a cue and a phrase saying how the words were given', () => {
  test.each([
    ['Hamas said in a statement that it had captured soldiers.', ['it had captured soldiers', 'Hamas', 'Hamas']],
    ['Hamas said in a statement on Monday that it had captured soldiers.', ['it had captured soldiers', 'Hamas', 'Hamas']],
    ['Biden told CNN in an interview on Sunday that the war must end.', ['the war must end', 'Biden', 'Biden']],
  ] as Array<[string, [string, string, string]]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });
  test('a clause that completes a reporting noun is that noun’s claim', () => {
    expect(claims('He was responding to a statement by Kirby that the talks had failed.')).toEqual([['the talks had failed', 'Kirby', 'Kirby']]);
  });
});

describe('a role noun wink tags as an adjective still heads the subject', () => {
  test.each([
    ['The UN chief urged Israel to open the crossings.', ['Israel to open the crossings', 'The UN chief', 'The UN chief']],
    ['The UN chief said Israel must open the crossings.', ['Israel must open the crossings', 'The UN chief', 'The UN chief']],
  ] as Array<[string, [string, string, string]]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });
});

describe('a cue whose object is what it reports', () => {
  test.each([
    // The object ending the sentence is the claim, not an inverted speaker.
    ['Hamas denied the report.', ['the report', 'Hamas', 'Hamas']],
    // A date after the object says when, and is not part of what was said.
    ['Hamas denied the report on Monday.', ['the report', 'Hamas', 'Hamas']],
    ['She praised the deal last week.', ['the deal', 'She', 'She']],
    ['The German minister Robert Habeck spoke of “a compromise that protects the market”.', ['a compromise that protects the market', 'Robert Habeck', 'Robert Habeck']],
  ] as Array<[string, [string, string, string]]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });
  test('a prepositional phrase that is part of the object stays', () => {
    expect(claims('The minister condemned the attack on the convoy.')[0][0]).toBe('the attack on the convoy');
  });
  test('a demand is not a claim (the seeds count none)', () => {
    expect(claims('Russia and China called for an immediate ceasefire.')).toEqual([]);
  });
});

describe('a party member named by state and party is the person who spoke last', () => {
  test('"The Kentucky Republican said"', () => {
    const text = 'Senate Minority Leader Mitch McConnell called the vote "a disappointment." The Kentucky Republican said his party would bring the bill back.';
    expect(claims(text)[1]).toEqual(['his party would bring the bill back', 'Mitch McConnell', 'The Kentucky Republican']);
  });
});

describe('a trailing attribution in the middle of a datelined sentence', () => {
  test.each([
    // The dateline is not what the ministry said; the clause after the attribution is the writer's.
    ['MARRAKESH – The toll rose to 2,012 on Sunday, the Interior Ministry said, as rescuers dug through the rubble.', ['The toll rose to 2,012 on Sunday', 'Interior Ministry', 'Interior Ministry']],
    ['WASHINGTON, Feb. 8 (Reuters) - Talks will resume next week, the White House said, amid hopes of a deal.', ['Talks will resume next week', 'White House', 'White House']],
  ] as Array<[string, [string, string, string]]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });
  test('a quote attributed to a person of a long-named body is one claim', () => {
    expect(claims('“The first 72 hours are crucial,” said Anna Berg of the International Federation of Red Cross and Red Crescent Societies.')).toEqual([
      ['The first 72 hours are crucial,', 'Anna Berg', 'Anna Berg'],
    ]);
  });
});

describe('requests, demands and proposals are acts, not claims (as "called for" in the seeds)', () => {
  test.each([
    ['Poland and Hungary are asking for new limits, France is asking for time.'],
    ['The mediators have proposed a six-week pause.'],
    ['The families demanded the release of the hostages.'],
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });
  test('with a clause they report it', () => {
    expect(claims('The mediators proposed that the pause last six weeks.')).toEqual([['the pause last six weeks', 'The mediators', 'The mediators']]);
  });
});
