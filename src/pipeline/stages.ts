/**
 * THE STAGE LIST. Order matters: each stage reads what earlier ones added.
 *
 *   (read and decode the input ............ src/io/read-inputs.ts, before this list)
 *   1. metadata   publication date from metadata or a dateline in the text
 *   2. text       wink-nlp tokens and sentences with exact offsets
 *   3. names      PERSON / ORGANIZATION / PLACE name mentions      src/extractors/entities
 *   4. dates      date mentions with resolved values                src/extractors/dates
 *   5. claims     quotes and reported speech, cue, speaker span     src/extractors/claims
 *   6. entities   mentions grouped into entities, canonical names   src/extractors/entities
 *   7. speakers   claim speakers resolved to entities               src/extractors/claims
 *   (assemble the record and validate it against the schema ........ ./record.ts)
 *   (write articles.jsonl / errors.jsonl / manifest.json ........... src/io/)
 */
import type { Doc } from './document';
import type { AnyStage, Stage } from './stage';
import { checkWiring } from './stage';
import { findDateline } from './metadata';
import { buildTextLayer } from './text-layer';
import { createNameFinder, groupEntities } from '../extractors/entities';
import { createDateExtractor } from '../extractors/dates';
import { createClaimFinder, resolveSpeakers } from '../extractors/claims';

function metadataStage(): Stage<never, 'publishedDate' | 'dateline'> {
  return {
    name: 'metadata',
    needs: [],
    adds: ['publishedDate', 'dateline'],
    run(doc: Doc) {
      const found = findDateline(doc.text);
      const fromMeta = doc.input.publishedDate;
      if (fromMeta !== null && found && found.publishedDate !== fromMeta) {
        doc.messages.push({
          severity: 'warning',
          stage: 'metadata',
          ruleId: 'metadata/dateline-disagrees',
          message: `the dateline says ${found.publishedDate} but the metadata says ${fromMeta}; using the metadata`,
          start: found.date.start,
          end: found.date.end,
        });
      }
      return { publishedDate: fromMeta ?? found?.publishedDate ?? null, dateline: found ? found.date : null };
    },
  };
}

function textStage(): Stage<never, 'tokens' | 'sentences'> {
  return { name: 'text', needs: [], adds: ['tokens', 'sentences'], run: (doc: Doc) => buildTextLayer(doc.text) };
}

function namesStage(): Stage<'tokens' | 'sentences', 'names'> {
  const find = createNameFinder();
  return {
    name: 'names',
    needs: ['tokens', 'sentences'],
    adds: ['names'],
    run: (doc) => ({ names: find({ text: doc.text, tokens: doc.tokens, sentences: doc.sentences }) }),
  };
}

function datesStage(): Stage<'tokens' | 'sentences' | 'publishedDate' | 'dateline', 'dates'> {
  const extract = createDateExtractor();
  return {
    name: 'dates',
    needs: ['tokens', 'sentences', 'publishedDate', 'dateline'],
    adds: ['dates'],
    run: (doc) => ({
      dates: extract({ text: doc.text, tokens: doc.tokens, sentences: doc.sentences, publishedDate: doc.publishedDate, dateline: doc.dateline }),
    }),
  };
}

function claimsStage(): Stage<'tokens' | 'sentences' | 'names', 'claims'> {
  const find = createClaimFinder();
  return {
    name: 'claims',
    needs: ['tokens', 'sentences', 'names'],
    adds: ['claims'],
    run: (doc) => ({ claims: find({ text: doc.text, tokens: doc.tokens, sentences: doc.sentences, names: doc.names }) }),
  };
}

function entitiesStage(): Stage<'names', 'entities'> {
  return { name: 'entities', needs: ['names'], adds: ['entities'], run: (doc) => ({ entities: groupEntities(doc.text, doc.names) }) };
}

function speakersStage(): Stage<'tokens' | 'sentences' | 'names' | 'claims' | 'entities', 'claims'> {
  return {
    name: 'speakers',
    needs: ['tokens', 'sentences', 'names', 'claims', 'entities'],
    adds: ['claims'],
    run: (doc) => ({
      claims: resolveSpeakers({
        text: doc.text,
        tokens: doc.tokens,
        sentences: doc.sentences,
        names: doc.names,
        claims: doc.claims,
        entities: doc.entities,
      }),
    }),
  };
}

/** Build the stages in order (loads models and lexicons once) and check their wiring. */
export function createStages(): AnyStage[] {
  const stages: AnyStage[] = [
    metadataStage(),
    textStage(),
    namesStage(),
    datesStage(),
    claimsStage(),
    entitiesStage(),
    speakersStage(),
  ];
  checkWiring(stages);
  return stages;
}

