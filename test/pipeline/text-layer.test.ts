import { buildTextLayer, foldToken, tokenAt } from '../../src/pipeline/text-layer';

describe('buildTextLayer', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'Kirby said it. He left.'],
    ['curly quotes and dashes', '“I tell you this – he adds -: we will.” Done.'],
    ['CRLF and blank lines', 'One line.\r\n\r\nSecond paragraph here.\r\nStill second.'],
    ['emoji and combining marks', 'The café 🎉 opened. Ne\u0301e said 👍🏽 yes.'],
    ['right-to-left text', 'He said مرحبا بالعالم today. שלום.'],
    ['leading whitespace', '   \n date 2023-12-01 WASHINGTON. Hello.'],
    // wink drops these without counting them as preceding space.
    ['byte-order mark', '\uFEFFWar has entered Gaza City.'],
    ['line and ideographic separators', 'He said\u3000ok.\u2028Next line\u2029here.'],
    ['control and zero-width characters', 'a\u200Bb c\u0001d soft\u00ADhyphen\u0000.'],
  ];
  it.each(cases)('gives tokens whose offsets match the text exactly: %s', (_, text) => {
    const { tokens, sentences } = buildTextLayer(text);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // Tokens are in order and never overlap.
    for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
  });

  it('splits sentences and counts paragraphs at blank lines', () => {
    const text = 'First one. Second one.\n\nThird, new paragraph.';
    const { sentences } = buildTextLayer(text);
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one.', 'Third, new paragraph.']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('folds curly quotes in the lower-case form used for look-ups', () => {
    const { tokens } = buildTextLayer('Israel’s army');
    expect(tokens.map((t) => t.lower)).toContain("'s");
  });

  const folds: Array<[string, string]> = [
    ['Kirby', 'kirby'],
    ['kirby', 'kirby'],
    ['ISRAEL’S', "israel's"],
    ['‘Tis', "'tis"],
    ['‚low‛', "'low'"],
    ['5′', "5'"],
    ['“', '"'],
    ['”', '"'],
    ['„Ja‟', '"ja"'],
    ['6″', '6"'],
    ['«Oui»', '"oui"'],
    ['—', '—'], // a dash is no quote
    ['Ünal', 'ünal'],
  ];
  it.each(folds)('folds %s to %s', (value, expected) => {
    expect(foldToken(value)).toBe(expected);
  });

  it('counts a paragraph at a blank line, LF or CRLF, and not at a single line break', () => {
    const { sentences } = buildTextLayer('One.\n\nTwo.\r\n\r\nThree. Four.\nFive.');
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['One.', 0],
      ['Two.', 1],
      ['Three.', 2],
      ['Four.', 2],
      ['Five.', 2],
    ]);
  });

  it('finds the token at an offset', () => {
    const { tokens } = buildTextLayer('Kirby said it.');
    expect(tokens[tokenAt(tokens, 6)].text).toBe('said');
    expect(tokenAt(tokens, 1000)).toBe(tokens.length);
  });
});
