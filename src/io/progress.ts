/**
 * Progress on stderr, only when stderr is a terminal: one line rewritten in place at
 * most ten times a second. Piped or redirected stderr gets no progress noise, only the
 * closing summary.
 */
import type { Writable } from 'stream';

export interface Progress {
  update(counts: { inputs: number; written: number; skipped: number; rejected: number }): void;
  done(): void;
}

export function createProgress(stderr: Writable, enabled: boolean): Progress {
  if (!enabled) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let shown = false;
  return {
    update(c) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      stderr.write(`\r\x1b[2Knewsx: ${c.written + c.skipped + c.rejected} done (${c.written} written, ${c.skipped} skipped, ${c.rejected} rejected)`);
    },
    done() {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}
