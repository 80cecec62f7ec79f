/**
 * Round 19: what team_024 (a stabbing in Manchester) and team_025 (an anti-doping
 * ruling) showed. A body's name that took "of" after its head takes one more "for";
 * "World" before a sport's name is that sport's world governing body; "Unit" closes a
 * body's name. Expected spans and types written by hand from ANNOTATION.md.
 */
import { namePairs as pairs } from './entities-setup';

test.each([
  // Head, "of", remit, "for", more remit: one body.
  ['The ban was upheld by the Court of Arbitration for Sport on Monday.', ['Court of Arbitration for Sport/ORGANIZATION']],
  ['He wrote to the Office of the Commissioner for Human Rights.', ['Office of the Commissioner for Human Rights/ORGANIZATION']],
  // With no body's head before the first joiner, "for" ends the name.
  ['She campaigned with Michael Owen for Kenya.', ['Michael Owen/PERSON', 'Kenya/PLACE']],
  // "World" and a sport: the world governing body; an event keeps its own word.
  ['World Athletics said the medals would be reallocated.', ['World Athletics/ORGANIZATION']],
  ['The case went to World Rugby, which declined to comment.', ['World Rugby/ORGANIZATION']],
  ['She won the World Cup in Lyon.', ['Lyon/PLACE']],
  // "Unit" closes a body's name.
  ['A ruling by the Athletics Integrity Unit was overturned.', ['Athletics Integrity Unit/ORGANIZATION']],
] as Array<[string, string[]]>)('%s', (text, expected) => {
  expect(pairs(text)).toEqual(expected);
});
