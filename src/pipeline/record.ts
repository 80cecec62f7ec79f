/**
 * Assemble the article record from a processed document, and validate it.
 * The record is what leaves the process: its shape is schemas/article.schema.json.
 */
import type { ArticleRecord } from '../types/article';
import type { Doc } from './document';
import { PIPELINE_VERSION, SCHEMA_VERSION } from '../version';
import { describeErrors, validateArticle } from '../schema/validate';

/** Build the record from the document's layers (missing layers after a failure are empty). */
export function toRecord(doc: Doc): ArticleRecord {
  const input = doc.input;
  const record: ArticleRecord = {
    schemaVersion: SCHEMA_VERSION,
    pipelineVersion: PIPELINE_VERSION,
    id: input.id,
    publishedDate: doc.publishedDate ?? input.publishedDate ?? null,
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
    source: { ...input.source },
    ...(input.meta !== undefined ? { meta: input.meta } : {}),
    stats: { characters: doc.text.length, tokens: doc.tokens?.length ?? 0, sentences: doc.sentences?.length ?? 0 },
    entities: entitiesOf(doc),
    dates: datesOf(doc),
    claims: claimsOf(doc),
    messages: messagesOf(doc),
  };
  return record;
}

// The record's lists are array literals filled by push, not map() results: an empty
// map() result has the map of an array of small integers, a filled one that of an array
// of objects, and an article without entities or claims deoptimised allSpans ('wrong
// map') and every worker compiled it again.

function entitiesOf(doc: Doc): ArticleRecord['entities'] {
  const out: ArticleRecord['entities'] = [];
  for (const e of doc.entities ?? []) {
    const mentions: ArticleRecord['entities'][number]['mentions'] = [];
    for (const m of e.mentions) {
      mentions.push({
        start: m.start,
        end: m.end,
        text: m.text,
        sentence: m.sentence,
        evidence: m.evidence,
        ...(m.role ? { role: { ...m.role } } : {}),
      });
    }
    out.push({ id: e.id, type: e.type, canonical: e.canonical, aliases: e.aliases, mentions, confidence: round(e.confidence), evidence: e.evidence });
  }
  return out;
}

function datesOf(doc: Doc): ArticleRecord['dates'] {
  const out: ArticleRecord['dates'] = [];
  for (const d of doc.dates ?? []) {
    out.push({ start: d.start, end: d.end, text: d.text, value: d.value, granularity: d.granularity, anchor: d.anchor, rule: d.rule, sentence: d.sentence });
  }
  return out;
}

function claimsOf(doc: Doc): ArticleRecord['claims'] {
  const out: ArticleRecord['claims'] = [];
  for (const c of doc.claims ?? []) {
    out.push({
      id: c.id,
      kind: c.kind,
      content: { ...c.content },
      cue: c.cue ? { ...c.cue } : null,
      speaker: { name: c.speaker.name, entityId: c.speaker.entityId, mention: c.speaker.mention ? { ...c.speaker.mention } : null, form: c.speaker.form },
      sentences: c.sentences,
      confidence: round(c.confidence),
      rule: c.rule,
    });
  }
  return out;
}

function messagesOf(doc: Doc): ArticleRecord['messages'] {
  const out: ArticleRecord['messages'] = [];
  for (const m of doc.messages) out.push({ ...m });
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * Check a record against the schema and the offset invariant
 * (`text.slice(start, end) === span.text` for every span). Returns the problems found.
 */
export function checkRecord(record: ArticleRecord, text: string): string[] {
  const validate = validateArticle();
  const problems = validate(record) ? [] : describeErrors(validate.errors);
  for (const span of allSpans(record)) {
    if (span.end < span.start || text.slice(span.start, span.end) !== span.text) {
      problems.push(`span ${span.start}-${span.end} ${JSON.stringify(span.text)} does not match the text`);
    }
  }
  return problems;
}

/** Every span of a record: mentions and their roles, dates, claim contents, cues and speaker mentions. */
export function allSpans(record: ArticleRecord): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  for (const e of record.entities) {
    for (const m of e.mentions) {
      out.push(m);
      if (m.role) out.push(m.role);
    }
  }
  for (const d of record.dates) out.push(d);
  for (const c of record.claims) {
    out.push(c.content);
    if (c.cue) out.push(c.cue);
    if (c.speaker.mention) out.push(c.speaker.mention);
  }
  return out;
}
