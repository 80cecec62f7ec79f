/**
 * The worker pool (src/workers/pool.ts): same results as processing in this thread,
 * a time limit and a heap cap that cost only the article that hit them, and a close()
 * that ends every thread. The workers run the compiled dist/ (`npm test` builds it).
 */
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';
import type { ArticleInput } from '../src/pipeline/document';
import { createProcessor, type ProcessResult } from '../src/pipeline/process';
import { articleHash } from '../src/io/hash';
import { createWorkerPool, recordLine } from '../src/workers/pool';

const ROOT = path.join(__dirname, '..');
const FIXTURES = path.join(ROOT, 'fixtures');

function article(id: string, text: string): ArticleInput {
  return { id, text, publishedDate: null, source: { sha256: articleHash(id, text, null) } };
}

const seeds = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));

/** The seeds, and the seeds with their paragraphs in reverse order: six different articles. */
const inputs: ArticleInput[] = [
  ...seeds.map((t, i) => article(`seed-${i}`, t)),
  ...seeds.map((t, i) => article(`reversed-${i}`, t.split(/\n\s*\n/).reverse().join('\n\n'))),
];

/** A seed repeated `times` times: many seconds of work for the whole pipeline. */
const repeated = (times: number): string => Array.from({ length: times }, () => seeds[0].trim()).join('\n\n') + '\n';

describe('createWorkerPool', () => {
  const processor = createProcessor();
  const expected: ProcessResult[] = inputs.map((input) => processor.process(input));

  test('the in-process results it is compared with are records, not failures', () => {
    expect(expected.map((r) => r.ok)).toEqual(inputs.map(() => true));
  });

  test.each([1, 2])('results on %i worker(s) equal processing in this thread, in input order', async (workers) => {
    const pool = createWorkerPool({ workers });
    try {
      const results = await Promise.all(inputs.map((input) => pool.run(input)));
      expect(results).toEqual(expected);
      const timings = await pool.timings();
      expect(Object.keys(timings)).toEqual(expect.arrayContaining(['text', 'names', 'dates', 'claims', 'record']));
    } finally {
      await pool.close();
    }
  });

  test("recordLine is the record's JSON Lines line in UTF-8, byte for byte, until the record is read", async () => {
    const pool = createWorkerPool({ workers: 1 });
    try {
      // seed-0 has characters beyond Latin-1 (curly quotes), so UTF-8 differs from a one-byte copy of the string.
      expect(/[^\u0000-\u00ff]/.test(inputs[0].text)).toBe(true);
      const result = await pool.run(inputs[0]);
      const record = (expected[0] as Extract<ProcessResult, { ok: true }>).record;
      const line = recordLine(result);
      expect(line).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(line!).equals(Buffer.from(JSON.stringify(record) + '\n', 'utf8'))).toBe(true);
      // Transferred, not a view into a shared buffer: the bytes are the whole buffer.
      expect(line!.byteLength).toBe(line!.buffer.byteLength);
      expect(result).toEqual(expected[0]);
      // Once read, the record may be changed: the bytes are no longer offered.
      expect(recordLine(result)).toBeUndefined();
      expect(recordLine(record as never)).toBeUndefined();
    } finally {
      await pool.close();
    }
  });

  test('an article over the time limit becomes pipeline/timeout; the articles around it are processed', async () => {
    // One worker, so the article after the slow one waits behind it and must be re-sent to the replacement.
    const pool = createWorkerPool({ workers: 1, timeoutMs: 1000 });
    try {
      const results = await Promise.all([inputs[0], article('slow', repeated(3000)), inputs[1]].map((input) => pool.run(input)));
      expect(results[1]).toMatchObject({ ok: false, ruleId: 'pipeline/timeout' });
      expect((results[1] as { reason: string }).reason).toMatch(/1000 ms/);
      expect(results[0]).toEqual(expected[0]);
      expect(results[2]).toEqual(expected[1]);
      // The replacement worker takes new work too.
      expect(await pool.run(inputs[2])).toEqual(expected[2]);
    } finally {
      await pool.close();
    }
  });

  test('an article over the heap cap becomes pipeline/heap-limit; the pool goes on', async () => {
    const pool = createWorkerPool({ workers: 1, maxHeapMb: 256 });
    try {
      const [big, after] = await Promise.all([pool.run(article('huge', repeated(1500))), pool.run(inputs[0])]);
      expect(big).toMatchObject({ ok: false, ruleId: 'pipeline/heap-limit' });
      expect(after).toEqual(expected[0]);
    } finally {
      await pool.close();
    }
  });

  test('close() ends every thread: a program that closes its pool exits on its own', () => {
    const pool = JSON.stringify(path.join(ROOT, 'dist', 'workers', 'pool.js'));
    const script = `
      const { createWorkerPool } = require(${pool});
      const p = createWorkerPool({ workers: 2 });
      p.run(${JSON.stringify(inputs[0])}).then(async (r) => {
        await p.close();
        console.log('RESULT ' + r.ok);
      });`;
    // Threads left running would keep the process alive until the guard kills it (status null).
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(child.stdout).toMatch(/^RESULT true$/m);
  });

  test('after close(), run() resolves with pipeline/failed instead of hanging', async () => {
    const pool = createWorkerPool({ workers: 1 });
    await pool.close();
    await expect(pool.run(inputs[0])).resolves.toMatchObject({ ok: false, ruleId: 'pipeline/failed' });
  });

  test.each([
    [{ workers: 0 }, /workers/],
    [{ workers: 1.5 }, /workers/],
    [{ workers: 1, timeoutMs: 0 }, /timeoutMs/],
    [{ workers: 1, maxHeapMb: -1 }, /maxHeapMb/],
  ])('options %j are refused', (opts, message) => {
    expect(() => createWorkerPool(opts)).toThrow(message);
  });
});
