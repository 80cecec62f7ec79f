/**
 * Claim rules as tables: [text, expected claims]. Each expectation was worked out by
 * hand from ANNOTATION.md (content without the marks for direct quotes, the reported
 * clause without "that" for indirect speech), not copied from output.
 */
import { buildTextLayer } from '../../src/pipeline/text-layer';
import { createClaimFinder } from '../../src/extractors/claims';
import { findQuotes } from '../../src/extractors/claims/quotes';
import type { Claim, NameMention } from '../../src/pipeline/document';

const find = createClaimFinder();

function claimsOf(text: string): Claim[] {
  const { tokens, sentences } = buildTextLayer(text);
  return find({ text, tokens, sentences, names: [] });
}

interface Expect {
  kind: Claim['kind'];
  content: string;
  cue: string | null;
  speaker: string | null;
}

const brief = (c: Claim): Expect => ({ kind: c.kind, content: c.content.text, cue: c.cue?.text ?? null, speaker: c.speaker.mention?.text ?? null });

describe('quote pairing', () => {
  const table: Array<[string, string[]]> = [
    ['He said: “We will fight.” Then he left.', ['We will fight.']],
    // Marks of the wrong kind still pair.
    ['“I think Americans are dreaming a lot“said Ghazi Hamad.', ['I think Americans are dreaming a lot']],
    ['in Gaza.”You must not cooperate with the Americans” Hamad said.', ['You must not cooperate with the Americans']],
    // Straight marks.
    ['"It is still the same," he replied.', ['It is still the same,']],
    // A quote reopened in the next paragraph carries on: one quote.
    ['“First part.\n\n“Second part.” he said.', ['First part.\n\n“Second part.']],
    // Left open at the paragraph end: closed there.
    ['“Never closed, this one.\n\nNext paragraph.', ['Never closed, this one.']],
    // Single quotes make a quote; an apostrophe does not.
    ['‘We will fight on’: union leader. Hamas’ intentions are clear.', ['We will fight on']],
    // A single quote closed right before a line break (a headline over its story).
    ['Mayor: ‘We Will Rebuild the Bridge.’\n\nThe mayor spoke on Monday.', ['We Will Rebuild the Bridge.']],
    // Two apostrophes written together are one double mark (wire copy).
    ["''We will win,'' he said. ''The voters know it.''", ['We will win,', 'The voters know it.']],
    // A lone apostrophe inside stays an apostrophe.
    ["''The party's view is clear,'' she said.", ["The party's view is clear,"]],
  ];
  it.each(table)('%s', (text, expected) => {
    const { tokens, sentences } = buildTextLayer(text);
    const quotes = findQuotes(text, tokens, sentences);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });

  it('is linear: many unbalanced marks finish and pair by alternation', () => {
    const text = '“ a '.repeat(2001);
    const { tokens, sentences } = buildTextLayer(text);
    expect(findQuotes(text, tokens, sentences)).toHaveLength(1001);
  });
});

describe('claim rules', () => {
  const table: Array<[string, string, Expect[]]> = [
    [
      'claims/quote-then-cue (marks written as two apostrophes)',
      "''The middle class is getting clobbered,'' Mr. Biden told reporters.",
      [{ kind: 'direct', content: 'The middle class is getting clobbered,', cue: 'told', speaker: 'Biden' }],
    ],
    [
      'claims/quote-then-cue (a verb of narration frames the quote)',
      '“I don’t expect that to change,” he continued. “We will see what happens.”',
      [
        { kind: 'direct', content: 'I don’t expect that to change,', cue: 'continued', speaker: 'he' },
        { kind: 'direct', content: 'We will see what happens.', cue: null, speaker: 'he' },
      ],
    ],
    [
      'claims/cue-then-quote (verb of narration before the quote)',
      'He concluded, “There is not a single case like this.”',
      [{ kind: 'direct', content: 'There is not a single case like this.', cue: 'concluded', speaker: 'He' }],
    ],
    [
      'claims/cue-then-quote (participle takes the clause subject)',
      'Clinton claimed victory in a tweet, saying: “We just won Kentucky!”',
      [{ kind: 'direct', content: 'We just won Kentucky!', cue: 'saying', speaker: 'Clinton' }],
    ],
    [
      'claims/cue-then-quote (relative clause between speaker and cue)',
      'Of Carson, Levine, who has given money to Marco Rubio, said, “He’s flat-out scary.”',
      [{ kind: 'direct', content: 'He’s flat-out scary.', cue: 'said', speaker: 'Levine' }],
    ],
    [
      'claims/reported-clause (party label after the name)',
      'Speaker Paul Ryan (R-WI) said the images have no place in a campaign.',
      [{ kind: 'indirect', content: 'the images have no place in a campaign', cue: 'said', speaker: 'Paul Ryan' }],
    ],
    [
      'claims/reported-clause (apposition between dashes)',
      'Murphy — after a knock-on-wood gesture — told me he had been lucky.',
      [{ kind: 'indirect', content: 'he had been lucky', cue: 'told', speaker: 'Murphy' }],
    ],
    [
      'claims/reported-clause (evidence verb with a finite clause)',
      'New filings show it has less than $1.3 million cash on hand.',
      [{ kind: 'indirect', content: 'it has less than $1.3 million cash on hand', cue: 'show', speaker: 'New filings' }],
    ],
    [
      'claims/reported-trailing (evidence verb after the clause)',
      'Bush had to lend his campaign money last month, fundraising documents show.',
      [{ kind: 'indirect', content: 'Bush had to lend his campaign money last month', cue: 'show', speaker: 'fundraising documents' }],
    ],
    [
      'claims/according-to (source words tagged as verbs, text after a colon)',
      'Voters agree on one thing: Clinton performed well among the young, according to exit polling data.',
      [{ kind: 'indirect', content: 'Clinton performed well among the young', cue: 'according to', speaker: 'exit polling data' }],
    ],
    [
      'claims/quote-inferred (the next sentence has its own cue and clause)',
      'He was blunt. “Football has become soft.” He says referees are throwing flags too often.',
      [
        { kind: 'direct', content: 'Football has become soft.', cue: null, speaker: null },
        { kind: 'indirect', content: 'referees are throwing flags too often', cue: 'says', speaker: 'He' },
      ],
    ],
    [
      'claims/quote-then-cue (one quote around an attribution with an apposition)',
      '“I never trusted her,” said Robert Stone, a 59-year-old from Ohio, “and I never will.”',
      [{ kind: 'direct', content: 'I never trusted her,” said Robert Stone, a 59-year-old from Ohio, “and I never will.', cue: 'said', speaker: 'Robert Stone' }],
    ],
    [
      'claims/reported-clause (a colon before a quote ends the clause)',
      'Obama hailed the record streak of private-sector job growth: “Nobody can argue with that.”',
      [
        { kind: 'indirect', content: 'the record streak of private-sector job growth', cue: 'hailed', speaker: 'Obama' },
        // (the colon closes a sentence 'hailed' reports: the quote is more of Obama's words)
        { kind: 'direct', content: 'Nobody can argue with that.', cue: 'hailed', speaker: 'Obama' },
      ],
    ],
    [
      'claims/reported-clause (a coordinated quantity with its own cue)',
      'Three-quarters of the voters said they were worried, and more than 4 in 10 said Trump would be best.',
      [
        { kind: 'indirect', content: 'they were worried', cue: 'said', speaker: 'Three-quarters of the voters' },
        { kind: 'indirect', content: 'Trump would be best', cue: 'said', speaker: '4 in 10' },
      ],
    ],
    [
      'claims/reported-that (phrasal verb of saying)',
      'The senator pointed out that the bill had passed twice.',
      [{ kind: 'indirect', content: 'the bill had passed twice', cue: 'pointed out', speaker: 'The senator' }],
    ],
    [
      'claims/reported-that (in a fronted subordinate clause, up to its comma)',
      'While Ramos said that journalists cannot take sides, he appears uneasy.',
      [{ kind: 'indirect', content: 'journalists cannot take sides', cue: 'said', speaker: 'Ramos' }],
    ],
    [
      'claims/reported-trailing (possessive pronoun in the speaker phrase)',
      'The Ukrainian president will travel to Paris next week, his office said.',
      [{ kind: 'indirect', content: 'The Ukrainian president will travel to Paris next week', cue: 'said', speaker: 'his office' }],
    ],
    [
      'claims/reported-that (a name wink splits at a non-ASCII letter)',
      'Turkish President Recep Tayyip Erdoğan said on Wednesday that Ankara is ready to act.',
      [{ kind: 'indirect', content: 'Ankara is ready to act', cue: 'said', speaker: 'Recep Tayyip Erdoğan' }],
    ],
    [
      'claims/according-to (a role with the name in apposition)',
      "According to Ukraine's agriculture minister, Mykola Solskyi, the ban costs his country dearly.",
      [{ kind: 'indirect', content: 'the ban costs his country dearly', cue: 'According to', speaker: 'Mykola Solskyi' }],
    ],
    [
      'claims/quote-then-cue (a quote ending a sentence begun in the writer\'s words is mixed)',
      'Israel will continue the offensive "until total victory", the prime minister said on Wednesday.',
      [{ kind: 'mixed', content: 'Israel will continue the offensive "until total victory"', cue: 'said', speaker: 'the prime minister' }],
    ],
    [
      'claims/reported-that (a time adverbial after a comma ends the clause)',
      'The White House said that a deal is "within reach", two days after the group sent its reply.',
      [{ kind: 'mixed', content: 'a deal is "within reach"', cue: 'said', speaker: 'White House' }],
    ],
    [
      'claims/headline-source (source after a dash in a headline)',
      'Rome: “We will stop the country” – the unions against the government\n\nThe strike starts on Friday.',
      [{ kind: 'direct', content: 'We will stop the country', cue: null, speaker: 'the unions' }],
    ],
    [
      'claims/quote-then-cue (apposition between the speaker and the cue)',
      '“It is not the position that everything is fine,” Gene Sperling, a top Clinton adviser, said at a breakfast.',
      [{ kind: 'direct', content: 'It is not the position that everything is fine,', cue: 'said', speaker: 'Gene Sperling' }],
    ],
    [
      'claims/reported-that (a relative clause with commas of its own before the cue)',
      'Sandy Phillips, who lost her daughter in the Aurora, Colorado, shooting, said that Sanders had been rude.',
      [{ kind: 'indirect', content: 'Sanders had been rude', cue: 'said', speaker: 'Sandy Phillips' }],
    ],
    [
      'claims/reported-clause (a relative pronoun with an adverbial between commas)',
      'The leaders, who, on a press call Friday, criticized Sanders for stealing data, were angry.',
      [{ kind: 'indirect', content: 'Sanders for stealing data', cue: 'criticized', speaker: 'who' }],
    ],
    [
      'claims/quote-inferred (a claim nested in the quote does not lend its speaker)',
      'Clinton spoke in Ohio. “Trump says he is qualified to be president. He is not qualified at all.”',
      [
        { kind: 'direct', content: 'Trump says he is qualified to be president. He is not qualified at all.', cue: null, speaker: null },
        { kind: 'indirect', content: 'he is qualified to be president', cue: 'says', speaker: 'Trump' },
      ],
    ],
    [
      'claims/quote-then-cue (a pronoun\'s belief inside the quote is no nested claim)',
      '“They know that we will eventually find them,” said Kevin Hecht, a tunneling expert.',
      [{ kind: 'direct', content: 'They know that we will eventually find them,', cue: 'said', speaker: 'Kevin Hecht' }],
    ],
    [
      'claims/reported-clause (a pronoun\'s belief inside the reported clause is part of it)',
      'Smith said he does not believe there is any link between the two.',
      [{ kind: 'indirect', content: 'he does not believe there is any link between the two', cue: 'said', speaker: 'Smith' }],
    ],
    [
      'claims/according-to (a verb of saying in another sense before it)',
      'The White House is now considering a proposal to maintain at least one base, according to American military officials.',
      [{ kind: 'indirect', content: 'The White House is now considering a proposal to maintain at least one base', cue: 'according to', speaker: 'American military officials' }],
    ],
    [
      'claims/according-to (in the middle, a new clause after the source)',
      'Trump so far has won 758 delegates, according to a CNN tally, but his pathway is narrow.',
      [{ kind: 'indirect', content: 'Trump so far has won 758 delegates', cue: 'according to', speaker: 'CNN' }],
    ],
    [
      'claims/according-to (a gerund source)',
      'Union members favored Obama by 20 points, according to polling by the union federation.',
      [{ kind: 'indirect', content: 'Union members favored Obama by 20 points', cue: 'according to', speaker: 'the union federation' }],
    ],
    [
      'claims/quote-then-cue (writer\'s words, a comma, then the quote: one mixed claim)',
      'Although paid leave costs money, "you can\'t put a price tag on a stable workforce," he says.',
      [{ kind: 'mixed', content: 'Although paid leave costs money, "you can\'t put a price tag on a stable workforce,"', cue: 'says', speaker: 'he' }],
    ],
    [
      'claims/reported-clause (a quote inside an apposition is neither attributed by the cue nor hides the speaker)',
      'Mr. Manafort, citing “the unique magic of Trump,” said the candidate could be competitive.',
      [{ kind: 'indirect', content: 'the candidate could be competitive', cue: 'said', speaker: 'Manafort' }],
    ],
    [
      'claims/reported-clause (a proportion as the subject; a comparison ends the clause)',
      'Six in 10 say they have a favorable view of Clinton, compared with 64 percent last year.',
      [{ kind: 'indirect', content: 'they have a favorable view of Clinton', cue: 'say', speaker: 'Six in 10' }],
    ],
    [
      'claims/reported-clause (a concession and a second that-clause go on with the report)',
      'The governor said the changes were an improvement, although eligibility is too narrow, and that he would not support deportation.',
      [{ kind: 'indirect', content: 'the changes were an improvement, although eligibility is too narrow, and that he would not support deportation', cue: 'said', speaker: 'The governor' }],
    ],
    [
      'claims/cue-then-quote (an adverbial between the cue and the comma)',
      'Sanders asks at Western High School, “Any questions I can answer?”',
      [{ kind: 'direct', content: 'Any questions I can answer?', cue: 'asks', speaker: 'Sanders' }],
    ],
    [
      'claims/reported-that (a long addressee with a name wink tags as a verb)',
      'She told The Associated Press on Monday that the FBI investigation is independent.',
      [{ kind: 'indirect', content: 'the FBI investigation is independent', cue: 'told', speaker: 'She' }],
    ],
    [
      'claims/reported-clause (a quantity "at least" opens the clause)',
      'CNN reported at least six planes filled the skies.',
      [{ kind: 'indirect', content: 'at least six planes filled the skies', cue: 'reported', speaker: 'CNN' }],
    ],
    [
      'claims/reported-trailing (an object pronoun after the cue)',
      'Her husband was free and would soon be coming home, the president told her.',
      [{ kind: 'indirect', content: 'Her husband was free and would soon be coming home', cue: 'told', speaker: 'the president' }],
    ],
    [
      'claims/quote-then-cue (pronoun)',
      '“We are reaching points that were unattainable,” he adds.',
      [{ kind: 'direct', content: 'We are reaching points that were unattainable,', cue: 'adds', speaker: 'he' }],
    ],
    [
      'claims/quote-then-cue (inverted, title before the name)',
      '“We do not support a reoccupation of Gaza,” said State Department spokesman Vedant Patel.',
      [{ kind: 'direct', content: 'We do not support a reoccupation of Gaza,', cue: 'said', speaker: 'Vedant Patel' }],
    ],
    [
      'claims/quote-then-cue (role noun)',
      '“Gaza City is surrounded”, says the prime minister.',
      [{ kind: 'direct', content: 'Gaza City is surrounded', cue: 'says', speaker: 'the prime minister' }],
    ],
    [
      'claims/quote-then-cue (according to)',
      '“Hamas would release 10-15 hostages,” according to a source quoted by the paper.',
      [{ kind: 'direct', content: 'Hamas would release 10-15 hostages,', cue: 'according to', speaker: 'a source' }],
    ],
    [
      'claims/cue-then-quote',
      'Kirby said: “It is still the same.”',
      [{ kind: 'direct', content: 'It is still the same.', cue: 'said', speaker: 'Kirby' }],
    ],
    [
      'claims/headline-source',
      'Hamas: “We are out of the Gaza government? The Americans are dreaming”\n\nMore text here.',
      [{ kind: 'direct', content: 'We are out of the Gaza government? The Americans are dreaming', cue: null, speaker: 'Hamas' }],
    ],
    [
      'claims/quote-interrupted',
      '“I tell you this – he adds -: we will continue to help them.”',
      [{ kind: 'direct', content: 'I tell you this – he adds -: we will continue to help them.', cue: 'adds', speaker: 'he' }],
    ],
    [
      'claims/reported-that',
      'White House spokesman John Kirby reiterates that the United States has not drawn a red line.',
      [{ kind: 'indirect', content: 'the United States has not drawn a red line', cue: 'reiterates', speaker: 'John Kirby' }],
    ],
    [
      'claims/reported-that (addressee and adverbial before "that")',
      'Jake Sullivan told reporters on Monday that the two countries would talk.',
      [{ kind: 'indirect', content: 'the two countries would talk', cue: 'told', speaker: 'Jake Sullivan' }],
    ],
    [
      'claims/reported-clause (addressee not to)',
      'He also warned the Palestinian Authority not to conclude a deal.',
      [{ kind: 'indirect', content: 'the Palestinian Authority not to conclude a deal', cue: 'warned', speaker: 'He' }],
    ],
    [
      'claims/reported-clause (belief)',
      'Joe Biden believes an operation in Rafah would be wrong.',
      [{ kind: 'indirect', content: 'an operation in Rafah would be wrong', cue: 'believes', speaker: 'Joe Biden' }],
    ],
    [
      'claims/reported-that (participle takes the sentence speaker)',
      'Hamad said that any change is an internal matter, adding that Hamas will be involved.',
      [
        { kind: 'indirect', content: 'any change is an internal matter', cue: 'said', speaker: 'Hamad' },
        { kind: 'indirect', content: 'Hamas will be involved', cue: 'adding', speaker: 'Hamad' },
      ],
    ],
    [
      'claims/reported-trailing',
      'The rupture occurred because Hamas did not hand over the list, American diplomats say.',
      [{ kind: 'indirect', content: 'The rupture occurred because Hamas did not hand over the list', cue: 'say', speaker: 'American diplomats' }],
    ],
    [
      'mixed: a reported clause holding a quote',
      'Kirby said that Hamas still has “women and children” in custody.',
      [{ kind: 'mixed', content: 'Hamas still has “women and children” in custody', cue: 'said', speaker: 'Kirby' }],
    ],
    [
      'direct: a reported clause that is all one quote',
      'Two officials also said that “Netanyahu did not trust Hamas.”',
      [
        { kind: 'direct', content: 'Netanyahu did not trust Hamas.', cue: 'said', speaker: 'Two officials' },
      ],
    ],
    [
      'claims/naming-quote',
      'Jeb Bush called Trump “unhinged.”',
      [{ kind: 'mixed', content: 'Trump “unhinged.”', cue: 'called', speaker: 'Jeb Bush' }],
    ],
    [
      'claims/reported-clause (gerund subject, no "that")',
      'He said legalizing it could put thousands of people to work.',
      [{ kind: 'indirect', content: 'legalizing it could put thousands of people to work', cue: 'said', speaker: 'He' }],
    ],
    [
      'claims/reported-clause (quantifier subject)',
      'Bucher said none of the candidates were listed on the ballots.',
      [{ kind: 'indirect', content: 'none of the candidates were listed on the ballots', cue: 'said', speaker: 'Bucher' }],
    ],
    [
      'claims/reported-clause ends at a coordinated attribution ("and said that")',
      'He said his attacks have given him momentum and said that Trump did not represent the party.',
      [
        { kind: 'indirect', content: 'his attacks have given him momentum', cue: 'said', speaker: 'He' },
        { kind: 'indirect', content: 'Trump did not represent the party', cue: 'said', speaker: 'He' },
      ],
    ],
    [
      'claims/reported-clause ends where another subject reports (", and three-quarters said")',
      'Most voters said Clinton is honest, and three-quarters said Sanders is honest.',
      [
        { kind: 'indirect', content: 'Clinton is honest', cue: 'said', speaker: 'Most voters' },
        { kind: 'indirect', content: 'Sanders is honest', cue: 'said', speaker: 'three-quarters' },
      ],
    ],
    [
      'claims/reported-that nested in a quote stops at the closing mark',
      '“Netanyahu told Biden that there are consequences,” Trump said at a rally.',
      [
        { kind: 'direct', content: 'Netanyahu told Biden that there are consequences,', cue: 'said', speaker: 'Trump' },
        { kind: 'indirect', content: 'there are consequences', cue: 'told', speaker: 'Netanyahu' },
      ],
    ],
    [
      'claims/reported-clause: a time adverbial before the cue is not the speaker',
      'A news report published Wednesday said the minister used a personal email account.',
      [{ kind: 'indirect', content: 'the minister used a personal email account', cue: 'said', speaker: 'A news report' }],
    ],
    [
      'claims/reported-clause: "on Tuesday" between subject and cue',
      'The senator on Tuesday said the bill would fail.',
      [{ kind: 'indirect', content: 'the bill would fail', cue: 'said', speaker: 'The senator' }],
    ],
    [
      'claims/according-to opening the sentence after a quote belongs to that sentence',
      'He spoke. “Trump would win, and handily.” According to a recent poll, Trump garnered 30% of the votes.',
      [
        { kind: 'direct', content: 'Trump would win, and handily.', cue: null, speaker: null },
        { kind: 'indirect', content: 'Trump garnered 30% of the votes', cue: 'According to', speaker: 'a recent poll' },
      ],
    ],
    [
      'claims/reported-clause: a reported question after an addressee',
      'A reporter asked Sanders how he was feeling on caucus day.',
      [{ kind: 'indirect', content: 'how he was feeling on caucus day', cue: 'asked', speaker: 'A reporter' }],
    ],
    [
      'claims/reported-clause: a reported question with "whether"',
      'The senator asked whether the plan would work.',
      [{ kind: 'indirect', content: 'whether the plan would work', cue: 'asked', speaker: 'The senator' }],
    ],
    [
      'claims/reported-clause: an object ends before an adverbial of the writer\'s',
      'The governor endorsed the senator at a news conference in Ohio.',
      [{ kind: 'indirect', content: 'the senator', cue: 'endorsed', speaker: 'The governor' }],
    ],
    [
      'claims/reported-clause: an object ends before a coordinated predicate',
      'The mayor praised the new bridge and has visited it twice.',
      [{ kind: 'indirect', content: 'the new bridge', cue: 'praised', speaker: 'The mayor' }],
    ],
    [
      'claims/reported-clause: an object keeps its own modifiers and a gerund\'s adverbials',
      'The union accused the company of cutting wages during the strike.',
      [{ kind: 'indirect', content: 'the company of cutting wages during the strike', cue: 'accused', speaker: 'The union' }],
    ],
    [
      'claims/reported-clause: an object ends at a comma before a participle clause',
      'The minister denied the report, calling it a fabrication by her rivals.',
      [{ kind: 'indirect', content: 'the report', cue: 'denied', speaker: 'The minister' }],
    ],
    [
      'claims/reported-clause: a party label whose abbreviation ends the splitter\'s sentence',
      'Sen. Jane Doe (D-Md.) said the bill would pass.',
      [{ kind: 'indirect', content: 'the bill would pass', cue: 'said', speaker: 'Jane Doe' }],
    ],
    [
      'claims/reported-clause: a sentence-opening "Asked whether" is a question with no named asker',
      'Asked whether the talks would resume, the envoy said, “Not this week.”',
      [
        { kind: 'indirect', content: 'whether the talks would resume', cue: 'Asked', speaker: null },
        { kind: 'direct', content: 'Not this week.', cue: 'said', speaker: 'the envoy' },
      ],
    ],
    [
      'claims/reported-clause: an opening "Asked" past adverbials, to the comma before the main clause',
      'Asked on Monday whether the plan, which the board approved, would survive, the mayor shook her head.',
      [{ kind: 'indirect', content: 'whether the plan, which the board approved, would survive', cue: 'Asked', speaker: null }],
    ],
    [
      'claims/reported-clause: a passive question with its asker after "by"',
      'The governor was asked by a reporter whether the road would reopen.',
      [{ kind: 'indirect', content: 'whether the road would reopen', cue: 'asked', speaker: 'a reporter' }],
    ],
    [
      'claims/reported-clause: "when asked by" names the asker',
      'The coach smiled when asked by the host if the team was tired.',
      [{ kind: 'indirect', content: 'if the team was tired', cue: 'asked', speaker: 'the host' }],
    ],
    [
      'claims/reported-clause: the topic of a question, without the writer\'s adverbial',
      'The anchor asked the minister about the new tariffs during the broadcast.',
      [{ kind: 'indirect', content: 'about the new tariffs', cue: 'asked', speaker: 'The anchor' }],
    ],
    [
      'claims/reported-clause: a question put after a colon',
      'The moderator asked the candidates a simple question: who would win the final?',
      [{ kind: 'indirect', content: 'who would win the final', cue: 'asked', speaker: 'The moderator' }],
    ],
    [
      'claims/reported-clause: a question in a subordinate clause ends where the main clause starts',
      'Last week, when the reporter asked the mayor if she would run, she laughed loudly.',
      [{ kind: 'indirect', content: 'if she would run', cue: 'asked', speaker: 'the reporter' }],
    ],
    [
      'claims/headline-source: a role before a colon with no quotation marks',
      'The senator: the bill will pass in May.',
      [{ kind: 'indirect', content: 'the bill will pass in May', cue: null, speaker: 'The senator' }],
    ],
    [
      'claims/headline-source: a document before a colon',
      'Survey: most drivers would accept lower speed limits.',
      [{ kind: 'indirect', content: 'most drivers would accept lower speed limits', cue: null, speaker: 'Survey' }],
    ],
    [
      'claims/headline-source: a headline with a quote inside is one mixed claim',
      'The mayor: bridge plan is “a disaster for the town” and must go.',
      [{ kind: 'mixed', content: 'bridge plan is “a disaster for the town” and must go', cue: null, speaker: 'The mayor' }],
    ],
    [
      'claims/headline-source: a transcript turn runs to the next label in its paragraph',
      'The host opened. THE MINISTER: We will cut taxes. Nobody doubts it. THE REPORTER: When will that happen?',
      [
        { kind: 'indirect', content: 'We will cut taxes. Nobody doubts it', cue: null, speaker: 'THE MINISTER' },
        { kind: 'indirect', content: 'When will that happen', cue: null, speaker: 'THE REPORTER' },
      ],
    ],
    [
      'claims/according-to: an opening "In a poll ..." attributes the clause after its comma',
      'In a survey of 900 voters released Monday, the governor led by six points.',
      [{ kind: 'indirect', content: 'the governor led by six points', cue: 'In', speaker: 'a survey' }],
    ],
    [
      'claims/according-to: a source whose words wink does not read as a noun phrase',
      'The incumbent was leading in the county, according to complete but unofficial returns.',
      [{ kind: 'indirect', content: 'The incumbent was leading in the county', cue: 'according to', speaker: 'complete but unofficial returns' }],
    ],
    [
      'claims/according-to: an object pronoun as the source',
      'The firm cut its staff, according to him.',
      [{ kind: 'indirect', content: 'The firm cut its staff', cue: 'according to', speaker: 'him' }],
    ],
    [
      'claims/reported-clause: a relative clause that closes the sentence is the writer\'s',
      'The mayor said she would close the bridge, which carries 9,000 cars a day.',
      [{ kind: 'indirect', content: 'she would close the bridge', cue: 'said', speaker: 'The mayor' }],
    ],
    [
      'claims/reported-clause: a relative clause the sentence resumes after is inside the report',
      'The mayor said the bridge, which carries 9,000 cars a day, would close in May.',
      [{ kind: 'indirect', content: 'the bridge, which carries 9,000 cars a day, would close in May', cue: 'said', speaker: 'The mayor' }],
    ],
    [
      'claims/reported-that: a report in a fronted clause led by a measure of time ends at its comma',
      'A few weeks after the governor announced that the plant would stay open, the company closed it.',
      [{ kind: 'indirect', content: 'the plant would stay open', cue: 'announced', speaker: 'the governor' }],
    ],
    [
      'claims/reported-that: a fronted conditional after "But" ends at its comma',
      'But if the coach implied that he would stay, he did not keep his word.',
      [{ kind: 'indirect', content: 'he would stay', cue: 'implied', speaker: 'the coach' }],
    ],
    [
      'claims/reported-clause: a relative word before the cue\'s subject is the reported clause\'s subject',
      'The new fees, which officials said will take effect in May, will not apply to students.',
      [{ kind: 'indirect', content: 'will take effect in May', cue: 'said', speaker: 'officials' }],
    ],
    [
      'claims/reported-clause: "what X believes is ..."',
      'The vote was what many analysts believe is a turning point for the party.',
      [{ kind: 'indirect', content: 'is a turning point for the party', cue: 'believe', speaker: 'many analysts' }],
    ],
    [
      'claims/agentless-passive: "is expected to" reports its subject and infinitive with no speaker',
      'The House is expected to pass the bill later this week.',
      [{ kind: 'indirect', content: 'The House is expected to pass the bill later this week', cue: 'is expected', speaker: null }],
    ],
    [
      'claims/agentless-passive: an irregular participle and a subject with an apposition',
      'The central bank, which has held rates near zero, is said to favour a rise in December.',
      [{ kind: 'indirect', content: 'The central bank, which has held rates near zero, is said to favour a rise in December', cue: 'is said', speaker: null }],
    ],
    [
      'claims/reported-clause: a document\'s finding may be an object with a participle',
      'A new poll shows the senator leading the governor by four points.',
      [{ kind: 'indirect', content: 'the senator leading the governor by four points', cue: 'shows', speaker: 'A new poll' }],
    ],
    [
      'claims/reported-clause: "found" with a document as subject reports its object',
      'The study found no link between the two.',
      [{ kind: 'indirect', content: 'no link between the two', cue: 'found', speaker: 'The study' }],
    ],
    [
      'claims/reported-trailing: a document\'s finding trails its sentence',
      'The mayor has support from 52 percent of voters, the survey found.',
      [{ kind: 'indirect', content: 'The mayor has support from 52 percent of voters', cue: 'found', speaker: 'the survey' }],
    ],
    [
      'claims/naming-quote: "described X as Y" gives words to X without quotation marks',
      'The senator described the deal as a disaster for workers.',
      [{ kind: 'indirect', content: 'the deal as a disaster for workers', cue: 'described', speaker: 'The senator' }],
    ],
    [
      'claims/quote-inferred: a standalone quote with no cue',
      'Netanyahu spoke. “We will respond forcefully to every attack.”',
      [{ kind: 'direct', content: 'We will respond forcefully to every attack.', cue: null, speaker: null }],
    ],
  ];
  it.each(table)('%s', (_, text, expected) => {
    expect(claimsOf(text).map(brief)).toEqual(expected);
  });

  const none: Array<[string, string]> = [
    ['a participle used as an adjective', 'Clinton leads Sanders by 271 pledged delegates.'],
    ['participles used as adjectives after a possessive or an article', "Paul called Rubio's proposed credit a payment with a proven record."],
    ['an evidence verb with a particle', 'She smiled, showing off the hat his campaign had given her.'],
    ['a scare quote is not a claim', 'Netanyahu, who is “in continuous contact” with Biden, left.'],
    ['an action is not a claim', 'The two sides agreed to pause the fighting.'],
    ['"called" without a quote is no claim', 'The mayor called the meeting to order.'],
    ['"found" with a person as subject and no clause', 'The police found the keys in the car.'],
    ['a bare "said" with no clause', 'That is what he said.'],
    ['"reiterates" with an object that only names the claim', 'The White House reiterates its public positions.'],
    ['an agentless passive', 'The plan was dismissed as unrealistic.'],
    ['a negated promise', 'Biden did not threaten to limit aid.'],
    ['a request is not a reported question', 'Trump asked the network to donate the profits.'],
    ['a section title after a label has no verb', 'The governor: a closing surge.'],
    ['a place before a colon says where, not who', 'The city: the river rose again overnight.'],
    ['a letter "in" which someone acts is the writer\'s occasion', 'In a letter to the board, the mayor asked for more time.'],
    ['"when asked" is an agentless passive', 'Kirby spoke when asked whether the United States has raised the issue.'],
    ['a participle question in commas is the one asked\'s occasion', 'The mayor, asked about the budget, had left the hall.'],
    ['a request in the passive', 'Asked to leave the hall, the protester refused.'],
    ['"described as" with its object before the verb', 'The plan, which critics described as reckless, passed.'],
    ['a speaker\'s own "I think" inside a quote', '“I think Americans are dreaming,” he laughed.'],
    ['a belief inside a quote, even a named one\'s', '“Carrier needs to know that there are consequences.”'],
  ];
  it.each(none)('%s', (_, text) => {
    expect(claimsOf(text).filter((c) => c.rule !== 'claims/quote-inferred')).toEqual([]);
  });
});

describe('names from the entity stage', () => {
  it('a source name wink mis-tags ("the Associated/VERB Press") is still a source', () => {
    const text = 'Clinton led by about 1,500 votes, according to the Associated Press.';
    const { tokens, sentences } = buildTextLayer(text);
    const start = text.indexOf('Associated Press');
    const names: NameMention[] = [{ start, end: start + 16, text: 'Associated Press', type: 'ORGANIZATION', confidence: 0.9, evidence: [], sentence: 0 }];
    expect(find({ text, tokens, sentences, names }).map(brief)).toEqual([
      { kind: 'indirect', content: 'Clinton led by about 1,500 votes', cue: 'according to', speaker: 'Associated Press' },
    ]);
  });
});

describe('claim records', () => {
  const text = '“It is still the same,” he replied. Kirby said that the US would not change course, adding that talks go on.';
  const claims = claimsOf(text);

  it('numbers claims C1..Cn in text order', () => {
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, i) => `C${i + 1}`));
    const starts = claims.map((c) => c.content.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('keeps every span on the original text', () => {
    for (const c of claims) {
      for (const span of [c.content, c.cue, c.speaker.mention]) {
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('lists the sentences a claim spans and a confidence in [0, 1]', () => {
    expect(claims[0].sentences).toEqual([0]);
    expect(claims[1].sentences).toEqual([1]);
    for (const c of claims) expect(c.confidence).toBeGreaterThan(0);
    for (const c of claims) expect(c.confidence).toBeLessThanOrEqual(1);
  });
});
