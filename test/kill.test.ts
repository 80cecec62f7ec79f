/**
 * Crash safety (issue 7): kill -9 at seeded points of a run, then re-run; the final
 * articles.jsonl and errors.jsonl must be the same bytes as an uninterrupted run's
 * (so the same records, none twice), with no torn line ever surviving a re-run.
 *
 * The kill points come from a seeded PRNG (KILL_SEED), so a failure can be replayed:
 * some kills wait for N records to appear, some wait a random delay (which may land
 * during start-up, mid-write or after the end). Truncating a finished file at random
 * byte offsets covers states a real kill lands in too rarely to wait for.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { lines, prng, runCli, startCli, writeDrop } from './cli-support';

const KILL_SEED = 20240611;
const ARTICLES = 40;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-kill-'));
const drop = path.join(tmp, 'drop');
const reference = path.join(tmp, 'reference');
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function countLines(file: string): number {
  try {
    const buf = fs.readFileSync(file);
    let n = 0;
    for (const b of buf) if (b === 0x0a) n++;
    return n;
  } catch {
    return 0;
  }
}

/** Start a run and SIGKILL it once `records` lines are in articles.jsonl, or after `delayMs`. */
async function killRun(out: string, when: { records: number } | { delayMs: number }): Promise<void> {
  const child = startCli(['extract', drop, '--out', out, '--workers', '2']);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let finished = false;
  void exited.then(() => (finished = true));
  const started = Date.now();
  const file = path.join(out, 'articles.jsonl');
  while (!finished) {
    const due = 'records' in when ? countLines(file) >= when.records : Date.now() - started >= when.delayMs;
    if (due) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await exited;
}

function expectSameAsReference(out: string): void {
  const got = fs.readFileSync(path.join(out, 'articles.jsonl'));
  const want = fs.readFileSync(path.join(reference, 'articles.jsonl'));
  const ids = lines(path.join(out, 'articles.jsonl')).map((l) => JSON.parse(l).id as string);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toHaveLength(ARTICLES);
  expect(got.equals(want)).toBe(true);
  expect(fs.readFileSync(path.join(out, 'errors.jsonl')).equals(fs.readFileSync(path.join(reference, 'errors.jsonl')))).toBe(true);
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
  expect(manifest.balanced).toBe(true);
}

beforeAll(() => {
  writeDrop(drop, ARTICLES, 11);
  const r = runCli(['extract', drop, '--out', reference, '--workers', '2']);
  expect(r.code).toBe(65); // the drop holds one malformed JSONL line
  expect(lines(path.join(reference, 'articles.jsonl'))).toHaveLength(ARTICLES);
});

const rand = prng(KILL_SEED);
const points: Array<{ records: number } | { delayMs: number }> = [
  { records: 1 + Math.floor(rand() * 10) },
  { records: 10 + Math.floor(rand() * 25) },
  { delayMs: 300 + Math.floor(rand() * 1500) },
  { delayMs: 300 + Math.floor(rand() * 3000) },
];

describe(`kill -9 and re-run (seed ${KILL_SEED})`, () => {
  test.each(points.map((p, i) => [i, JSON.stringify(p), p] as const))('kill point %i %s', async (i, _name, point) => {
    const out = path.join(tmp, `killed-${i}`);
    await killRun(out, point);
    // A kill on a record count must land before the run ended, or it tests nothing.
    if ('records' in point) expect(countLines(path.join(out, 'articles.jsonl'))).toBeLessThan(ARTICLES);
    // Whatever the kill left, no line in the files is torn once a run reopens them;
    // the re-run then finishes the job.
    const r = runCli(['extract', drop, '--out', out, '--workers', '2']);
    expect(r.code).toBe(65);
    expectSameAsReference(out);
  });

  test('killed twice (the re-run killed as well), then finished', async () => {
    const out = path.join(tmp, 'killed-twice');
    await killRun(out, { records: 5 });
    await killRun(out, { records: 15 });
    runCli(['extract', drop, '--out', out, '--workers', '1']);
    expectSameAsReference(out);
  });

  test.each([0, 1, 2].map((i) => [i] as const))('files cut at a seeded byte offset (torn lines) %i, then re-run', (i) => {
    const out = path.join(tmp, `cut-${i}`);
    fs.cpSync(reference, out, { recursive: true });
    const file = path.join(out, 'articles.jsonl');
    const size = fs.statSync(file).size;
    // A cut inside a line: the torn tail must be removed, not kept or duplicated.
    let at = Math.floor(rand() * size);
    if (fs.readFileSync(file)[at - 1] === 0x0a) at += 1;
    fs.truncateSync(file, at);
    fs.truncateSync(path.join(out, 'errors.jsonl'), i === 0 ? 0 : fs.statSync(path.join(out, 'errors.jsonl')).size);
    const r = runCli(['extract', drop, '--out', out, '--workers', '2']);
    expect(r.code).toBe(65);
    expectSameAsReference(out);
  });
});
