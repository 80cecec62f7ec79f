/**
 * Speakers resolved as a reader does, in text order:
 * - a name: its entity's canonical name ("Hamad" -> "Ghazi Hamad"); names joined by "and"
 *   are one joint source named by its members ("Russia and China");
 * - a role noun ("the prime minister", "the National Security Adviser"): the person the
 *   article introduced with that role ("Prime Minister Benjamin Netanyahu", "John Kirby,
 *   spokesperson for ..."), the one sharing most of the role's words, latest first;
 *   with no such introduction, the person who spoke last (a reader's "the Israeli prime
 *   minister" right after Netanyahu spoke is Netanyahu);
 * - "he"/"she": the person who spoke last, else the last person named before;
 * - "who": the phrase before it ("Kirby, who said");
 * - "the agency", "the group": the organization named last before it;
 * - a description ("a source", "American diplomats"): its own words;
 * - no phrase at all (a quote paragraph with no cue): the last speaker.
 * `mention` always stays the span used at the attribution site.
 *
 * Without entities (the entity stage found none), names stand in for themselves and a
 * short name takes the fullest name ending with it ("Kirby" -> "John Kirby").
 */
import type { Claim, EntityGroup, EntityType, NameMention, Sentence, Span, Token } from '../../pipeline/document';
import type { Lexicon } from './lexicon';
import type { NameSpan, PhraseContext } from './phrases';
import { antecedentOf, indexNames } from './phrases';
import { gluedHyphen, tokenIndexAt } from './find-claims';

export interface ResolveInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  names: readonly NameMention[];
  claims: readonly Claim[];
  entities: readonly EntityGroup[];
}

/** Words of a role that only modify its head ("prime minister", "national security adviser"). */
const ROLE_MODIFIERS = new Set([
  'prime', 'vice', 'national', 'security', 'foreign', 'defense', 'defence', 'interior', 'finance',
  'state', 'press', 'deputy', 'acting', 'former', 'incumbent', 'chief', 'general', 'senior', 'top',
]);

/**
 * Heads of a definite description that stands for an organization the article named
 * ("the agency said", "the group said in a statement"). Armies, governments and police
 * are left out: the nearest named organization is seldom the one meant.
 */
const ORG_DESCRIPTORS = new Set([
  'agency', 'organization', 'organisation', 'group', 'movement', 'ministry', 'company', 'firm', 'party', 'council',
  'committee', 'commission', 'union', 'alliance', 'coalition', 'institute', 'foundation', 'charity', 'bank',
  'newspaper', 'broadcaster', 'network', 'body', 'watchdog', 'regulator', 'militia', 'faction',
  // Kinds of public body ("According to the office" after "the Federal Office for the Environment").
  'office', 'department', 'authority', 'bureau', 'board', 'association', 'federation',
]);

/** Words before an organization's name that make it the medium or addressee of words, not their source. */
const MEDIUM_MARKERS = new Set(['on', 'via', 'told']);

/**
 * Role words that name whoever heads a body, whatever the office is called there: "the UN
 * chief", "the head of the IMF", "the WHO leader" stand for the person the article
 * introduced with that body's top office ("UN Secretary-General Antonio Guterres").
 */
const BODY_HEAD_WORDS = new Set(['chief', 'head', 'leader']);

/** Texts a source issues in its own name: "said in a statement ... the statement said". */
const ISSUED_TEXTS = new Set(['statement', 'letter', 'email', 'message', 'post', 'release']);

/** Offices that head a body (the role heads BODY_HEAD_WORDS may stand for). */
const TOP_OFFICES = new Set([
  'secretary-general', 'director-general', 'secretary', 'president', 'director', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'chief', 'head', 'leader', 'ceo', 'executive', 'governor', 'commissioner',
]);

interface Resolved {
  name: string | null;
  entityId: string | null;
  person: boolean;
}

interface Person {
  canonical: string;
  entityId: string | null;
  /** Role head ("minister") and all role words, lower case. */
  head: string;
  words: Set<string>;
  /** Offset where the role was introduced. */
  at: number;
}

/** Resolve every claim's speaker; returns new claim objects (inputs are not mutated). */
export function resolveClaimSpeakers(input: ResolveInput, lex: Lexicon): Claim[] {
  const { text, tokens, claims } = input;
  if (claims.length === 0) return [];
  const ctx = indexNames(text, tokens, input.names, lex);
  const byMention = new Map<string, EntityGroup>();
  for (const e of input.entities) for (const m of e.mentions) byMention.set(`${m.start}:${m.end}`, e);
  const fullest = fullestNames(ctx);

  const nameOf = (n: NameSpan): Resolved => {
    const m = n.mention;
    const e = m ? byMention.get(`${m.start}:${m.end}`) : undefined;
    if (e) return { name: e.canonical, entityId: e.id, person: e.type === 'PERSON' };
    const own = spanText(ctx, n.a, n.b);
    const type: EntityType | undefined = m?.type;
    // (The fuller name must end with the whole of this one: "Kirby" -> "John Kirby", but
    // "Statistics New Zealand" is not "Reserve Bank of New Zealand".)
    const fuller = fullest.get(lastWord(own));
    const full = fuller !== undefined && (fuller === own || fuller.endsWith(` ${own}`)) ? fuller : own;
    // Without a type, a two-word name or one shortened from one is taken as a person.
    const person = type ? type === 'PERSON' : full.includes(' ') && !/\b(House|Department|Council|Ministry|Office|Party|Army|Forces|Authority|Bureau|Agency|Court|Union|Journal|Times|Post|News)\b/.test(full);
    return { name: full, entityId: null, person };
  };

  const people = peopleWithRoles(ctx, nameOf);
  const genders = gendersShown(ctx, nameOf);
  /** A person "he" or "she" may stand for: one whose gender the article does not contradict. */
  const fits = (r: Resolved | null, pronoun: string): r is Resolved => r !== null && (r.name === null || (genders.get(r.name) ?? pronoun) === pronoun);
  const out: Claim[] = [];
  let lastPerson: Resolved | null = null;
  let lastPersonAt = -1; // offset of the claim that made lastPerson the last speaker
  let last: Resolved | null = null;

  for (const claim of claims) {
    const c: Claim = { ...claim, speaker: { ...claim.speaker } };
    const mention = c.speaker.mention;
    let r: Resolved | null = null;
    if (mention === null) {
      // A lede quote before anyone has spoken: the person the next sentence names
      // ("“The truce fell through ...” The American Secretary of State Antony Blinken ...").
      if (c.speaker.form === 'inferred') r = last ?? nextNamedPerson(tokenIndexAt(tokens, c.content.end - 1));
    } else {
      const a = tokenIndexAt(tokens, mention.start);
      const b = tokenIndexAt(tokens, mention.end - 1) + 1;
      r = resolvePhrase(c.speaker.form, a, b, mention);
    }
    // One store for both outcomes: the else branch's own store of null had never run
    // when TurboFan compiled this function and deoptimised it (no feedback).
    if (r || mention === null) c.speaker.name = r ? r.name : null;
    if (r) {
      c.speaker.entityId = r.entityId;
      // A person the article has called "he" is not the next "she" ("Luca ... he says"
      // and then "She says" of his mother): the pronoun shows the gender as a title does.
      if (mention !== null && c.speaker.form === 'pronoun' && r.person && r.name !== null && !genders.has(r.name)) {
        const p = tokens[tokenIndexAt(tokens, mention.end - 1)].lower;
        if (p === 'he' || p === 'she') genders.set(r.name, p);
      }
      // A claim nested inside the previous one's words ("“She ... told us there was
      // nothing to see,” he said") does not make its source the last speaker: the quote's
      // speaker still is for the next cue-less quote or "he".
      const prev = out[out.length - 1];
      const nested = prev !== undefined && prev.content.start <= c.content.start && c.content.end <= prev.content.end;
      if (!nested) last = r;
      if (r.person && !nested) {
        lastPerson = r;
        lastPersonAt = c.content.start;
      }
    }
    out.push(c);
  }
  return out;

  function resolvePhrase(form: Claim['speaker']['form'], a: number, b: number, mention: Span): Resolved | null {
    const head = tokens[b - 1];
    // (A role or description may end in a name that is not its head: "the mayor of Rome".)
    if (form === 'name' || (form !== 'role' && form !== 'description' && ctx.nameAt[b - 1] !== -1)) {
      const n = ctx.nameAt[b - 1];
      if (n !== -1) return ctx.nameAt[a] !== n && ctx.nameAt[a] !== -1 ? jointSource(a, b) : nameOf(ctx.names[n]);
    }
    if (form === 'pronoun') {
      const p = head.lower;
      if (p === 'he' || p === 'she') {
        // A person brought in as a subject since the last speaker spoke ("The mayor of
        // Rome, Roberto Gualtieri, expressed concern. He explained that ...") is who a
        // reader takes "he" for; else the last speaker.
        // A person the article shows to be of the other gender ("Mrs. Clinton" for "he")
        // is passed over for the last person named who may be meant.
        // A person the article shows to be of the other gender ("Mr. Hill" for "she") is
        // passed over: for one shown to be of the pronoun's gender in this sentence or
        // the two before, else for the last person named who may be meant. (An unknown
        // gender never loses to a known one: "Mr." marks many men and not the others.)
        const subject = recentSubject(a);
        if (subject && subject.at > lastPersonAt && fits(subject.r, p)) return subject.r;
        if (fits(lastPerson, p)) return lastPerson;
        const fallback = shownNearby(a, p) ?? lastNamedPerson(a, p, true) ?? lastPerson ?? lastNamedPerson(a);
        return fits(fallback, p) ? fallback : null;
      }
      if (p === 'they' || p === 'it') return last && !last.person ? last : null;
      return null;
    }
    if (form === 'relative') {
      const floor = sentenceStart(a);
      const ante = antecedentOf(ctx, a, floor);
      if (!ante) return null;
      return resolvePhrase(ante.form, ante.a, ante.b, spanOf(ante.a, ante.b));
    }
    // "the mayor of Rome": the role noun is the one before "of", its complement more role
    // words; so is a role before "for" ("the spokeswoman for the Port Authority").
    let h = b - 1;
    for (let i = a + 1; i < b - 1; i++) {
      if (tokens[i].lower === 'of' || (tokens[i].lower === 'for' && lex.isRoleNoun(tokens[i - 1]))) {
        h = i - 1;
        break;
      }
    }
    const roleHead = tokens[h];
    // "the Swede said": the person the article tied to that nationality ("Sweden's Erik
    // Lindqvist", "Lindqvist of Sweden"), latest first; else the person who spoke last,
    // else the person named last.
    if (form === 'role' && !lex.isRoleNoun(roleHead) && lex.isDemonymNoun(roleHead)) {
      const tied = personOfNationality(roleHead.lower, mention.start);
      if (tied) return tied;
      return lastPerson ?? lastNamedPerson(a, undefined, true) ?? { name: mention.text, entityId: null, person: true };
    }
    if (form === 'role' && lex.isRoleNoun(roleHead)) {
      const key = roleKeyAt(tokens, h, lex);
      const words = new Set<string>();
      for (let i = a; i < b; i++) if (i !== h && tokens[i].lower !== 'of' && tokens[i].lower !== 'for') words.add(lex.roleKey(tokens[i]));
      let best: Person | null = null;
      let bestScore = -1;
      for (const p of people) {
        if (p.at >= mention.start || p.head !== key) continue;
        let shared = 0;
        for (const w of words) if (p.words.has(w)) shared++;
        if (shared > bestScore || (shared === bestScore && best !== null && p.at > best.at)) {
          best = p;
          bestScore = shared;
        }
      }
      if (best) return { name: best.canonical, entityId: best.entityId, person: true };
      // "the UN chief", "the head of the IMF": whoever the article introduced with the
      // top office of a body the phrase names, latest first.
      if (BODY_HEAD_WORDS.has(key)) {
        const head = headOfBody(a, b, h, mention.start);
        if (head) return { name: head.canonical, entityId: head.entityId, person: true };
      }
      // A person's role the article never spelled out: the person who spoke last.
      if (lastPerson) return lastPerson;
      return { name: mention.text, entityId: null, person: true };
    }
    // "The CGIL trade union", "the Hamas militant group": an organization named before
    // the noun that says what kind of body it is.
    if (form === 'description' && ORG_DESCRIPTORS.has(head.lower)) {
      const named = organizationBeforeDescriptor(a, b);
      if (named) return named;
    }
    // "His family said in a statement that ... “...,” the statement said": a document the
    // previous claim's attribution brought in ("in a statement", "in a letter") speaks for
    // that claim's source.
    if (form === 'description' && b - a === 2 && /^the$/i.test(tokens[a].text) && ISSUED_TEXTS.has(head.lower) && last) {
      const prev = out[out.length - 1];
      // (A cue-less quote after it carries the same phrase: the same source.)
      if (prev?.speaker.mention && prev.speaker.mention.start === mention.start && prev.speaker.name === last.name) return last;
      if (prev?.cue && prev.speaker.name === last.name) {
        const lo = Math.min(prev.cue.end, prev.content.end);
        const hi = Math.min(mention.start, Math.max(prev.content.start, prev.cue.end + 80));
        const seen = text.slice(lo, hi).toLowerCase();
        if (seen.includes(` a ${head.lower}`) || seen.includes(` an ${head.lower}`)) return last;
      }
    }
    // "the agency", "the group": the organization the article named last before it.
    if (form === 'description' && b - a <= 3 && /^(?:the|this)$/i.test(tokens[a].text) && ORG_DESCRIPTORS.has(head.lower)) {
      const org = lastNamedOrganization(a);
      if (org) return org;
    }
    return { name: mention.text, entityId: null, person: false };
  }

  /**
   * The person named last before offset `at` with a word of the nationality `demonym`: a
   * possessive or an adjective right before the name, or "of", "from" or a bracket right
   * after it ("Sweden's Erik Lindqvist", "the Swedish Erik Lindqvist", "Lindqvist of
   * Sweden", "Lindqvist (Sweden)"); the word shares its stem with the demonym (the first
   * letters, at least three: "Swede"/"Sweden", "Spaniard"/"Spain", "Pole"/"Poland").
   */
  function personOfNationality(demonym: string, at: number): Resolved | null {
    const stem = (w: string): boolean => {
      let k = 0;
      while (k < w.length && k < demonym.length && w[k] === demonym[k]) k++;
      return k >= Math.max(3, Math.min(4, Math.min(w.length, demonym.length) - 2));
    };
    const word = (i: number): boolean => {
      const t = tokens[i];
      return t !== undefined && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && t.lower !== demonym && stem(t.lower);
    };
    let found: Resolved | null = null;
    for (const n of ctx.names) {
      if (tokens[n.a].start >= at) break;
      const before = tokens[n.a - 1];
      const after = tokens[n.b];
      const tied =
        (before !== undefined && (before.lower === "'s" || before.lower === "'") && word(n.a - 2)) ||
        word(n.a - 1) ||
        (after !== undefined && (after.lower === 'of' || after.lower === 'from' || after.text === '(') && word(n.b + 1));
      if (!tied) continue;
      const r = nameOf(n);
      if (r.person) found = r;
    }
    return found;
  }

  /**
   * The organization a description [a, b) names before its head noun: "the" (or nothing),
   * one ORGANIZATION name, then at most two singular lower-case words that say what kind
   * of body it is ("The CGIL trade union" -> CGIL). A plural in between names the
   * members of another body ("the Lufthansa pilots union" is not Lufthansa); a place
   * or person before the head is not the body ("the Genoa port authority").
   */
  function organizationBeforeDescriptor(a: number, b: number): Resolved | null {
    const from = tokens[a].pos === 'DET' ? a + 1 : a;
    const n = ctx.nameAt[from];
    if (n === -1 || ctx.names[n].a !== from || ctx.names[n].mention?.type !== 'ORGANIZATION') return null;
    const end = ctx.names[n].b;
    if (end >= b || b - 1 - end > 2) return null;
    for (let i = end; i < b - 1; i++) {
      const t = tokens[i];
      if (!/^\p{Ll}/u.test(t.text) || !(t.pos === 'NOUN' || t.pos === 'ADJ') || (t.pos === 'NOUN' && t.lemma.toLowerCase() !== t.lower)) return null;
    }
    return nameOf(ctx.names[n]);
  }

  /**
   * The person introduced before `at` with a top office (TOP_OFFICES) whose role words
   * share a body's name with the phrase [a, b) around its head `h` ("UN" in "the UN chief"
   * and in "UN Secretary-General Antonio Guterres"); the latest such person, or null.
   * A body's name is a capitalised word of the phrase that is no role word ("The" is a
   * determiner; "Defence" in "the Defence chief" is a role word and names no body).
   */
  function headOfBody(a: number, b: number, h: number, at: number): Person | null {
    const body: string[] = [];
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      if (i !== h && t.pos !== 'DET' && /^\p{Lu}/u.test(t.text) && !lex.isRoleNoun(t)) body.push(lex.roleKey(t));
    }
    if (body.length === 0) return null;
    let found: Person | null = null;
    for (const p of people) {
      if (p.at >= at || !TOP_OFFICES.has(p.head)) continue;
      let shares = false;
      for (const w of body) if (p.words.has(w)) shares = true;
      if (shares && (found === null || p.at > found.at)) found = p;
    }
    return found;
  }

  /**
   * The organization named last before token `before` (within a few paragraphs), not a
   * news agency's credit in brackets ("(AFP)"), which is no actor of the story.
   */
  function lastNamedOrganization(before: number): Resolved | null {
    for (let i = before - 1; i >= 0 && before - i < 400; i--) {
      const n = ctx.nameAt[i];
      if (n === -1 || ctx.names[n].b !== i + 1) continue;
      const name = ctx.names[n];
      if (name.mention?.type !== 'ORGANIZATION') continue;
      if (tokens[name.a - 1]?.text === '(' && tokens[name.b]?.text === ')') continue;
      // Nor a medium or an addressee: "In a post on Telegram, the group said", "via X",
      // "told Reuters" (the platform or the paper carries the words of another).
      if (MEDIUM_MARKERS.has(tokens[name.a - 1]?.lower ?? '')) continue;
      return nameOf(name);
    }
    return null;
  }

  /**
   * A joint named source ("Russia and China said"): one speaker named by its members'
   * canonical names ("Russia and China", "Egypt, Qatar and United States"), linked to no
   * single entity, and no one person ("he" later is not the pair).
   */
  function jointSource(a: number, b: number): Resolved {
    const members: string[] = [];
    for (let i = a; i < b; i++) {
      const n = ctx.nameAt[i];
      if (n === -1 || ctx.names[n].a !== i) continue;
      const r = nameOf(ctx.names[n]);
      if (r.name !== null && !members.includes(r.name)) members.push(r.name);
    }
    const name = members.length <= 1 ? members.join('') : `${members.slice(0, -1).join(', ')} and ${members[members.length - 1]}`;
    return { name, entityId: null, person: false };
  }

  function nextNamedPerson(after: number): Resolved | null {
    const s = tokens[after].sentence;
    for (let i = after + 1; i < tokens.length && tokens[i].sentence <= s + 1; i++) {
      const n = ctx.nameAt[i];
      if (n === -1 || ctx.names[n].a !== i) continue;
      const r = nameOf(ctx.names[n]);
      if (r.person) return r;
    }
    return null;
  }

  /**
   * The first person named as a subject in the pronoun's sentence before it, or in the
   * sentence before; a sentence before that opens with the same pronoun carries the
   * chain one sentence further back, at most three ("Ferreyra is due to play ... He
   * turns 25 on the 21st ... “...,” he said": he is Ferreyra, not the last speaker).
   */
  function recentSubject(pronoun: number): { r: Resolved; at: number } | null {
    const s = tokens[pronoun].sentence;
    const p = tokens[pronoun].lower;
    const opensWith = (k: number): boolean => {
      const sent = input.sentences[k];
      let i = sent.tokenStart;
      while (i < sent.tokenEnd && tokens[i].kind === 'tabCRLF') i++;
      return i < sent.tokenEnd && tokens[i].lower === p;
    };
    for (let k = s; k >= 0 && k >= s - 4; k--) {
      if (k < s - 1 && !opensWith(k + 1)) break;
      const sent = input.sentences[k];
      const stop = k === s ? pronoun : sent.tokenEnd;
      // (A name inside a quote is the speaker's words, not the sentence's subject:
      // "“Martin has served ...,” she told"; nor is a name inside a reported clause:
      // "He said the prime minister had defended Osei". An inverted subject after a
      // copula is still one: "Among the guests was Claudie Moreau".)
      let quoted = false;
      let verb = false;
      for (let i = sent.tokenStart; i < stop; i++) {
        const t = tokens[i];
        if (t.lower === '"') quoted = !quoted;
        else if (t.text === '«' || t.text === '»') quoted = t.text === '«';
        if (quoted) continue;
        if (t.pos === 'VERB' && ctx.nameAt[i] === -1 && lex.verbCue(t) !== null) verb = true;
        const n = ctx.nameAt[i];
        if (n === -1 || ctx.names[n].a !== i) continue;
        if (verb) break;
        let before = i - 1;
        while (before >= sent.tokenStart && (tokens[before].kind === 'tabCRLF' || tokens[before].pos === 'DET' || tokens[before].pos === 'ADJ' || lex.isNameTitle(tokens[before]))) before--;
        if (before >= sent.tokenStart && tokens[before].pos === 'ADP') continue; // "in Rome", "with Trump"
        // A possessor inside the subject ("Italy's minister Gilberto Pichetto Fratin").
        const after = tokens[ctx.names[n].b];
        if (after && (after.lower === "'s" || after.lower === "'")) continue;
        const r = nameOf(ctx.names[n]);
        if (r.person) return { r, at: tokens[i].start };
        break; // the first name is not a person: no subject to offer
      }
    }
    return null;
  }

  /** The person named last in the pronoun's sentence or the two before whom the article shows to be "he" or "she". */
  function shownNearby(pronoun: number, p: string): Resolved | null {
    const s = tokens[pronoun].sentence;
    const from = input.sentences[Math.max(0, s - 2)].tokenStart;
    for (let i = pronoun - 1; i >= from; i--) {
      const n = ctx.nameAt[i];
      if (n === -1 || ctx.names[n].b !== i + 1) continue;
      const r = nameOf(ctx.names[n]);
      if (r.person && r.name !== null && genders.get(r.name) === p) return r;
    }
    return null;
  }

  /** The person named last before token `before`; with a pronoun, one it may stand for. */
  function lastNamedPerson(before: number, pronoun?: string, typed = false): Resolved | null {
    for (let i = before - 1; i >= 0 && before - i < 400; i--) {
      const n = ctx.nameAt[i];
      if (n === -1 || ctx.names[n].b !== i + 1) continue;
      // (typed: only a name the entity stage found a person, not a stand-in run of capitals)
      if (typed && ctx.names[n].mention?.type !== 'PERSON') continue;
      // (A word opening a quote is the quoted words', not a speaker: "« Keep counting »".)
      const open = tokens[ctx.names[n].a - 1]?.kind === 'tabCRLF' ? tokens[ctx.names[n].a - 2] : tokens[ctx.names[n].a - 1];
      if (open && (open.text === '«' || open.text === '“' || (open.lower === '"' && ctx.names[n].a >= 2 && tokens[ctx.names[n].a - 2]?.kind === 'tabCRLF'))) continue;
      const r = nameOf(ctx.names[n]);
      if (r.person && (pronoun === undefined || fits(r, pronoun))) return r;
    }
    return null;
  }

  function sentenceStart(i: number): number {
    return input.sentences[tokens[i].sentence].tokenStart;
  }

  function spanOf(a: number, b: number): Span {
    return { start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) };
  }
}

/** True when token `i` is a hyphen written between two words with no space ("Secretary-General"). */
/**
 * A role word's key; a hyphenated office whose last word only modifies ("Secretary-General",
 * "Director-General", "Attorney-General") is keyed as the compound: "the
 * secretary-general" is not "the secretary". ("Vice-President" stays "president", as
 * "Vice President" does.)
 */
function roleKeyAt(tokens: readonly Token[], i: number, lex: Lexicon): string {
  const key = lex.roleKey(tokens[i]);
  if (i < 2 || !ROLE_MODIFIERS.has(key) || !gluedHyphen(tokens, i - 1) || !lex.isRoleNoun(tokens[i - 2])) return key;
  return `${lex.roleKey(tokens[i - 2])}-${key}`;
}

/** The compound office a hyphen at i closes ("Secretary|-|General"), or null. */
function compoundOfficeAt(tokens: readonly Token[], i: number, lex: Lexicon): string | null {
  if (!gluedHyphen(tokens, i)) return null;
  const key = roleKeyAt(tokens, i + 1, lex);
  return key.includes('-') ? key : null;
}

const lastWord = (s: string): string => s.split(/\s+/).pop()!.toLowerCase();

function spanText(ctx: PhraseContext, a: number, b: number): string {
  return ctx.text.slice(ctx.tokens[a].start, ctx.tokens[b - 1].end);
}

/** The fullest name ending with each last word ("kirby" -> "John Kirby"). */
function fullestNames(ctx: PhraseContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of ctx.names) {
    const s = spanText(ctx, n.a, n.b);
    const key = lastWord(s);
    const had = out.get(key);
    if (!had || s.length > had.length) out.set(key, s);
  }
  return out;
}

/** Words before or in apposition to a name that show a person's gender, as "he" or "she". */
const GENDER_WORDS = new Map<string, string>([
  ['mr', 'he'], ['sir', 'he'], ['lord', 'he'], ['king', 'he'], ['prince', 'he'], ['father', 'he'], ['husband', 'he'], ['son', 'he'], ['brother', 'he'],
  ['spokesman', 'he'], ['chairman', 'he'], ['congressman', 'he'], ['businessman', 'he'], ['actor', 'he'], ['grandfather', 'he'], ['uncle', 'he'], ['nephew', 'he'],
  ['mrs', 'she'], ['ms', 'she'], ['miss', 'she'], ['madam', 'she'], ['dame', 'she'], ['lady', 'she'], ['queen', 'she'], ['princess', 'she'], ['mother', 'she'],
  ['wife', 'she'], ['daughter', 'she'], ['sister', 'she'], ['spokeswoman', 'she'], ['chairwoman', 'she'], ['congresswoman', 'she'], ['businesswoman', 'she'],
  ['actress', 'she'], ['grandmother', 'she'], ['aunt', 'she'], ['niece', 'she'],
]);

/**
 * The gender each person's name shows where the article shows it: a courtesy title
 * ("Mr. Trump", "Mrs. Clinton") or a gendered noun just before the name or in an
 * apposition right after it ("spokeswoman Jen Psaki", "Chelsea Clinton, the daughter
 * of ..."). Keyed by canonical name; the first sign wins; two signs that disagree leave
 * the gender unknown.
 */
function gendersShown(ctx: PhraseContext, nameOf: (n: NameSpan) => Resolved): Map<string, string> {
  const { tokens } = ctx;
  const out = new Map<string, string>();
  const mixed = new Set<string>();
  const key = (t: Token | undefined): string | undefined => (t ? GENDER_WORDS.get(t.lower.replace(/\.$/, '')) : undefined);
  for (const n of ctx.names) {
    let g: string | undefined;
    for (let i = n.a - 1; i >= 0 && n.a - i <= 2 && !g; i--) {
      if (tokens[i].kind === 'tabCRLF' || tokens[i].lower === ',') break;
      g = key(tokens[i]);
    }
    if (!g && tokens[n.b]?.lower === ',') {
      for (let i = n.b + 1; i < tokens.length && i - n.b <= 4 && !g; i++) {
        // ("Schilling, through a spokeswoman, declined": a noun after a preposition is someone else.)
        if (tokens[i].pos === 'PUNCT' || tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || tokens[i].pos === 'ADP') break;
        g = key(tokens[i]);
      }
    }
    if (!g) continue;
    const r = nameOf(n);
    if (!r.person || r.name === null || mixed.has(r.name)) continue;
    const had = out.get(r.name);
    if (had && had !== g) {
      out.delete(r.name);
      mixed.add(r.name);
    } else out.set(r.name, g);
  }
  return out;
}

/**
 * Every person named with a role: titles right before the name ("Prime Minister
 * Benjamin Netanyahu", "the American Secretary of State Antony Blinken") and an
 * apposition right after it ("John Kirby, spokesperson for the National Security Council").
 */
function peopleWithRoles(ctx: PhraseContext, nameOf: (n: NameSpan) => Resolved): Person[] {
  const { tokens, lex } = ctx;
  const people: Person[] = [];
  for (const n of ctx.names) {
    const r = nameOf(n);
    if (!r.person || r.name === null) continue;
    const words = new Set<string>();
    let head = '';
    // Titles before the name, nearest first; "of" joins "Secretary of State", a hyphen
    // "Secretary-General" (one office: its key is the compound), and a capitalised
    // participle stays in the title ("IMF Managing Director").
    for (let i = n.a - 1; i >= 0 && n.a - i <= 8; i--) {
      const t = tokens[i];
      // (Another compound ends the title, as any punctuation does: "front-runner".)
      const office = compoundOfficeAt(tokens, i, lex);
      if (office !== null) {
        head = office;
        words.add(head);
        continue;
      }
      if (t.pos === 'VERB' && /^\p{Lu}/u.test(t.text) && /ing$/.test(t.lower) && lex.isRoleNoun(tokens[i + 1])) continue;
      if (t.kind === 'tabCRLF' || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'DET') break;
      if (t.lower === 'of') continue;
      if (t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'PRON' || t.pos === 'AUX') break;
      const key = lex.roleKey(t);
      words.add(key);
      if (!head && lex.isRoleNoun(t) && !ROLE_MODIFIERS.has(key)) head = key;
    }
    // A role in apposition before the name: "Ukraine's agriculture minister, Mykola
    // Solskyi", "The Commissioner for Agriculture, Janusz Wojciechowski".
    if (!head && tokens[n.a - 1]?.lower === ',') {
      for (let i = n.a - 2; i >= 0 && n.a - i <= 8; i--) {
        const t = tokens[i];
        if (t.lower === 'of' || t.lower === 'for') continue;
        if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')) break;
        const key = lex.roleKey(t);
        words.add(key);
        if (!head && lex.isRoleNoun(t) && !ROLE_MODIFIERS.has(key)) head = key;
      }
    }
    // The entity stage's role span, when it found one, counts as well.
    const role = n.mention?.role;
    if (role) {
      for (let i = tokenIndexAt(tokens, role.start); i < tokens.length && tokens[i].start < role.end; i++) {
        const key = roleKeyAt(tokens, i, lex);
        words.add(key);
        if (key.includes('-')) head = key;
        else if (lex.isRoleNoun(tokens[i]) && !ROLE_MODIFIERS.has(key) && !head.includes('-')) head = key;
      }
    }
    // An apposition after the name: ", spokesperson for ...", ", the prime minister".
    let k = n.b;
    if (tokens[k]?.lower === ',') {
      k++;
      if (tokens[k]?.pos === 'DET') k++;
      let ofBody = false; // past "of": the body's words, never the head ("president of the New Democrat Network")
      for (; k < tokens.length && k - n.b <= 6; k++) {
        const t = tokens[k];
        // ("Tedros Adhanom Ghebreyesus, director-general of the WHO": one office, and
        // the body it heads after "of".)
        const office = compoundOfficeAt(tokens, k, lex);
        if (office !== null) {
          head = office;
          words.add(head);
          continue;
        }
        if (t.lower === 'of' && head && !ofBody && (tokens[k + 1]?.pos === 'DET' || tokens[k + 1]?.pos === 'PROPN')) {
          if (tokens[k + 1].pos === 'DET') k++;
          ofBody = true;
          continue;
        }
        if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN')) break;
        const key = lex.roleKey(t);
        words.add(key);
        if (!ofBody && lex.isRoleNoun(t) && !ROLE_MODIFIERS.has(key) && !head.includes('-')) head = key;
      }
    }
    if (head) people.push({ canonical: r.name, entityId: r.entityId, head, words, at: tokens[n.a].start });
  }
  return people;
}

