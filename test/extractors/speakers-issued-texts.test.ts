/**
 * "the statement said" after "X said in a statement": a text the previous claim's
 * attribution brought in speaks for that claim's source, and so does a cue-less quote
 * after it (resolve-speakers.ts; found by team_024). Expected values worked out by
 * reading each text (ANNOTATION.md: the name is resolved, the mention is the text's own).
 */
import { speakers } from './speakers-setup';

describe('a statement the source issued is the source', () => {
  test.each([
    [
      'His family said in a statement that he was kind. "We are heartbroken," the statement said. "He had his whole life in front of him."',
      [
        ['His family', 'His family', 'description'],
        ['the statement', 'His family', 'description'],
        ['the statement', 'His family', 'description'],
      ],
    ],
    // no letter brought in by the previous claim: the letter keeps its own words
    [
      'The mayor said the road was closed. "It is late," the letter said.',
      [
        ['The mayor', 'The mayor', 'role'],
        ['the letter', 'the letter', 'description'],
      ],
    ],
  ] as Array<[string, Array<[string | null, string | null, string]>]>)('%s', (text, expected) => {
    expect(speakers(text, [])).toEqual(expected);
  });
});
