/**
 * Shared set-up for the entity tests: the name finder run on a text's own layer, its
 * mentions as `text/TYPE` strings in the order found (what the table tests compare).
 */
import { createNameFinder } from '../../src/extractors/entities';
import { buildTextLayer } from '../../src/pipeline/text-layer';

const find = createNameFinder();

export function namePairs(text: string): string[] {
  const { tokens, sentences } = buildTextLayer(text);
  return find({ text, tokens, sentences }).map((m) => `${m.text}/${m.type}`);
}
