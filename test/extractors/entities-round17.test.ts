/**
 * Round 17: what team_013, team_019 and team_021 still showed. A legal form's period that
 * also ends the sentence is the sentence's full stop; a name ranked among companies of a
 * trade is a company; a one-word name after "the" beside a landform noun is a landform.
 * Expected spans and types written by hand from ANNOTATION.md.
 */
import { namePairs as pairs } from './entities-setup';

test.each([
  // The period closes the sentence: not part of the name.
  ['The loan came from Mizuho Bank and Sumitomo Mitsui Banking Corp. Nomura Securities advised.', [
    'Mizuho Bank/ORGANIZATION', 'Sumitomo Mitsui Banking Corp/ORGANIZATION', 'Nomura Securities/ORGANIZATION']],
  // Mid-sentence the period is the abbreviation's and stays.
  ['Kia Motors Corp. said sales rose.', ['Kia Motors Corp./ORGANIZATION']],
  // Ranked among companies of a trade: a company, even after "to".
  ['Its sales are second only to Fanuc among Japanese makers.', ['Fanuc/ORGANIZATION']],
  ['Its fleet trails only Corvair among European carriers.', ['Corvair/ORGANIZATION']],
  // A one-word name after "the" beside a landform noun is a landform.
  ['For the small glaciers, yes. For the Morteratsch, the biggest, it is not too late.', ['Morteratsch/PLACE']],
  ['"The Loreley is still there," a guide said. "Tourists just see more rocks."', ['Loreley/PLACE']],
  // With no landform near, "the" and a one-word name stay a body.
  ['Profits rose at the Corvant, its chief said.', ['Corvant/ORGANIZATION']],
  // A place after "to" with no such ranking stays a place.
  ['The ship sailed to Lisbon.', ['Lisbon/PLACE']],
] as Array<[string, string[]]>)('%s', (text, expected) => {
  expect(pairs(text)).toEqual(expected);
});
