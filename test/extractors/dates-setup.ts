/**
 * Shared set-up for the date tests: the date extractor run on a text's own layer with a
 * publication date and no dateline, its mentions as `[text, value]` pairs in order.
 */
import { createDateExtractor } from '../../src/extractors/dates';
import { buildTextLayer } from '../../src/pipeline/text-layer';

const extract = createDateExtractor();

export function datePairs(text: string, publishedDate: string | null): Array<[string, string | null]> {
  const { tokens, sentences } = buildTextLayer(text);
  return extract({ text, tokens, sentences, publishedDate, dateline: null }).map((d) => [d.text, d.value]);
}
