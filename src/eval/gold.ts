/**
 * Gold annotations in their two shapes, read into one form for the scorer:
 *
 * - fixtures: `<id>.txt` beside `<id>.gold.json` (ANNOTATION.md "Gold file");
 * - evaluation sets: JSONL lines `{ id, publishedDate, text, entities | claims | timexes }`
 *   (../shared/eval/README.md): flat CoNLL mentions with MISC, PolNeAR claims whose
 *   speaker is a span, TempEval timexes of which only DATE is scored.
 *
 * A task is scored only when the gold has it (a CoNLL document has no claims gold).
 */
import fs from 'fs';
import path from 'path';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export interface GoldMention extends GoldSpan {
  type: string;
}

export interface GoldEntity {
  type: string;
  canonical: string;
  mentions: GoldSpan[];
}

export interface GoldDate extends GoldSpan {
  value: string | null;
}

export interface GoldClaim {
  kind: string;
  content: GoldSpan;
  cue: GoldSpan | null;
  /** `name` is undefined for span-only gold (PolNeAR). */
  speaker: { name?: string | null; mention: GoldSpan | null };
}

export interface Gold {
  id: string;
  publishedDate: string | null;
  text: string;
  /** Where the text came from, for fixtures: the .txt path. */
  path?: string;
  mentions?: GoldMention[];
  entities?: GoldEntity[];
  dates?: GoldDate[];
  claims?: GoldClaim[];
}

interface FixtureGoldFile {
  id: string;
  publishedDate: string | null;
  entities?: GoldEntity[];
  dates?: GoldDate[];
  claims?: Array<{ kind: string; content: GoldSpan; cue: GoldSpan | null; speaker: { name: string | null; mention: GoldSpan | null } }>;
}

/** Every `<id>.txt` in `dir` that has a `<id>.gold.json`, sorted by id. */
export function readFixtureDir(dir: string): Gold[] {
  const out: Gold[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.gold.json')) continue;
    const id = name.slice(0, -'.gold.json'.length);
    const textPath = path.join(dir, `${id}.txt`);
    if (!fs.existsSync(textPath)) continue;
    const g = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as FixtureGoldFile;
    out.push({
      id,
      publishedDate: g.publishedDate ?? null,
      text: fs.readFileSync(textPath, 'utf8'),
      path: textPath,
      entities: g.entities,
      mentions: g.entities?.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type }))),
      dates: g.dates,
      claims: g.claims,
    });
  }
  return out;
}

interface EvalLine {
  id: string;
  publishedDate: string | null;
  text: string;
  entities?: GoldMention[];
  claims?: Array<{ kind: string; content: GoldSpan; cue: GoldSpan | null; speaker: GoldSpan | null }>;
  timexes?: Array<GoldSpan & { type: string; value: string }>;
}

/** Parse one line of a shared evaluation set. */
export function parseEvalLine(line: string): Gold {
  const d = JSON.parse(line) as EvalLine;
  const gold: Gold = { id: d.id, publishedDate: d.publishedDate ?? null, text: d.text };
  if (d.entities) gold.mentions = d.entities;
  if (d.claims) {
    gold.claims = d.claims.map((c) => ({ kind: c.kind, content: c.content, cue: c.cue, speaker: { mention: c.speaker } }));
  }
  if (d.timexes) {
    gold.dates = d.timexes.filter((t) => t.type === 'DATE').map((t) => ({ start: t.start, end: t.end, text: t.text, value: t.value }));
  }
  return gold;
}

/** Read a JSONL gold set, optionally only its first `limit` documents. */
export function readEvalFile(file: string, limit?: number): Gold[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return lines.slice(0, limit ?? lines.length).map(parseEvalLine);
}
