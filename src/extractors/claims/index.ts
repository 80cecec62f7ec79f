/**
 * Attributed claims: direct quotes, reported speech and mixed forms, with their cue
 * and the span that names the speaker; then speaker resolution to entities.
 */
import type { Claim, EntityGroup, NameMention, Sentence, Token } from '../../pipeline/document';

export interface ClaimInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  names: readonly NameMention[];
}

/** Build the claim finder once (cue lexicon built here); call the result per document. */
export function createClaimFinder(): (input: ClaimInput) => Claim[] {
  return () => [];
}

export interface SpeakerInput extends ClaimInput {
  claims: readonly Claim[];
  entities: readonly EntityGroup[];
}

/** Resolve each claim's speaker mention (name, pronoun, role noun) to an entity. */
export function resolveSpeakers(input: SpeakerInput): Claim[] {
  return input.claims.map((c) => ({ ...c }));
}
