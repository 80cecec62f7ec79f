import { checkWiring, runStages, PipelineWiringError, type AnyStage } from '../../src/pipeline/stage';
import type { Doc } from '../../src/pipeline/document';

const doc = (): Doc => ({ input: { id: 'a', text: 'x', publishedDate: null, source: { sha256: '0'.repeat(64) } }, text: 'x', messages: [] });

const stage = (name: string, needs: string[], adds: string[], run: AnyStage['run'] = () => Object.fromEntries(adds.map((a) => [a, []])) as never): AnyStage => ({
  name,
  needs,
  adds,
  run,
});

describe('checkWiring', () => {
  it('accepts stages whose needs are added earlier', () => {
    expect(() => checkWiring([stage('a', [], ['tokens']), stage('b', ['tokens'], ['names'])])).not.toThrow();
  });

  it('reports every unmet need in one error', () => {
    const run = () => checkWiring([stage('b', ['tokens'], ['names']), stage('c', ['names', 'dates'], ['claims'])]);
    expect(run).toThrow(PipelineWiringError);
    expect(run).toThrow(/"b" needs "tokens".*"c" needs "dates"/);
  });

  it('rejects a need that only a later stage adds', () => {
    expect(() => checkWiring([stage('b', ['tokens'], ['names']), stage('a', [], ['tokens'])])).toThrow(/"b" needs "tokens"/);
  });
});

describe('runStages', () => {
  it('merges each stage layer into the document', () => {
    const d = runStages([stage('a', [], ['tokens'], () => ({ tokens: [] }) as never)], doc());
    expect(d.tokens).toEqual([]);
    expect(d.messages).toEqual([]);
  });

  it('turns a throwing stage into an error message and skips the stages that needed its layer', () => {
    const failing = stage('names', [], ['names'], () => {
      throw new Error('boom');
    });
    const after = stage('claims', ['names'], ['claims']);
    const independent = stage('dates', [], ['dates']);
    const d = runStages([failing, after, independent], doc());
    expect(d.messages.map((m) => [m.stage, m.ruleId])).toEqual([
      ['names', 'pipeline/stage-failed'],
      ['claims', 'pipeline/stage-skipped'],
    ]);
    expect(d.messages[0].message).toMatch(/boom/);
    expect(d.dates).toEqual([]);
    expect(d.claims).toBeUndefined();
  });

  it('treats a stage that omits a declared layer as failed', () => {
    const d = runStages([stage('a', [], ['tokens'], () => ({}) as never)], doc());
    expect(d.messages[0].message).toMatch(/did not add tokens/);
  });

  it('accumulates time per stage', () => {
    const timings: Record<string, number> = {};
    runStages([stage('a', [], ['tokens'])], doc(), timings);
    runStages([stage('a', [], ['tokens'])], doc(), timings);
    expect(Object.keys(timings)).toEqual(['a']);
    expect(timings.a).toBeGreaterThanOrEqual(0);
  });
});
