/** Table tests of the reading and writing pieces: UTF-8, article fields, torn-tail repair. */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Readable } from 'stream';
import { decodeUtf8, firstInvalidUtf8, looksBinary, utf16Bom } from '../src/io/decode';
import { toArticleInput } from '../src/io/article-input';
import { openJsonl, writeJsonAtomic } from '../src/io/output';
import { readInputs, type ReadItem } from '../src/io/read-inputs';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);

describe('firstInvalidUtf8', () => {
  test.each<[string, Uint8Array, number]>([
    ['ASCII', bytes(0x41, 0x42), -1],
    ['é as C3 A9', bytes(0x43, 0xc3, 0xa9), -1],
    ['Latin-1 é (E9) then ASCII', bytes(0x43, 0x61, 0x66, 0xe9, 0x20), 3],
    ['sequence cut off at the end', bytes(0x41, 0xe2, 0x82), 1],
    ['overlong slash C0 AF', bytes(0x41, 0xc0, 0xaf), 1],
    ['overlong E0 80 AF', bytes(0xe0, 0x80, 0xaf), 0],
    ['surrogate ED A0 80', bytes(0x41, 0x41, 0xed, 0xa0, 0x80), 2],
    ['past U+10FFFF: F4 90 80 80', bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ['emoji F0 9F 98 80 is fine', bytes(0xf0, 0x9f, 0x98, 0x80), -1],
    ['lone continuation byte', bytes(0x41, 0x80), 1],
    ['FF never appears', bytes(0xff), 0],
  ])('%s', (_name, input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  test('decodeUtf8 keeps the BOM and reports the offset from the given base', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: '\uFEFFA' });
    expect(decodeUtf8(bytes(0x41, 0xe9), 100)).toMatchObject({ ok: false, byteOffset: 101 });
  });
});

describe('looksBinary and utf16Bom', () => {
  test.each<[string, Uint8Array, boolean]>([
    ['text', Buffer.from('Hello, world.\r\n\tIndented.'), false],
    ['a NUL byte', bytes(0x41, 0x00, 0x42), true],
    ['mostly control bytes', bytes(1, 2, 3, 4, 5, 0x41), true],
    ['empty', bytes(), false],
  ])('%s', (_name, input, expected) => {
    expect(looksBinary(input)).toBe(expected);
  });
  test('UTF-16 byte order marks', () => {
    expect(utf16Bom(bytes(0xff, 0xfe, 0x41, 0))).toBe('UTF-16LE');
    expect(utf16Bom(bytes(0xfe, 0xff, 0, 0x41))).toBe('UTF-16BE');
    expect(utf16Bom(bytes(0xef, 0xbb, 0xbf))).toBeNull();
  });
});

describe('toArticleInput', () => {
  const loc = { path: 'drop.jsonl', line: 3 };
  test.each<[string, unknown, string]>([
    ['a number', 42, 'input/not-article'],
    ['an array', [{ id: 'a', text: 'b' }], 'input/not-article'],
    ['null', null, 'input/not-article'],
    ['no id', { text: 'Words.' }, 'input/not-article'],
    ['blank id', { id: '  ', text: 'Words.' }, 'input/not-article'],
    ['no text', { id: 'a' }, 'input/not-article'],
    ['text a number', { id: 'a', text: 7 }, 'input/not-article'],
    ['text null', { id: 'a', text: null }, 'input/not-article'],
    ['empty text', { id: 'a', text: '' }, 'input/empty'],
    ['whitespace text', { id: 'a', text: ' \n\t ' }, 'input/empty'],
  ])('rejects %s', (_name, value, ruleId) => {
    const result = toArticleInput(value, loc, 'a'.repeat(64));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.rejection.ruleId).toBe(ruleId);
      expect(result.rejection.location).toEqual(loc);
      expect(result.rejection.sha256).toBe('a'.repeat(64));
    }
  });

  test.each<[string, Record<string, unknown>, string | null]>([
    ['publishedDate ISO', { publishedDate: '2023-12-01' }, '2023-12-01'],
    ['date written out', { date: '1 December 2023' }, '2023-12-01'],
    ['published_at timestamp', { published_at: '2023-12-01T10:00:00Z' }, '2023-12-01'],
    ['publication_date US style', { publication_date: 'December 1, 2023' }, '2023-12-01'],
    ['publishedDate wins over date', { publishedDate: '2023-12-01', date: '2020-01-01' }, '2023-12-01'],
    ['null date', { publishedDate: null }, null],
  ])('date field: %s', (_name, fields, date) => {
    const result = toArticleInput({ id: 'a', text: 'Words.', ...fields }, loc);
    expect(result.ok && result.input.publishedDate).toBe(date);
    expect(result.ok && result.input.messages).toBeUndefined();
  });

  test.each<[string, unknown]>([
    ['not a date', 'not a date'],
    ['February 30', '2023-02-30'],
    ['a number', 20231201],
  ])('bad date %s: processed, date null, a warning', (_name, raw) => {
    const result = toArticleInput({ id: 'a', text: 'Words.', publishedDate: raw }, loc);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input.publishedDate).toBeNull();
      expect(result.input.publishedDateRaw).toBe(raw);
      expect(result.input.messages?.map((m) => m.ruleId)).toEqual(['input/bad-published-date']);
    }
  });

  test('fields carried; a numeric id becomes its string; bad optional fields dropped with warnings', () => {
    const result = toArticleInput({ id: 12, text: 'Words.', title: 'T', url: 5, meta: { a: [1] }, source: 'Wire', extra: true }, loc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({ id: '12', title: 'T', meta: { a: [1] }, source: { path: 'drop.jsonl', line: 3, given: 'Wire' } });
    expect(result.input.url).toBeUndefined();
    expect(result.input.messages?.map((m) => m.ruleId)).toEqual(['input/bad-field']);
  });
});

describe('readInputs from a stream (stdin)', () => {
  test('lines numbered from 1, blank lines not inputs, CRLF tolerated, a BOM before the first line dropped', async () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"a","text":"One."}\r\n\r\n{"id":"b"\n{"id":"c","text":"Tr\u00e8s."}\n')]);
    const items: ReadItem[] = [];
    for await (const item of readInputs(['-'], { maxBytes: 1000, stdin: Readable.from([data.subarray(0, 10), data.subarray(10)]) }, { files: 0, ignored: 0 })) items.push(item);
    expect(items.map((i) => (i.kind === 'article' ? [i.input.id, i.input.source.line] : [i.rejection.ruleId, i.rejection.location.line]))).toEqual([
      ['a', 1],
      ['input/bad-json', 3],
      ['c', 4],
    ]);
    const c = items[2];
    expect(c.kind === 'article' && c.input.text).toBe('Tr\u00e8s.');
    expect(c.kind === 'article' && c.input.source.path).toBeUndefined();
  });

  test('a line over the limit is rejected without being kept', async () => {
    const data = `{"id":"a","text":"${'x'.repeat(500)}"}\n{"id":"b","text":"ok"}\n`;
    const items: ReadItem[] = [];
    for await (const item of readInputs(['-'], { maxBytes: 100, stdin: Readable.from([Buffer.from(data)]) }, { files: 0, ignored: 0 })) items.push(item);
    expect(items.map((i) => (i.kind === 'article' ? i.input.id : i.rejection.ruleId))).toEqual(['input/too-large', 'b']);
  });
});

describe('crash-safe JSONL files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-out-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each<[string, string, string, number]>([
    ['a torn last line is cut', '{"a":1}\n{"a":2}\n{"a":', '{"a":1}\n{"a":2}\n', 2],
    ['a complete file is kept', '{"a":1}\n{"a":2}\n', '{"a":1}\n{"a":2}\n', 2],
    ['a last line without its newline is cut even if it parses', '{"a":1}\n{"a":2}', '{"a":1}\n', 1],
    ['zeros left by a power cut: cut from there', '{"a":1}\n\u0000\u0000\u0000\n{"a":3}\n', '{"a":1}\n', 1],
    ['an empty file', '', '', 0],
  ])('%s', async (_name, before, after, records) => {
    const file = path.join(dir, 'f.jsonl');
    fs.writeFileSync(file, before);
    const seen: unknown[] = [];
    const out = await openJsonl(file, { onRecord: (r) => seen.push(r) });
    out.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(after);
    expect(seen).toHaveLength(records);
  });

  test('appends whole lines after the repair; fresh empties the file', async () => {
    const file = path.join(dir, 'g.jsonl');
    fs.writeFileSync(file, '{"a":1}\n{"a":');
    const out = await openJsonl(file);
    out.append({ b: 'é' });
    out.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":1}\n{"b":"é"}\n');
    (await openJsonl(file, { fresh: true })).close();
    expect(fs.readFileSync(file, 'utf8')).toBe('');
  });

  test('writeJsonAtomic replaces the file and leaves no temp file', () => {
    const file = path.join(dir, 'manifest.json');
    writeJsonAtomic(file, { n: 1 });
    writeJsonAtomic(file, { n: 2 });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({ n: 2 });
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
