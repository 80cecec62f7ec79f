/**
 * What the extract command runs articles with: the worker pool's interface
 * (src/workers/pool.ts), and an in-process runner with the same interface for one
 * worker and for tests (jest cannot start the compiled worker threads from ts sources).
 */
import type { ArticleInput } from '../pipeline/document';
import { createProcessor, type ProcessResult } from '../pipeline/process';

/** The pool's interface: `run` never rejects; failures are `{ok: false, ruleId, reason}`. */
export interface ArticleRunner {
  run(input: ArticleInput): Promise<ProcessResult>;
  /** Milliseconds per stage so far. */
  timings(): Promise<Record<string, number>>;
  close(): Promise<void>;
}

/**
 * Run articles one at a time on this thread. Each article waits for a turn of the event
 * loop first, so output writes and input reads interleave with processing. No time
 * limit can be enforced on this thread: use the pool for untrusted drops.
 */
export function createInProcessRunner(): ArticleRunner {
  const processor = createProcessor();
  return {
    run: (input) =>
      new Promise((resolve) => {
        setImmediate(() => {
          try {
            resolve(processor.process(input));
          } catch (err) {
            resolve({ ok: false, ruleId: 'pipeline/failed', reason: `the pipeline failed: ${err instanceof Error ? err.message : String(err)}` });
          }
        });
      }),
    timings: async () => ({ ...processor.timings }),
    close: async () => undefined,
  };
}
