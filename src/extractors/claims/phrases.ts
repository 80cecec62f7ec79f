/**
 * Speaker phrases at an attribution site: the noun phrase, name or pronoun that says
 * who is speaking, found on wink tokens around a cue.
 *
 * Names come from the names layer when the entity stage found them; where it found
 * none, runs of proper nouns stand in (with leading titles cut off: "Prime Minister
 * Benjamin Netanyahu" -> "Benjamin Netanyahu"), so that claims work before and beside
 * the entity stage. All searches look at a bounded window of tokens.
 */
import type { NameMention, SpeakerForm, Token } from '../../pipeline/document';
import { tokenAt } from '../../pipeline/text-layer';
import type { Lexicon } from './lexicon';

/** A name as a token range, linked to its mention in the names layer when it has one. */
export interface NameSpan {
  /** Token range [a, b). */
  a: number;
  b: number;
  mention: NameMention | null;
}

/** The phrase naming a speaker: token range [a, b) of the mention and its form. */
export interface SpeakerPhrase {
  a: number;
  b: number;
  form: SpeakerForm;
  /** The name covering the phrase's head, when the head is a name. */
  name: NameSpan | null;
  /** The whole noun phrase [from, next): the mention may be only its name part. */
  from: number;
  next: number;
}

export interface PhraseContext {
  text: string;
  tokens: readonly Token[];
  lex: Lexicon;
  names: NameSpan[];
  /** Name index per token, or -1. */
  nameAt: Int32Array;
}

const MAX_NP = 10;
const HEADLINE_VERBS = new Set(['says', 'said', 'tells', 'told', 'warns', 'warned', 'claims', 'praises', 'slams', 'blasts', 'urges', 'denies', 'confirms', 'announces', 'reveals', 'admits', 'vows', 'insists', 'endorses']);

const isQuoteMarkToken = (t: Token): boolean => t.lower === '"' || t.text === '\u201c' || t.text === '\u201d';
const isPossessive = (t: Token): boolean => t.lower === "'s" || t.lower === "'" || (t.pos === 'PART' && t.lower.endsWith("'s"));
/** Days, months and relative time words: the dateline of an attribution, not its subject. */
const TIME_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.',
  'today', 'yesterday', 'tonight', 'on', 'last', 'this', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night',
]);
const isNpWord = (t: Token): boolean =>
  t.kind !== 'tabCRLF' && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM');
/**
 * A plural common noun at token `i` ("officials", "residents"). Wink tags a capitalised
 * one opening a sentence as a proper noun without a lemma, and the stand-in names take it
 * up: a lone capitalised word ending in a plural -s there counts as well.
 */
function groupNoun(ctx: PhraseContext, i: number, floor: number): boolean {
  const t = ctx.tokens[i];
  if (t.pos === 'NOUN') return ctx.nameAt[i] === -1 && t.lower !== t.lemma.toLowerCase() && t.lower.endsWith('s');
  const n = ctx.nameAt[i];
  const opens = i === floor || ctx.tokens[i - 1].kind !== 'word';
  return t.pos === 'PROPN' && opens && /[a-z][^su]s$/.test(t.text) && (n === -1 || (ctx.names[n].mention === null && ctx.names[n].a === i && ctx.names[n].b === i + 1));
}
const isHead = (t: Token): boolean => t.pos === 'PROPN' || t.pos === 'NOUN';
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Determiners, possessive pronouns included ("his office said"). */
const isDeterminer = (t: Token): boolean => (t.pos === 'DET' && t.lower !== 'that' && t.lower !== 'which' && t.lower !== 'what' && t.lower !== 'whatever') || (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower));
const isCapitalised = (t: Token): boolean => /^[A-Z]/.test(t.text);

/**
 * Index the names of a document by token. Mentions from the names layer come first;
 * runs of capitalised proper nouns no mention covers are added as stand-ins, cut after
 * their last title word.
 */
export function indexNames(text: string, tokens: readonly Token[], names: readonly NameMention[], lex: Lexicon): PhraseContext {
  const nameAt = new Int32Array(tokens.length).fill(-1);
  const spans: NameSpan[] = [];
  for (const m of names) {
    const a = tokenAt(tokens, m.start);
    let b = a;
    while (b < tokens.length && tokens[b].start < m.end) b++;
    if (b <= a) continue;
    // A name cut inside a word wink split ("Czes|ław") takes the rest of the word.
    while (b < tokens.length && b > a && tokens[b].space === '' && /^\p{L}+$/u.test(tokens[b].text) && /\p{L}$/u.test(tokens[b - 1].text)) b++;
    for (let i = a; i < b; i++) nameAt[i] = spans.length;
    spans.push({ a, b, mention: m });
  }
  let i = 0;
  while (i < tokens.length) {
    if (nameAt[i] !== -1 || tokens[i].pos !== 'PROPN' || !isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    // A title-case headline tags its verbs as proper nouns ("Obama Says ..."): a cue verb ends the name.
    const carries = (t: Token): boolean => t.pos === 'PROPN' && isCapitalised(t) && (j === i || t.space !== '' || t.text === '.');
    while (j < tokens.length && nameAt[j] === -1 && carries(tokens[j]) && !HEADLINE_VERBS.has(tokens[j].lower)) j++;
    let a = i;
    for (let k = i; k < j; k++) if (lex.isNameTitle(tokens[k])) a = k + 1;
    // "the Swede", "the Argentine": a nationality after "the" is a role noun, not a name.
    if (j === a + 1 && tokens[a - 1]?.lower === 'the' && lex.isDemonymNoun(tokens[a])) a = j;
    if (a < j) {
      for (let k = a; k < j; k++) nameAt[k] = spans.length;
      spans.push({ a, b: j, mention: null });
    }
    // A headline verb at i stops the run before it starts: step past it all the same.
    i = Math.max(j, i + 1);
  }
  spans.sort((x, y) => x.a - y.a);
  nameAt.fill(-1);
  spans.forEach((s, n) => {
    for (let k = s.a; k < s.b; k++) nameAt[k] = n;
  });
  return { text, tokens, lex, names: spans, nameAt };
}

/**
 * Classify the noun phrase [a, b): a name at its head, a role noun, or a description.
 * `afterCue`: the phrase follows its cue ("said Russia and China").
 */
function classify(ctx: PhraseContext, a: number, b: number, afterCue = false, ofHead = -1): SpeakerPhrase {
  const headName = ctx.nameAt[b - 1];
  // "the mayor of Rome", "members of Hamas", "the wife of Donald Trump": the noun before
  // "of" heads the phrase, not the name in its complement. A capitalised title before a
  // person's name is that name's title ("Secretary of State Antony Blinken").
  if (ofHead >= a && headName !== -1) {
    const h = ctx.tokens[ofHead];
    const type = ctx.names[headName].mention?.type;
    const hn = ctx.nameAt[ofHead];
    if ((hn === -1 || ctx.names[hn].mention === null) && (!(isCapitalised(h) && ctx.lex.isNameTitle(h)) || (type !== undefined && type !== 'PERSON'))) return classifyCommon(ctx, a, b, ofHead);
  }
  if (headName !== -1) {
    const n = ctx.names[headName];
    const joint = jointStart(ctx, a, n, afterCue);
    return { a: joint >= 0 ? joint : Math.max(a, n.a), b: Math.min(b, n.b), form: 'name', name: n, from: a, next: b };
  }
  return classifyCommon(ctx, a, b, b - 1);
}

/** A phrase headed by a common noun at `h`: a role noun names one person, else a description. */
function classifyCommon(ctx: PhraseContext, a: number, b: number, h: number): SpeakerPhrase {
  // A role names one known person ("the prime minister"); plural or indefinite roles
  // ("two officials", "a spokesman") are unnamed sources, kept as descriptions.
  const head = ctx.tokens[h];
  const plural = head.lower !== head.lemma.toLowerCase() && head.lower.endsWith('s');
  const first = ctx.tokens[a];
  const indefinite = first.pos === 'NUM' || ['a', 'an', 'some', 'several', 'many', 'other', 'two', 'three'].includes(first.lower);
  const role = (ctx.lex.isRoleNoun(head) || (h === b - 1 && first.lower === 'the' && ctx.lex.isDemonymNoun(head))) && !plural && !indefinite;
  return { a, b, form: role ? 'role' : 'description', name: null, from: a, next: b };
}

/**
 * Where a joint named source starts ("Russia and China", "Egypt, Qatar and the United
 * States"): names joined by "and" (commas before it) up to the phrase's head name `n`,
 * which ANNOTATION.md makes one speaker. -1 when the head name stands alone. Before its
 * cue the first name must open the subject: after a verb or a preposition it is an
 * object ("Hamas attacked Israel and Netanyahu said").
 */
function jointStart(ctx: PhraseContext, a: number, n: NameSpan, afterCue: boolean): number {
  const { tokens } = ctx;
  // After a verb or a preposition a name is an object or an adjunct ("In Gaza, ...").
  const opensSubject = (i: number): boolean => {
    const before = tokens[tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1];
    return !before || !(before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'AUX');
  };
  let k = n.a - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (k <= a || (tokens[k].lower !== 'and' && tokens[k].text !== '&')) return -1;
  k--;
  if (tokens[k].text === ',') k--; // "Egypt, Qatar, and Jordan"
  let start = -1;
  while (k >= a) {
    const m = ctx.nameAt[k];
    if (m === -1 || ctx.names[m].b !== k + 1 || ctx.names[m].a < a) break;
    if (start >= 0 && !afterCue && !opensSubject(ctx.names[m].a)) {
      // "Officials in Egypt, Qatar and Jordan": the list completes a noun's preposition,
      // and names no source; "In Gaza, Hamas and Fatah said": an opening adjunct.
      const head = tokens[ctx.names[m].a - 2];
      if (head && (head.pos === 'NOUN' || head.pos === 'PROPN')) return -1;
      break;
    }
    start = ctx.names[m].a;
    k = start - 1;
    if (tokens[k]?.lower === 'the') k--;
    if (k < a || tokens[k].text !== ',') break;
    k--;
  }
  if (start < 0 || afterCue) return start;
  return opensSubject(start) ? start : -1;
}

/** A one-token phrase: a pronoun or a relative pronoun. */
export const single = (i: number, form: SpeakerForm): SpeakerPhrase => ({ a: i, b: i + 1, form, name: null, from: i, next: i + 1 });

/**
 * The noun phrase that ends at token `end` (exclusive), or null. Reads backwards over
 * modifiers, possessives and "and" (a joint source is one speaker), up to a determiner.
 */
export function nounPhraseBefore(ctx: PhraseContext, end: number, floor: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  const headIndex = end - 1;
  // A token inside a found name is a name word whatever wink's tag.
  const inName = (i: number): boolean => ctx.nameAt[i] !== -1 && tokens[i].kind !== 'tabCRLF';
  // "Six in 10 (say)", "About 4 in 10": a proportion is a noun phrase of its own.
  if (headIndex - 2 >= floor && tokens[headIndex].pos === 'NUM' && tokens[headIndex - 1].lower === 'in' && tokens[headIndex - 2].pos === 'NUM') {
    return classify(ctx, headIndex - 2, end);
  }
  // A role noun heads the phrase whatever wink's tag ("The UN chief/ADJ urged"); so does
  // a gerund after a determiner or a modifier ("Exit polling showed", "the same polling suggests").
  const gerund = (i: number): boolean => i - 1 >= floor && tokens[i].pos === 'VERB' && /[a-z]ing$/.test(tokens[i].lower) && (isDeterminer(tokens[i - 1]) || ['ADJ', 'NOUN', 'PROPN'].includes(tokens[i - 1].pos) || isPossessive(tokens[i - 1]));
  // An adjective used as a noun after "the" heads its phrase ("the military/ADJ said",
  // "the accused told"; Quirk et al. 7.23, nominal adjectives), for those that name
  // people or a body; others are the start of a phrase ("the political ...", "the same").
  const nominalAdjective = tokens[headIndex]?.pos === 'ADJ' && headIndex - 1 >= floor && tokens[headIndex - 1].lower === 'the' && NOMINAL_ADJECTIVES.has(tokens[headIndex].lower);
  if (headIndex < floor || !(isHead(tokens[headIndex]) || inName(headIndex) || ctx.lex.isRoleNoun(tokens[headIndex]) || gerund(headIndex) || nominalAdjective)) return null;
  let a = gerund(headIndex) && !isHead(tokens[headIndex]) ? headIndex : end;
  let joined = false;
  let ofHead = -1;
  while (a - 1 >= floor && end - a < MAX_NP) {
    const t = tokens[a - 1];
    if (isNpWord(t) || inName(a - 1) || (isPossessive(t) && a < end)) {
      a--;
      continue;
    }
    // A hyphen written without spaces joins one compound word ("three-quarters").
    if (t.text === '-' && a < end && a - 2 >= floor && isNpWord(tokens[a - 2]) && tokens[a - 2].end === t.start && t.end === tokens[a].start) {
      a--;
      continue;
    }
    if (t.lower === 'and' && a < end && a - 2 >= floor && isNpWord(tokens[a - 2])) {
      a--;
      joined = true;
      continue;
    }
    // A list of names before its "and" ("Egypt, Qatar and Jordan said").
    if (t.text === ',' && joined && a - 2 >= floor && inName(a - 2) && inName(a)) {
      a--;
      continue;
    }
    if (isDeterminer(t)) a--;
    // "three-quarters of the voters", "the head of the agency": an of-phrase joins the
    // noun before it (the head stays where the phrase ends, so a name keeps its span).
    if (a - 2 >= floor && tokens[a - 1].lower === 'of' && (isNpWord(tokens[a - 2]) || tokens[a - 2].lower === 'most' || tokens[a - 2].lower === 'many') && end - a < MAX_NP) {
      a -= 1;
      ofHead = a - 1;
      continue;
    }
    // "A spokesman for the Ministry of Economy, Trade and Industry", "the spokeswoman for
    // the agency": a role noun with "for" and the body it speaks for heads the phrase, as
    // "the head of the agency" does; the body only completes it (ANNOTATION.md: a
    // description keeps its own words). The role and up to two modifiers and a
    // determiner before it close the phrase.
    if (a - 2 >= floor && tokens[a - 1].lower === 'for' && ctx.nameAt[a - 2] === -1 && ctx.lex.isRoleNoun(tokens[a - 2])) {
      ofHead = a - 2;
      a -= 2;
      while (a - 1 >= floor && ofHead - a < 2 && ctx.nameAt[a - 1] === -1 && (tokens[a - 1].pos === 'ADJ' || tokens[a - 1].pos === 'NOUN')) a--;
      if (a - 1 >= floor && isDeterminer(tokens[a - 1])) a--;
      break;
    }
    // "The Transport Ministry in Berlin said": an organization located by the place
    // where it sits is the source, and the place only a modifier.
    const located = locatedOrganization(ctx, a, end, floor);
    if (located) return located;
    // "Officials in Egypt, Qatar and Jordan", "residents from the north": a group
    // located by a prepositional phrase is one description (its head the plural noun).
    if (a - 2 >= floor && (tokens[a - 1].lower === 'in' || tokens[a - 1].lower === 'from') && groupNoun(ctx, a - 2, floor) && end - a < MAX_NP) {
      a -= 1;
      ofHead = a - 1;
      continue;
    }
    break;
  }
  return classify(ctx, a, end, false, ofHead);
}

/**
 * "The Interior Ministry in Rome", "a spokesman in Kyiv", "a doctor from Gaza": when
 * [a, end) is one PLACE name after "in"/"at"/"from" that follows an ORGANIZATION's name
 * or a singular noun, the organization's phrase, or the description with its place
 * (headed by the noun, as "Officials in Berlin" is), `next` staying `end`; else null.
 */
function locatedOrganization(ctx: PhraseContext, a: number, end: number, floor: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  const place = ctx.nameAt[a];
  // The place is one PLACE name, or a place's kind noun with its determiner or name:
  // "the health ministry in North Kordofan state", "a spokesman in the capital".
  const named = place !== -1 && ctx.names[place].a === a && ctx.names[place].mention?.type === 'PLACE';
  const placeKind = end - a >= 2 && end - a <= 4 && PLACE_KIND_NOUNS.has(tokens[end - 1].lower) && ctx.nameAt[end - 1] === -1 && (named || isDeterminer(tokens[a]));
  if (!placeKind && (!named || ctx.names[place].b !== end)) return null;
  if (a - 2 < floor || !LOCATING_PREPOSITIONS.has(tokens[a - 1].lower)) return null;
  const org = ctx.nameAt[a - 2];
  // A phrase after a verb is its object, not the subject ("Grassley, who faces a
  // challenge in Iowa, said"); so is a description after a preposition ("Clinton, at a
  // town hall meeting in Columbus, said"), while a body after one may still be the
  // antecedent of a relative ("economists at the University of California at Berkeley, who").
  const opensSubject = (i: number, prepositions: boolean): boolean => i - 1 < floor || !(tokens[i - 1].pos === 'VERB' || tokens[i - 1].pos === 'AUX' || (prepositions && tokens[i - 1].pos === 'ADP'));
  let phrase: SpeakerPhrase | null = null;
  if (org !== -1 && ctx.names[org].b === a - 1 && ctx.names[org].mention?.type === 'ORGANIZATION') {
    let s = ctx.names[org].a;
    if (s - 1 >= floor && isDeterminer(tokens[s - 1])) s--;
    if (opensSubject(s, false)) phrase = classify(ctx, s, a - 1);
  } else if (org === -1 && tokens[a - 2].pos === 'NOUN' && !(placeKind && ctx.lex.isDocumentNoun(tokens[a - 2])) && !groupNoun(ctx, a - 2, floor) && !(tokens[a - 1].lower === 'from' && (ctx.lex.isDocumentNoun(tokens[a - 2]) || MESSAGE_NOUNS.has(tokens[a - 2].lower)))) {
    // ("An email from X", "a letter from X": a document from someone is theirs.)
    // A description keeps its place, as a group's does: "a spokesman in Kyiv".
    const np = nounPhraseBefore(ctx, a - 1, floor);
    if (np && np.form !== 'name' && opensSubject(np.a, true)) phrase = classifyCommon(ctx, np.a, end, a - 2);
  }
  if (phrase) phrase.next = end;
  return phrase;
}
const LOCATING_PREPOSITIONS = new Set(['in', 'at', 'from']);
/** Adjectives that stand as nouns for people or a body after "the" (Quirk et al. 7.23). */
const NOMINAL_ADJECTIVES = new Set(['military', 'accused', 'wounded', 'injured', 'elderly', 'unemployed', 'bereaved', 'deceased', 'poor', 'rich', 'young', 'faithful', 'living']);
/** Prepositions that open a role's complement ("coordinator for Sudan", "head of the agency in Geneva"). */
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'in', 'at', 'to']);
/** Kinds of place that end a locating phrase in place of a name ("in the capital", "in Darfur state"). */
const PLACE_KIND_NOUNS = new Set(['state', 'province', 'region', 'city', 'capital', 'town', 'district', 'county', 'country', 'area', 'village', 'territory']);
/** Messages that come "from" their writer ("an email from X"), beside the lexicon's documents. */
const MESSAGE_NOUNS = new Set(['email', 'e-mail', 'tweet', 'message', 'text', 'note', 'post', 'statement', 'cable']);

/**
 * The noun phrase that starts at token `start`, or null (used for "said the prime minister").
 * With `verbModifiers`, words wink tags as verbs may modify the head ("exit/VERB
 * polling/VERB data"): for places where only a noun phrase can stand ("according to").
 */
export function nounPhraseAfter(ctx: PhraseContext, start: number, ceiling: number, verbModifiers = false, located = false): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  let i = start;
  while (i < ceiling && tokens[i].kind === 'tabCRLF') i++;
  if (i >= ceiling) return null;
  i = datelineEnd(ctx, i, ceiling);
  if (i >= ceiling) return null;
  if (lex.isSpeakerPronoun(tokens[i])) return single(i, 'pronoun');
  const a = i;
  if (isDeterminer(tokens[i])) i++;
  let lastHead = -1;
  while (i < ceiling && i - a < MAX_NP) {
    const t = tokens[i];
    // A token inside a name the entity stage found is a name word whatever wink's tag
    // ("the Associated/VERB Press").
    const inName = ctx.nameAt[i] !== -1 && t.kind !== 'tabCRLF';
    if (isNpWord(t) || inName) {
      if (isHead(t) || inName) lastHead = i;
      i++;
      continue;
    }
    if (verbModifiers && (t.pos === 'VERB' || (t.pos === 'ADV' && lastHead === -1)) && i + 1 < ceiling && (isNpWord(tokens[i + 1]) || tokens[i + 1].pos === 'VERB')) {
      i++;
      continue;
    }
    // "according to polling by the AFL-CIO": a gerund heads the phrase.
    if (verbModifiers && lastHead === -1 && t.pos === 'VERB' && t.lower.endsWith('ing')) {
      lastHead = i;
      i++;
      break;
    }
    // A hyphen written without spaces joins one compound word ("far-right", "well-known").
    const compound = (k: number): boolean => k + 2 < ceiling && tokens[k + 1].text === '-' && tokens[k].end === tokens[k + 1].start && tokens[k + 1].end === tokens[k + 2].start && isNpWord(tokens[k + 2]);
    if ((isPossessive(t) || t.lower === 'and') && i + 1 < ceiling && (isNpWord(tokens[i + 1]) || compound(i + 1))) {
      i++;
      continue;
    }
    if (t.kind === 'word' && compound(i)) {
      i += 2;
      continue;
    }
    break;
  }
  if (lastHead === -1) return null;
  let phrase = classify(ctx, a, lastHead + 1, true);
  phrase.next = i;
  // "said one guide in St. Goar": an inverted subject (`located`) that is a description
  // keeps the place that locates it, as before its cue ("Officials in Berlin said").
  // (Only there: an object's place may begin a list, "noting conditions in China, Europe".)
  if (located && phrase.form !== 'name' && i + 1 < ceiling && LOCATING_PREPOSITIONS.has(tokens[i].lower)) {
    const n = ctx.nameAt[i + 1];
    if (n !== -1 && ctx.names[n].a === i + 1 && ctx.names[n].b <= ceiling && ctx.names[n].mention?.type === 'PLACE') {
      phrase = classifyCommon(ctx, a, ctx.names[n].b, lastHead);
      phrase.next = ctx.names[n].b;
      i = phrase.next;
    }
  }
  // "France's far-right party leader, Marine Le Pen, voiced ...": a person's name in
  // apposition says who the description is.
  if (phrase.form !== 'name' && i < tokens.length && tokens[i].lower === ',') {
    let k = i + 1;
    while (k < ceiling && k - i <= 4 && (lex.isNameTitle(tokens[k]) || tokens[k].text === '.') && ctx.nameAt[k] === -1) k++;
    const n = k < ceiling ? ctx.nameAt[k] : -1;
    if (n !== -1 && ctx.names[n].a === k) {
      const name = ctx.names[n];
      const type = name.mention?.type;
      const close = name.b < ceiling ? beforeLabelsAfter(tokens, name.b, ceiling) : -1;
      const person = type === 'PERSON' || (type === undefined && name.b - name.a >= 2);
      if (person && close !== -1 && tokens[close].lower === ',') return { a: name.a, b: name.b, form: 'name', name, from: a, next: i };
    }
  }
  return phrase;
}

/** The token after a party label in brackets at `i` ("(R-Wis.)"), or `i` itself. */
function beforeLabelsAfter(tokens: readonly Token[], i: number, ceiling: number): number {
  if (tokens[i].text !== '(') return i;
  for (let k = i + 1; k < ceiling && k - i <= 8; k++) if (tokens[k].text === ')') return k + 1 < ceiling ? k + 1 : -1;
  return -1;
}

const DATELINE_DASHES = new Set(['-', '--', '—', '–', '―']);

/**
 * Where the story starts after a dateline opening the sentence at `i` ("WASHINGTON —",
 * "PARIS, Aug 31 (Reuters) -", "New York (AFP) –"): the token after its dash, else `i`.
 * A dateline is capitalised words, commas, abbreviations, a day and a credit in brackets,
 * and it is in capitals, has a comma or has a credit ("Hamas — which runs Gaza — said"
 * is a subject with an apposition).
 */
function datelineEnd(ctx: PhraseContext, i: number, ceiling: number): number {
  const { tokens } = ctx;
  if (!isCapitalised(tokens[i]) || i > 0 && tokens[i - 1].kind === 'word' && tokens[i - 1].text !== '.') return i;
  let marked = /^[A-Z]{2,}$/.test(tokens[i].text);
  let bracket = false;
  for (let j = i + 1; j < ceiling && j - i <= 12; j++) {
    const t = tokens[j];
    if (DATELINE_DASHES.has(t.text) && t.space !== '' && marked) return j + 1 < ceiling && tokens[j + 1] ? j + 1 : i;
    if (t.text === '(') bracket = true;
    else if (t.text === ')') {
      if (!bracket) return i;
      bracket = false;
      marked = true;
    } else if (t.text === ',') marked = true;
    else if (!(bracket || isCapitalised(t) || t.text === '.' || t.pos === 'NUM')) return i;
  }
  return i;
}

/**
 * The subject of the cue at token `cue`: the phrase just before it, past adverbs and
 * auxiliaries ("also said", "has repeatedly said"), past an apposition between commas
 * ("John Kirby, spokesperson for the NSC, reiterates"). A pronoun right after a name
 * is a translation's doubled subject ("The Wall Street Journal he highlighted"): the
 * name is the speaker.
 */
export function subjectBefore(ctx: PhraseContext, cue: number, floor: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  let j = cue - 1;
  let skipped = 0;
  let timed = false;
  while (j >= floor && skipped < 6) {
    const w = tokens[j];
    // Any adverb may stand there ("Fact-checkers soon noted", "have long complained",
    // "She has since said"), except one that links clauses ("so said").
    const adverb = (w.pos === 'ADV' && !CLAUSE_ADVERBS.has(w.lower) && !QUANTIFIERS.has(w.lower) && !FRACTIONS.has(w.lower)) || (w.lower === 'since' && j + 1 <= cue && (tokens[j + 1].pos === 'VERB' || tokens[j + 1].pos === 'AUX'));
    if (lex.isBetweenSubjectAndCue(w) || w.kind === 'tabCRLF' || (adverb && j - 1 >= floor && tokens[j - 1].lower !== ',')) {
      skipped++;
      j--;
      continue;
    }
    // A time adverbial is never the speaker: "the senator on Tuesday said", "a report
    // published Wednesday said" (the participle goes with the time, the head before it).
    if (TIME_WORDS.has(w.lower) || (w.pos === 'NUM' && timed)) {
      timed = true;
      skipped++;
      j--;
      continue;
    }
    if (timed && w.pos === 'VERB' && /ed$/.test(w.lower)) {
      timed = false;
      skipped++;
      j--;
      continue;
    }
    break;
  }
  // A parenthesis after a name is a label ("Paul Ryan (R-WI) said"): read past it. (The
  // text layer keeps a label wink cut at its abbreviation, "(I-Vt.)", in one sentence.)
  if (j >= floor && tokens[j].lower === ')') {
    let k = j - 1;
    while (k >= floor && j - k <= 8 && tokens[k].lower !== '(' && tokens[k].lower !== ')') k--;
    if (k >= floor && tokens[k].lower === '(') j = k - 1;
  }
  // An apposition that ends in a quote ("Manafort, citing “the magic of Trump,” said"):
  // the comma inside the closing mark closes it.
  while (j > floor && (tokens[j].lower === '"' || tokens[j].text === "'" || tokens[j].text === '\u2019') && tokens[j].space === '' && (tokens[j - 1].lower === ',' || tokens[j - 1].text === "'")) j--;
  if (j < floor) return null;
  const t = tokens[j];
  if (lex.isSpeakerPronoun(t)) {
    const doubled = j - 1 >= floor && tokens[j - 1].kind === 'word' ? nounPhraseBefore(ctx, j, floor) : null;
    if (doubled && doubled.form === 'name' && t.lower !== 'i' && t.lower !== 'we') return doubled;
    return single(j, 'pronoun');
  }
  if (lex.isRelativePronoun(t) && t.pos === 'PRON' && t.lower !== 'that') return single(j, 'relative');
  // "Two of them had expected", "Some of us believe": a part of a group named earlier.
  if ((t.lower === 'them' || t.lower === 'us') && j - 2 >= floor && tokens[j - 1].lower === 'of' && (tokens[j - 2].pos === 'NUM' || QUANTIFIERS.has(tokens[j - 2].lower))) {
    return { a: j - 2, b: j + 1, form: 'description', name: null, from: j - 2, next: j + 1 };
  }
  if (t.lower === ',' || APPOSITION_DASHES.has(t.lower)) {
    // ("After winning Ohio, Gov. John Kasich (R-OH), said": a name with its party label
    // before the comma is the subject, whatever comma comes before it.)
    if (t.lower === ',' && tokens[j - 1]?.lower === ')') {
      const end = beforeLabels(tokens, j, floor);
      const labelled = end < j ? nounPhraseBefore(ctx, end, floor) : null;
      if (labelled && labelled.form === 'name') return labelled;
    }
    return appositionHead(ctx, j, floor);
  }
  const np = nounPhraseBefore(ctx, j + 1, floor);
  if (np) return restrictiveHead(ctx, np.a, floor) ?? np;
  return quantifierBefore(ctx, j + 1, floor) ?? capitalisedSubject(ctx, j, floor);
}

/**
 * The head of a subject whose restrictive modifier ends right before the cue: "A White
 * House official who spoke anonymously to discuss strategy said" (not "strategy"),
 * "Another source speaking to Fox News said" (not "Fox News"). The noun phrase before
 * the cue is inside a 'who' clause with a verb of its own, or after a participle that
 * follows a noun; no punctuation between. ("The man who Trump said ...": with no verb
 * between 'who' and the phrase, the phrase is the subject.)
 */
function restrictiveHead(ctx: PhraseContext, a: number, floor: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let verb = false;
  for (let k = a - 1; k >= Math.max(floor, a - 15); k--) {
    const t = tokens[k];
    if (t.kind === 'tabCRLF') continue;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return null;
    const before = k - 1 >= floor ? tokens[k - 1] : undefined;
    // ("A trader who gave his name only as Abdelrahman told", "a woman who identified
    // herself as Maria said": the clause names the speaker, and the name is the subject.)
    if (t.lower === 'who' && verb && before && (before.pos === 'NOUN' || before.pos === 'PROPN')) return namesItsHead(tokens, k, a) ? null : nounPhraseBefore(ctx, k, floor);
    if (t.pos === 'VERB' && /[a-z]ing$/.test(t.lower) && before && (before.pos === 'NOUN' || before.pos === 'PROPN') && ctx.nameAt[k] === -1) return nounPhraseBefore(ctx, k, floor);
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
  }
  return null;
}

/**
 * Whether the relative clause from `who` up to the name at `a` only gives the head's
 * name: "who gave his name (only) as", "who gave only her first name,", "who identified
 * himself as", "who asked to be identified only as".
 */
function namesItsHead(tokens: readonly Token[], who: number, a: number): boolean {
  const last = tokens[a - 1]?.lower;
  if (a - who > 12 || (last !== 'as' && last !== ',')) return false;
  for (let k = who + 1; k < a; k++) {
    const w = tokens[k].lower;
    if (w === 'name' || w === 'identified' || w === 'identify' || w === 'named' || w === 'called') return true;
  }
  return false;
}

/**
 * A capitalised word wink tags as a verb or a modifier, standing alone before the cue,
 * is a name the entity stage missed ("Cook said", "but Cook did not say"): a verb does
 * not stand bare before a verb of saying. A bare number is a count of people, as a
 * quantifier is ("50 percent agreed, while 43 said ..."). Either must open its clause
 * (the sentence start, a conjunction or a comma before it).
 */
function capitalisedSubject(ctx: PhraseContext, j: number, floor: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  const w = tokens[j];
  const count = w.pos === 'NUM' && /^\d+$/.test(w.text);
  if (!count && (!/^[A-Z][a-z]+$/.test(w.text) || !['VERB', 'ADJ', 'ADV', 'NOUN'].includes(w.pos) || ctx.lex.isSpeakerPronoun(w))) return null;
  let p = j - 1;
  while (p >= floor && tokens[p].kind === 'tabCRLF') p--;
  const opens = p < floor || tokens[p].pos === 'CCONJ' || tokens[p].lower === ',' || isQuoteMarkToken(tokens[p]);
  return opens ? single(j, 'description') : null;
}

/** Adverbs that link a clause to what went before rather than modify the verb. */
const CLAUSE_ADVERBS = new Set(['so', 'thus', 'therefore', 'hence', 'as', 'when', 'where', 'how', 'why', 'than', 'instead', 'rather']);
/** Words that stand alone for a group of people as a subject ("Many believe", "Some have said"). */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'several', 'others', 'both', 'all', 'none', 'half', 'another']);
/** Fractions that follow "a"/"one" ("a third said", "one quarter"). */
const FRACTIONS = new Set(['third', 'quarter', 'fourth', 'fifth', 'half', 'majority', 'minority', 'handful']);

/**
 * A quantifier standing alone as the subject (ANNOTATION.md keeps such unnamed sources
 * as their own words): "Many speculated", "Some have suggested", "a third said", "Less
 * than a third agreed", "Yet another said". Only at the start of its clause.
 */
function quantifierBefore(ctx: PhraseContext, end: number, floor: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  const h = end - 1;
  if (h < floor) return null;
  const w = tokens[h].lower;
  let a = h;
  if (FRACTIONS.has(w) && h - 1 >= floor && (tokens[h - 1].lower === 'a' || tokens[h - 1].lower === 'one')) a = h - 1;
  else if (!QUANTIFIERS.has(w)) return null;
  // "Less than a third", "More than half".
  if (a - 2 >= floor && tokens[a - 1].lower === 'than' && /^(less|more|fewer)$/.test(tokens[a - 2].lower)) a -= 2;
  const before = a - 1 >= floor ? tokens[a - 1] : undefined;
  const opens = !before || before.kind === 'tabCRLF' || before.lower === ',' || before.pos === 'CCONJ' || before.pos === 'ADV' || isQuoteMarkToken(before);
  return opens ? { a, b: end, form: 'description', name: null, from: a, next: end } : null;
}

const APPOSITION_DASHES = new Set(['--', '—', '–']);
/** Prepositions that locate (a place named with its region follows them: "in Wilmington, N.C."). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'near', 'outside']);

/**
 * The subject before an apposition that ends at the comma or dash `close`: "John
 * Kirby, spokesperson for the NSC, said", "Levine, who has given money to Rubio,
 * said", "Durbin, noting the size of the list, said", "Murphy — after a pause — told".
 * A plain apposition holds no verb; one opened by a relative pronoun or a participle
 * may hold a clause.
 */
function appositionHead(ctx: PhraseContext, close: number, floor: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  const dash = tokens[close].lower !== ',';
  // A person's name in apposition to a description ("The mayor of Rome, Roberto
  // Gualtieri, said", "Another former lawmaker, Sen. Joe Lieberman (I-Conn.), stated"):
  // the name says who speaks.
  const named = dash ? null : appositiveName(ctx, close, floor);
  if (named) return named;
  // A relative clause may hold commas of its own ("Sandy Phillips, who lost her daughter
  // in the Aurora, Colorado, shooting, said"): its ", who" marks where it opens.
  if (!dash) {
    for (let k = close - 1; k > floor && close - k <= 30; k--) {
      const w = tokens[k];
      if (w.lower === '"' || w.lower === '.' || w.lower === ';' || isQuoteMarkToken(w)) break;
      if (!(lex.isRelativePronoun(w) && w.lower !== 'that' && w.pos === 'PRON' && tokens[k - 1].lower === ',')) continue;
      // "who, on a call Friday, criticized": the pronoun is the cue's own subject.
      if (tokens[k + 1]?.lower === ',') return single(k, 'relative');
      return nounPhraseBefore(ctx, beforeLabels(tokens, k - 1, floor), floor) ?? single(k, 'relative');
    }
  }
  let verb = false;
  let located: SpeakerPhrase | null = null;
  for (let k = close - 1; k >= floor && close - k <= 30; k--) {
    const w = tokens[k];
    // A label in brackets ("(D-Md.)") holds no verb of the apposition, whatever wink tags in it.
    if (w.lower === ')') {
      const open = labelOpen(tokens, k, floor);
      if (open !== -1) {
        k = open;
        continue;
      }
    }
    if (w.lower === '.' || w.lower === ';') return located;
    const opens = dash ? APPOSITION_DASHES.has(w.lower) : w.lower === ',';
    if (!opens) {
      if ((w.pos === 'VERB' || w.pos === 'AUX') && !modifiesNoun(tokens, k)) verb = true;
      // "a close friend of Mrs. Clinton's who was her chief of staff": the verbs after a
      // relative pronoun belong to its clause, inside the apposition.
      if (lex.isRelativePronoun(w) && w.pos === 'PRON' && w.lower !== 'that' && k - 1 > floor && isHead(tokens[k - 1])) verb = false;
      continue;
    }
    const first = tokens[k + 1];
    const clauseOpener = first !== undefined && ((lex.isRelativePronoun(first) && first.lower !== 'that') || (first.pos === 'VERB' && /(ing|ed)$/.test(first.lower)) || first.pos === 'ADP');
    if (verb && !clauseOpener) return located;
    if (!verb && close - k > 16) return located;
    let end = k;
    // "..., who, on a press call Friday, criticized": the relative pronoun is the subject.
    if (end - 1 >= floor && lex.isRelativePronoun(tokens[end - 1]) && tokens[end - 1].lower !== 'that' && tokens[end - 1].pos === 'PRON') return single(end - 1, 'relative');
    // "Richard J. Durbin (D-Ill.), noting ...", "Benford, 58, who ...": a label or an age before the comma is skipped.
    const np = nounPhraseBefore(ctx, beforeLabels(tokens, end, floor), floor);
    // "Trump, speaking at a rally in Wilmington, N.C., warned", "Cory James, 22, of
    // Flint, Mich., said": a place after a preposition of place is no subject; the
    // comma (city, state) is inside the apposition, which goes on.
    // (With no earlier opening, the phrase stays: "Many speakers at the service — ... — said".)
    if (np && np.from - 1 > floor && PLACE_PREPOSITIONS.has(tokens[np.from - 1].lower)) {
      located = located ?? np;
      continue;
    }
    // "J.J. Goldberg, editor at large of The Forward, an influential newspaper ..., wrote":
    // a description before the comma may be an earlier apposition to a name.
    if (!dash && np && np.form !== 'name' && !verb) {
      const earlier = np.from - 1 > floor && tokens[np.from - 1].lower === ',' ? nounPhraseBefore(ctx, beforeLabels(tokens, np.from - 1, floor), floor) : null;
      if (earlier && earlier.form === 'name') return earlier;
    }
    return np;
  }
  return located;
}

/** The '(' that opens a short bracketed label closing at `close` (")"), or -1. */
function labelOpen(tokens: readonly Token[], close: number, floor: number): number {
  for (let b = close - 1; b >= floor && close - b <= 8; b--) {
    if (tokens[b].lower === '(') return b;
    if (tokens[b].lower === ')') return -1;
  }
  return -1;
}

/**
 * Where a noun phrase ending at `end` (exclusive) really ends, before the labels a
 * newspaper puts after a name: a party label in brackets ("Paul Ryan (R-Wis.)") and an
 * age in commas ("Woodrow Benford, 58,"), in either order.
 */
function beforeLabels(tokens: readonly Token[], end: number, floor: number): number {
  for (let guard = 0; guard < 3; guard++) {
    if (end - 1 >= floor && tokens[end - 1].lower === ')') {
      const open = labelOpen(tokens, end - 1, floor);
      if (open === -1) break;
      end = open;
    } else if (end - 2 >= floor && tokens[end - 1].pos === 'NUM' && tokens[end - 2].lower === ',' && /^\d{1,3}$/.test(tokens[end - 1].text)) {
      end -= 2;
    } else break;
  }
  return end;
}

/**
 * A participle that only modifies a noun inside a phrase ("the platform drafting
 * committee", "a group founded in 1990"): no verb of a clause.
 */
function modifiesNoun(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k];
  if (w.pos !== 'VERB') return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (before !== undefined && before.text === '-' && before.end === w.start) return true; // "New York-based"
  if (/ing$/.test(w.lower)) return before !== undefined && (before.pos === 'NOUN' || before.pos === 'ADJ') && after !== undefined && after.pos === 'NOUN';
  return /ed$/.test(w.lower) && before !== undefined && before.pos === 'NOUN' && after !== undefined && after.pos === 'ADP';
}

/**
 * The person's name that makes up an apposition closing at the comma `close`
 * ("..., Sen. Joe Lieberman (I-Conn.), said"), after a description that is no name
 * itself; null when the apposition holds anything else.
 */
function appositiveName(ctx: PhraseContext, close: number, floor: number): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  const end = beforeLabels(tokens, close, floor);
  const n = ctx.nameAt[end - 1];
  if (n === -1 || ctx.names[n].b !== end) return null;
  const name = ctx.names[n];
  const type = name.mention?.type;
  // A body's name in apposition to a description is the body ("The United Nations
  // humanitarian office, OCHA, said"); after a role it would be the role's complement.
  if (type !== undefined && type !== 'PERSON' && type !== 'ORGANIZATION') return null;
  if (type === undefined && name.b - name.a < 2) return null;
  // Only title words may stand between the opening comma and the name.
  let k = name.a - 1;
  while (k >= floor && name.a - k <= 4 && (lex.isNameTitle(tokens[k]) || tokens[k].lower === '.') && tokens[k].lower !== ',') k--;
  if (k < floor || tokens[k].lower !== ',') return null;
  // The phrase before is a description or a role, not a name (a list of names is no apposition).
  let before = nounPhraseBefore(ctx, k, floor);
  // A role or description whose complement ends in a name ("Its coordinator for Sudan,
  // Marta Lindqvist,", "The head of the agency in Geneva, Ann Ruiz,"): the role is what
  // stands in apposition.
  if (before && before.form === 'name' && before.from - 2 >= floor && COMPLEMENT_PREPOSITIONS.has(tokens[before.from - 1].lower)) {
    const head = nounPhraseBefore(ctx, before.from - 1, floor);
    before = head && head.form !== 'name' ? { ...head, next: before.next } : null;
  }
  if (!before || before.form === 'name') return null;
  if (type === 'ORGANIZATION' && before.form !== 'description') return null;
  return { a: name.a, b: name.b, form: 'name', name, from: before.from, next: close };
}

/** The antecedent of a relative pronoun at token `rel` ("Kirby, who said ..."). */
export function antecedentOf(ctx: PhraseContext, rel: number, floor: number): SpeakerPhrase | null {
  let j = rel - 1;
  if (j >= floor && ctx.tokens[j].lower === ',') j--;
  return j >= floor ? nounPhraseBefore(ctx, j + 1, floor) : null;
}
