/**
 * Grouping name mentions into entities, per article.
 *
 * Mentions join an entity when they are the same name (case and accents folded), a known alias
 * (US, USA, America -> United States), a part of a fuller person name ("Kirby" ->
 * "John Kirby", most recent fuller name first), an acronym of a fuller organization
 * name ("NSC"), or a near spelling of a place or organization name that the article
 * uses more often ("Rafa" beside "Rafah"). Two different full person names are never
 * merged. Canonical: the gazetteer's name for a known alias, else the fullest form.
 */
import { damerauLevenshtein } from './edit-distance';
import type { EntityGroup, EntityType, NameMention } from '../../pipeline/document';
import type { Gazetteer } from './lexicons/gazetteer';
import { ORG_HEADS_BEFORE_OF, ORG_SUFFIXES } from './lexicons/org-words';

interface Draft {
  /** Creation order: when several drafts qualify, the earliest wins, as a scan in this order would. */
  order: number;
  type: EntityType;
  mentions: NameMention[];
  /** Folded surface forms. */
  forms: Set<string>;
  canonical: string;
  /** Canonical taken from the gazetteer (not replaced by a longer surface form). */
  fromGazetteer: boolean;
  evidence: Set<string>;
}

/**
 * The drafts of one entity type, with look-ups from what a mention can match on to the
 * drafts that could match, so that grouping costs about the same per mention however
 * many entities the text has (a scan of every draft for every mention made 100 articles
 * joined cost 1.6x their separate time). Each look-up gives candidates; the rule itself
 * still decides among them.
 */
class TypeIndex {
  readonly drafts: Draft[] = [];
  /** Folded form -> the earliest draft holding it (rule 1 can give a form to an earlier draft by its canonical). */
  readonly byForm = new Map<string, Draft>();
  /** fold(canonical) -> drafts that had it (a canonical can change: checked again on look-up). */
  readonly byCanonical = new Map<string, Draft[]>();
  /** Word of a multi-word or single form -> drafts with a form holding that word (persons). */
  readonly byWord = new Map<string, Set<Draft>>();
  /** Acronym of a multi-word form -> drafts (organizations and places). */
  readonly byAcronym = new Map<string, Set<Draft>>();
  /** First character of a one-word form -> drafts (organizations and places). */
  readonly byInitial = new Map<string, Set<Draft>>();
  /**
   * Either word of a two-word organization name whose other word is no body's head word
   * -> drafts: "Dortmund" and "Real" stand for "Borussia Dortmund" and "Real Madrid";
   * "Hamas" is not "Hamas Political Bureau", nor "Deutsche" "Deutsche Bank".
   */
  readonly byNameWord = new Map<string, Set<Draft>>();
  /** First word of a multi-word organization form -> drafts (its short forms, rule 5: "the Reserve Bank"). */
  readonly byFirstWord = new Map<string, Set<Draft>>();
  /** First letter of a multi-word person form's last word -> drafts (a misspelt surname, rule 2). */
  readonly bySurnameInitial = new Map<string, Set<Draft>>();

  constructor(readonly type: EntityType) {}

  /** `unit`: a company's unit named with the company's name first ("Corvalis Pay"), which never takes the company's one-word mentions. */
  addForm(d: Draft, f: string, unit = false): void {
    if (d.forms.has(f)) return;
    d.forms.add(f);
    const holder = this.byForm.get(f);
    if (holder === undefined || d.order < holder.order) this.byForm.set(f, d);
    const parts = f.split(' ');
    if (this.type === 'PERSON') {
      for (const w of parts) if (w !== '') addTo(this.byWord, w, d);
      if (parts.length >= 2 && parts[parts.length - 1] !== '') addTo(this.bySurnameInitial, parts[parts.length - 1][0], d);
    } else if (parts.length >= 2) {
      if (this.type === 'ORGANIZATION') addTo(this.byFirstWord, parts[0], d);
      addTo(this.byAcronym, acronymOf(f), d);
      // "World Anti-Doping Agency" (WADA): a hyphenated word may give a letter per part.
      if (f.includes('-')) addTo(this.byAcronym, acronymOf(f.replace(/-/g, ' ')), d);
      if (this.type === 'ORGANIZATION' && parts.length === 2) {
        if (!ORG_SUFFIXES.has(parts[1]) && !unit) addTo(this.byNameWord, parts[0], d);
        if (!ORG_SUFFIXES.has(parts[0])) addTo(this.byNameWord, parts[1], d);
      }
    } else if (f !== '') {
      addTo(this.byInitial, f[0], d);
    }
  }

  indexCanonical(d: Draft): void {
    const key = fold(d.canonical);
    const list = this.byCanonical.get(key);
    if (list === undefined) this.byCanonical.set(key, [d]);
    else if (!list.includes(d)) list.push(d);
  }
}

function addTo(index: Map<string, Set<Draft>>, key: string, d: Draft): void {
  const set = index.get(key);
  if (set === undefined) index.set(key, new Set([d]));
  else set.add(d);
}

/** Drafts in creation order (look-up sets fill in the order forms were added). */
function inOrder(drafts: Iterable<Draft> | undefined): Draft[] {
  return drafts === undefined ? [] : [...drafts].sort((x, y) => x.order - y.order);
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

// Repeated ("Hoshino Electric Co Ltd", "Sony Group Corp"); "Holdings" names the same
// company as its operating name ("HSBC Holdings", "Kaneda Precision Holdings").
const LEGAL_FORM_END = /(?<=\S)(?:(?: &)? (?:inc|corp|corporation|incorporated|co|ltd|limited|llc|plc|ag|sa|nv|bv|gmbh|spa|bhd|pty|lp|llp|holdings))+$/u;
const ARABIC_ARTICLE = /(^| )(?:al|el|ad|ar|as|ash|at|ath|az|adh|an|ud|ul)-(?=\p{L})/gu;

function foldNow(s: string): string {
  return s
    .toLowerCase()
    // Accents folded: copy spells one name with and without them ("Özdemir", "Ozdemir").
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    // The Arabic article joined to a name comes and goes ("Ayman al-Zawahiri",
    // "Zawahiri", "Al-Zawahiri" are one man); the spaced "Al" is left alone ("Al Gore").
    .replace(ARABIC_ARTICLE, '$1')
    // A company with and without its legal form is one ("Nvidia Corp", "Nvidia").
    .replace(LEGAL_FORM_END, '');
}

/** An array literal filled by push (a filter() result that is empty has another map, and deoptimised its readers). */
function words(s: string): string[] {
  const out: string[] = [];
  for (const w of fold(s).split(/[ ]+/)) if (w !== '') out.push(w);
  return out;
}

/** `words(s).length` without building the list (sorting and scoring ask it per comparison). */
function wordCount(s: string): number {
  const f = fold(s);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < f.length; i++) {
    const space = f.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function isSubsequence(short: string[], long: string[]): boolean {
  if (short.length >= long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

const ACRONYM_SKIPS = ['of', 'for', 'the', 'and', '&', 'on'];

/**
 * Built by concatenation, not map().join(): the empty list of a name of only skipped
 * words has another array map than a list of letters, and deoptimised acronymOf.
 */
function acronymOf(s: string): string {
  let out = '';
  for (const w of words(s)) if (!ACRONYM_SKIPS.includes(w)) out += w[0];
  return out;
}

/**
 * Acronyms an article defines in brackets right after an organization's name ("the
 * National Jury of Elections (JNE)", "the German Weather Service (DWD)"): the acronym
 * (folded) -> the name's fold. Translated names keep the acronym of the original language,
 * whose letters do not spell the English words (rule 3 of findDraft cannot see them);
 * the brackets say they are one body. Mentions sorted by start; one pass.
 */
function definedAcronyms(sorted: readonly NameMention[], text: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (text === undefined) return out;
  for (let i = 1; i < sorted.length; i++) {
    const name = sorted[i - 1];
    const acronym = sorted[i];
    if (name.type !== 'ORGANIZATION' || acronym.type !== 'ORGANIZATION') continue;
    const bracketed = acronym.start === name.end + 2 && text.charCodeAt(name.end + 1) === 40 /* ( */ && text.charCodeAt(acronym.end) === 41; /* ) */
    // "The European Consumer Organisation, known by its French acronym BEUC, said".
    if (!bracketed && !(acronym.start - name.end <= 50 && KNOWN_BY_ACRONYM.test(text.slice(name.end, acronym.start)))) continue;
    if (!/^\p{Lu}{2,6}$/u.test(acronym.text) || wordCount(name.text) < 2) continue;
    const key = fold(acronym.text);
    if (!out.has(key)) out.set(key, fold(name.text));
  }
  return out;
}

/** Words between a body's name and the acronym it is known by ("known by its French acronym", "known as"). */
const KNOWN_BY_ACRONYM = /^,?\s+(?:also\s+|better\s+)?known\s+(?:by\s+(?:its|the)\s+(?:[A-Za-z]+\s+)?(?:acronym|initials|abbreviation)|as)\s+$/;

export function groupMentions(names: readonly NameMention[], gaz: Gazetteer, text?: string): EntityGroup[] {
  const indexes = new Map<EntityType, TypeIndex>();
  let created = 0;
  // Word counts once per mention: the sort below compares each mention many times.
  const counts = new Map<NameMention, number>();
  for (const m of names) counts.set(m, wordCount(m.text));
  const sorted = [...names].sort((x, y) => x.start - y.start);
  // Full forms first, so a short form met before its full form still finds it.
  const order = [...sorted].sort((x, y) => counts.get(y)! - counts.get(x)! || x.start - y.start);
  const defined = definedAcronyms(sorted, text);
  for (const m of order) {
    const f = fold(m.text);
    const alias = m.type === 'PLACE' ? gaz.canonicalPlace.get(f) : undefined;
    let index = indexes.get(m.type);
    if (index === undefined) indexes.set(m.type, (index = new TypeIndex(m.type)));
    const draft = findDraft(index, m, f, alias, gaz, defined);
    if (draft) {
      draft.mentions.push(m);
      index.addForm(draft, f);
      for (const e of m.evidence) draft.evidence.add(e);
      if (!draft.fromGazetteer && alias) {
        draft.canonical = alias;
        draft.fromGazetteer = true;
        index.indexCanonical(draft);
      }
      continue;
    }
    const d: Draft = {
      order: created++,
      type: m.type,
      mentions: [m],
      forms: new Set(),
      canonical: alias ?? m.text,
      fromGazetteer: alias !== undefined,
      evidence: new Set(m.evidence),
    };
    index.drafts.push(d);
    index.addForm(d, f, m.evidence.includes('document:company-unit'));
    index.indexCanonical(d);
  }
  const persons = indexes.get('PERSON');
  if (persons && text !== undefined) joinNicknames(persons, sorted, text);
  // Ids in order of first mention (ties: creation order, as the stable sort of one list of all drafts gave).
  const drafts: Draft[] = [];
  for (const index of indexes.values()) drafts.push(...index.drafts);
  const firstStart = new Map<Draft, number>();
  for (const d of drafts) {
    let first = Infinity;
    for (const m of d.mentions) if (m.start < first) first = m.start;
    firstStart.set(d, first);
  }
  drafts.sort((x, y) => firstStart.get(x)! - firstStart.get(y)! || x.order - y.order);
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
  // A party's name as a modifier ("the Conservative health critic") names it less than its noun ("the Conservatives").
  const modifiers = new Set<string>();
  for (const m of mentions) {
    counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    if (m.evidence.includes('document:party-modifier')) modifiers.add(m.text);
  }
  let best = mentions[0].text;
  // Words as written: the fold drops a legal form the fullest name keeps ("Nvidia Corp").
  const score = (t: string) => t.split(/\s+/).length * 1000 + (/\p{Ll}/u.test(t) ? 100 : 0) + (counts.get(t) ?? 0) - (modifiers.has(t) ? 50 : 0);
  for (const t of counts.keys()) if (score(t) > score(best)) best = t;
  return best;
}

/**
 * The draft `m` joins, or undefined for a new entity. The rules are tried in order; a
 * rule that several drafts satisfy picks the earliest created one (rule 2: the nearest
 * fuller name before the mention).
 */
function findDraft(
  index: TypeIndex,
  m: NameMention,
  f: string,
  alias: string | undefined,
  gaz: Gazetteer,
  defined: ReadonlyMap<string, string>,
): Draft | undefined {
  // 1. Same name or same gazetteer alias (the canonical of a draft with the gazetteer's
  // name folds to the alias's fold, so one look-up by fold covers both).
  let found = index.byForm.get(f);
  if (alias) {
    const key = fold(alias);
    for (const d of index.byCanonical.get(key) ?? []) {
      if ((found === undefined || d.order < found.order) && fold(d.canonical) === key) found = d;
    }
  }
  if (found) return found;
  const w = words(m.text);
  // 2. Part of a fuller person name: the nearest one before the mention, else the first after.
  if (m.type === 'PERSON') {
    const candidates = w.length > 0 ? inOrder(index.byWord.get(w[0])) : index.drafts;
    const fuller = candidates.filter((d) => [...d.forms].some((g) => isSubsequence(w, g.split(' '))));
    if (fuller.length === 1) return fuller[0];
    if (fuller.length > 1) {
      const before = (d: Draft) => Math.max(-1, ...d.mentions.filter((x) => x.start < m.start).map((x) => x.start));
      return fuller.sort((x, y) => before(y) - before(x))[0];
    }
    return w.length === 1 ? misspeltSurnameOf(index, f, gaz) : undefined;
  }
  // 3. Acronym of a fuller organization or place name.
  if (w.length === 1 && /^\p{Lu}{2,6}$/u.test(m.text)) {
    const hit = inOrder(index.byAcronym.get(m.text.toLowerCase()))[0];
    if (hit) return hit;
    // An acronym the article defines in brackets after the name, whatever its letters.
    const full = defined.get(f);
    const holder = full === undefined ? undefined : index.byForm.get(full);
    if (holder) return holder;
  }
  // A party's name as a modifier ("the Conservative health critic") is the party named in
  // the plural ("the Conservatives").
  if (m.type === 'ORGANIZATION' && w.length === 1 && m.evidence.includes('document:party-modifier')) {
    const plural = index.byForm.get(f + 's');
    if (plural) return plural;
  }
  if (m.type === 'ORGANIZATION' && w.length === 1 && f.endsWith('s')) {
    const modifier = index.byForm.get(f.slice(0, -1));
    if (modifier && modifier.evidence.has('document:party-modifier')) return modifier;
  }
  // 4. One word of a two-word organization's name ("Dortmund" for "Borussia Dortmund"),
  // when only one such organization in the article has it.
  if (m.type === 'ORGANIZATION' && w.length === 1) {
    const named = index.byNameWord.get(f);
    if (named && named.size === 1) return [...named][0];
  }
  // 5. A body's short form: its name before "of" ("the Reserve Bank" for "Reserve Bank
  // of New Zealand", ending in a body's head word) or a party's name without "Party"
  // ("Labour" for "Labour Party"). Where several bodies share it ("Reserve Bank of
  // Australia" too), the one the article names first, its subject.
  if (m.type === 'ORGANIZATION' && w.length <= 3) {
    const short = shortFormOf(index, w);
    if (short) return short;
  }
  // 6. A near spelling of a name the article uses, never a known name of its own.
  if (w.length === 1 && f.length >= 4 && !gaz.names.has(f)) {
    for (const d of inOrder(index.byInitial.get(f[0]))) {
      for (const g of d.forms) {
        if (g.split(' ').length !== 1 || g[0] !== f[0] || Math.abs(g.length - f.length) > 1) continue;
        const dist = damerauLevenshtein(f, g);
        if (dist <= 1 || (dist <= 2 && g.length >= 5 && d.mentions.length >= 3)) return d;
      }
    }
  }
  return undefined;
}

/** The organization draft whose name `w` opens, before "of" after a head word or before "party" alone. */
function shortFormOf(index: TypeIndex, w: readonly string[]): Draft | undefined {
  const n = w.length;
  const last = w[n - 1];
  let best: Draft | undefined;
  let bestStart = Infinity;
  // (The drafts with a form opening with the first word; which one wins does not depend on their order.)
  for (const d of index.byFirstWord.get(w[0]) ?? []) {
    for (const g of d.forms) {
      const parts = g.split(' ');
      if (parts.length <= n) continue;
      let prefix = true;
      for (let k = 0; k < n && prefix; k++) prefix = parts[k] === w[k];
      if (!prefix) continue;
      // One word only where it is a body's head and one body of the article opens with it ("the House").
      const ofBody = parts[n] === 'of' && parts.length >= n + 2 && (n >= 2 ? ORG_SUFFIXES.has(last) : ORG_HEADS_BEFORE_OF.has(last));
      const party = parts.length === n + 1 && parts[n] === 'party';
      if (!ofBody && !party) continue;
      if (n === 1 && best !== undefined && best !== d) return undefined;
      let first = Infinity;
      for (const x of d.mentions) if (x.start < first) first = x.start;
      if (first < bestStart) {
        best = d;
        bestStart = first;
      }
    }
  }
  return best;
}

/**
 * "Lindquist" in an article about Erik Lindqvist: a one-word person mention one edit away
 * from the family name of one person the article names in full and again (two mentions
 * or more before it), its first letter kept; long names only (six letters or more), and not a known
 * name of its own. Two such persons: no guess.
 */
function misspeltSurnameOf(index: TypeIndex, f: string, gaz: Gazetteer): Draft | undefined {
  if (f.length < 6 || gaz.names.has(f)) return undefined;
  let hit: Draft | undefined;
  for (const d of index.bySurnameInitial.get(f[0]) ?? []) {
    if (d.mentions.length < 2) continue;
    let near = false;
    for (const g of d.forms) {
      const parts = g.split(' ');
      if (parts.length < 2) continue;
      const last = parts[parts.length - 1];
      if (last === f || last[0] !== f[0] || Math.abs(last.length - f.length) > 1) continue;
      if (damerauLevenshtein(f, last) <= 1) near = true;
    }
    if (!near) continue;
    if (hit !== undefined && hit !== d) return undefined;
    hit = d;
  }
  return hit;
}

/** Common nouns for a person that a nickname can follow ("the striker, known as ..."). */
const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man', 'woman', 'boy', 'girl', 'player', 'coach', 'striker', 'rider', 'driver', 'champion', 'veteran', 'teenager',
  'son', 'daughter', 'brother', 'sister', 'father', 'mother', 'leader', 'singer', 'rapper', 'fighter', 'boxer', 'star',
  'who', 'he', 'she', 'himself', 'herself', 'friends', 'fans', 'teammates', 'colleagues', 'supporters', 'players',
]);

/** Words that introduce a nickname in quotation marks right before it ("known to fans as \"Quino\"", "nicknamed 'El Mago'"). */
const NICKNAME_BEFORE = /(?:\b(?:known|referred to)\b[^.!?\n]{0,40}?\bas|\b(?:nicknamed|dubbed|called))\s*["“‘']$/u;

/**
 * A nickname the article gives in quotation marks after a person's name ("Joaquín
 * Ferreyra ... known to fans as \"Quino\"") is that person: its draft joins the draft of
 * the nearest person named before it in the same paragraph (bounded: 300 characters),
 * else of the person the article names most.
 */
function joinNicknames(index: TypeIndex, sorted: readonly NameMention[], text: string): void {
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    // One word only: a nickname never outranks the full name as canonical ("Desert Storm",
    // an operation "known as" so and typed a person by its shape, would).
    if (m.type !== 'PERSON' || /\s/.test(m.text)) continue;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    const cue = NICKNAME_BEFORE.exec(before);
    if (!cue) continue;
    // What is known so: a name, or a common noun for a person ("The plan, known as
    // \"Pegasus\"" names a plan).
    const noun = /([A-Za-z-]+)\s*,?\s*$/.exec(before.slice(0, cue.index));
    if (noun && /^[a-z]/.test(noun[1]) && !/-old$/.test(noun[1]) && !PERSON_NOUNS.has(noun[1])) continue;
    let target: NameMention | undefined;
    for (let k = i - 1; k >= 0; k--) {
      const x = sorted[k];
      if (m.start - x.end > 300 || text.slice(x.end, m.start).includes('\n\n')) break;
      // A person named in full (another nickname or a one-word name is no full name).
      if (x.type === 'PERSON' && index.drafts.some((d) => d.mentions.includes(x) && [...d.forms].some((f) => f.includes(' ')))) {
        target = x;
        break;
      }
    }
    const from = index.drafts.find((d) => d.mentions.includes(m));
    // No one named before it in its paragraph ("The 24-year-old from Rosario, known as
    // \"Quino\""): the person the article is about, the one it names most.
    let to = target ? index.drafts.find((d) => d.mentions.includes(target!)) : undefined;
    if (!target) for (const d of index.drafts) if (d !== from && (to === undefined || d.mentions.length > to.mentions.length)) to = d;
    if (!from || !to || from === to || ![...to.forms].some((f) => f.includes(' '))) continue;
    for (const x of from.mentions) to.mentions.push(x);
    for (const f of from.forms) to.forms.add(f);
    for (const e of from.evidence) to.evidence.add(e);
    index.drafts.splice(index.drafts.indexOf(from), 1);
  }
}
