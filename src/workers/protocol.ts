/**
 * The messages between the pool (main thread) and a worker thread.
 *
 * Kept in one place so that both sides agree on the shapes; every message is a plain
 * object that survives structured cloning.
 */
import type { ArticleInput } from '../pipeline/document';

/** One article to process, with the pool's id for it. */
export interface Task {
  id: number;
  input: ArticleInput;
}

/** Pool to worker: articles to process in order. A batch saves messages, not work. */
export interface ProcessMessage {
  type: 'process';
  tasks: Task[];
}

/** Worker to pool: the worker has built its processor and takes work. */
export interface ReadyMessage {
  type: 'ready';
}

/**
 * Worker to pool: the result of one article. Each article is answered on its own, so
 * that the pool knows when the next one starts (its time limit runs from there).
 */
export interface ResultMessage {
  type: 'result';
  id: number;
  /**
   * The result, with a record as its JSON Lines line: the UTF-8 bytes of
   * `JSON.stringify(record)` and a final newline, in an ArrayBuffer of its own that the
   * worker transfers (moves, no copy) to the main thread. The main thread neither
   * parses nor encodes it: a writer appends the bytes as they came (see `recordLine`
   * in ./pool.ts), and the record is parsed only if someone reads it. Before, the line
   * crossed as a string (copied into the main thread's heap, two-byte when the text
   * had characters beyond Latin-1) that the main thread then encoded again to write.
   */
  result: { ok: true; line: Uint8Array } | { ok: false; ruleId: string; reason: string };
  /** Milliseconds per stage spent on this article (added up by the pool). */
  ms: Record<string, number>;
}

export type ToWorker = ProcessMessage;
export type FromWorker = ReadyMessage | ResultMessage;
