/**
 * Stages and the runner that wires them.
 *
 * A stage is built once (its factory loads models and lexicons) and run per document.
 * It declares the layers it `needs` and the layers it `adds`; `run(doc)` returns only
 * its own layers, which the runner merges into the document. The wiring is checked
 * when the pipeline is built: every unmet need is reported in one error.
 *
 * A stage that throws does not stop the batch: the runner turns the exception into an
 * error message on the document (`pipeline/stage-failed`), and later stages whose
 * needs are now missing are skipped with a message of their own.
 */
import type { Doc, LayerName, Layers } from './document';

export interface Stage<N extends LayerName = LayerName, A extends LayerName = LayerName> {
  readonly name: string;
  readonly needs: readonly N[];
  readonly adds: readonly A[];
  run(doc: Doc & Pick<Layers, N>): Pick<Layers, A>;
}

// The list holds stages of many shapes; the runner only relies on names and layers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;

/** Milliseconds spent per stage, accumulated over documents. */
export type StageTimings = Record<string, number>;

export class PipelineWiringError extends Error {}

/** Check that every stage's needs are added by an earlier stage; report all gaps at once. */
export function checkWiring(stages: readonly AnyStage[]): void {
  const provided = new Set<string>();
  const problems: string[] = [];
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.push(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const need of stage.needs) {
      if (!provided.has(need)) problems.push(`stage "${stage.name}" needs "${need}", which no earlier stage adds`);
    }
    for (const layer of stage.adds) provided.add(layer);
  }
  if (problems.length > 0) throw new PipelineWiringError(`pipeline wiring: ${problems.join('; ')}`);
}

/**
 * Run `stages` in order over `doc`, merging each stage's layers into it.
 * Never throws for a stage's failure; adds the elapsed time of each stage to `timings`.
 */
export function runStages(stages: readonly AnyStage[], doc: Doc, timings?: StageTimings): Doc {
  const target = doc as Doc & Record<string, unknown>;
  for (const stage of stages) {
    const missing = stage.needs.filter((n: LayerName) => target[n] === undefined);
    if (missing.length > 0) {
      doc.messages.push({
        severity: 'error',
        stage: stage.name,
        ruleId: 'pipeline/stage-skipped',
        message: `stage ${stage.name} skipped: ${missing.join(', ')} missing after an earlier failure`,
      });
      continue;
    }
    const t0 = performance.now();
    try {
      const added = stage.run(doc as never) as Record<string, unknown>;
      for (const layer of stage.adds) {
        if (added[layer] === undefined) throw new Error(`stage ${stage.name} did not add ${layer}`);
        target[layer] = added[layer];
      }
    } catch (err) {
      doc.messages.push({
        severity: 'error',
        stage: stage.name,
        ruleId: 'pipeline/stage-failed',
        message: `stage ${stage.name} failed: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + (performance.now() - t0);
  }
  return doc;
}
