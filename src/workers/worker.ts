/**
 * The worker thread entry: builds one processor (models and lexicons load once per
 * thread), then processes the articles the pool sends, answering each one separately.
 *
 * Runs as compiled JS from dist/ (see ./pool.ts for how it is found).
 */
import { parentPort } from 'worker_threads';
import { tuneHeapForBatch } from './heap-tuning';
import { tierUpSooner } from './jit-tuning';
// Before the pipeline's modules load (CommonJS runs these in order): see ./heap-tuning.ts and ./jit-tuning.ts.
tuneHeapForBatch();
tierUpSooner();
import { createProcessor } from '../pipeline/process';
import type { ProcessResult } from '../pipeline/process';
import type { ArticleInput } from '../pipeline/document';
import type { FromWorker, Task, ToWorker } from './protocol';

if (parentPort === null) throw new Error('src/workers/worker.ts must run in a worker thread');
const port = parentPort;

const processor = createProcessor();
const send = (message: FromWorker): void => port.postMessage(message);
const encoder = new TextEncoder();

/**
 * The record's JSON Lines line as UTF-8 bytes in an ArrayBuffer of their own, so that
 * the buffer can be transferred rather than copied (see ResultMessage in ./protocol.ts).
 */
function recordLineBytes(record: unknown): Uint8Array {
  const bytes = encoder.encode(JSON.stringify(record) + '\n');
  // encode() gives a fresh buffer of exactly these bytes; a view into a shared one must not be transferred.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/** Process one article; an exception outside the stages becomes a failed result, not a dead thread. */
function processOne(task: Task): void {
  const before = { ...processor.timings };
  let result: ProcessResult;
  try {
    result = processor.process(task.input);
  } catch (err) {
    result = { ok: false, ruleId: 'pipeline/failed', reason: `processing failed: ${err instanceof Error ? err.message : String(err)}` };
  }
  const ms: Record<string, number> = {};
  for (const [stage, total] of Object.entries(processor.timings)) ms[stage] = total - (before[stage] ?? 0);
  if (result.ok) {
    const line = recordLineBytes(result.record);
    port.postMessage({ type: 'result', id: task.id, result: { ok: true, line }, ms } satisfies FromWorker, [line.buffer as ArrayBuffer]);
  } else {
    send({ type: 'result', id: task.id, result, ms });
  }
}

/**
 * A short article run once before the worker says it is ready: schema compilation and
 * the first JIT passes happen here instead of inside the first real article's time
 * limit (they took about a second on the first article, enough to time it out).
 */
const WARM_UP: ArticleInput = {
  id: 'warm-up',
  text: 'Date: 1 December 2023\n\nThe minister, Anna Berg, said on Monday that "the plan will work", according to officials in Paris.\n',
  publishedDate: null,
  source: { sha256: '0'.repeat(64) },
};

port.on('message', (message: ToWorker) => {
  if (message.type === 'process') for (const task of message.tasks) processOne(task);
});

try {
  processor.process(WARM_UP);
} catch {
  // A pipeline that fails on the warm-up will fail on real articles too, each with its reason.
}
send({ type: 'ready' });
