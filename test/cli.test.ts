/**
 * `newsx extract` as users run it (the built CLI): exit codes, `--out -`, stdin, a
 * folder of .txt and .jsonl, re-runs (nothing twice, only what is new), determinism.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { lines, runCli, writeDrop } from './cli-support';
import { validateArticle, validateManifest } from '../src/schema/validate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-cli-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const manifestOf = (out: string) => JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));

describe('a folder of .txt and .jsonl', () => {
  const drop = path.join(tmp, 'drop');
  const out = path.join(tmp, 'out');
  // 12 articles: a000, a003, a006, a009 as .txt; 8 as JSONL lines; plus one malformed line.
  beforeAll(() => writeDrop(drop, 12, 7));

  test('first run: every article written, the bad line rejected, exit 65, manifest balanced', () => {
    const r = runCli(['extract', drop, '--out', out, '--workers', '2']);
    expect(r.code).toBe(65);
    expect(r.stdout).toBe('');
    const records = lines(path.join(out, 'articles.jsonl')).map((l) => JSON.parse(l));
    expect(records.map((a) => a.id).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `a${String(i).padStart(3, '0')}`));
    const validate = validateArticle();
    for (const a of records) expect(validate(a)).toBe(true);
    const errors = lines(path.join(out, 'errors.jsonl')).map((l) => JSON.parse(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ ruleId: 'input/bad-json', location: { path: path.join(drop, 'wire', 'feed-1.jsonl'), line: 2 } });
    const m = manifestOf(out);
    expect(validateManifest()(m)).toBe(true);
    expect(m.counts).toMatchObject({ inputs: 13, written: 12, rejected: 1, skipped: 0, files: 6 });
    expect(m.balanced).toBe(true);
  });

  test('records are in input order: folder entries sorted by name, JSONL lines in order', () => {
    const ids = lines(path.join(out, 'articles.jsonl')).map((l) => JSON.parse(l).id);
    // a000.txt ... a009.txt, then wire/feed-1.jsonl (even ids), then wire/feed-2.ndjson (odd ids).
    expect(ids).toEqual(['a000', 'a003', 'a006', 'a009', 'a002', 'a004', 'a008', 'a010', 'a001', 'a005', 'a007', 'a011']);
  });

  test('re-run over the unchanged drop writes nothing new', () => {
    const before = fs.readFileSync(path.join(out, 'articles.jsonl'));
    const beforeErrors = fs.readFileSync(path.join(out, 'errors.jsonl'));
    const r = runCli(['extract', drop, '--out', out, '--workers', '1']);
    // The malformed line was rejected before: still reported by the exit code.
    expect(r.code).toBe(65);
    expect(fs.readFileSync(path.join(out, 'articles.jsonl')).equals(before)).toBe(true);
    expect(fs.readFileSync(path.join(out, 'errors.jsonl')).equals(beforeErrors)).toBe(true);
    expect(manifestOf(out).counts).toMatchObject({ inputs: 13, written: 0, rejected: 0, skipped: 13, alreadyRejected: 1 });
  });

  test('re-run over a grown drop writes only the new article', () => {
    fs.writeFileSync(path.join(drop, 'late.txt'), 'Maria Lopez said on Friday that the port in Oslo had reopened.\n');
    const r = runCli(['extract', drop, '--out', out]);
    expect(r.code).toBe(65);
    const ids = lines(path.join(out, 'articles.jsonl')).map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(13);
    expect(ids[12]).toBe('late');
    expect(manifestOf(out).counts).toMatchObject({ inputs: 14, written: 1, skipped: 13 });
  });

  test('--force starts afresh: the same records, once each', () => {
    const r = runCli(['extract', drop, '--out', out, '--force']);
    expect(r.code).toBe(65);
    const ids = lines(path.join(out, 'articles.jsonl')).map((l) => JSON.parse(l).id);
    expect(new Set(ids).size).toBe(13);
    expect(ids).toHaveLength(13);
    expect(lines(path.join(out, 'errors.jsonl'))).toHaveLength(1);
  });

  test('the same drop gives the same bytes with 1 or 2 workers', () => {
    const a = path.join(tmp, 'det-1');
    const b = path.join(tmp, 'det-2');
    runCli(['extract', drop, '--out', a, '--workers', '1']);
    runCli(['extract', drop, '--out', b, '--workers', '2']);
    for (const f of ['articles.jsonl', 'errors.jsonl']) expect(fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f)))).toBe(true);
  });
});

describe('--out - and stdin', () => {
  test('--out - prints only records on stdout, the summary on stderr, and writes no files', () => {
    const cwd = fs.mkdtempSync(path.join(tmp, 'stdout-'));
    fs.writeFileSync(path.join(cwd, 'one.txt'), 'Peter Novak said in Toronto that the talks had failed.\n');
    const r = runCli(['extract', 'one.txt', '--out', '-'], { cwd });
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n').filter((l) => l !== '');
    expect(out).toHaveLength(1);
    const record = JSON.parse(out[0]);
    expect(validateArticle()(record)).toBe(true);
    expect(record.id).toBe('one');
    expect(r.stderr).toMatch(/1 written/);
    expect(fs.readdirSync(cwd)).toEqual(['one.txt']);
  });

  test('- reads JSONL on stdin; error records go to stderr with --out -; exit 65', () => {
    const input = '{"id":"s1","text":"Aisha Khan spoke in Nairobi."}\nnot json\n{"id":"s2","text":"Lena Fischer said so."}\n';
    const r = runCli(['extract', '-', '--out', '-'], { input });
    expect(r.code).toBe(65);
    const records = r.stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
    expect(records.map((a) => [a.id, a.source.line, a.source.path])).toEqual([
      ['s1', 1, undefined],
      ['s2', 3, undefined],
    ]);
    expect(r.stderr).toMatch(/"ruleId":"input\/bad-json"/);
    expect(r.stderr).toMatch(/"line":2/);
  });
});

describe('exit codes', () => {
  test.each<[string, string[], number]>([
    ['a missing input is a usage error (exit 2)', ['extract', path.join(tmp, 'no-such-folder'), '--out', path.join(tmp, 'o1')], 2],
    ['an unknown option (exit 2)', ['extract', '--no-such-option'], 2],
    ['--workers 0 (exit 2)', ['extract', '--workers', '0'], 2],
    ['- twice (exit 2)', ['extract', '-', '-', '--out', '-'], 2],
  ])('%s', (_name, args, code) => {
    const r = runCli(args, { input: '' });
    expect(r.code).toBe(code);
  });

  test('--out naming a file is a usage error, and the file is untouched', () => {
    const file = path.join(tmp, 'a-file');
    fs.writeFileSync(file, 'keep');
    const src = path.join(tmp, 'src.txt');
    fs.writeFileSync(src, 'Tomas Berg said it.');
    expect(runCli(['extract', src, '--out', file]).code).toBe(2);
    expect(fs.readFileSync(file, 'utf8')).toBe('keep');
  });

  test('all inputs processed: exit 0 (the sample input/)', () => {
    const out = path.join(tmp, 'sample');
    const r = runCli(['extract', path.join(__dirname, '..', 'input'), '--out', out]);
    expect(r.code).toBe(0);
    expect(manifestOf(out).counts).toMatchObject({ inputs: 3, written: 3, rejected: 0 });
  });

  test('an output folder inside the input folder is not read as input', () => {
    const drop = path.join(tmp, 'self');
    fs.mkdirSync(drop);
    fs.writeFileSync(path.join(drop, 'x.txt'), 'David Osei said it.');
    expect(runCli(['extract', drop, '--out', path.join(drop, 'out')]).code).toBe(0);
    expect(runCli(['extract', drop, '--out', path.join(drop, 'out')]).code).toBe(0);
    expect(manifestOf(path.join(drop, 'out')).counts).toMatchObject({ inputs: 1, skipped: 1 });
  });
});
