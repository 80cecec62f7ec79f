/**
 * A pool of worker threads that run the pipeline, with a time limit and a heap cap
 * per article.
 *
 * CPU-bound work only uses a second core from a second thread, so each worker builds
 * its own processor (./worker.ts) and the main thread only hands out articles and
 * collects results. Every `run()` resolves, never rejects:
 *
 * - an article over the time limit: its worker is terminated and replaced, the
 *   article becomes `pipeline/timeout`;
 * - a worker over its heap cap (`resourceLimits.maxOldGenerationSizeMb`): V8 stops it,
 *   it is replaced, the article it was on becomes `pipeline/heap-limit`;
 * - a worker that dies otherwise: `pipeline/failed`.
 *
 * The other articles that dead worker held are sent again to its replacement, so one
 * bad article costs only itself. Results are per article, so the caller decides the
 * output order (the extract command writes in input order whatever finishes first).
 */
import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { ArticleInput } from '../pipeline/document';
import type { ProcessResult } from '../pipeline/process';
import type { ArticleRecord } from '../types/article';
import type { FromWorker, Task, ToWorker } from './protocol';

export interface PoolOptions {
  workers: number;
  timeoutMs?: number;
  maxHeapMb?: number;
}

export interface WorkerPool {
  /** Never rejects: timeout -> {ok:false, ruleId:'pipeline/timeout', reason}, heap cap -> 'pipeline/heap-limit', worker crash -> 'pipeline/failed'. */
  run(input: ArticleInput): Promise<ProcessResult>;
  /** Milliseconds per stage, summed over all workers so far. */
  timings(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Articles a worker holds at once (the one it is on and those queued behind it). More
 * than one keeps a worker busy while its result crosses to the main thread and the
 * next article comes back: on 1 worker, 4 took 4.7-5.2 ms per article where 1 took
 * 5.6-6.2 ms (600 corpus articles, three rounds). A timed-out worker's queued
 * articles are simply sent again, so a small number costs nothing there.
 */
const IN_FLIGHT_PER_WORKER = 4;

interface Pending {
  task: Task;
  resolve: (result: ProcessResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Terminated on purpose (time limit, close): its exit is not a crash. */
  retired: boolean;
  /** Sent to the worker, in the order it processes them; the first is the one it is on. */
  inFlight: Pending[];
  timer: NodeJS.Timeout | null;
  lastError: Error | null;
}

/**
 * The compiled worker script. From dist/ it sits next to this file; from the TS
 * sources (ts-jest, ts-node) a worker thread would not get their TypeScript loader, so
 * it runs the compiled copy in dist/ (`npm test` builds it first).
 */
export function workerScriptPath(): string {
  const script = __filename.endsWith('.js')
    ? path.join(__dirname, 'worker.js')
    : path.resolve(__dirname, '..', '..', 'dist', 'workers', 'worker.js');
  if (!fs.existsSync(script)) throw new Error(`worker script ${script} not found: run \`npm run build\` first`);
  return script;
}

/** A first-in first-out queue with O(1) take, so a drop of 100,000 queued articles stays cheap. */
class Queue<T> {
  private items: T[] = [];
  private head = 0;
  get length(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  /** Put items back at the front, keeping their order. */
  unshift(items: T[]): void {
    this.items = items.concat(this.items.slice(this.head));
    this.head = 0;
  }
  take(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined as T;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const RECORD_LINE = new WeakMap<object, Uint8Array>();

/**
 * The record of a pool result as the worker wrote it: the UTF-8 bytes of
 * `JSON.stringify(record)` and a final newline, as long as nobody has read
 * `result.record` yet; otherwise (or for a result that did not come from the pool)
 * undefined. A writer that only puts records out as JSON Lines appends these bytes and
 * skips parsing, re-serialising and encoding on the main thread, which the workers
 * share the cores with:
 *
 *   const line = recordLine(result) ?? Buffer.from(JSON.stringify(result.record) + '\n');
 */
export function recordLine(result: ProcessResult): Uint8Array | undefined {
  return RECORD_LINE.get(result);
}

/**
 * An ok result whose `record` is parsed from `line` on first read. Reading it may lead
 * to changes, so it also drops the bytes from `recordLine`: they never disagree with
 * the object.
 */
function lazyRecordResult(line: Uint8Array): ProcessResult {
  const result = { ok: true } as Extract<ProcessResult, { ok: true }>;
  let record: ArticleRecord | undefined;
  Object.defineProperty(result, 'record', {
    enumerable: true,
    configurable: true,
    get: () => {
      RECORD_LINE.delete(result);
      return (record ??= JSON.parse(Buffer.from(line.buffer, line.byteOffset, line.byteLength).toString('utf8')) as ArticleRecord);
    },
    set: (value: ArticleRecord) => {
      RECORD_LINE.delete(result);
      record = value;
    },
  });
  RECORD_LINE.set(result, line);
  return result;
}

/** Start `opts.workers` threads; each loads the pipeline once. Call `close()` when done. */
export function createWorkerPool(opts: PoolOptions): WorkerPool {
  if (!Number.isInteger(opts.workers) || opts.workers < 1) throw new RangeError(`workers must be a whole number of at least 1, got ${opts.workers}`);
  if (opts.timeoutMs !== undefined && !(opts.timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${opts.timeoutMs}`);
  if (opts.maxHeapMb !== undefined && !(opts.maxHeapMb > 0)) throw new RangeError(`maxHeapMb must be positive, got ${opts.maxHeapMb}`);
  const script = workerScriptPath();

  const queue = new Queue<Pending>();
  const slots = new Set<Slot>();
  const totals: Record<string, number> = {};
  let nextId = 0;
  let closing = false;
  /** Set when a worker cannot even start (e.g. the pipeline fails to build): every article fails with it. */
  let broken: string | null = null;
  let drained: Array<() => void> = [];

  const failure = (ruleId: string, reason: string): ProcessResult => ({ ok: false, ruleId, reason });

  function spawn(): void {
    const worker = new Worker(script, opts.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb } } : {});
    const slot: Slot = { worker, ready: false, retired: false, inFlight: [], timer: null, lastError: null };
    slots.add(slot);
    worker.on('message', (message: FromWorker) => onMessage(slot, message));
    worker.on('error', (err) => {
      slot.lastError = err;
    });
    worker.on('exit', (code) => onExit(slot, code));
  }

  function onMessage(slot: Slot, message: FromWorker): void {
    if (slot.retired) return;
    if (message.type === 'ready') {
      slot.ready = true;
      dispatch();
      return;
    }
    const pending = slot.inFlight[0];
    if (pending === undefined || pending.task.id !== message.id) return;
    slot.inFlight.shift();
    for (const [stage, ms] of Object.entries(message.ms)) totals[stage] = (totals[stage] ?? 0) + ms;
    // The worker moved on to the next article already: its time limit starts now.
    restartTimer(slot);
    pending.resolve(message.result.ok ? lazyRecordResult(message.result.line) : message.result);
    dispatch();
  }

  function onExit(slot: Slot, code: number): void {
    slots.delete(slot);
    clearTimer(slot);
    if (slot.retired) return;
    slot.retired = true;
    if (!slot.ready) {
      // Dying before it could take work is not an article's fault and would repeat forever.
      broken = `a worker could not start (exit code ${code}): ${slot.lastError?.message ?? 'no error reported'}`;
      failAll(broken);
      return;
    }
    const err = slot.lastError as (Error & { code?: string }) | null;
    if (err?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      retire(slot, 'pipeline/heap-limit', `the article needed more than the worker's heap cap of ${opts.maxHeapMb} MB`);
    } else {
      retire(slot, 'pipeline/failed', `the worker stopped (exit code ${code}): ${err?.message ?? 'no error reported'}`);
    }
  }

  /** Give up on a worker: its current article gets `ruleId`, the ones queued behind it go back to the queue, a new worker takes its place. */
  function retire(slot: Slot, ruleId: string, reason: string): void {
    slot.retired = true;
    clearTimer(slot);
    slots.delete(slot);
    const [current, ...rest] = slot.inFlight;
    slot.inFlight = [];
    if (rest.length > 0) queue.unshift(rest);
    void slot.worker.terminate();
    if (!closing || queue.length > 0) spawn();
    current?.resolve(failure(ruleId, reason));
    dispatch();
  }

  function failAll(reason: string): void {
    for (const slot of slots) {
      slot.retired = true;
      clearTimer(slot);
      for (const pending of slot.inFlight) pending.resolve(failure('pipeline/failed', reason));
      slot.inFlight = [];
      void slot.worker.terminate();
    }
    slots.clear();
    for (let p = queue.take(); p !== undefined; p = queue.take()) p.resolve(failure('pipeline/failed', reason));
    notifyDrained();
  }

  function clearTimer(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
  }

  function restartTimer(slot: Slot): void {
    clearTimer(slot);
    const limit = opts.timeoutMs;
    if (limit === undefined || slot.inFlight.length === 0) return;
    slot.timer = setTimeout(() => {
      slot.timer = null;
      if (!slot.retired) retire(slot, 'pipeline/timeout', `processing took longer than the limit of ${limit} ms`);
    }, limit);
  }

  /** Fill every ready worker up to IN_FLIGHT_PER_WORKER articles, one message per worker. */
  function dispatch(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.retired) continue;
      const room = IN_FLIGHT_PER_WORKER - slot.inFlight.length;
      if (room <= 0 || queue.length === 0) continue;
      const wasIdle = slot.inFlight.length === 0;
      const batch: Pending[] = [];
      for (let i = 0; i < room; i++) {
        const pending = queue.take();
        if (pending === undefined) break;
        batch.push(pending);
      }
      slot.inFlight.push(...batch);
      const message: ToWorker = { type: 'process', tasks: batch.map((p) => p.task) };
      slot.worker.postMessage(message);
      if (wasIdle) restartTimer(slot);
    }
    notifyDrained();
  }

  function notifyDrained(): void {
    if (drained.length === 0 || queue.length > 0) return;
    for (const slot of slots) if (slot.inFlight.length > 0) return;
    const waiting = drained;
    drained = [];
    for (const resolve of waiting) resolve();
  }

  for (let i = 0; i < opts.workers; i++) spawn();

  return {
    run(input) {
      if (broken !== null) return Promise.resolve(failure('pipeline/failed', broken));
      if (closing) return Promise.resolve(failure('pipeline/failed', 'the worker pool is closed'));
      return new Promise<ProcessResult>((resolve) => {
        queue.push({ task: { id: nextId++, input }, resolve });
        dispatch();
      });
    },

    timings() {
      return Promise.resolve({ ...totals });
    },

    /** Let the queued articles finish, then end every thread. */
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        drained.push(resolve);
        notifyDrained();
      });
      const ending = [...slots].map((slot) => {
        slot.retired = true;
        clearTimer(slot);
        return slot.worker.terminate();
      });
      slots.clear();
      await Promise.all(ending);
    },
  };
}
