import { conventionOnly, headline, matchOneToOne, rates, scoreDocument, speakerAgrees, type Tally } from '../../src/eval/score';
import type { Gold } from '../../src/eval/gold';
import { parseEvalLine } from '../../src/eval/gold';
import type { ArticleRecord } from '../../src/types/article';

const TEXT = 'Joe Biden said that Israel must stop. “No,” said Benjamin Netanyahu on Monday.';
//            0123456789012345678901234567890123456789 0123456789012345678901234567890123456789
const span = (start: number, end: number) => ({ start, end, text: TEXT.slice(start, end) });

function record(parts: Partial<ArticleRecord>): ArticleRecord {
  return {
    schemaVersion: '1.1.0',
    pipelineVersion: 'test',
    id: 'doc',
    publishedDate: null,
    source: { sha256: '0'.repeat(64) },
    stats: { characters: TEXT.length, tokens: 0, sentences: 0 },
    entities: [],
    dates: [],
    claims: [],
    messages: [],
    ...parts,
  };
}

const entity = (id: string, type: 'PERSON' | 'PLACE' | 'ORGANIZATION', canonical: string, spans: Array<[number, number]>) => ({
  id,
  type,
  canonical,
  aliases: [],
  confidence: 1,
  evidence: [],
  mentions: spans.map(([s, e]) => ({ ...span(s, e), sentence: 0 })),
});

describe('rates', () => {
  it('computes precision, recall and F1', () => {
    expect(rates({ tp: 3, fp: 1, fn: 2 })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
    expect(rates({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('matchOneToOne', () => {
  it('pairs best overlaps first and uses each gold item once', () => {
    const pred = [
      { start: 0, end: 10 },
      { start: 2, end: 6 },
    ];
    const gold = [{ start: 1, end: 9 }];
    // Prediction 0 overlaps 8 characters, prediction 1 only 4: 0 wins, 1 stays unmatched.
    expect(matchOneToOne(pred, gold, () => true)).toEqual([0, -1]);
  });
});

describe('scoreDocument', () => {
  const gold: Gold = {
    id: 'doc',
    publishedDate: null,
    text: TEXT,
    entities: [
      { type: 'PERSON', canonical: 'Joe Biden', mentions: [span(0, 9)] },
      { type: 'PLACE', canonical: 'Israel', mentions: [span(20, 26)] },
      { type: 'PERSON', canonical: 'Benjamin Netanyahu', mentions: [span(48, 66)] },
    ],
    mentions: [
      { type: 'PERSON', ...span(0, 9) },
      { type: 'PLACE', ...span(20, 26) },
      { type: 'PERSON', ...span(48, 66) },
    ],
    dates: [{ ...span(70, 76), value: null }],
    claims: [
      { kind: 'indirect', content: span(20, 36), cue: span(10, 14), speaker: { name: 'Joe Biden', mention: span(0, 9) } },
      { kind: 'direct', content: span(39, 41), cue: span(43, 47), speaker: { name: 'Benjamin Netanyahu', mention: span(48, 66) } },
    ],
  };

  it('scores strict and lenient mentions per type', () => {
    const rec = record({
      entities: [
        entity('E1', 'PERSON', 'Joe Biden', [[0, 9]]),
        // Wrong type for Israel: a false positive for ORGANIZATION and a miss for PLACE.
        entity('E2', 'ORGANIZATION', 'Israel', [[20, 26]]),
        // Partial span: lenient hit, strict miss.
        entity('E3', 'PERSON', 'Netanyahu', [[57, 66]]),
      ],
    });
    const t: Tally = { documents: 0 };
    scoreDocument(rec, gold, t);
    expect(t.entities!.strict.PERSON).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(t.entities!.lenient.PERSON).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(t.entities!.strict.ORGANIZATION).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(t.entities!.strict.PLACE).toEqual({ tp: 0, fp: 0, fn: 1 });
    // Found: Biden (canonical right) and Netanyahu (canonical wrong); Israel not (wrong type).
    expect(t.entities!.entities).toEqual({ gold: 3, found: 2, canonicalRight: 1 });
  });

  it('scores dates by overlap and values over matched dates', () => {
    const rec = record({
      dates: [
        { ...span(67, 76), value: '2024-01-01', granularity: 'day', anchor: 'published', rule: 'x', sentence: 1 },
        { ...span(0, 3), value: null, granularity: 'day', anchor: 'none', rule: 'x', sentence: 0 },
      ],
    });
    const t: Tally = { documents: 0 };
    scoreDocument(rec, gold, t);
    expect(t.dates).toEqual({ spans: { tp: 1, fp: 1, fn: 0 }, matched: 1, valueRight: 0, valueConvention: 0 });
  });

  it('matches claims by half-overlap of the longer content and checks speakers', () => {
    const claim = (content: [number, number], name: string | null, mention: [number, number] | null) => ({
      id: 'C1',
      kind: 'direct' as const,
      content: span(...content),
      cue: null,
      speaker: { name, entityId: null, mention: mention ? span(...mention) : null },
      sentences: [0],
      confidence: 1,
    });
    const rec = record({
      claims: [
        // 20-30 overlaps the 16-character gold 20-36 by 10 >= 8: a match, speaker right.
        claim([20, 30], 'joe biden', [0, 9]),
        // 30-41 overlaps the direct gold 39-41 by 2 < 11/2: no match.
        claim([30, 41], 'Benjamin Netanyahu', [48, 66]),
      ],
    });
    const t: Tally = { documents: 0 };
    scoreDocument(rec, gold, t);
    expect(t.claims!.content).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(t.claims!.speakerRight).toBe(1);
    expect(t.claims!.byKind).toEqual({ indirect: { gold: 1, matched: 1 }, direct: { gold: 1, matched: 0 } });
    const h = headline(t);
    expect(h['claims.content.f1']).toBeCloseTo(0.5);
    expect(h['claims.speaker.accuracy']).toBe(1);
  });
});

describe('speakerAgrees', () => {
  const pred = (name: string | null, mention: [number, number] | null) => ({
    id: 'C1',
    kind: 'direct' as const,
    content: span(0, 1),
    cue: null,
    speaker: { name, entityId: null, mention: mention ? span(...mention) : null },
    sentences: [],
    confidence: 1,
  });
  const canon = new Set(['joe biden']);

  it('compares named speakers by canonical name, case-insensitively', () => {
    const g = { kind: 'direct', content: span(0, 1), cue: null, speaker: { name: 'Joe Biden', mention: span(0, 9) } };
    expect(speakerAgrees(pred('JOE BIDEN', null), g, canon)).toBe(true);
    // Overlapping mention is not enough for a named entity speaker.
    expect(speakerAgrees(pred('Biden administration', [0, 9]), g, canon)).toBe(false);
  });

  it('compares description speakers by mention overlap', () => {
    const g = { kind: 'direct', content: span(0, 1), cue: null, speaker: { name: 'a source', mention: span(10, 20) } };
    expect(speakerAgrees(pred('source', [12, 18]), g, canon)).toBe(true);
    expect(speakerAgrees(pred('source', [30, 40]), g, canon)).toBe(false);
  });

  it('compares span-only gold (PolNeAR) by overlap, and null with null', () => {
    const g = { kind: 'direct', content: span(0, 1), cue: null, speaker: { mention: span(0, 3) } };
    expect(speakerAgrees(pred('Joe Biden', [0, 9]), g, canon)).toBe(true);
    expect(speakerAgrees(pred(null, null), { ...g, speaker: { mention: null } }, canon)).toBe(true);
    expect(speakerAgrees(pred('x', [0, 3]), { ...g, speaker: { mention: null } }, canon)).toBe(false);
  });
});

describe('parseEvalLine', () => {
  it('keeps only DATE timexes of TempEval and gives PolNeAR speakers as spans', () => {
    const line = JSON.stringify({
      id: 'x',
      publishedDate: '1998-01-08',
      text: 'He said it on Monday for a week.',
      timexes: [
        { start: 14, end: 20, text: 'Monday', type: 'DATE', value: '1998-01-05' },
        { start: 25, end: 31, text: 'a week', type: 'DURATION', value: 'P1W' },
      ],
      claims: [{ speaker: { start: 0, end: 2, text: 'He' }, cue: { start: 3, end: 7, text: 'said' }, content: { start: 8, end: 10, text: 'it' }, kind: 'indirect' }],
    });
    const g = parseEvalLine(line);
    expect(g.dates).toEqual([{ start: 14, end: 20, text: 'Monday', value: '1998-01-05' }]);
    expect(g.claims![0].speaker).toEqual({ mention: { start: 0, end: 2, text: 'He' } });
  });
});

describe('conventionOnly: wrong values that differ from TimeML gold only by an ANNOTATION.md convention', () => {
  it.each([
    // [ours, gold, convention only?]
    ['1998-02-13', '1998-02-13TEV', true],
    ['1998-02-12', '1998-02-13TEV', false],
    ['1998-W05', '1998-W05-WE', true],
    ['1998-W06', '1998-W05-WE', false],
    ['199X', '199', true],
    ['198X', '199', false],
    ['1989-W43', '1989-WXX', true],
    ['1989', '1989-WXX', false],
    ['1988-W43', '1989-WXX', false],
    ['1998-10-26', '1998-10-XX', true],
    ['1998-10', '1998-10-XX', true],
    ['1998-W43', '1998-10-XX', false],
    ['1990', '1990-XX-XX', true],
    ['2000-W07', '2000-W7', true],
    ['1998-W33', 'P1W', true],
    [null, 'PRESENT_REF', true],
    ['1998-08-14', '1998-08-07', false],
    [null, '1998-08-07', false],
  ] as Array<[string | null, string, boolean]>)('%s for gold %s -> %s', (ours, gold, expected) => {
    expect(conventionOnly(ours, gold)).toBe(expected);
  });
});
