/**
 * Offsets are sacred: every span of every record satisfies
 * text.slice(start, end) === span.text against the original input, and every
 * record is schema-valid. Checked over the fixtures and over text built to be awkward.
 */
import fs from 'fs';
import path from 'path';
import { createProcessor } from '../src/pipeline/process';
import { allSpans, checkRecord } from '../src/pipeline/record';
import { articleHash } from '../src/io/hash';
import type { ArticleInput } from '../src/pipeline/document';

const root = path.join(__dirname, '..');
const processor = createProcessor();

function input(id: string, text: string, publishedDate: string | null = null): ArticleInput {
  return { id, text, publishedDate, source: { sha256: articleHash(id, text, publishedDate) } };
}

const fixtures = fs
  .readdirSync(path.join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => input(f.replace(/\.txt$/, ''), fs.readFileSync(path.join(root, 'fixtures', f), 'utf8')));

const seedText = fixtures[0].text;
const awkward: ArticleInput[] = [
  input('crlf-bom', '\uFEFF' + seedText.replace(/\n/g, '\r\n')),
  input('emoji', seedText.replace(/ the /g, ' the 🇮🇱 ').replace(/Gaza/g, 'Gaza\u0301')),
  input('rtl', 'Hamas: “نحن خارج الحكومة” said Ghazi Hamad in Gaza on November 6. “שלום,” he adds.'),
  input('unclosed', '“'.repeat(300) + ' said Kirby. ' + '”“ '.repeat(200) + 'according to a source'),
  input('one-token', 'x'.repeat(20000)),
  input('empty-ish', ' \n\n\t '),
  // A title-case headline opening with a reporting verb once sent the claims stage into an endless loop.
  input('headline-verb', 'Slams Japanese Pride Instead.\n\nBiden Aims Insult At Trump, Slams Japanese Pride Instead.'),
  input('dateline', ' date 2023-12-01 WASHINGTON. “The truce fell through,” said John Kirby yesterday.', '2023-12-01'),
];

describe('offset invariant and schema validity', () => {
  it.each([...fixtures, ...awkward].map((a) => [a.id, a] as const))('%s', (_, article) => {
    const result = processor.process(article);
    if (!result.ok) throw new Error(result.reason);
    const record = result.record;
    expect(checkRecord(record, article.text)).toEqual([]);
    for (const s of allSpans(record)) {
      expect(article.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.end).toBeGreaterThanOrEqual(s.start);
    }
    // No stage failed on it.
    expect(record.messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it('finds something in every seed article (the check is not vacuous)', () => {
    for (const a of fixtures) {
      const r = processor.process(a);
      expect(r.ok && allSpans(r.record).length).toBeGreaterThan(0);
    }
  });

  it('gives the same record for the same input, and does not mutate the input', () => {
    const a = fixtures[1];
    const before = JSON.stringify(a);
    const r1 = processor.process(a);
    const r2 = processor.process(a);
    expect(JSON.stringify(r1)).toBe(JSON.stringify(r2));
    expect(JSON.stringify(a)).toBe(before);
  });
});
