/**
 * Property tests (fast-check) of reading and processing: for arbitrary Unicode text,
 * arbitrary bytes and arbitrary JSONL, nothing crashes, every input becomes a
 * schema-valid record or a clean rejection, every span satisfies
 * `text.slice(start, end) === span.text`, and the run's counts balance.
 *
 * Seeds are fixed so a failure replays; the run counts are in NUM_RUNS.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { PassThrough, Readable } from 'stream';
import fc from 'fast-check';
import { createProcessor, type ProcessResult } from '../src/pipeline/process';
import { allSpans } from '../src/pipeline/record';
import { validateArticle, validateError } from '../src/schema/validate';
import { toArticleInput } from '../src/io/article-input';
import { readInputs, type ReadItem } from '../src/io/read-inputs';
import { extractCommand } from '../src/io/extract';
import type { ArticleRunner } from '../src/io/runner';
import type { ArticleRecord } from '../src/types/article';

export const NUM_RUNS = { text: 1000, bytes: 1000, jsonl: 150 };
const SEED = 424242;

const processor = createProcessor();
const validArticle = validateArticle();
const validError = validateError();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-prop-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const READ_RULES = new Set(['input/empty', 'input/not-utf8', 'input/binary', 'input/bad-json', 'input/not-article', 'input/too-large', 'input/unreadable']);

/** The record is schema-valid and every span matches `text`. */
function expectGoodRecord(record: ArticleRecord, text: string): void {
  if (!validArticle(record)) throw new Error(`invalid record: ${JSON.stringify(validArticle.errors)}`);
  expect(record.stats.characters).toBe(text.length);
  for (const s of allSpans(record)) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

function expectCleanFailure(result: ProcessResult): void {
  if (result.ok) return;
  expect(result.ruleId).toMatch(/^pipeline\//);
  expect(result.reason.length).toBeGreaterThan(0);
}

// News-shaped pieces mixed into random text, so the extractors' rules fire on it.
const newsy = fc.constantFrom('"', '“', '”', '‘', "'", ' said ', ' told reporters ', 'according to ', 'Maria Lopez', 'Gaza City', 'the White House', 'on Monday', '3 March 2024', 'yesterday', ' ', '.', ',', '\n', '\n\n', '\r\n', '\t', '\uFEFF', 'é', 'e\u0301', '👩‍👩‍👧', '🇺🇸', 'שלום', 'مرحبا', '\u2067', '\u0000');
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const unicodeText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  // Lone surrogates and any other UTF-16 code unit: a JSON string can carry them.
  fc.string({ unit: codeUnit, maxLength: 100 }),
  fc.array(fc.oneof(newsy, fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join('')),
);

describe('arbitrary Unicode text', () => {
  test(`${NUM_RUNS.text} texts: a valid record with exact offsets, or a clean rejection`, () => {
    fc.assert(
      fc.property(unicodeText, fc.option(fc.oneof(fc.constant('2024-03-01'), fc.string({ maxLength: 12 }))), (text, date) => {
        const built = toArticleInput({ id: 'p', text, publishedDate: date }, { line: 1 });
        if (!built.ok) {
          expect(text.trim()).toBe('');
          expect(built.rejection.ruleId).toBe('input/empty');
          return;
        }
        const result = processor.process(built.input);
        expectCleanFailure(result);
        if (result.ok) expectGoodRecord(result.record, text);
        // The record survives JSON Lines: one line, and it reads back equal.
        if (result.ok) {
          const line = JSON.stringify(result.record);
          expect(line.includes('\n')).toBe(false);
          expect(JSON.parse(line)).toEqual(result.record);
        }
      }),
      { numRuns: NUM_RUNS.text, seed: SEED },
    );
  });
});

/** Oracle for the first bad byte: the longest prefix that is valid UTF-8 (well-formed decomposition is unique). */
function longestValidPrefix(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  for (let n = bytes.length; n >= 0; n--) {
    try {
      strict.decode(bytes.subarray(0, n));
      return n;
    } catch {
      // shorter
    }
  }
  return 0;
}

const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const arbitraryBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  // Mostly valid text with a few random bytes spliced in: the common real case.
  fc.tuple(unicodeText, fc.uint8Array({ maxLength: 3 }), unicodeText).map(([a, b, c]) => new Uint8Array([...utf8(a), ...b, ...utf8(c)])),
  unicodeText.map(utf8),
);

async function collect(iter: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of iter) out.push(item);
  return out;
}

describe('arbitrary bytes', () => {
  test(`${NUM_RUNS.bytes} files of bytes as .txt: exactly one outcome; not-utf8 at the right byte; text decoded as is`, async () => {
    const file = path.join(tmp, 'x.txt');
    await fc.assert(
      fc.asyncProperty(arbitraryBytes, async (bytes) => {
        fs.writeFileSync(file, bytes);
        const items = await collect(readInputs([file], { maxBytes: 1 << 20 }, { files: 0, ignored: 0 }));
        expect(items).toHaveLength(1);
        const item = items[0];
        if (item.kind === 'rejected') {
          expect(READ_RULES.has(item.rejection.ruleId)).toBe(true);
          if (item.rejection.ruleId === 'input/not-utf8' && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
            expect(item.rejection.location.byteOffset).toBe(longestValidPrefix(bytes));
          }
          return;
        }
        // Accepted: the text is exactly the UTF-8 decoding, BOM kept.
        expect(item.input.text).toBe(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
        const result = processor.process(item.input);
        expectCleanFailure(result);
        if (result.ok) expectGoodRecord(result.record, item.input.text);
      }),
      { numRuns: NUM_RUNS.bytes, seed: SEED },
    );
  });

  test(`${NUM_RUNS.bytes} byte streams as JSONL: one outcome per non-blank line, lines in order, never a crash`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(arbitraryBytes, fc.constant(utf8('{"id":"a","text":"Maria Lopez said so."}'))), { maxLength: 8 }), async (parts) => {
        const bytes = Buffer.concat(parts.flatMap((p) => [Buffer.from(p), Buffer.from('\n')]));
        const items = await collect(readInputs(['-'], { maxBytes: 1 << 20, stdin: Readable.from([bytes]) }, { files: 0, ignored: 0 }));
        // An input is a line that is not valid UTF-8, or whose text (BOM dropped on line 1) is not blank.
        const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
        const rawLines = bytes.toString('latin1').split('\n');
        const inputs = rawLines.filter((l, k) => {
          try {
            const text = strict.decode(Buffer.from(l, 'latin1'));
            return (k === 0 ? text.replace(/^\uFEFF/, '') : text).trim() !== '';
          } catch {
            return true;
          }
        });
        const byLine = items.map((i) => (i.kind === 'article' ? i.input.source.line : i.rejection.location.line));
        // Every item has a line, lines strictly increase, and an empty stream is one rejection.
        if (inputs.length === 0) {
          expect(items.map((i) => i.kind === 'rejected' && i.rejection.ruleId)).toEqual(['input/empty']);
          return;
        }
        expect(items).toHaveLength(inputs.length);
        for (let k = 1; k < byLine.length; k++) expect(byLine[k]!).toBeGreaterThan(byLine[k - 1]!);
        for (const item of items) {
          if (item.kind === 'rejected') expect(READ_RULES.has(item.rejection.ruleId)).toBe(true);
          else {
            const result = processor.process(item.input);
            expectCleanFailure(result);
            if (result.ok) expectGoodRecord(result.record, item.input.text);
          }
        }
      }),
      { numRuns: NUM_RUNS.bytes, seed: SEED },
    );
  });
});

/** One shared in-process runner: building the pipeline per run would dominate the test time. */
const sharedRunner: ArticleRunner = {
  run: async (input) => {
    try {
      return processor.process(input);
    } catch (err) {
      return { ok: false, ruleId: 'pipeline/failed', reason: String(err) };
    }
  },
  timings: async () => ({}),
  close: async () => undefined,
};

const articleLike = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null)),
    text: fc.oneof(unicodeText, fc.integer(), fc.constant('')),
    publishedDate: fc.oneof(fc.constant('2024-02-29'), fc.constant('not a date'), fc.constant(null), fc.integer()),
    title: fc.oneof(fc.string({ maxLength: 10 }), fc.integer()),
    meta: fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 })), fc.string({ maxLength: 4 })),
    source: fc.oneof(fc.string({ maxLength: 6 }), fc.array(fc.integer(), { maxLength: 2 })),
  },
  { requiredKeys: [] },
);
const jsonlLine = fc.oneof(
  { weight: 5, arbitrary: articleLike.map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? 'null') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).filter((s) => !s.includes('\n')) },
);

describe('arbitrary JSONL through extract', () => {
  test(`${NUM_RUNS.jsonl} JSONL drops on stdin: every line accounted for, records valid, offsets exact, counts balance`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(jsonlLine, { maxLength: 12 }), async (lineTexts) => {
        const out = path.join(tmp, `jsonl-${run++}`);
        const data = lineTexts.map((l) => l + '\n').join('');
        const stderr = Object.assign(new PassThrough(), { isTTY: false });
        stderr.resume();
        const code = await extractCommand({ inputs: ['-'], out }, { stdin: Readable.from([Buffer.from(data)]), stderr, createRunner: () => sharedRunner });
        const read = (f: string): Array<Record<string, unknown>> =>
          fs.readFileSync(path.join(out, f), 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
        const articles = read('articles.jsonl') as unknown as ArticleRecord[];
        const errors = read('errors.jsonl');
        const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
        expect(manifest.balanced).toBe(true);
        const nonBlank = lineTexts.filter((l) => l.replace(/^\uFEFF/, '').trim() !== '').length;
        // Every non-blank line is an input, unless it repeats an article already read (skipped).
        expect(manifest.counts.inputs).toBe(nonBlank === 0 ? 1 : nonBlank);
        expect(articles.length + errors.length + manifest.counts.skipped).toBe(manifest.counts.inputs);
        expect(code).toBe(errors.length > 0 ? 65 : 0);
        for (const e of errors) expect(validError(e)).toBe(true);
        for (const a of articles) {
          const original = JSON.parse(lineTexts[a.source.line! - 1].replace(/^\uFEFF/, '')) as { text: string };
          expectGoodRecord(a, original.text);
        }
        fs.rmSync(out, { recursive: true, force: true });
      }),
      { numRuns: NUM_RUNS.jsonl, seed: SEED },
    );
  });
});
