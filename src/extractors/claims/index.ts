/**
 * Attributed claims: direct quotes, reported speech and mixed forms, with their cue
 * and the span that names the speaker; then speaker resolution to entities.
 *
 *   ./quotes.ts            quotation marks paired in one pass (wrong-kind and unclosed marks)
 *   ./lexicon.ts           reporting verbs and nouns by lemma, roles, pronouns
 *   ./phrases.ts           speaker phrases around a cue (names, roles, pronouns)
 *   ./find-claims.ts       the claim rules (ids and confidences listed there)
 *   ./resolve-speakers.ts  speaker phrases to canonical names and entity ids
 */
import type { Claim, EntityGroup, NameMention, Sentence, Token } from '../../pipeline/document';
import { createLexicon } from './lexicon';
import { findClaims } from './find-claims';
import { resolveClaimSpeakers } from './resolve-speakers';

export interface ClaimInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  names: readonly NameMention[];
}

/** Build the claim finder once (cue lexicon built here); call the result per document. */
export function createClaimFinder(): (input: ClaimInput) => Claim[] {
  const lex = createLexicon();
  return (input) => findClaims(input, lex);
}

export interface SpeakerInput extends ClaimInput {
  claims: readonly Claim[];
  entities: readonly EntityGroup[];
}

// The speakers stage is a plain function in the stage list; its lexicon is built once here.
const speakerLexicon = createLexicon();

/** Resolve each claim's speaker mention (name, pronoun, role noun) to an entity. */
export function resolveSpeakers(input: SpeakerInput): Claim[] {
  return resolveClaimSpeakers(input, speakerLexicon);
}
