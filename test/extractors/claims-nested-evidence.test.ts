/**
 * What a record, a poll or a vote shows inside someone's reported clause is part of
 * that claim (the reporter's argument), not a claim of the record's own
 * (find-claims.ts). A record's finding standing on its own stays a claim.
 * Expected values worked out by reading each text.
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

/** Each claim as [content, cue, speaker name]. */
function claims(text: string): Array<[string, string | null, string | null]> {
  const r = processor.process({ id: 't', text, publishedDate: '2024-03-14', source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.cue?.text ?? null, c.speaker.name]);
}

describe('evidence inside a reported clause', () => {
  test.each([
    [
      'Maria Lopez won in the south. She told reporters, first in Aymara and then in Spanish, that the vote showed “the other Peru” had finally been heard.',
      [['the vote showed “the other Peru” had finally been heard', 'told', 'Maria Lopez']],
    ],
    ['The campaign said polls show Smith leads the race.', [['polls show Smith leads the race', 'said', 'The campaign']]],
  ] as Array<[string, Array<[string, string, string | null]>]>)('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  test('a finding on its own is still a claim', () => {
    expect(claims('A new poll shows that Smith leads the race.')).toEqual([['Smith leads the race', 'shows', 'A new poll']]);
  });
});
