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
   * The result, with a record as JSON. A string crosses threads as one copy; the main
   * thread's JSON.parse costs about a quarter of deserialising the structured clone of
   * a record (measured: 50 vs 210 us per article), and the main thread shares the cores
   * with the workers. The pool parses it only when the record is read (see
   * `recordJson` in ./pool.ts), so a writer can put the string out as it came.
   */
  result: { ok: true; recordJson: string } | { ok: false; ruleId: string; reason: string };
  /** Milliseconds per stage spent on this article (added up by the pool). */
  ms: Record<string, number>;
}

export type ToWorker = ProcessMessage;
export type FromWorker = ReadyMessage | ResultMessage;
