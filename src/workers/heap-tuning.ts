/**
 * V8 settings for a thread that runs the pipeline over many articles.
 *
 * Allocation-site pretenuring: V8 watches which allocation sites' objects survive and
 * starts allocating those sites' objects straight in the old generation. Loading the
 * models and lexicons makes sites that later allocate per-article garbage look
 * long-lived (everything allocated while loading survives), so per-article objects
 * went to the old generation and died there. Measured over 2,000 bench articles after
 * warm-up: in one thread the old generation grew by ~185 MB between full collections
 * (none were needed without pretenuring); in a worker thread looping over the articles,
 * 5 full (mark-compact) collections became 1-2, and the worker plus V8's helper threads
 * (concurrent marking) used 2.79 instead of 3.06 ms of CPU per article (mean of four
 * interleaved runs each; runs ranged 2.66-2.97 against 2.97-3.26). In pool runs, where
 * the worker ran 2 full collections without and 1 with, the machine's load hid any
 * difference.
 *
 * A smaller young generation, so that both workers' nurseries stay in the shared L3
 * cache, did not pay (session 5, 2 workers after 1,000 articles each, three interleaved
 * runs): --max-semi-space-size=1 raised the scavenger's helper-thread CPU from 0.045-0.08
 * to 0.44-0.48 ms per article, 2 to 0.22-0.34, 4 to 0.15-0.22, with the workers' own CPU
 * no lower (1.7-2.6 against 1.7-1.8 ms per article each).
 */
import v8 from 'v8';

let applied = false;

/**
 * Turn pretenuring off for the process (V8 flags are per process: every isolate
 * created after this, and sites in existing isolates that have not decided yet).
 * Call before loading the pipeline; calling again does nothing.
 */
export function tuneHeapForBatch(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
