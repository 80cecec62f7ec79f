import { foldForTokenizer } from '../../src/pipeline/latin-fold';
import { buildTextLayer } from '../../src/pipeline/text-layer';

describe('foldForTokenizer', () => {
  it.each([
    ['Czesław Siekierski', 'Czeslaw Siekierski'],
    ['Erdoğan', 'Erdogan'],
    ['Łukasz Dvořák', 'Lukasz Dvorák'], // á is Latin-1: wink keeps it
    ['Nguyễn Phú Trọng', 'Nguyen Phú Trong'],
    ['İstanbul, Şahin, Ðoković', 'Istanbul, Sahin, Ðokovic'],
    ['œuvre, ﬁnance', 'ouvre, fnance'], // one code unit for one: the ligature becomes its first letter
  ])('%s -> %s', (input, expected) => {
    expect(foldForTokenizer(input)).toBe(expected);
  });

  it('leaves Latin-1 letters and other scripts as they are, and returns the same string when nothing changes', () => {
    const text = 'Søren Ørsted in Kraków met Владимир Путин, Αλέξης Τσίπρας and 習近平 😀.';
    expect(foldForTokenizer(text)).toBe(text);
  });

  it('keeps the length, so every offset into the folded text is an offset into the original', () => {
    const text = 'Wałęsa, Ñuñez and Đinh — 😀 — met in Gdańsk and Hà Nội.';
    const folded = foldForTokenizer(text);
    expect(folded).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) {
      if (folded[i] !== text[i]) expect(text.charCodeAt(i)).toBeGreaterThan(0xff);
    }
  });
});

describe('the text layer reads names with letters beyond Latin-1 whole', () => {
  it('keeps each name one token, with the original letters and offsets', () => {
    const text = 'Polish minister Czesław Siekierski met Erdoğan and Łukasz Dvořák in Gdańsk.';
    const words = buildTextLayer(text).tokens.filter((t) => t.kind !== 'tabCRLF');
    expect(words.map((t) => t.text)).toEqual(['Polish', 'minister', 'Czesław', 'Siekierski', 'met', 'Erdoğan', 'and', 'Łukasz', 'Dvořák', 'in', 'Gdańsk', '.']);
    for (const t of words) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(words.find((t) => t.text === 'Erdoğan')?.lower).toBe('erdoğan');
  });
});
