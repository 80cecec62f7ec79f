/**
 * `newsx eval`: run the pipeline over gold documents, score, print, and compare the
 * headline scores with a committed baseline.
 */
import fs from 'fs';
import { createProcessor } from '../pipeline/process';
import { articleHash } from '../io/hash';
import { readEvalFile, readFixtureDir, type Gold } from './gold';
import { headline, scoreDocument, type Tally } from './score';
import { formatTally } from './report';
import type { ArticleRecord } from '../types/article';

export interface EvalResult {
  tally: Tally;
  scores: Record<string, number>;
  records: ArticleRecord[];
  /** Documents the pipeline rejected (scored as empty records). */
  failures: Array<{ id: string; reason: string }>;
  msPerDocument: number;
}

/** Run the pipeline over gold documents and score it. */
export function evaluate(golds: readonly Gold[]): EvalResult {
  const processor = createProcessor();
  const tally: Tally = { documents: 0 };
  const records: ArticleRecord[] = [];
  const failures: EvalResult['failures'] = [];
  const t0 = performance.now();
  for (const gold of golds) {
    const result = processor.process({
      id: gold.id,
      text: gold.text,
      publishedDate: gold.publishedDate,
      source: { ...(gold.path ? { path: gold.path } : {}), sha256: articleHash(gold.id, gold.text, gold.publishedDate) },
    });
    let record: ArticleRecord;
    if (result.ok) record = result.record;
    else {
      failures.push({ id: gold.id, reason: result.reason });
      record = emptyRecord(gold);
    }
    records.push(record);
    scoreDocument(record, gold, tally);
  }
  const ms = performance.now() - t0;
  return { tally, scores: headline(tally), records, failures, msPerDocument: golds.length ? ms / golds.length : 0 };
}

function emptyRecord(gold: Gold): ArticleRecord {
  return {
    schemaVersion: '1.1.0',
    pipelineVersion: '',
    id: gold.id,
    publishedDate: gold.publishedDate,
    source: { sha256: '0'.repeat(64) },
    stats: { characters: gold.text.length, tokens: 0, sentences: 0 },
    entities: [],
    dates: [],
    claims: [],
    messages: [],
  };
}

export interface BaselineCheck {
  regressions: Array<{ metric: string; baseline: number; now: number }>;
}

/** Scores may not fall below the baseline (a tiny tolerance absorbs float noise). */
export function compareBaseline(scores: Record<string, number>, baseline: Record<string, number>): BaselineCheck {
  const regressions: BaselineCheck['regressions'] = [];
  for (const [metric, base] of Object.entries(baseline)) {
    const now = scores[metric];
    if (now === undefined || now < base - 1e-9) regressions.push({ metric, baseline: base, now: now ?? NaN });
  }
  return { regressions };
}

export interface EvalCommandOptions {
  dir?: string;
  gold?: string;
  limit?: number;
  baseline?: string;
  updateBaseline?: boolean;
  json?: boolean;
}

/** The eval command; returns the exit code (0 ok, 1 regression). */
export function evalCommand(opts: EvalCommandOptions, log: (s: string) => void = console.log): number {
  const golds = opts.gold ? readEvalFile(opts.gold, opts.limit) : readFixtureDir(opts.dir ?? 'fixtures');
  if (golds.length === 0) throw new Error(`no gold documents found in ${opts.gold ?? opts.dir ?? 'fixtures'}`);
  const result = evaluate(golds);
  const title = opts.gold ?? opts.dir ?? 'fixtures';
  if (opts.json) log(JSON.stringify({ title, scores: result.scores, msPerDocument: result.msPerDocument, failures: result.failures }));
  else {
    log(formatTally(result.tally, title));
    log(`time: ${result.msPerDocument.toFixed(2)} ms per document`);
    for (const f of result.failures) log(`rejected ${f.id}: ${f.reason}`);
  }
  if (!opts.baseline) return 0;
  if (opts.updateBaseline) {
    const rounded = Object.fromEntries(Object.entries(result.scores).map(([k, v]) => [k, Math.floor(v * 10000) / 10000]));
    fs.writeFileSync(opts.baseline, JSON.stringify(rounded, null, 2) + '\n');
    log(`baseline written to ${opts.baseline}`);
    return 0;
  }
  if (!fs.existsSync(opts.baseline)) {
    log(`no baseline at ${opts.baseline}: run with --update-baseline to create it`);
    return 0;
  }
  const baseline = JSON.parse(fs.readFileSync(opts.baseline, 'utf8')) as Record<string, number>;
  const { regressions } = compareBaseline(result.scores, baseline);
  for (const r of regressions) log(`REGRESSION ${r.metric}: ${r.now.toFixed(4)} < baseline ${r.baseline.toFixed(4)}`);
  if (regressions.length === 0) log(`baseline ${opts.baseline}: no score below it`);
  return regressions.length > 0 ? 1 : 0;
}
