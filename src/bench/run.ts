#!/usr/bin/env node
/**
 * `npm run bench [-- FOLDER] [--articles N] [--workers N] [--rounds N] [--warm N] [--long-warm N] [--heap-docs N]`:
 * the benchmark (not a test). Prints, in one run:
 *
 *   - ms per article and articles per second on 1 worker and on all cores, the
 *     speed-up, whether all runs gave identical results, and the machine's ceiling
 *     for the speed-up (independent 1-worker processes at once); CPU per article by
 *     thread (main, workers, V8/libuv helpers) where /proc tells;
 *   - the same speed-up on a long drop: workers timed after a long warm-up of their
 *     own (each isolate optimises the pipeline's code for itself, so a fresh pool on
 *     2,000 articles spends a good part of its time in that warm-up);
 *   - tokens per second, the wink-nlp floor on the same corpus and the ratio to it;
 *   - peak RSS of a process running the pool (each pool run in its own child
 *     process), and ms per stage;
 *   - one article at 1x, 10x and 100x its length (cost should grow linearly);
 *   - the heap over many documents with new words (wink-nlp's lexicon grows until its
 *     instance is recycled; the default 6,000 documents pass one recycling).
 *
 * The corpus is a folder given as argument, or seeded variants of fixtures/*.txt.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fork } from 'child_process';
import { Command, InvalidArgumentError, Option } from 'commander';
import { generateCorpus, readCorpusFolder } from './corpus';
import { cores, heapOverDocuments, joinedCost, lengthScaling, MB, poolRun, winkFloor, type PoolRunResult, type ThreadCpu } from './measure';
import { PIPELINE_VERSION } from '../version';
import type { ArticleInput } from '../pipeline/document';

/** The issue's targets, checked and printed at the end. */
const TARGETS = {
  msPer750Tokens: 10,
  ratioToFloor: 7,
  speedup: 1.7,
  peakRssMb: 600,
  cost100x: 120,
};

const TOKENS_PER_ARTICLE = 750;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

const fmt = (x: number, digits = 1): string => x.toFixed(digits);
const mb = (bytes: number): string => `${fmt(bytes / MB, 0)} MB`;
const mark = (ok: boolean): string => (ok ? 'ok  ' : 'MISS');

function log(line = ''): void {
  process.stdout.write(line + '\n');
}

function poolLine(label: string, run: PoolRunResult, articles: number, tokens: number): void {
  const ms = run.wallMs / articles;
  log(
    `${label.padEnd(12)} ${fmt(ms, 2).padStart(7)} ms/article  ${fmt(ms * (TOKENS_PER_ARTICLE / (tokens / articles)), 2).padStart(7)} ms/750 tokens  ` +
      `${fmt((articles / run.wallMs) * 1000, 0).padStart(6)} articles/s  ${fmt((tokens / run.wallMs) * 1000, 0).padStart(8)} tokens/s  ` +
      `peak RSS ${mb(run.peakRssBytes)}  main thread busy ${fmt(run.mainThreadBusy * 100, 0)}%  CPU ${fmt(run.coresUsed, 2)} cores, ` +
      `${fmt(articles / ((run.coresUsed * run.wallMs) / 1000), 0)} articles per CPU-second` +
      (run.failures ? `  FAILED ${run.failures}` : ''),
  );
}

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');

function loadCorpus(folder: string | undefined, articles: number): ArticleInput[] {
  const corpus = folder ? readCorpusFolder(folder) : generateCorpus(FIXTURES, articles);
  if (corpus.length === 0) throw new Error(`no articles found in ${folder}`);
  return corpus;
}

/** Seed of the generated warm-up articles: other variants than the timed corpus's. */
const WARM_SEED = 99;

/**
 * The articles the workers warm up on before a pool run is timed: variants generated
 * with another seed, so that the timed articles are new to the workers (wink-nlp keeps
 * the words it has read) as in a real drop. A folder given as the corpus has no other
 * articles to draw from: it warms up on its own first articles.
 */
function warmUpCorpus(folder: string | undefined, corpus: ArticleInput[], count: number): ArticleInput[] {
  // Cycled when the warm-up is longer: its first 2,000 variants are different enough.
  return folder ? corpus : generateCorpus(FIXTURES, Math.min(count, 2000), WARM_SEED);
}

/**
 * A pool run in a fresh child process (this script with --pool-phase), so that its peak
 * RSS is that of a process doing only this run: memory an earlier phase freed but the
 * allocator kept would otherwise count against the later one.
 */
function poolPhase(folder: string | undefined, articles: number, warm: number, workers: number, concurrentJit?: boolean, part?: { index: number; of: number }): Promise<PoolRunResult> {
  const args = [
    ...(folder ? [folder] : []),
    ...['--articles', String(articles), '--warm', String(warm), '--pool-phase', String(workers)],
    ...(concurrentJit === undefined ? [] : ['--pool-jit', concurrentJit ? 'concurrent' : 'in-thread']),
    ...(part ? ['--pool-part', `${part.index}/${part.of}`] : []),
  ];
  const child = fork(__filename, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let result: PoolRunResult | null = null;
    child.once('message', (message) => {
      result = message as PoolRunResult;
    });
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the ${workers}-worker run stopped with exit code ${code}`))));
  });
}

/**
 * The machine's own ceiling for the speed-up: the corpus split into `n` parts, run by
 * `n` independent processes at once, each a 1-worker pool run like the 1-worker phase
 * (same warm-up, heap cap and messages), against the 1-worker phase on the whole
 * corpus. Like the n-worker pool, each process's worker does 1/n of the articles and
 * pays its own JIT warm-up over them. Nothing is shared but the machine, so cores
 * that slow each other down (shared caches, memory bandwidth, clock boost) show here,
 * and what the n-worker pool loses beyond this comes from sharing one process: one
 * main thread, and V8's helper threads for GC and JIT. Each process compiles where the
 * n-worker pool does (see PoolOptions.concurrentJit). Returns the slowest process's
 * run (they finish together), with digests in corpus order and the CPU per thread
 * summed over the processes.
 */
async function together(folder: string | undefined, articles: number, warm: number, n: number): Promise<PoolRunResult> {
  const runs = await Promise.all(Array.from({ length: n }, (_, index) => poolPhase(folder, articles, warm, 1, n < cores(), { index, of: n })));
  const slowest = runs.reduce((a, b) => (b.wallMs > a.wallMs ? b : a));
  const threads = runs.every((r) => r.threadCpuMs !== null)
    ? runs.reduce<ThreadCpu>(
        (sum, r) => ({ main: sum.main + r.threadCpuMs!.main, workers: [...sum.workers, ...r.threadCpuMs!.workers], helpers: sum.helpers + r.threadCpuMs!.helpers }),
        { main: 0, workers: [], helpers: 0 },
      )
    : null;
  const cpuMs = runs.reduce((sum, r) => sum + r.coresUsed * r.wallMs, 0);
  return { ...slowest, coresUsed: cpuMs / slowest.wallMs, threadCpuMs: threads, failures: runs.reduce((f, r) => f + r.failures, 0), digests: runs.flatMap((r) => r.digests) };
}

/** The child's side of poolPhase: run, report the whole process's peak RSS, hand the result back. */
async function poolPhaseChild(folder: string | undefined, articles: number, warm: number, workers: number, concurrentJit?: boolean, part?: string): Promise<void> {
  let corpus = loadCorpus(folder, articles);
  const warmCorpus = warmUpCorpus(folder, corpus, warm * workers);
  if (part !== undefined) {
    const [index, of] = part.split('/').map(Number);
    corpus = corpus.slice(Math.floor((index * corpus.length) / of), Math.floor(((index + 1) * corpus.length) / of));
  }
  const run = await poolRun(corpus, workers, concurrentJit, warm, warmCorpus);
  run.peakRssBytes = Math.max(run.peakRssBytes, process.resourceUsage().maxRSS * 1024);
  await new Promise<void>((resolve, reject) => process.send!(run, (err: Error | null) => (err ? reject(err) : resolve())));
  process.disconnect();
}

async function bench(folder: string | undefined, opts: { articles: number; workers: number; heapDocs: number; rounds: number; warm: number; longWarm: number }): Promise<number> {
  const fixtures = FIXTURES;
  const corpus = loadCorpus(folder, opts.articles);
  const texts = corpus.map((a) => a.text);
  const characters = texts.reduce((n, t) => n + t.length, 0);

  const load = (): string => os.loadavg().map((x) => fmt(x, 2)).join(' ');
  log(`newsx bench  pipeline ${PIPELINE_VERSION}  node ${process.version}  ${cores()} cores  load average ${load()}`);
  log(`corpus: ${corpus.length} articles ${folder ? `from ${folder}` : '(seeded variants of fixtures/*.txt)'}, ${fmt(characters / corpus.length, 0)} characters per article`);

  // Rounds alternate 1 worker, N workers and N independent 1-worker processes (the
  // ceiling), and the fastest run of each counts: on a machine shared with other work,
  // the fastest run is the one that had its cores.
  const ones: PoolRunResult[] = [];
  const manys: PoolRunResult[] = [];
  const apart: PoolRunResult[] = [];
  // The same corpus on a pool that has a long drop behind it: each worker warms up on
  // --long-warm other articles first, past its own JIT warm-up (src/workers/jit-tuning.ts).
  // What a drop of many thousands of articles gets; the fresh pool is a drop of this size.
  const longOnes: PoolRunResult[] = [];
  const longManys: PoolRunResult[] = [];
  const withLong = opts.longWarm > 0 && opts.workers > 1;
  for (let r = 0; r < opts.rounds; r++) {
    ones.push(await poolPhase(folder, opts.articles, opts.warm, 1));
    manys.push(await poolPhase(folder, opts.articles, opts.warm, opts.workers));
    if (opts.workers > 1) apart.push(await together(folder, opts.articles, opts.warm, opts.workers));
    if (withLong) {
      longOnes.push(await poolPhase(folder, opts.articles, opts.longWarm, 1));
      longManys.push(await poolPhase(folder, opts.articles, opts.longWarm, opts.workers));
    }
  }
  const fastest = (runs: PoolRunResult[]): PoolRunResult => runs.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const long = withLong ? { one: fastest(longOnes), many: fastest(longManys) } : null;
  const longSpeedup = long ? long.one.wallMs / long.many.wallMs : NaN;
  const one = fastest(ones);
  const many = fastest(manys);

  const full = winkFloor(texts);
  const ours = winkFloor(texts, ['sbd', 'pos']);
  const tokens = full.tokens;
  const perArticle = tokens / corpus.length;
  log(`tokens: ${tokens} (${fmt(perArticle, 0)} per article, whitespace not counted)`);
  log();

  const rounds = (runs: PoolRunResult[]): string => runs.map((r) => `${fmt(r.wallMs / corpus.length, 2)} ms (${fmt(r.coresUsed, 2)} cores)`).join(', ');
  log(`throughput (fastest of ${opts.rounds} rounds; per round, 1 worker: ${rounds(ones)}; ${opts.workers} workers: ${rounds(manys)})`);
  log(`  timed after ${opts.warm} articles per worker (--warm): each worker pays its own JIT warm-up, so a short warm-up measures a fresh pool on a drop of this size`);
  poolLine('1 worker', one, corpus.length, tokens);
  poolLine(`${opts.workers} workers`, many, corpus.length, tokens);
  const speedup = one.wallMs / many.wallMs;
  const apartBest = apart.length > 0 ? fastest(apart) : null;
  const machine = apartBest ? { alone: one.wallMs, together: apartBest.wallMs, ratio: one.wallMs / apartBest.wallMs } : null;
  const identical = [...ones, ...manys, ...apart, ...longOnes, ...longManys].every((run) => run.digests.every((d, i) => d === one.digests[i]));
  log(`speed-up ${opts.workers} workers / 1 worker: ${fmt(speedup, 2)}x; results identical across worker counts, warm-ups and rounds: ${identical ? 'yes' : 'NO'}`);
  if (long) {
    log(
      `  on a long drop (timed after ${opts.longWarm} other articles per worker, --long-warm; fastest of ${opts.rounds} rounds): 1 worker ${fmt(long.one.wallMs / corpus.length, 2)}, ` +
        `${opts.workers} workers ${fmt(long.many.wallMs / corpus.length, 2)} ms/article, speed-up ${fmt(longSpeedup, 2)}x`,
    );
  }
  if (machine) {
    log(
      `  the machine's ceiling: ${opts.workers} independent 1-worker processes, each on 1/${opts.workers} of the corpus at once, were ${fmt(machine.ratio, 2)}x as fast as the 1-worker run ` +
        `(${fmt(machine.alone / corpus.length, 2)} against ${fmt(machine.together / corpus.length, 2)} ms/article, fastest of ${opts.rounds} rounds: ` +
        `${apart.map((r) => fmt(r.wallMs / corpus.length, 2)).join(', ')}); the pool reaches ${fmt((speedup / machine.ratio) * 100, 0)}% of it`,
    );
  }
  // CPU by thread of the same fastest runs: what the N-worker pool spends beyond N
  // independent processes is the cost of sharing one process.
  const threadLine = (label: string, run: PoolRunResult, perArticles: number): void => {
    const t = run.threadCpuMs;
    if (!t) return;
    const per = (ms: number): string => fmt(ms / perArticles, 3);
    const total = t.main + t.workers.reduce((a, b) => a + b, 0) + t.helpers;
    log(`  ${label.padEnd(34)} total ${per(total)}  main ${per(t.main)}  workers ${t.workers.map(per).join(' + ')}  helpers (V8 GC/JIT, libuv) ${per(t.helpers)}`);
  };
  if (one.threadCpuMs) {
    log('CPU ms per article by thread (/proc; the fastest run of each kind)');
    threadLine('1 worker', one, corpus.length);
    threadLine(`${opts.workers} workers`, many, corpus.length);
    if (apartBest) threadLine(`${opts.workers} processes of 1 worker (summed)`, apartBest, corpus.length);
  }
  if (many.coresUsed < 0.9 * Math.min(opts.workers, cores())) {
    log(`  note: the ${opts.workers}-worker run got only ${fmt(many.coresUsed, 2)} cores of CPU (other processes took the rest): this speed-up measures the machine's load, not the pool; rerun on an idle machine`);
    // Articles per CPU-second compare the runs' efficiency whatever the load; the ratio times the workers is what an idle machine would give if the cores were free.
    const perCpu = (r: PoolRunResult): number => corpus.length / ((r.coresUsed * r.wallMs) / 1000);
    log(`  articles per CPU-second, ${opts.workers} workers / 1 worker: ${fmt(perCpu(many) / perCpu(one), 2)} (an estimate, not a measurement, of the idle-machine speed-up: ${fmt((perCpu(many) / perCpu(one)) * opts.workers, 2)}x)`);
  }
  log();

  const scale750 = TOKENS_PER_ARTICLE / perArticle;
  const floorMs = (full.ms / corpus.length) * scale750;
  const oursFloorMs = (ours.ms / corpus.length) * scale750;
  const oneMs = (one.wallMs / corpus.length) * scale750;
  log('wink-nlp floor (readDoc in the main thread, per 750-token article)');
  log(`  whole pipeline (default):  ${fmt(floorMs, 2)} ms   newsx on 1 worker is ${fmt(oneMs / floorMs, 2)}x this`);
  log(`  sbd + pos (what newsx uses): ${fmt(oursFloorMs, 2)} ms   newsx on 1 worker is ${fmt(oneMs / oursFloorMs, 2)}x this`);
  log();

  // Both columns are wall time inside the workers: a stage slower on N workers than on 1
  // means the threads got in each other's way (shared caches, memory bandwidth, a busy machine).
  log(`time per stage (ms per article)      1 worker   ${opts.workers} workers`);
  const stageTotal = (run: PoolRunResult): number => Object.values(run.stages).reduce((a, b) => a + b, 0);
  for (const [stage, ms] of Object.entries(one.stages)) {
    log(
      `  ${stage.padEnd(10)} ${fmt((ms / stageTotal(one)) * 100, 1).padStart(5)}%  ${fmt(ms / corpus.length, 3).padStart(16)}  ${fmt((many.stages[stage] ?? 0) / corpus.length, 3).padStart(10)}`,
    );
  }
  log(`  ${'all stages'.padEnd(18)} ${fmt(stageTotal(one) / corpus.length, 3).padStart(16)}  ${fmt(stageTotal(many) / corpus.length, 3).padStart(10)}`);
  log(`  wall time per article on 1 worker not spent in a stage (messaging, idle): ${fmt((one.wallMs - stageTotal(one)) / corpus.length, 3)} ms`);
  log();

  log('cost against length (one fixture article repeated, in this thread)');
  const base = fs.readFileSync(path.join(fixtures, fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
  const scaling = lengthScaling(base);
  for (const p of scaling) {
    log(`  ${String(p.times).padStart(3)}x  ${String(p.characters).padStart(8)} chars  ${fmt(p.ms, 1).padStart(8)} ms  ${fmt(p.ms / scaling[0].ms, 1).padStart(6)}x the time`);
  }
  const cost100 = scaling[scaling.length - 1].ms / scaling[0].ms;
  const joined = joinedCost(texts.slice(0, 100));
  log(
    `  ${Math.min(100, texts.length)} different corpus articles joined: ${String(joined.characters).padStart(8)} chars  ${fmt(joined.joinedMs, 1).padStart(8)} ms, ` +
      `${fmt(joined.joinedMs / joined.separateMs, 2)}x the time of processing them one by one (${fmt(joined.separateMs, 1)} ms)`,
  );
  log();

  let heapGrowth = NaN;
  if (opts.heapDocs > 0) {
    log(`heap over ${opts.heapDocs} more documents with new words (whole pipeline in this thread, after a full GC)`);
    const fresh = generateCorpus(fixtures, opts.heapDocs, 7);
    const points = heapOverDocuments(fresh, Math.max(1, Math.round(opts.heapDocs / 12)));
    log('  ' + points.map((p) => `${p.documents}: ${fmt(p.heapUsedBytes / MB, 0)}`).join('  ') + '  (documents: MB)');
    const heaps = points.slice(1).map((p) => p.heapUsedBytes);
    heapGrowth = (Math.max(...heaps) - Math.min(...heaps)) / MB;
    log(`  range after warm-up ${fmt(heapGrowth, 0)} MB`);
    log();
  }

  // The highest of all N-worker rounds, not only the fastest one's.
  const peakMb = Math.max(...manys.map((r) => r.peakRssBytes)) / MB;
  log('targets');
  log(`  ${mark(oneMs <= TARGETS.msPer750Tokens)} 1 worker ${fmt(oneMs, 2)} ms per 750-token article (at most ${TARGETS.msPer750Tokens})`);
  log(`  ${mark(oneMs / floorMs <= TARGETS.ratioToFloor)} ${fmt(oneMs / floorMs, 2)}x the wink-nlp floor (at most ${TARGETS.ratioToFloor}x)`);
  log(`  ${mark(speedup >= TARGETS.speedup)} ${opts.workers} workers ${fmt(speedup, 2)}x 1 worker (at least ${TARGETS.speedup}x)`);
  if (long) log(`       (on a long drop, workers past their JIT warm-up: ${fmt(longSpeedup, 2)}x)`);
  log(`  ${mark(peakMb <= TARGETS.peakRssMb)} peak RSS on ${opts.workers} workers ${fmt(peakMb, 0)} MB (at most ${TARGETS.peakRssMb})`);
  log(`  ${mark(cost100 <= TARGETS.cost100x)} 100x the length costs ${fmt(cost100, 1)}x the time (at most ${TARGETS.cost100x}x)`);
  log(`  ${mark(identical)} identical results on 1 and ${opts.workers} workers`);
  log(`load average at the end ${load()} (other processes on the machine slow the runs and lower the speed-up)`);
  log(`peak RSS of this process (floor, length and heap phases, in this thread): ${fmt(process.resourceUsage().maxRSS / 1024, 0)} MB`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('newsx-bench')
    .description('benchmark the pipeline: throughput on 1 worker and all cores, the wink-nlp floor, memory, stages, cost against length')
    .argument('[folder]', 'a folder of articles (.txt, .md, .jsonl) instead of generated variants of the fixtures')
    .option('--articles <n>', 'generated articles (without a folder)', positiveInt, 2000)
    .option('--workers <n>', 'worker threads for the multi-worker run (default: the cores)', positiveInt, cores())
    .option('--warm <n>', 'articles each worker processes before a pool run is timed (its JIT warm-up: a few thousand for the steady state of a long drop)', positiveInt, 50)
    .option('--long-warm <n>', 'warm-up per worker of the long-drop runs, one of each worker count per round (0 to skip)', (v) => (v === '0' ? 0 : positiveInt(v)), 1500)
    .option('--rounds <n>', 'pool runs per worker count; the fastest counts', positiveInt, 3)
    .option('--heap-docs <n>', 'documents for the heap check (0 to skip)', (v) => (v === '0' ? 0 : positiveInt(v)), 6000)
    .addOption(new Option('--pool-phase <workers>', 'internal: one pool run in this process, result sent to the parent').hideHelp().argParser(positiveInt))
    .addOption(new Option('--pool-part <i/n>', 'internal: the pool phase runs the i-th of n parts of the corpus').hideHelp())
    .addOption(new Option('--pool-jit <where>', 'internal: where the pool-phase workers compile (default: the pool decides)').hideHelp().choices(['concurrent', 'in-thread']))
    .action(async (folder: string | undefined, opts: { articles: number; workers: number; heapDocs: number; rounds: number; warm: number; longWarm: number; poolPhase?: number; poolJit?: string; poolPart?: string }) => {
      if (opts.poolPhase !== undefined) await poolPhaseChild(folder, opts.articles, opts.warm, opts.poolPhase, opts.poolJit === undefined ? undefined : opts.poolJit === 'concurrent', opts.poolPart);
      else code = await bench(folder, opts);
    });
  await program.parseAsync(argv, { from: 'user' });
  return code;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
