/**
 * The quality gate: newsx eval over fixtures/ must not fall below the committed
 * fixtures/baseline.json. The baseline changes only on purpose
 * (`npm run newsx -- eval --update-baseline`), never to make this pass.
 */
import fs from 'fs';
import path from 'path';
import { compareBaseline, evaluate } from '../src/eval/run';
import { readFixtureDir } from '../src/eval/gold';

const root = path.join(__dirname, '..');

describe('quality regression check on fixtures', () => {
  const result = evaluate(readFixtureDir(path.join(root, 'fixtures')));
  const baseline = JSON.parse(fs.readFileSync(path.join(root, 'fixtures', 'baseline.json'), 'utf8')) as Record<string, number>;

  it('scores every fixture without a rejected record', () => {
    expect(result.failures).toEqual([]);
    expect(result.tally.documents).toBeGreaterThanOrEqual(3);
  });

  it('tracks the headline scores of every task', () => {
    for (const key of ['entities.mentions.strict.f1', 'dates.value.accuracy', 'claims.content.f1', 'claims.speaker.accuracy']) {
      expect(baseline).toHaveProperty([key]);
    }
  });

  it('stays at or above the committed baseline', () => {
    expect(compareBaseline(result.scores, baseline).regressions).toEqual([]);
  });

  it('meets the end-to-end minimum of issue 2', () => {
    expect(result.scores['entities.mentions.strict.f1']).toBeGreaterThanOrEqual(0.75);
    expect(result.scores['dates.value.accuracy']).toBeGreaterThanOrEqual(0.9);
    expect(result.scores['claims.content.f1']).toBeGreaterThanOrEqual(0.6);
    expect(result.scores['claims.speaker.accuracy']).toBeGreaterThanOrEqual(0.7);
  });
});

describe('compareBaseline', () => {
  it('reports a score below the baseline and a missing score', () => {
    expect(compareBaseline({ a: 0.5, b: 0.9 }, { a: 0.6, b: 0.9, c: 0.1 }).regressions.map((r) => r.metric)).toEqual(['a', 'c']);
  });
});
