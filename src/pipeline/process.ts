/**
 * One article in, one record out: run the stage list, assemble the record, validate it.
 * Used the same way by the CLI's workers, `newsx eval` and the benchmark.
 */
import type { ArticleInput, Doc } from './document';
import type { ArticleRecord } from '../types/article';
import { createStages } from './stages';
import { runStages, type AnyStage, type StageTimings } from './stage';
import { checkRecord, toRecord } from './record';

export type ProcessResult =
  | { ok: true; record: ArticleRecord }
  | { ok: false; ruleId: string; reason: string };

export interface Processor {
  readonly stages: readonly AnyStage[];
  /** Accumulated milliseconds per stage (plus `record` for assembly and validation). */
  readonly timings: StageTimings;
  process(input: ArticleInput): ProcessResult;
  /** The document with all its layers, for tools that need more than the record. */
  analyse(input: ArticleInput): Doc;
}

/** Build the stages once; process articles one at a time. */
export function createProcessor(): Processor {
  const stages = createStages();
  const timings: StageTimings = {};
  const analyse = (input: ArticleInput): Doc => runStages(stages, { input, text: input.text, messages: [...(input.messages ?? [])] }, timings);
  return {
    stages,
    timings,
    analyse,
    process(input) {
      const doc = analyse(input);
      const t0 = performance.now();
      const record = toRecord(doc);
      const problems = checkRecord(record, input.text);
      timings.record = (timings.record ?? 0) + (performance.now() - t0);
      if (problems.length > 0) {
        return { ok: false, ruleId: 'pipeline/invalid-record', reason: `the record failed validation: ${problems.slice(0, 5).join('; ')}` };
      }
      return { ok: true, record };
    },
  };
}
