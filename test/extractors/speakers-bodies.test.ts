/**
 * Speakers named through the body they belong to, through the whole pipeline
 * (resolve-speakers.ts, phrases.ts):
 * - "the UN chief", "the head of the IMF": the person the article introduced with the
 *   top office of that body; a hyphenated office is one office ("Secretary-General");
 * - "The CGIL trade union": the organization named before the kind of body it is;
 * - "The Transport Ministry in Berlin", "a spokesman in Kyiv": the body or the person
 *   located by a place, not the place.
 * Expected values worked out by reading each text (ANNOTATION.md: speakers are resolved
 * through role nouns; a description speaker is the source's own words).
 */
import { createProcessor } from '../../src/pipeline/process';

const processor = createProcessor();

/** Each claim as [content, speaker name, speaker mention]. */
function claims(text: string): Array<[string, string | null, string | null]> {
  const r = processor.process({ id: 't', text, publishedDate: '2024-03-14', source: { sha256: '0'.repeat(64) } });
  if (!r.ok) throw new Error('not processed');
  return r.record.claims.map((c) => [c.content.text, c.speaker.name, c.speaker.mention?.text ?? null]);
}

/** The speaker of the claim whose content is `content`. */
function speakerOf(text: string, content: string): [string | null, string | null] | undefined {
  const c = claims(text).find(([t]) => t === content);
  return c ? [c[1], c[2]] : undefined;
}

describe('a body’s chief is the person introduced with its top office', () => {
  test.each([
    // The other speaker in between is not the chief, however recent.
    ['UN Secretary-General Antonio Guterres visited Egypt. Later Maria Lopez, a UN official, said aid was late. The UN chief said the war must end.', 'the war must end', ['Antonio Guterres', 'The UN chief']],
    ['WHO Director-General Tedros Adhanom Ghebreyesus spoke in Switzerland. Rana Haddad said kits were short. The WHO chief said vaccines would not stop it.', 'vaccines would not stop it', ['Tedros Adhanom Ghebreyesus', 'The WHO chief']],
    ['IMF Managing Director Kristalina Georgieva arrived in Egypt. John Smith said talks were slow. The head of the IMF said a deal was close.', 'a deal was close', ['Kristalina Georgieva', 'The head of the IMF']],
    // The office in an apposition after the name, the body after "of".
    ['Tedros Adhanom Ghebreyesus, director-general of the WHO, spoke. Rana Haddad said kits were short. The WHO chief said vaccines would not stop it.', 'vaccines would not stop it', ['Tedros Adhanom Ghebreyesus', 'The WHO chief']],
  ] as Array<[string, string, [string, string]]>)('%s', (text, content, expected) => {
    expect(speakerOf(text, content)).toEqual(expected);
  });
});

describe('a hyphenated office is one office', () => {
  test('"the secretary-general" is the Secretary-General, not the last speaker', () => {
    const text = 'Secretary-General Antonio Guterres visited Egypt. Maria Lopez, a UN official, said aid was late. The secretary-general said the war must end.';
    expect(speakerOf(text, 'the war must end')).toEqual(['Antonio Guterres', 'The secretary-general']);
  });

  test('"the general" is not the Attorney-General', () => {
    const text = 'Attorney-General Jane Doe spoke. John Smith said it was late. The general said it was early. The attorney-general said no.';
    expect(speakerOf(text, 'it was early')).toEqual(['John Smith', 'The general']);
    expect(speakerOf(text, 'no')).toEqual(['Jane Doe', 'The attorney-general']);
  });
});

describe('an organization named before the kind of body it is', () => {
  test.each([
    ['The CGIL trade union said the system must change.', 'the system must change', ['CGIL', 'The CGIL trade union']],
    ['The Verdi union said pay must rise.', 'pay must rise', ['Verdi', 'The Verdi union']],
    // A plural in between names the members of another body.
    ['The Lufthansa pilots union said the strike would go on.', 'the strike would go on', ['The Lufthansa pilots union', 'The Lufthansa pilots union']],
  ] as Array<[string, string, [string, string]]>)('%s', (text, content, expected) => {
    expect(speakerOf(text, content)).toEqual(expected);
  });
});

describe('a place that locates the source is not the source', () => {
  test.each([
    ['The Transport Ministry in Berlin said the project was in the planning stage.', 'the project was in the planning stage', ['Transport Ministry', 'Transport Ministry']],
    ['The Interior Ministry in Rome said 40 people had died.', '40 people had died', ['Interior Ministry', 'Interior Ministry']],
    // A description keeps its place, as a group does.
    ['The US embassy in Moscow said staff were safe.', 'staff were safe', ['The US embassy in Moscow', 'The US embassy in Moscow']],
    ['A spokesman in Kyiv said the attack failed.', 'the attack failed', ['A spokesman in Kyiv', 'A spokesman in Kyiv']],
    ['Officials in Berlin said the project was late.', 'the project was late', ['Officials in Berlin', 'Officials in Berlin']],
    // After the cue as well.
    ['“The rock is still there,” said one guide in St. Goar.', 'The rock is still there,', ['one guide in St. Goar', 'one guide in St. Goar']],
  ] as Array<[string, string, [string, string]]>)('%s', (text, content, expected) => {
    expect(speakerOf(text, content)).toEqual(expected);
  });

  test('a description that is an object keeps to the old reading (the person before it speaks)', () => {
    const text = 'Hillary Clinton, at a town hall meeting in Columbus, said she would help miners.';
    expect(speakerOf(text, 'she would help miners')).toEqual(['Hillary Clinton', 'Hillary Clinton']);
  });
});
