/**
 * People, organizations and places: name spans from wink tokens, typed from lexicons,
 * titles, organization heads and context, then grouped into entities.
 */
import type { EntityGroup, NameMention, Sentence, Token } from '../../pipeline/document';

export interface NameInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

/** Build the name finder once (lexicons are loaded here); call the result per document. */
export function createNameFinder(): (input: NameInput) => NameMention[] {
  return () => [];
}

/** Group name mentions of one article into entities with canonical names and aliases. */
export function groupEntities(text: string, names: readonly NameMention[]): EntityGroup[] {
  void text;
  void names;
  return [];
}
