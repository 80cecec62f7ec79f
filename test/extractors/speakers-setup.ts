/**
 * Test set-up for the speakers tests: run the claim finder and speaker resolution over a
 * text with names and entities built by hand (the entity stage is not involved).
 */
import { buildTextLayer } from '../../src/pipeline/text-layer';
import { createClaimFinder, resolveSpeakers } from '../../src/extractors/claims';
import type { Claim, EntityGroup, EntityType, NameMention } from '../../src/pipeline/document';

const find = createClaimFinder();

export type Names = Array<[EntityType, string, string[]]>;

/**
 * Claims found and resolved in `text` with names built by hand: every occurrence of each
 * form (forms longest first; an occurrence inside a name already placed is skipped),
 * grouped into one entity per canonical name.
 */
export function resolveWithNames(text: string, people: Names): Claim[] {
  const { tokens, sentences } = buildTextLayer(text);
  const names: NameMention[] = [];
  const entities: EntityGroup[] = [];
  people.forEach(([type, canonical, forms], n) => {
    const mentions: NameMention[] = [];
    for (const form of forms) {
      for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
        if (names.concat(mentions).some((m) => m.start < at + form.length && at < m.end)) continue;
        mentions.push({ start: at, end: at + form.length, text: form, type, confidence: 1, evidence: [], sentence: 0 });
      }
    }
    names.push(...mentions);
    entities.push({ id: `E${n + 1}`, type, canonical, aliases: forms, mentions, confidence: 1, evidence: [] });
  });
  names.sort((a, b) => a.start - b.start);
  const claims = find({ text, tokens, sentences, names });
  return resolveSpeakers({ text, tokens, sentences, names, claims, entities });
}

/** Each claim's speaker as [mention, name, form]. */
export function speakers(text: string, people: Names): Array<[string | null, string | null, string]> {
  return resolveWithNames(text, people).map((c) => [c.speaker.mention?.text ?? null, c.speaker.name, c.speaker.form]);
}
