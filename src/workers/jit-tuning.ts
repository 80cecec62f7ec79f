/**
 * Where V8 runs TurboFan, its optimising compiler: on V8's helper threads (concurrent
 * recompilation, V8's default) or on the thread whose function got hot.
 *
 * Concurrent compilation only pays when a core is free to run it. Each worker is its
 * own isolate and optimises the pipeline's functions for itself, and some of them take
 * 100-270 ms of TurboFan each (findClaims, applyConsistency, reportedClause, measured
 * with --trace-opt), so a worker spends its first few thousand articles compiling:
 * over the bench's 2,000 articles on 2 workers, V8's helper threads used 0.84-0.92 ms
 * of CPU per article, against 0.15-0.19 once the workers had 1,500 articles behind
 * them. With as many workers as cores those helper threads take their CPU from the
 * workers, and a compilation that waits for a core leaves the worker in slower code
 * meanwhile. Compiling on the worker's own thread instead, 2 workers used 4.37 instead
 * of 4.52 ms of CPU per article over the whole process (four interleaved pool runs of
 * 2,000 articles each; lower in every pair, as was the wall time: 2.02 against 2.05,
 * 2.19 against 2.25, 2.29 against 2.40 ms per article with both cores ours, 3.77
 * against 4.70 on a loaded machine). With a core to spare (1 worker on 2 cores) the
 * concurrent compiler is free and the faster one (3.34-3.82 against 3.82-4.98 ms per
 * article), so it stays on there.
 *
 * V8 flags are per process, and an isolate reads this one when it is created: set it
 * before starting the workers it should apply to. The isolate of the main thread,
 * created earlier, keeps compiling concurrently.
 *
 * What a fresh worker's JIT costs, and flags that did not lower it (session 5). Over a
 * worker's first 1,000 bench articles (its share of the 2-worker bench), TurboFan took
 * about a quarter of its CPU (perf, cpu-clock samples), 1.3-1.5 s: ~440 compilations of
 * ~310 functions, a third of the time spent compiling again after deoptimisations, no
 * function above 7% of it. Each worker pays this for itself, so it is what keeps a
 * fresh 2-worker pool below 2x. Measured in pairs (two fresh single-thread pipelines at
 * once, one per core, same machine conditions for both; an A/A pair differs by 0-3%):
 *   --maglev: does nothing in Node 20 (V8 11.3): --trace-opt shows TurboFan only;
 *   --always-sparkplug, --no-lazy-feedback-allocation: 0.99-1.03 and 0.98-1.02 the CPU;
 *   --no-turbo-inlining: TurboFan 1,337 -> 924 ms and 5-13% less CPU over the first
 *     1,000 articles, but its code 4-12% slower after 2,000 (a loss on any longer drop);
 *   --no-turbo-escape (escape analysis is 11% of TurboFan's time, --turbo-stats): 3-8%
 *     less CPU over the first 1,000 articles, but its code 13-15% slower after 2,000;
 *   --max-inlined-bytecode-size-cumulative=200/460, --max-optimized-bytecode-size=6000,
 *     --bytecode-size-allowance-per-tick=75/300, the default interrupt budget again:
 *     within the noise.
 * TurboFan's time goes to building, lowering and register allocation (35%, 31%, 17%
 * of it, phases overlapping) across many functions: a flag that makes it cheaper makes
 * its code slower.
 *
 * Token.lower in one string representation did not pay either (session 5). A word wink
 * read in lower case is an internalised string, `toLowerCase()` of "The" or "Of" a fresh
 * one, and a comparison with a literal (`tok.lower === 'of'`) that has seen only
 * internalised strings is optimised to a pointer check and thrown away at the first
 * fresh one. Interning every folded token (a Map to the key of `{ [s]: 0 }`) took a
 * fresh thread's "wrong instance type" deopts from 8 to 2, its deopts from 69 to 60 and
 * its TurboFan time from 1,728 to 1,645 ms over 2,000 bench articles, but the look-up
 * per token cost as much: four interleaved pairs over 2,500 articles (one per core at
 * once) gave -0.8% to +4.7% the time. Interning only the strings `toLowerCase()`
 * changed made it worse (13 such deopts: words wink learnt are fresh strings too).
 */
import v8 from 'v8';

/** True: new isolates compile on V8's helper threads (V8's default); false: on their own thread. */
export function setConcurrentJit(concurrent: boolean): void {
  v8.setFlagsFromString(concurrent ? '--concurrent-recompilation' : '--no-concurrent-recompilation');
}

let tieredUpSooner = false;

/**
 * Let hot functions reach TurboFan after half the work V8 waits for by default
 * (--interrupt-budget 33792 instead of Node 20's 67584: the bytecode a function runs
 * before its tier-up is considered). A worker starts with nothing optimised and
 * spends its first thousands of articles in slower code while the pipeline's functions
 * warm up, and each worker does so for itself. Measured on 2 workers over 2,000 bench
 * articles with the pool compiling in-thread: 3.92 against 4.21 ms of CPU per article
 * and 1.99 against 2.13 ms of wall time (three interleaved pairs, two of them lower;
 * runs range 3.6-4.5 ms of CPU), and in an earlier set of six pairs 3.83 against 4.12
 * (every pair lower); 1 worker unchanged (3.49 against 3.44, three pairs). A quarter
 * of the default (16896) was no better and less steady (3.41-4.45). Process-wide;
 * call before the pipeline loads.
 */
export function tierUpSooner(): void {
  if (tieredUpSooner) return;
  tieredUpSooner = true;
  v8.setFlagsFromString('--interrupt-budget=33792');
}
