import { buildTextLayer } from '../../src/pipeline/text-layer';

/** The sentences of `text` as the text layer gives them (wink's, repaired). */
const sentences = (text: string): string[] => buildTextLayer(text).sentences.map((s) => s.text);

describe('sentence boundaries repaired over wink-nlp', () => {
  // Each case: wink alone breaks inside the first sentence (checked by hand with
  // readDoc: "(D-N.|Y.)", "(R-Wis.)| told", "Govs.| Jeb", "''...'|' The").
  const joined: Array<[string, string, string[]]> = [
    ['a party label inside parentheses', 'Sen. Chuck Schumer (D-N.Y.) said the bill would pass. He added more.', ['Sen. Chuck Schumer (D-N.Y.) said the bill would pass.', 'He added more.']],
    ['a parenthesis ending in an abbreviation', 'Rep. Paul Ryan (R-Wis.) told reporters that it was over.', ['Rep. Paul Ryan (R-Wis.) told reporters that it was over.']],
    ['a plural title', 'He attacked Govs. Jeb Bush and Chris Christie. They replied.', ['He attacked Govs. Jeb Bush and Chris Christie.', 'They replied.']],
    ['a title wink does not know', 'They met Adm. Mike Mullen on Monday.', ['They met Adm. Mike Mullen on Monday.']],
    ["the two marks of ''", "''It is over.'' The minister left.", ["''It is over.''", 'The minister left.']],
  ];
  it.each(joined)('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  const kept: Array<[string, string, string[]]> = [
    ['a name with an inner capital may open a sentence', 'Sales rose. eBay fell.', ['Sales rose.', 'eBay fell.']],
    ['an unmatched "(" does not swallow the paragraph', 'A stray ( here. And more. The end.', ['A stray ( here.', 'And more.', 'The end.']],
    ['a closed parenthesis ends nothing', 'He left (quietly). Then she came.', ['He left (quietly).', 'Then she came.']],
    ['no join across a line break', 'Results (Q3.\nthe table follows)', ['Results (Q3.', 'the table follows)']],
    ['a street abbreviation may end a sentence', 'He lives on Main St. He likes it.', ['He lives on Main St.', 'He likes it.']],
  ];
  it.each(kept)('%s', (_, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('keeps sentences in order, covering every word token once', () => {
    const text = 'Sen. A (D-N.Y.) spoke. Reps. B and C (R-Wis.) left. \'\'Go.\'\' D said.\n\nNew (para. here) ok.';
    const { tokens, sentences: list } = buildTextLayer(text);
    for (let i = 1; i < list.length; i++) expect(list[i].tokenStart).toBe(list[i - 1].tokenEnd);
    for (const t of tokens) expect(list[t.sentence].tokenStart <= t.index && t.index < list[t.sentence].tokenEnd).toBe(true);
    expect(list.map((s) => s.paragraph)).toEqual([0, 0, 0, 0, 1]);
  });
});

describe('a sentence does not start with a comma', () => {
  test('a cut after a party label in brackets is joined', () => {
    const text = 'Sen. Joe Lieberman (I-Conn.), also stated that the bill was dead.';
    const { sentences } = buildTextLayer(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([text]);
  });
});
