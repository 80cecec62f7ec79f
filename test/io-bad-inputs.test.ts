/**
 * The bad-input corpus (fixtures/bad-inputs): every case ends as exactly the outcome
 * fixtures/bad-inputs/expected.json gives it, and nothing else is in the output.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { execFileSync } from 'child_process';
import { extractCommand } from '../src/io/extract';
import { createInProcessRunner } from '../src/io/runner';
import { validateArticle, validateError } from '../src/schema/validate';
import { allSpans } from '../src/pipeline/record';
import type { ArticleRecord } from '../src/types/article';
import type { ErrorRecord } from '../src/types/error';

interface Case {
  input: string;
  line?: number;
  index?: number;
  outcome: 'article' | 'rejected' | 'ignored';
  ruleId?: string;
  id?: string;
  byteOffset?: number;
  publishedDate?: string | null;
  messages?: string[];
  generated?: string;
  rootSkips?: boolean;
}

const CORPUS = path.join(__dirname, '..', 'fixtures', 'bad-inputs');
const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as { maxBytes: number; cases: Case[] };
const isRoot = process.getuid?.() === 0;

/** Copy the committed cases and write the generated ones. */
function buildDrop(dir: string): void {
  fs.cpSync(path.join(CORPUS, 'cases'), dir, { recursive: true });
  const gen = path.join(dir, 'generated');
  fs.mkdirSync(path.join(gen, 'loop'), { recursive: true });
  fs.writeFileSync(path.join(gen, 'enormous-token.txt'), 'x'.repeat(40_000));
  fs.writeFileSync(path.join(gen, 'too-large.txt'), 'The minister said the plan would work. '.repeat(6500));
  execFileSync('mkfifo', [path.join(gen, 'fifo.txt')]);
  fs.symlinkSync('self.txt', path.join(gen, 'loop', 'self.txt'));
  fs.symlinkSync('..', path.join(gen, 'loop', 'up'));
  if (!isRoot) {
    fs.writeFileSync(path.join(gen, 'unreadable.txt'), 'Secret.');
    fs.chmodSync(path.join(gen, 'unreadable.txt'), 0o000);
  }
}

const readJsonl = <T>(file: string): T[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);

describe('bad-input corpus', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-bad-'));
  const drop = path.join(tmp, 'drop');
  const out = path.join(tmp, 'out');
  let code = -1;
  let articles: ArticleRecord[] = [];
  let errors: ErrorRecord[] = [];
  const cases = expected.cases.filter((c) => !(c.rootSkips && isRoot));

  beforeAll(async () => {
    buildDrop(drop);
    const stderr = Object.assign(new (require('stream').PassThrough)(), { isTTY: false });
    code = await extractCommand({ inputs: [drop], out, maxBytes: expected.maxBytes }, { createRunner: createInProcessRunner, stderr });
    articles = readJsonl<ArticleRecord>(path.join(out, 'articles.jsonl'));
    errors = readJsonl<ErrorRecord>(path.join(out, 'errors.jsonl'));
  });
  afterAll(() => {
    const unreadable = path.join(drop, 'generated', 'unreadable.txt');
    if (fs.existsSync(unreadable)) fs.chmodSync(unreadable, 0o600);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('exit code 65: some inputs were rejected', () => {
    expect(code).toBe(65);
  });

  const where = (c: Case): string => `${c.input}${c.line ? `:${c.line}` : ''}${c.index !== undefined ? `[${c.index}]` : ''}`;
  test.each(cases.filter((c) => c.outcome !== 'ignored').map((c) => [where(c), c] as const))('%s', (_name, c) => {
    const file = path.join(drop, c.input);
    if (c.outcome === 'article') {
      const found = articles.filter((a) => a.source.path === file && a.source.line === c.line && (c.id === undefined || a.id === c.id));
      expect(found).toHaveLength(1);
      expect(errors.filter((e) => e.location.path === file && e.location.line === c.line && e.location.index === c.index)).toHaveLength(0);
      const record = found[0];
      if (c.id !== undefined) expect(record.id).toBe(c.id);
      if (c.publishedDate !== undefined) expect(record.publishedDate).toBe(c.publishedDate);
      for (const rule of c.messages ?? []) expect(record.messages.map((m) => m.ruleId)).toContain(rule);
    } else {
      const found = errors.filter((e) => e.location.path === file && e.location.line === c.line && e.location.index === c.index);
      expect(found).toHaveLength(1);
      const error = found[0];
      expect(error.ruleId).toBe(c.ruleId);
      expect(error.reason.length).toBeGreaterThan(0);
      if (c.id !== undefined) expect(error.id).toBe(c.id);
      if (c.byteOffset !== undefined) expect(error.location.byteOffset).toBe(c.byteOffset);
    }
  });

  test('every record is one case: nothing unexpected, nothing twice', () => {
    expect(articles).toHaveLength(cases.filter((c) => c.outcome === 'article').length);
    expect(errors).toHaveLength(cases.filter((c) => c.outcome === 'rejected').length);
  });

  test('the manifest balances and counts the ignored file', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    const n = cases.filter((c) => c.outcome !== 'ignored').length;
    expect(manifest.counts).toMatchObject({ inputs: n, written: articles.length, rejected: errors.length, skipped: 0, ignored: 1 });
    expect(manifest.balanced).toBe(true);
  });

  test('records and error records are schema-valid; every span matches the text as read', () => {
    const va = validateArticle();
    const ve = validateError();
    for (const e of errors) expect(ve(e)).toBe(true);
    for (const a of articles) {
      expect(va(a)).toBe(true);
      if (a.source.line !== undefined || a.source.path!.endsWith('.json')) continue;
      const text = fs.readFileSync(a.source.path!, 'utf8');
      expect(a.stats.characters).toBe(text.length);
      for (const s of allSpans(a)) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  test('a BOM is kept as character 0 and CRLF is kept: offsets match the file read as UTF-8', () => {
    const record = articles.find((a) => a.id === 'bom-crlf')!;
    const text = fs.readFileSync(path.join(drop, 'bom-crlf.txt'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(record.stats.characters).toBe(text.length);
    const merkel = record.entities.flatMap((e) => e.mentions).find((m) => m.text === 'Angela Merkel');
    // "\uFEFFBERLIN.\r\n" is 1 + 7 + 2 = 10 code units before the name.
    expect(merkel?.start).toBe(10);
  });

  test('title, url, meta and the date field alias are carried from a .json array', () => {
    const record = articles.find((a) => a.id === 'array-good')!;
    expect(record).toMatchObject({ title: 'Visit', url: 'https://example.org/visit', meta: { section: 'politics', tags: ['uk'] }, publishedDate: '2024-02-06' });
  });
});
