/**
 * `newsx extract [INPUT...]`: a drop of articles to articles.jsonl, errors.jsonl and
 * manifest.json (CONTRACT.md). The main flow, top to bottom:
 *
 *   1. check the arguments (usage errors exit 2 before anything is written);
 *   2. open the output files, cutting a torn tail, and load the re-run skip keys;
 *   3. read inputs in order (./read-inputs.ts); each one is skipped, rejected, or sent to
 *      the runner (worker pool or in-process), at most `window` articles in flight;
 *   4. write each outcome in INPUT order as soon as it and all before it are done, so
 *      the output is the same bytes for any number of workers, and a killed run leaves
 *      a prefix of the full output that a re-run completes;
 *   5. sync, write manifest.json atomically, exit 0 / 65.
 *
 * Every input ends as exactly one article record, one error record, or one skip; the
 * manifest counts them and says whether they balance.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { once } from 'events';
import type { Readable, Writable } from 'stream';
import type { ArticleInput } from '../pipeline/document';
import type { ErrorRecord, InputLocation } from '../types/error';
import type { Manifest, ManifestCounts } from '../types/manifest';
import { PIPELINE_VERSION, SCHEMA_VERSION } from '../version';
import { describeErrors, validateError, validateManifest } from '../schema/validate';
import { readInputs, type ReadItem, type ReadStats } from './read-inputs';
import type { Rejection } from './article-input';
import { openJsonl, writeJsonAtomic, type JsonlAppender } from './output';
import type { ArticleRunner } from './runner';
import { createWorkerPool, recordLine } from '../workers/pool';
import { createProgress } from './progress';

export interface ExtractOptions {
  inputs: string[];
  out: string;
  workers?: number;
  force?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  progress?: boolean;
}

/** The process around the command, replaceable in tests. */
export interface ExtractDeps {
  stdin?: Readable;
  stdout?: Writable;
  stderr?: Writable & { isTTY?: boolean };
  createRunner?: (opts: { workers: number; timeoutMs: number }) => ArticleRunner;
}

/** Inputs above this many bytes are rejected unread: news articles are tens of kilobytes. */
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Per-article time limit in the worker pool. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Heap cap per worker thread: an article that needs more is rejected (pipeline/heap-limit) instead of taking the machine. */
export const DEFAULT_MAX_HEAP_MB = 1024;

export class UsageError extends Error {}

/** A written article travels as its JSON Lines line in UTF-8: the worker's own bytes when the pool kept them. */
type Outcome = { kind: 'written'; line: Uint8Array } | { kind: 'rejected'; error: ErrorRecord } | { kind: 'skipped'; alreadyRejected: boolean };

/** Re-run key of an article: its id and content hash (records of other pipeline versions are not keys). */
const articleKey = (id: string, sha: string): string => `${id}\u0000${sha}`;
/** Re-run key of a rejection: where it was and what its bytes were. */
const rejectionKey = (loc: InputLocation, sha: string | undefined, ruleId: string): string =>
  [loc.path ?? '-', loc.line ?? '', loc.index ?? '', sha ?? ruleId].join('\u0000');

/** Run the command; returns the exit code. Throws only for internal failures (exit 1). */
export async function extractCommand(opts: ExtractOptions, deps: ExtractDeps = {}): Promise<number> {
  const stderr = deps.stderr ?? process.stderr;
  try {
    checkArguments(opts);
  } catch (err) {
    if (err instanceof UsageError) {
      stderr.write(`newsx extract: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const startedAt = new Date();
  const t0 = performance.now();
  const toStdout = opts.out === '-';
  const stdout = deps.stdout ?? process.stdout;
  const workers = opts.workers ?? os.availableParallelism();
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  // 2. Output files and skip keys.
  const done = new Set<string>();
  const rejectedArticles = new Set<string>();
  const rejectedInputs = new Set<string>();
  let articles: JsonlAppender | null = null;
  let errors: JsonlAppender | null = null;
  if (!toStdout) {
    fs.mkdirSync(opts.out, { recursive: true });
    articles = await openJsonl(path.join(opts.out, 'articles.jsonl'), {
      fresh: opts.force,
      onRecord: (r) => {
        const sha = (r.source as { sha256?: unknown } | undefined)?.sha256;
        if (r.pipelineVersion === PIPELINE_VERSION && typeof r.id === 'string' && typeof sha === 'string') done.add(articleKey(r.id, sha));
      },
    });
    errors = await openJsonl(path.join(opts.out, 'errors.jsonl'), {
      fresh: opts.force,
      onRecord: (r) => {
        if (r.pipelineVersion !== PIPELINE_VERSION || typeof r.ruleId !== 'string' || typeof r.location !== 'object' || r.location === null) return;
        const sha = typeof r.sha256 === 'string' ? r.sha256 : undefined;
        rejectedInputs.add(rejectionKey(r.location as InputLocation, sha, r.ruleId));
        if (r.ruleId.startsWith('pipeline/') && typeof r.id === 'string' && sha) rejectedArticles.add(articleKey(r.id, sha));
      },
    });
  }

  const runner = (deps.createRunner ?? defaultRunner)({ workers, timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  const counts: Required<ManifestCounts> = { inputs: 0, written: 0, skipped: 0, alreadyRejected: 0, rejected: 0, files: 0, ignored: 0 };
  const stats: ReadStats = { files: 0, ignored: 0 };
  const progress = createProgress(stderr, opts.progress !== false && stderr.isTTY === true);
  const validError = validateError();

  const errorRecord = (r: Rejection): ErrorRecord => {
    const record: ErrorRecord = { schemaVersion: SCHEMA_VERSION, pipelineVersion: PIPELINE_VERSION, location: r.location, ...(r.id !== undefined ? { id: r.id } : {}), ...(r.sha256 ? { sha256: r.sha256 } : {}), ruleId: r.ruleId, reason: r.reason };
    if (!validError(record)) throw new Error(`internal: an error record failed its schema: ${describeErrors(validError.errors).join('; ')}`);
    return record;
  };

  // 3. Decide each input's fate; articles go to the runner.
  const decide = (item: ReadItem): Outcome | Promise<Outcome> => {
    if (item.kind === 'rejected') {
      const key = rejectionKey(item.rejection.location, item.rejection.sha256, item.rejection.ruleId);
      if (rejectedInputs.has(key)) return { kind: 'skipped', alreadyRejected: true };
      rejectedInputs.add(key);
      return { kind: 'rejected', error: errorRecord(item.rejection) };
    }
    const input: ArticleInput = item.input;
    const key = articleKey(input.id, input.source.sha256);
    if (done.has(key)) return { kind: 'skipped', alreadyRejected: false };
    if (rejectedArticles.has(key)) return { kind: 'skipped', alreadyRejected: true };
    done.add(key);
    return runner.run(input).then((result): Outcome => {
      if (result.ok) return { kind: 'written', line: recordLine(result) ?? Buffer.from(JSON.stringify(result.record) + '\n', 'utf8') };
      const { path: p, line } = input.source;
      const location: InputLocation = { ...(p !== undefined ? { path: p } : {}), ...(line !== undefined ? { line } : {}) };
      return { kind: 'rejected', error: errorRecord({ location, id: input.id, sha256: input.source.sha256, ruleId: result.ruleId, reason: result.reason }) };
    });
  };

  // 4. Write outcomes in input order.
  const emit = async (outcome: Outcome): Promise<void> => {
    if (outcome.kind === 'written') {
      counts.written++;
      if (articles) articles.appendLine(outcome.line);
      // As a Buffer (a view, not a copy): a Writable in object mode would not convert a plain Uint8Array.
      else if (!stdout.write(Buffer.from(outcome.line.buffer, outcome.line.byteOffset, outcome.line.byteLength))) await once(stdout, 'drain');
    } else if (outcome.kind === 'rejected') {
      counts.rejected++;
      if (errors) errors.append(outcome.error);
      else stderr.write(JSON.stringify(outcome.error) + '\n');
    } else {
      counts.skipped++;
      if (outcome.alreadyRejected) counts.alreadyRejected++;
    }
    progress.update(counts);
  };

  // Outcomes in input order; its length bounds the articles in flight (and so memory)
  // and lets later articles finish while an earlier one is still running.
  const window: Array<Outcome | Promise<Outcome>> = [];
  const limit = Math.max(2, workers * 8);
  let stageTimings: Record<string, number> = {};
  try {
    for await (const item of readInputs(opts.inputs, { maxBytes, exclude: toStdout ? [] : [fs.realpathSync(opts.out)], stdin: deps.stdin }, stats)) {
      counts.inputs++;
      window.push(decide(item));
      while (window.length >= limit) await emit(await window.shift()!);
    }
    while (window.length > 0) await emit(await window.shift()!);
    stageTimings = await safeTimings(runner);
  } finally {
    progress.done();
    await runner.close();
    articles?.close();
    errors?.close();
  }

  // 5. The manifest.
  counts.files = stats.files;
  counts.ignored = stats.ignored;
  const totalMs = performance.now() - t0;
  const balanced = counts.inputs === counts.written + counts.skipped + counts.rejected;
  const summary = `newsx: ${counts.inputs} inputs: ${counts.written} written, ${counts.skipped} skipped${counts.alreadyRejected ? ` (${counts.alreadyRejected} rejected before)` : ''}, ${counts.rejected} rejected${balanced ? '' : ' (UNBALANCED)'}`;
  if (!toStdout) {
    const manifest: Manifest = {
      schemaVersion: SCHEMA_VERSION,
      pipelineVersion: PIPELINE_VERSION,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      inputs: opts.inputs,
      counts,
      balanced,
      workers,
      timings: { totalMs: round(totalMs), ...(counts.written > 0 ? { msPerArticle: round(totalMs / counts.written) } : {}), stages: roundAll(stageTimings) },
    };
    const valid = validateManifest();
    if (!valid(manifest)) throw new Error(`internal: the manifest failed its schema: ${describeErrors(valid.errors).join('; ')}`);
    writeJsonAtomic(path.join(opts.out, 'manifest.json'), manifest);
    stderr.write(`${summary} -> ${opts.out}\n`);
  } else {
    stderr.write(`${summary}\n`);
  }
  if (!balanced) throw new Error('internal: the counts do not balance');
  return counts.rejected > 0 || counts.alreadyRejected > 0 ? 65 : 0;
}

/** Usage errors found before any work: missing inputs, `-` twice, --out not a folder. */
function checkArguments(opts: ExtractOptions): void {
  if (opts.inputs.filter((i) => i === '-').length > 1) throw new UsageError('- (stdin) can be given only once');
  for (const input of opts.inputs) {
    if (input === '-') continue;
    try {
      fs.lstatSync(input);
    } catch {
      throw new UsageError(`no such file or folder: ${input}`);
    }
  }
  if (opts.out !== '-') {
    let st: fs.Stats | null = null;
    try {
      st = fs.statSync(opts.out);
    } catch {
      // Created later.
    }
    if (st && !st.isDirectory()) throw new UsageError(`--out ${opts.out} is not a folder`);
  }
}

/** The worker pool: a time limit and a heap cap per article, so one pathological input cannot stall or sink the run. */
function defaultRunner(opts: { workers: number; timeoutMs: number }): ArticleRunner {
  return createWorkerPool({ workers: opts.workers, timeoutMs: opts.timeoutMs, maxHeapMb: DEFAULT_MAX_HEAP_MB });
}

async function safeTimings(runner: ArticleRunner): Promise<Record<string, number>> {
  try {
    return await runner.timings();
  } catch {
    return {};
  }
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function roundAll(t: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, round(v)]));
}
