/**
 * The tense around a date expression, which decides whether a bare weekday or month
 * is the previous one or the next one ("met on Thursday" vs "will meet on Thursday").
 *
 * wink-nlp gives universal POS tags without tense, so tense is read from the words:
 * past auxiliaries and past verb forms (a verb whose form differs from its lemma and is
 * not an -s or -ing form: "said", "met", "responded") against future markers ("will",
 * "'ll", "shall", "going to", "scheduled", "expected to"). The marker nearest to the
 * date wins: a sentence often mixes tenses ("said ... will meet on Monday").
 */
import type { Sentence, Token } from '../../pipeline/document';

export type Tense = 'past' | 'present' | 'future' | null;

interface Marker {
  index: number;
  tense: Exclude<Tense, null>;
  /** "had": the past perfect, an event already complete at a past point. */
  perfect?: boolean;
}

const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', 'has', 'have', 'does', "'s", "'re", "'m"]);
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'would', "'d"]);
/** A preposition right before the date that points forward ("until Tuesday", "by Jan. 14") or back ("since Monday"). */
const FORWARD_PREPOSITIONS = new Set(['until', 'till', 'by', 'before', 'through', 'next']);
const BACKWARD_PREPOSITIONS = new Set(['since', 'last', 'ago']);
/** Verbs of schedule and intention point forward even in a past form ("was scheduled for Monday"). */
/** Verbs of committing: what is agreed or promised to do comes after ("agreed to meet Monday"). */
const COMMITTING = new Set(['agree', 'promise', 'pledge', 'vow']);
const FORWARD_LEMMAS = new Set(['schedule', 'slate', 'plan', 'expect', 'set', 'intend', 'aim', 'hope', 'propose', 'due', ...COMMITTING]);

/** Verbs of forecasting: their present tense points ahead even before a plain object. */
const FORECASTING = new Set(['expect', 'forecast', 'predict', 'anticipate', 'foresee', 'project']);

/**
 * Present-tense arrangements that point ahead on their own ("is expected", "are due",
 * "is scheduled"), unlike "is set" or "is planned", which need "to"/"for" after them
 * ("the film is set in Oslo"). Only after a present auxiliary: "was expected" may be over.
 */
const ARRANGED = new Set(['expected', 'due', 'scheduled', 'slated']);

/** Verbs of saying and thinking: their present reports ("says Monday"), it does not schedule. */
const REPORTING_LEMMAS = new Set([
  'say', 'tell', 'announce', 'report', 'state', 'claim', 'add', 'note', 'confirm', 'deny', 'insist', 'argue', 'warn',
  'write', 'think', 'believe', 'know', 'feel', 'hope', 'expect', 'want', 'need', 'see', 'hear', 'show', 'suggest', 'indicate',
]);
/** Before a base form these make it an infinitive or a non-finite verb, whose tense is another verb's. */
const NON_FINITE_BEFORE = new Set(['to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'do', 'does', "n't", 'not', 'and', 'or']);

/** After these the auxiliary, not the participle, carries the tense ("would be paid", "had filed"). */
const PARTICIPLE_AUX = new Set(['be', 'been', 'being', 'had', 'has', 'have', "'d", "'ve"]);
/** Subordinators whose clause after a future main clause keeps the present ("will rise when they are published"). */
const TIME_SUBORDINATORS = new Set(['when', 'once', 'after', 'before', 'until', 'till', 'if', 'unless', 'whenever']);
const BE_FORMS = new Set(['is', 'are', 'am', 'was', 'were', "'re", "'m"]);
const MODAL_OR_TO = new Set(['to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll"]);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

function prevWord(tokens: readonly Token[], i: number, sentence: Sentence): number {
  let k = i - 1;
  while (k >= sentence.tokenStart && tokens[k].kind === 'tabCRLF') k--;
  return k >= sentence.tokenStart ? k : -1;
}

function nextWord(tokens: readonly Token[], i: number, sentence: Sentence): number {
  let k = i + 1;
  while (k < sentence.tokenEnd && tokens[k].kind === 'tabCRLF') k++;
  return k;
}

/** "been", "met", "searched": a past participle after have. */
function isPastForm(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return t.lower === 'been' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && (t.lower.endsWith('ed') || (t.lower !== t.lemma && !t.lower.endsWith('s'))));
}

/**
 * A verb of schedule or intention that points ahead: "scheduled", "plans to", "expected to",
 * "set for". Only verbs: "vacation plans for the summer" is a noun, "set aside" is not a schedule.
 */
function isForwardVerb(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i];
  if (!t || i >= sentence.tokenEnd || !FORWARD_LEMMAS.has(t.lemma)) return false;
  // "the hastily planned trip", "a scheduled visit": a participle after a determiner is an adjective,
  // which carries no tense (as for other verbs in markersOf).
  if (isAdjectivalParticiple(tokens, i, sentence)) return false;
  const n = nextWord(tokens, i, sentence);
  const next = n < sentence.tokenEnd ? tokens[n].lower : '';
  // "plans to" points ahead as a verb or a noun (wink often tags the verb a noun); otherwise only the verb does.
  // "agreed to purchase the line in February": the act agreed on comes after the agreement
  // (only before a verb: "agreed to a truce on Monday" dates the agreement).
  if (COMMITTING.has(t.lemma)) {
    if (next !== 'to' || n + 1 >= sentence.tokenEnd) return false;
    const v = tokens[n + 1];
    if (v.pos === 'VERB') return true;
    // "agreed to review its forecasts in February": wink tags the bare verb a noun; a base
    // form followed by a determiner or a pronoun (its object) is the verb.
    const o = n + 2 < sentence.tokenEnd ? tokens[n + 2] : undefined;
    return v.pos === 'NOUN' && v.lower === v.lemma && o !== undefined && (o.pos === 'DET' || o.pos === 'PRON');
  }
  if (next === 'to') return true;
  return t.pos === 'VERB' && (next === 'for' || t.lemma === 'schedule' || t.lemma === 'slate' || t.lemma === 'plan');
}

/** A past participle right after a determiner, perhaps with an adverb between: "the hastily planned trip". */
function isAdjectivalParticiple(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  if (!tokens[i].lower.endsWith('ed')) return false;
  let p = prevWord(tokens, i, sentence);
  if (p >= 0 && tokens[p].pos === 'ADV') p = prevWord(tokens, p, sentence);
  return p >= 0 && DETERMINERS.has(tokens[p].lower);
}

/** wink tags "forecasts" a noun after a noun ("the service forecasts rain"): a noun or name before it is its subject. */
function afterSubject(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const p = prevWord(tokens, i, sentence);
  return p >= 0 && (tokens[p].pos === 'NOUN' || tokens[p].pos === 'PROPN');
}

function markersOf(tokens: readonly Token[], sentence: Sentence): Marker[] {
  const out: Marker[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const w = t.lower;
    const next = i + 1 < sentence.tokenEnd ? tokens[i + 1].lower : '';
    if (FUTURE_AUX.has(w) || (w === 'wo' && next === "n't") || (w === 'going' && next === 'to') || w === 'upcoming') {
      out.push({ index: i, tense: 'future' });
    } else if ((w === 'is' || w === 'are' || w === 'was' || w === 'were') && next === 'to') {
      // "is to resume trading Tuesday": an arrangement still to come.
      out.push({ index: i, tense: 'future' });
    } else if (PRESENT_AUX.has(w) && ARRANGED.has(tokens[nextWord(tokens, i, sentence)]?.lower ?? '')) {
      // "is expected in Oslo on Friday", "is due Friday": an arrangement in the present
      // points ahead whatever follows. The participle is not a past form here, so it is
      // marked with its auxiliary and skipped.
      const n = nextWord(tokens, i, sentence);
      out.push({ index: i, tense: 'future' }, { index: n, tense: 'future' });
      i = n;
    } else if (FORECASTING.has(t.lemma) && w !== t.lemma && w.endsWith('s') && (t.pos === 'VERB' || afterSubject(tokens, i, sentence))) {
      // "the weather service expects thunderstorms on Friday", "forecasts rain on Monday":
      // what is expected now lies ahead, with or without "to" after the verb.
      out.push({ index: i, tense: 'future' });
    } else if (isForwardVerb(tokens, i, sentence)) {
      out.push({ index: i, tense: 'future' });
    } else if ((PAST_AUX.has(w) || PRESENT_AUX.has(w)) && isForwardVerb(tokens, nextWord(tokens, i, sentence), sentence)) {
      // "were planning to", "was scheduled for", "is expected to": the arrangement points ahead
      // whatever the auxiliary's tense; the auxiliary stands for the phrase.
      out.push({ index: i, tense: 'future' });
    } else if (PAST_AUX.has(w)) {
      out.push({ index: i, tense: 'past', ...(w === 'had' ? { perfect: true } : {}) });
    } else if (w === "'s" && t.pos === 'PART') {
      // The possessive "the mission's report" is no verb: it carries no tense (it was read
      // as "is" and outranked "will" further off: "will present the mission's report on Thursday").
      continue;
    } else if (PRESENT_AUX.has(w)) {
      // The present perfect reports what already happened: "have been searching since the Oct. 23 slaying".
      out.push({ index: i, tense: /^(?:has|have|'s|'ve)$/.test(w) && isPastForm(tokens[nextWord(tokens, i, sentence)]) ? 'past' : 'present' });
    } else if (t.pos === 'VERB') {
      if (w.endsWith('ing')) continue;
      // After "be" or "have" the auxiliary carries the tense ("would be paid", "had filed"); after a determiner
      // the form is an adjective ("a still unspecified date").
      const p = prevWord(tokens, i, sentence);
      const pw = p >= 0 ? tokens[p].lower : '';
      if (PARTICIPLE_AUX.has(pw) || DETERMINERS.has(pw)) continue;
      // "are published on Monday": the passive's auxiliary carries the tense (marked above);
      // "would practise", "to play": a verb after a modal or "to" has none of its own (wink
      // lemmatises the British "practise" to "practice", which read as a past form).
      if (BE_FORMS.has(pw) || MODAL_OR_TO.has(pw)) continue;
      if (p >= 0 && tokens[p].pos === 'ADV' && p > sentence.tokenStart && DETERMINERS.has(tokens[prevWord(tokens, p, sentence)]?.lower ?? '')) continue;
      // "would be shipped ... and tested over the summer": a participle joined by "and"
      // shares the auxiliary of the one before it, so it takes that one's tense.
      const shared = (pw === 'and' || pw === 'or') && out.length > 0 && out[out.length - 1].tense === 'future';
      if (shared && (w.endsWith('ed') || (w !== t.lemma && !w.endsWith('s')))) out.push({ index: i, tense: 'future' });
      else if (w.endsWith('ed') || (w !== t.lemma && !w.endsWith('s'))) out.push({ index: i, tense: 'past' });
      else if (w.endsWith('s') && w !== t.lemma) out.push({ index: i, tense: 'present' });
    }
  }
  return out;
}

/** Build once per document: tense at a token, from the nearest marker in its sentence. */
export function createTenseReader(tokens: readonly Token[], sentences: readonly Sentence[]): (tokenIndex: number, possessive?: boolean) => Tense {
  const cache = new Map<number, Marker[]>();
  return (tokenIndex, possessive = false) => {
    const token = tokens[tokenIndex];
    if (!token) return null;
    // "around Wednesday's ruling": a date owning an event names one already known, the
    // nearest such day, whatever the verb of the sentence says (read as the present).
    if (possessive) return 'present';
    const marker = nearestMarker(tokenIndex);
    let verbal = marker ? marker.tense : null;
    // "will rise when the rankings are published on Monday": a clause of time or condition
    // after a future main clause puts its future in the present (English grammar).
    if (verbal === 'present' && marker && futureBeforeSubordinator(marker.index)) verbal = 'future';
    let p = tokenIndex - 1;
    while (p >= 0 && tokens[p].kind === 'tabCRLF') p--;
    if (p >= 0 && tokens[p].sentence === token.sentence) {
      if (BACKWARD_PREPOSITIONS.has(tokens[p].lower)) return 'past';
      // "until Tuesday", "by Jan. 14" look ahead ("postponed until Tuesday"), unless the
      // past perfect says it was all over: "had filed reports by Wednesday".
      // The phrase hangs on the verb before it, so that is the verb whose perfect counts.
      if (FORWARD_PREPOSITIONS.has(tokens[p].lower)) return nearestMarker(tokenIndex, true)?.perfect ? 'past' : 'future';
      // "as soon as Tuesday"
      if (tokens[p].lower === 'as' && p >= 2 && tokens[p - 1].lower === 'soon') return 'future';
      if (verbal !== 'past' && verbal !== 'future' && isScheduledPresent(p)) return 'future';
    }
    return verbal;
  };

  /**
   * "Arafat and Netanyahu meet separately Monday", "the talks resume Tuesday": the simple
   * present of an event verb with its date right after it is the news schedule, a future.
   * Only where nothing in the sentence is past, and never for verbs of saying or thinking
   * ("says Monday" reports what was said): plain present tense elsewhere stays present.
   */
  function isScheduledPresent(p: number): boolean {
    const s = sentences[tokens[p].sentence];
    if (!s) return false;
    let v = p;
    if (tokens[v].pos === 'ADV' && tokens[v].lower.endsWith('ly')) v = prevWord(tokens, v, s);
    const verb = tokens[v];
    if (v < 0 || !verb || verb.pos !== 'VERB' || REPORTING_LEMMAS.has(verb.lemma)) return false;
    if (verb.lower !== verb.lemma && verb.lower !== `${verb.lemma}s` && verb.lower !== `${verb.lemma}es`) return false;
    const before = prevWord(tokens, v, s);
    if (before >= 0 && (NON_FINITE_BEFORE.has(tokens[before].lower) || tokens[before].pos === 'AUX')) return false;
    let markers = cache.get(tokens[p].sentence);
    if (!markers) {
      markers = markersOf(tokens, s);
      cache.set(tokens[p].sentence, markers);
    }
    return !markers.some((m) => m.tense === 'past');
  }

  /** A subordinator of time or condition before the present marker at i, and a future marker before that, in one sentence (bounded: 25 tokens). */
  function futureBeforeSubordinator(i: number): boolean {
    const s = tokens[i].sentence;
    const markers = cache.get(s) ?? [];
    const start = Math.max(sentences[s]?.tokenStart ?? 0, i - 25);
    for (let k = i - 1; k >= start; k--) {
      if (!TIME_SUBORDINATORS.has(tokens[k].lower)) continue;
      if (markers.some((m) => m.index < i && m.index !== k && m.tense !== 'future' && m.index > k)) return false;
      return markers.some((m) => m.index < k && m.index >= start && m.tense === 'future');
    }
    return false;
  }

  function nearestMarker(tokenIndex: number, beforeOnly = false): Marker | null {
    const token = tokens[tokenIndex];
    const s = token.sentence;
    let markers = cache.get(s);
    if (!markers) {
      markers = sentences[s] ? markersOf(tokens, sentences[s]) : [];
      cache.set(s, markers);
    }
    // A phrase that opens the sentence ("Until Thursday, they had not ...") hangs on the verb after it.
    const onlyBefore = beforeOnly && markers.some((k) => k.index < tokenIndex);
    let best: Marker | null = null;
    let bestDistance = Infinity;
    for (const m of markers) {
      if (onlyBefore && m.index > tokenIndex) continue;
      // A marker before the date binds a little more closely than one after it
      // ("said Monday it will" -> past), hence the half-token handicap after.
      const d = m.index < tokenIndex ? tokenIndex - m.index : m.index - tokenIndex + 0.5;
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    return best;
  }
}
