/**
 * Measuring helpers for the benchmark: the wink-nlp floor, a pool run, the cost of
 * one article at growing lengths, and the heap over many documents.
 *
 * Timings are wall-clock (`performance.now()`); each phase warms up first so that
 * JIT compilation and model loading are not counted as per-article cost.
 */
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import v8 from 'v8';
import vm from 'vm';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { ArticleInput } from '../pipeline/document';
import { createProcessor } from '../pipeline/process';
import { createWorkerPool, recordLine } from '../workers/pool';
import { DEFAULT_MAX_HEAP_MB, DEFAULT_TIMEOUT_MS } from '../io/extract';

export const MB = 1024 * 1024;

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Samples the process RSS (main thread and every worker thread) while the main thread is free to run timers. */
export function rssSampler(everyMs = 20): { stop(): number } {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss());
    },
  };
}

export interface FloorResult {
  /** Total milliseconds in `readDoc` over the corpus. */
  ms: number;
  /** Tokens other than whitespace (wink's `tabCRLF`), summed over the corpus. */
  tokens: number;
}

/**
 * wink-nlp alone over the corpus: `readDoc` with the given pipeline (all of it when
 * `pipe` is undefined). Any pipeline on wink's tokens costs at least this.
 */
export function winkFloor(texts: readonly string[], pipe?: string[]): FloorResult {
  // wink's typings list the pipe names as a union; the bench passes them through.
  const nlp = pipe ? winkNLP(model, pipe as Parameters<typeof winkNLP>[1]) : winkNLP(model);
  for (const t of texts.slice(0, 50)) nlp.readDoc(t);
  let ms = 0;
  let tokens = 0;
  for (const text of texts) {
    const t0 = performance.now();
    const doc = nlp.readDoc(text);
    ms += performance.now() - t0;
    tokens += (doc.tokens().out(nlp.its.type) as string[]).filter((k) => k !== 'tabCRLF').length;
  }
  return { ms, tokens };
}

export interface PoolRunResult {
  workers: number;
  wallMs: number;
  /** Milliseconds per stage summed over the workers, for the timed articles only. */
  stages: Record<string, number>;
  /** Highest RSS of the process (main thread and every worker thread) during the timed run, sampled. */
  peakRssBytes: number;
  /** Share of wall time the main thread's event loop was busy (0..1), including time it waited for a core. */
  mainThreadBusy: number;
  /**
   * CPU time of the whole process (all threads) over wall time: the cores the run
   * actually got. Below the worker count means other processes took the rest, and the
   * speed-up measures the machine's load rather than the pool.
   */
  coresUsed: number;
  /** sha1 of each article's result, to compare runs with different worker counts. */
  digests: string[];
  failures: number;
  /** CPU milliseconds per thread over the timed run, where the OS tells (Linux /proc); null elsewhere. */
  threadCpuMs: ThreadCpu | null;
}

/**
 * CPU time of a pool run split by thread. `helpers` is every other thread of the
 * process: V8's platform threads (garbage collection helpers, concurrent marking and
 * sweeping, concurrent JIT compilation, for all isolates alike) and libuv's.
 */
export interface ThreadCpu {
  main: number;
  /** One entry per worker, busiest first. */
  workers: number[];
  helpers: number;
}

/** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on every Linux Node runs on). */
const USER_HZ = 100;

/** CPU milliseconds (user + system) of each thread of this process, by thread id; null without /proc. */
export function threadCpuSnapshot(): Map<number, number> | null {
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const out = new Map<number, number>();
  for (const tid of tids) {
    try {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

/**
 * The CPU each thread used between two snapshots. Thread names do not tell workers
 * from V8's helper threads (Node 20 leaves them all "node"), so the `workers` busiest
 * threads other than the main one are taken as the workers: a worker runs the pipeline
 * (milliseconds per article), a helper thread a fraction of that.
 */
export function threadCpuBetween(before: Map<number, number>, after: Map<number, number>, workers: number): ThreadCpu {
  const others: number[] = [];
  let main = 0;
  for (const [tid, ms] of after) {
    const used = ms - (before.get(tid) ?? 0);
    if (tid === process.pid) main = used;
    else others.push(used);
  }
  others.sort((a, b) => b - a);
  return { main, workers: others.slice(0, workers), helpers: others.slice(workers).reduce((a, b) => a + b, 0) };
}

/**
 * Process the corpus through a pool of `workers` threads, after a warm-up of
 * `warmPerWorker` articles per worker, taken from `warmCorpus` (cycling if it is
 * shorter). Each worker optimises the pipeline's code for itself over its first few
 * thousand articles (see src/workers/jit-tuning.ts), so a short warm-up measures a
 * drop of this size from a fresh pool, and a long one the steady state of a long drop.
 * The warm-up articles should not be the timed ones: wink-nlp would have learnt their
 * words already. Each result is serialised (the worker's JSON when there is one, as a
 * JSONL writer would) and hashed as it arrives, then dropped: the main thread holds no
 * records, so the RSS is the pipeline's.
 */
export async function poolRun(
  corpus: readonly ArticleInput[],
  workers: number,
  concurrentJit?: boolean,
  warmPerWorker = 50,
  warmCorpus: readonly ArticleInput[] = corpus,
): Promise<PoolRunResult> {
  // The extract command's limits: the heap cap also decides how far V8 lets a worker's heap
  // grow before collecting (measured on 2 workers: peak RSS about 430 MB with the 1024 MB
  // cap, 520-580 MB with none), so the bench must run with the same one.
  const pool = createWorkerPool({ workers, timeoutMs: DEFAULT_TIMEOUT_MS, maxHeapMb: DEFAULT_MAX_HEAP_MB, concurrentJit });
  try {
    const warm = warmPerWorker * workers;
    // In slices, so that a long warm-up does not queue every article at once.
    for (let start = 0; start < warm; start += 500) {
      const slice = Array.from({ length: Math.min(500, warm - start) }, (_, i) => warmCorpus[(start + i) % warmCorpus.length]);
      await Promise.all(slice.map((a) => pool.run(a)));
    }
    const before = await pool.timings();
    const sampler = rssSampler();
    const elu0 = performance.eventLoopUtilization();
    const threads0 = threadCpuSnapshot();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let failures = 0;
    const digests = await Promise.all(
      corpus.map((a) =>
        pool.run(a).then((r) => {
          if (!r.ok) failures++;
          // What a JSONL writer does with each result (see recordLine): take its line's bytes, here to hash them.
          return crypto.createHash('sha1').update(recordLine(r) ?? JSON.stringify(r)).digest('hex');
        }),
      ),
    );
    const wallMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const threads1 = threadCpuSnapshot();
    const elu = performance.eventLoopUtilization(elu0);
    const peakRssBytes = sampler.stop();
    const after = await pool.timings();
    const stages: Record<string, number> = {};
    for (const [stage, ms] of Object.entries(after)) stages[stage] = ms - (before[stage] ?? 0);
    const threadCpuMs = threads0 && threads1 ? threadCpuBetween(threads0, threads1, workers) : null;
    return { workers, wallMs, stages, peakRssBytes, mainThreadBusy: elu.utilization, coresUsed: (cpu.user + cpu.system) / 1000 / wallMs, digests, failures, threadCpuMs };
  } finally {
    await pool.close();
  }
}

export interface ScalingPoint {
  times: number;
  characters: number;
  ms: number;
}

/**
 * One article repeated 1x, 10x and 100x (paragraphs joined by blank lines), processed
 * in this thread. Each measurement processes the same amount of text, 100 copies'
 * worth (the 1x article 100 times, the 10x one 10 times, the 100x one once), so that
 * garbage collection and cache effects are paid on both sides alike; the median of
 * five measurements is reported per run of the article. Cost should grow with the length.
 */
export function lengthScaling(text: string, factors: readonly number[] = [1, 10, 100]): ScalingPoint[] {
  const processor = createProcessor();
  const input = (t: string): ArticleInput => ({ id: 'scaling', text: t, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  for (let i = 0; i < 20; i++) processor.process(input(text));
  const most = Math.max(...factors);
  return factors.map((times) => {
    const long = Array.from({ length: times }, () => text.trim()).join('\n\n') + '\n';
    const repeats = Math.max(1, Math.round(most / times));
    const ms: number[] = [];
    for (let m = 0; m < 5; m++) {
      const t0 = performance.now();
      for (let i = 0; i < repeats; i++) processor.process(input(long));
      ms.push((performance.now() - t0) / repeats);
    }
    return { times, characters: long.length, ms: median(ms) };
  });
}

/**
 * `articles` joined into one long text against the same articles one by one, each the
 * median of three runs. Repeating one article (above) hides costs that grow with the
 * number of distinct names or dates in a text; different articles joined show them.
 */
export function joinedCost(articles: readonly string[]): { joinedMs: number; separateMs: number; characters: number } {
  const processor = createProcessor();
  const input = (t: string): ArticleInput => ({ id: 'joined', text: t, publishedDate: null, source: { sha256: '0'.repeat(64) } });
  const joined = articles.map((t) => t.trim()).join('\n\n') + '\n';
  for (const t of articles.slice(0, 20)) processor.process(input(t));
  const separate: number[] = [];
  const together: number[] = [];
  for (let m = 0; m < 3; m++) {
    let t0 = performance.now();
    for (const t of articles) processor.process(input(t));
    separate.push(performance.now() - t0);
    t0 = performance.now();
    processor.process(input(joined));
    together.push(performance.now() - t0);
  }
  return { joinedMs: median(together), separateMs: median(separate), characters: joined.length };
}

/** A function that runs a full garbage collection (exposing V8's `gc` for this process). */
function forceGc(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

export interface HeapPoint {
  documents: number;
  heapUsedBytes: number;
}

/**
 * The heap after a full GC every `every` documents while the whole pipeline processes
 * `corpus` in this thread. wink-nlp's lexicon grows with every new word until the text
 * layer recycles its instance; any other cache that grows with the drop shows here too.
 */
export function heapOverDocuments(corpus: readonly ArticleInput[], every: number): HeapPoint[] {
  const gc = forceGc();
  const processor = createProcessor();
  gc();
  const points: HeapPoint[] = [{ documents: 0, heapUsedBytes: process.memoryUsage().heapUsed }];
  corpus.forEach((input, i) => {
    processor.process(input);
    if ((i + 1) % every === 0) {
      gc();
      points.push({ documents: i + 1, heapUsedBytes: process.memoryUsage().heapUsed });
    }
  });
  return points;
}

export function cores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}
