/**
 * Grouping name mentions into entities, per article.
 *
 * Mentions join an entity when they are the same name (case folded), a known alias
 * (US, USA, America -> United States), a part of a fuller person name ("Kirby" ->
 * "John Kirby", most recent fuller name first), an acronym of a fuller organization
 * name ("NSC"), or a near spelling of a place or organization name that the article
 * uses more often ("Rafa" beside "Rafah"). Two different full person names are never
 * merged. Canonical: the gazetteer's name for a known alias, else the fullest form.
 */
// natural's distance module alone: its index loads every module, some of them ESM-only.
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance';
import type { EntityGroup, EntityType, NameMention } from '../../pipeline/document';
import type { Gazetteer } from './lexicons/gazetteer';

interface Draft {
  type: EntityType;
  mentions: NameMention[];
  /** Folded surface forms. */
  forms: Set<string>;
  canonical: string;
  /** Canonical taken from the gazetteer (not replaced by a longer surface form). */
  fromGazetteer: boolean;
  evidence: Set<string>;
}

const folded = new Map<string, string>();

/** Lower case, typographic apostrophes and periods folded, a leading "the" dropped (memoised). */
function fold(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    f = foldNow(s);
    if (folded.size > 50000) folded.clear();
    folded.set(s, f);
  }
  return f;
}

function foldNow(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '');
}

function words(s: string): string[] {
  return fold(s).split(/[ ]+/).filter(Boolean);
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

function acronymOf(s: string): string {
  return words(s)
    .filter((w) => !['of', 'for', 'the', 'and', '&', 'on'].includes(w))
    .map((w) => w[0])
    .join('');
}

export function groupMentions(names: readonly NameMention[], gaz: Gazetteer): EntityGroup[] {
  const drafts: Draft[] = [];
  const sorted = [...names].sort((x, y) => x.start - y.start);
  // Full forms first, so a short form met before its full form still finds it.
  const order = [...sorted].sort((x, y) => words(y.text).length - words(x.text).length || x.start - y.start);
  const byMention = new Map<NameMention, Draft>();
  for (const m of order) {
    const f = fold(m.text);
    const alias = m.type === 'PLACE' ? gaz.canonicalPlace.get(f) : undefined;
    const draft = findDraft(drafts, m, f, alias, gaz);
    if (draft) {
      draft.mentions.push(m);
      draft.forms.add(f);
      for (const e of m.evidence) draft.evidence.add(e);
      if (!draft.fromGazetteer && alias) {
        draft.canonical = alias;
        draft.fromGazetteer = true;
      }
      byMention.set(m, draft);
      continue;
    }
    const d: Draft = {
      type: m.type,
      mentions: [m],
      forms: new Set([f]),
      canonical: alias ?? m.text,
      fromGazetteer: alias !== undefined,
      evidence: new Set(m.evidence),
    };
    drafts.push(d);
    byMention.set(m, d);
  }
  // Ids in order of first mention.
  const firstStart = (d: Draft) => Math.min(...d.mentions.map((m) => m.start));
  drafts.sort((x, y) => firstStart(x) - firstStart(y));
  return drafts.map((d, i) => {
    d.mentions.sort((x, y) => x.start - y.start);
    const canonical = d.fromGazetteer ? d.canonical : fullest(d.mentions);
    const aliases = [...new Set(d.mentions.map((m) => m.text))].filter((t) => t !== canonical);
    const confidence = d.mentions.reduce((s, m) => s + m.confidence, 0) / d.mentions.length;
    return { id: `E${i + 1}`, type: d.type, canonical, aliases, mentions: d.mentions, confidence, evidence: [...d.evidence].sort() };
  });
}

/** The fullest surface form: most words, then most frequent, then first used. */
function fullest(mentions: readonly NameMention[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best = mentions[0].text;
  const score = (t: string) => words(t).length * 1000 + (/\p{Ll}/u.test(t) ? 100 : 0) + (counts.get(t) ?? 0);
  for (const t of counts.keys()) if (score(t) > score(best)) best = t;
  return best;
}

function findDraft(drafts: Draft[], m: NameMention, f: string, alias: string | undefined, gaz: Gazetteer): Draft | undefined {
  const same = drafts.filter((d) => d.type === m.type);
  // 1. Same name or same gazetteer alias.
  for (const d of same) {
    if (d.forms.has(f)) return d;
    if (alias && d.fromGazetteer && d.canonical === alias) return d;
    if (alias && fold(d.canonical) === fold(alias)) return d;
  }
  const w = words(m.text);
  // 2. Part of a fuller person name: the nearest one before the mention, else the first after.
  if (m.type === 'PERSON') {
    const fuller = same.filter((d) => [...d.forms].some((g) => isSubsequence(w, g.split(' '))));
    if (fuller.length === 1) return fuller[0];
    if (fuller.length > 1) {
      const before = (d: Draft) => Math.max(-1, ...d.mentions.filter((x) => x.start < m.start).map((x) => x.start));
      return fuller.sort((x, y) => before(y) - before(x))[0];
    }
    return undefined;
  }
  // 3. Acronym of a fuller organization or place name.
  if (w.length === 1 && /^\p{Lu}{2,6}$/u.test(m.text)) {
    const acr = m.text.toLowerCase();
    const hit = same.find((d) => [...d.forms].some((g) => g.split(' ').length >= 2 && acronymOf(g) === acr));
    if (hit) return hit;
  }
  // 4. A near spelling of a name the article uses, never a known name of its own.
  if (w.length === 1 && f.length >= 4 && !gaz.names.has(f)) {
    for (const d of same) {
      for (const g of d.forms) {
        if (g.split(' ').length !== 1 || g[0] !== f[0] || Math.abs(g.length - f.length) > 1) continue;
        const dist = DamerauLevenshteinDistance(f, g);
        if (dist <= 1 || (dist <= 2 && g.length >= 5 && d.mentions.length >= 3)) return d;
      }
    }
  }
  return undefined;
}
