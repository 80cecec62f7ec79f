/**
 * Claims in one document: quotes with their attribution, reported speech after a cue,
 * trailing attributions ("..., X said."), "according to", reporting nouns.
 *
 * Everything is found in a few linear passes over wink tokens: quote marks are paired
 * once (./quotes.ts), cues are Set lookups by lemma (./lexicon.ts), and every search
 * around a cue looks at a bounded window inside its sentence.
 *
 * Rule ids (in `Claim.rule`) and the base confidence each gives; the confidence is a
 * heuristic, lowered by 0.1 for an unclosed quote and by 0.15 when no speaker phrase
 * was found:
 *   claims/quote-then-cue      0.90  “...,” he said / “...” said Kirby / “...”, according to X
 *                                    (a sentence begun in the writer's words and ending in
 *                                    the quote is one mixed claim: 'Israel will fight on
 *                                    “until total victory”, the minister said')
 *   claims/cue-then-quote      0.85  Kirby said: “...” / He continued, “...”
 *   claims/quote-interrupted   0.85  “I tell you this – he adds -: we will ...”
 *   claims/headline-source     0.70  Hamas: “We are out ...” / “We will stop” – the unions
 *   claims/colon-introduced    0.60  Cruz called them on it: “...”
 *   claims/quote-inferred      0.50  a quote with no cue: the last speaker's (in the same
 *                                    paragraph it keeps that speaker's mention: "“X,” he
 *                                    said. “Y.”" is two claims with one speaker)
 *   claims/reported-that       0.80  X said (to Y) that ...
 *   claims/reported-clause     0.65  X believes ... / X warned Y not to ...
 *   claims/reported-trailing   0.75  ..., X said.  /  ..., said X.
 *   claims/according-to        0.75  according to X, ...
 *   claims/noun-cue            0.65  a statement by X that ... / X's message: ...
 *   claims/naming-quote        0.70  X called Trump “unhinged” / described it as “...” /
 *                                    described the deal as a disaster (no quote needed after 'as')
 *   claims/agentless-passive   0.60  The House is expected to pass ... (speaker null)
 * A reported clause that is all one quote is `direct`; one that holds a quote is `mixed`.
 * Inside a quote only a named or role source's speech is a nested claim ("Netanyahu told
 * Biden that"); inside a reported clause a pronoun's report is part of the outer claim.
 */
import type { Claim, ClaimKind, NameMention, Sentence, SpeakerForm, Token } from '../../pipeline/document';
import { spanOf } from '../../pipeline/document';
import type { Lexicon } from './lexicon';
import type { PhraseContext, SpeakerPhrase } from './phrases';
import { antecedentOf, indexNames, nounPhraseAfter, nounPhraseBefore, single, subjectBefore } from './phrases';
import type { Quote } from './quotes';
import { doubleMarkWidth, findQuotes } from './quotes';

interface Draft {
  kind: ClaimKind;
  start: number;
  end: number;
  /** Cue token range [a, b), or null. */
  cue: [number, number] | null;
  speaker: SpeakerPhrase | null;
  /** Form when there is no speaker phrase: `inferred` (the last speaker's) or `none`. */
  bareForm: SpeakerForm;
  rule: string;
  confidence: number;
  sentence: number;
}

const RULE_CONFIDENCE: Record<string, number> = {
  'claims/quote-then-cue': 0.9,
  'claims/cue-then-quote': 0.85,
  'claims/quote-interrupted': 0.85,
  'claims/headline-source': 0.7,
  'claims/colon-introduced': 0.6,
  'claims/quote-inferred': 0.5,
  'claims/reported-that': 0.8,
  'claims/reported-clause': 0.65,
  'claims/reported-trailing': 0.75,
  'claims/according-to': 0.75,
  'claims/noun-cue': 0.65,
  'claims/naming-quote': 0.7,
  'claims/agentless-passive': 0.6,
};

/** When two claims cover nearly the same text, the rule listed first wins. */
const PRIORITY = [
  'claims/quote-then-cue',
  'claims/cue-then-quote',
  'claims/quote-interrupted',
  'claims/reported-that',
  'claims/reported-trailing',
  'claims/reported-clause',
  'claims/headline-source',
  'claims/colon-introduced',
  'claims/according-to',
  'claims/naming-quote',
  'claims/agentless-passive',
  'claims/noun-cue',
  'claims/quote-inferred',
];

const SENTENCE_END = new Set(['.', '!', '?']);
/** Tokens looked at on each side of a cue. */
const WINDOW = 150;
const DASHES = new Set(['-', '–', '—', ',']);
const CLAUSE_WORDS = new Set(['how', 'whether', 'if', 'what', 'why']);
/** Words that open a reported question. */
const QUESTION_WORDS = new Set(['how', 'whether', 'if', 'what', 'why', 'when', 'where', 'who', 'which']);
/** Words before a bare participle cue that make it an agentless passive ("when asked whether"). */
const REDUCED_PASSIVE = new Set(['when', 'if', 'once', 'after', 'while', 'as', 'until', 'unless']);
/** Quantifiers that can be the subject of a reported clause ("said none of them ..."). */
const QUANTIFIER_SUBJECTS = new Set(['none', 'nobody', 'nothing', 'everyone', 'everybody', 'everything', 'someone', 'somebody', 'something', 'anyone', 'all', 'both', 'each', 'neither', 'either', 'few', 'many', 'most', 'some', 'several']);
const WEEKDAYS_MONTHS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?$/;
const TIME_UNITS = new Set(['minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);
const TIME_RELATIONS = new Set(['after', 'before', 'later', 'earlier', 'ago', 'since', 'into']);
/**
 * After a comma, these start an adverbial clause that is the writer's, not the
 * speaker's. A concession or contrast (", but ...", ", although ...") goes on with what
 * the speaker said ("the changes were an improvement, although eligibility is too narrow").
 */
const ADVERBIAL_CLAUSE = new Set(['after', 'before', 'while', 'when', 'whereas', 'until', 'however']);

/** "apart from saying that ...": 'from' that adds, not prevents. */
const FROM_ASIDE = new Set(['apart', 'aside', 'far']);
/**
 * Heads of a company's accounts ("reported revenue of 94 billion dollars", "posted a net
 * loss"): reporting results is an act of bookkeeping, like filing them, not a statement
 * attributed to the company (ANNOTATION.md counts commitments and actions out).
 */
const ACCOUNTS = new Set(['revenue', 'revenues', 'sales', 'profit', 'profits', 'loss', 'losses', 'earnings', 'income', 'turnover', 'deficit', 'surplus', 'margin', 'margins', 'ebitda']);
const prevWordIs = (tokens: readonly Token[], i: number, w: string): boolean => tokens[previousToken(tokens, i)]?.lower === w;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const isQuoteMark = (t: Token): boolean => t.lower === '"' || t.text === '\u2018' || t.text === '\u2019' || t.text === "'";
const isWordish = (t: Token): boolean => t.kind === 'word' || t.kind === 'number';

export interface FindInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  names: readonly NameMention[];
}

/** Find the claims of one document (speakers are phrases here; ./resolve-speakers.ts names them). */
export function findClaims(input: FindInput, lex: Lexicon): Claim[] {
  const { text, tokens, sentences } = input;
  if (tokens.length === 0) return [];
  const ctx = indexNames(text, tokens, input.names, lex);
  const quotes = findQuotes(text, tokens, sentences);
  // Quote index per token (marks and content), for O(1) "is this inside a quote".
  const quoteAt = new Int32Array(tokens.length).fill(-1);
  quotes.forEach((q, n) => {
    const last = q.close === -1 ? q.last : q.close + 1;
    for (let i = q.open; i < last; i++) quoteAt[i] = n;
  });
  const consumed = new Uint8Array(quotes.length);
  // "unless the athlete proves that" (below): most articles have no such condition.
  const mentionsUnless = /\bunless\b/i.test(text);
  const drafts: Draft[] = [];
  const sentenceOf = (i: number): Sentence => sentences[tokens[i].sentence];

  const draft = (d: Omit<Draft, 'confidence' | 'sentence'>, balanced = true): void => {
    let confidence = RULE_CONFIDENCE[d.rule] ?? 0.5;
    if (!balanced) confidence -= 0.1;
    if (d.speaker === null && d.bareForm !== 'inferred') confidence -= 0.15;
    const at = d.cue ? d.cue[0] : tokenIndexAt(tokens, d.start);
    // One literal for every draft (not a spread of `d`, whose shape varies with the rule
    // that made it), so the functions reading drafts see one map.
    drafts.push({
      kind: d.kind,
      start: d.start,
      end: d.end,
      cue: d.cue,
      speaker: d.speaker,
      bareForm: d.bareForm,
      rule: d.rule,
      confidence: Math.round(confidence * 100) / 100,
      sentence: tokens[at].sentence,
    });
  };

  // 1. Quotes and the attribution around them.
  quotes.forEach((q, n) => {
    if (consumed[n]) return;
    const found = attributeQuote(ctx, q, sentences);
    if (!found) return;
    consumed[n] = 1;
    let end = q.end;
    // “A,” said X, “B.”: one quote interrupted by its attribution is one claim.
    const next = quotes[n + 1];
    if (found.rule === 'claims/quote-then-cue' && next && found.cue) {
      let k = Math.max(found.cue[1], found.speaker ? found.speaker.next : 0);
      while (k < next.open && (tokens[k].pos === 'ADP' || tokens[k].pos === 'NOUN' || tokens[k].pos === 'DET' || tokens[k].pos === 'PROPN') && k - found.cue[1] < 6) k++;
      // “A,” said X, a 59-year-old from Ohio, “B.”: an apposition or adverbial (no
      // sentence end, no other cue) may stand between the attribution and the rest.
      if (k + 1 < next.open && next.open - k <= 30) {
        let m = k;
        while (m + 1 < next.open && !SENTENCE_END.has(tokens[m].lower) && quoteAt[m] === -1 && !lex.framesQuote(tokens[m])) m++;
        if (m + 1 === next.open) k = m;
      }
      if (k + 1 === next.open && tokens[k].lower === ',' && tokens[k].sentence === tokens[q.open].sentence) {
        end = next.end;
        consumed[n + 1] = 1;
      }
    }
    // 'Israel will continue the offensive “until total victory”, the prime minister
    // said': a quote that ends a sentence begun in the writer's words is part of a mixed
    // claim, the sentence from its start (as for a trailing attribution).
    if (found.rule === 'claims/quote-then-cue' && end === q.end) {
      const from = sentences[tokens[q.open].sentence].tokenStart;
      const s0 = clauseStartBefore(tokens, Math.max(from, q.open - WINDOW), q.open, quoteAt);
      let first = s0;
      while (first < q.open && (tokens[first].kind === 'tabCRLF' || tokens[first].kind === 'punctuation')) first++;
      const before = previousToken(tokens, q.open);
      if (countWords(tokens, first, q.open) >= 2 && before >= first && tokens[before].lower !== ':' && !hasCueBetween(lex, tokens, first, q.open, quoteAt)) {
        for (let j = first; j < q.open; j++) if (quoteAt[j] !== -1) consumed[quoteAt[j]] = 1;
        draft({ kind: 'mixed', start: tokens[first].start, end: q.close === -1 ? q.end : tokens[q.close].end, cue: found.cue, speaker: found.speaker, bareForm: 'none', rule: found.rule }, q.balanced);
        return;
      }
    }
    draft({ kind: 'direct', start: q.start, end, cue: found.cue, speaker: found.speaker, bareForm: 'none', rule: found.rule }, q.balanced);
  });

  // 2. Reported speech: one pass over the tokens, looking for cues.
  // The claims of each sentence so far, to give a participle its sentence's speaker:
  // quote claims (in text order) and reported claims (added in text order) are two
  // sorted lists per sentence, searched by bisection so a long sentence stays linear.
  const quoteClaims = new Map<number, Draft[]>();
  const reportedClaims = new Map<number, Draft[]>();
  const push = (map: Map<number, Draft[]>, d: Draft): void => {
    if (!d.cue || !d.speaker) return;
    const list = map.get(d.sentence);
    if (list) list.push(d);
    else map.set(d.sentence, [d]);
  };
  for (const d of drafts) push(quoteClaims, d);
  for (const list of quoteClaims.values()) list.sort((x, y) => x.cue![0] - y.cue![0]);
  const lastBefore = (list: Draft[] | undefined, before: number): Draft | undefined => {
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].cue![0] < before) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? list[lo - 1] : undefined;
  };
  const lastInSentence = (s: number, before: number): Draft | undefined => {
    const a = lastBefore(quoteClaims.get(s), before);
    const b = lastBefore(reportedClaims.get(s), before);
    if (!a) return b;
    if (!b) return a;
    return a.cue![0] > b.cue![0] ? a : b;
  };
  const remember = (): void => push(reportedClaims, drafts[drafts.length - 1]);
  const keep = (d: Omit<Draft, 'confidence' | 'sentence'>): void => {
    draft(d);
    remember();
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const insideQuote = quoteAt[i] !== -1;
    const sentence = sentenceOf(i);
    // A bounded window around the cue keeps the stage linear even on run-on "sentences".
    const floor = Math.max(sentence.tokenStart, i - WINDOW);
    const ceiling = Math.min(sentence.tokenEnd, i + WINDOW);
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const found = accordingTo(ctx, i, floor, ceiling, quoteAt, quotes, lastInSentence(sentence.index, i) !== undefined);
      if (found) keep(withKind(found, quotes, quoteAt, consumed, tokens, text));
      i++;
      continue;
    }
    if (t.lower === 'in' && i === firstWordFrom(tokens, sentence.tokenStart) && !insideQuote) {
      const found = inDataSet(ctx, i, ceiling, quoteAt, quotes);
      if (found) keep(withKind(found, quotes, quoteAt, consumed, tokens, text));
      continue;
    }
    // ("called for a ceasefire" is a phrasal cue of its own, below.)
    // ("so-called", "self-described": a compound adjective; "was called by the party to
    // ...": a passive with its agent.)
    const compound = i >= 2 && tokens[i - 1].text === '-' && tokens[i - 1].end === t.start && tokens[i - 2].end === tokens[i - 1].start;
    if (lex.isNamingVerb(t) && tokens[i + 1]?.lower === 'by') continue;
    // (Any verb of saying inside such a compound: "self-proclaimed", "long-promised".)
    if (compound && !insideQuote) continue;
    if (lex.isNamingVerb(t) && !insideQuote && !isPassive(tokens, i, floor) && !lex.isPhrasalCue(t, tokens[i + 1])) {
      // "called Trump “unhinged”", "described the field as “all very good”": a
      // naming verb reports words only when it quotes them.
      const clause = clauseFrom(ctx, i + 1, ceiling, quoteAt, quotes, false);
      // "described the deal as a disaster", "characterized him as weak": 'as' marks the
      // words given to the object even without quotation marks ("which friends described
      // as miserable" has its object before the verb, and no claim).
      const describedAs = clause !== null && /^(describ|characteri[sz])/.test(t.lower) && tokens[i + 1].lower !== 'as' && hasWordBetween(tokens, i + 1, tokenIndexAt(tokens, clause.end) + 1, 'as');
      // "said the administration would restore what she called “a basic tool”": words a
      // pronoun names inside a reported clause are scare quotes of that claim
      // (ANNOTATION.md), not a claim of their own.
      const outerClaim = lastInSentence(sentence.index, i);
      if (outerClaim !== undefined && outerClaim.start <= t.start && t.start < outerClaim.end && tokens[previousToken(tokens, i)]?.pos === 'PRON' && tokens[previousToken(tokens, previousToken(tokens, i))]?.lower === 'what') continue;
      if (clause && (describedAs || hasQuoteMark(tokens, i + 1, tokenIndexAt(tokens, clause.end) + 1)) && tokens[i + 1].lower !== 'for' && tokens[i + 1].lower !== 'on') {
        keep(withKind({ kind: 'indirect', start: clause.start, end: clause.end, cue: [i, i + 1], speaker: speakerOfCue(ctx, i, floor, outerClaim, ceiling), bareForm: 'none', rule: 'claims/naming-quote' }, quotes, quoteAt, consumed, tokens, text));
      }
      continue;
    }
    // Phrasal verbs of saying ("pointed out that ..."): the cue is both words.
    const phrasal = lex.isPhrasalCue(t, tokens[i + 1]);
    const cls = phrasal ? 'speech' : lex.verbCue(t) ?? lex.nounTaggedCue(t, tokens[previousToken(tokens, i)], tokens[i + 1], tokens[Math.max(0, previousToken(tokens, Math.max(0, previousToken(tokens, i))))], tokens[i + 2]);
    if (cls !== null) {
      const cueRange: [number, number] = [i, phrasal ? i + 2 : i + 1];
      // Inside a quote only third-person reports count ("Netanyahu told Biden that"):
      // a speaker's own "I think" is part of their quote, not a claim of its own.
      // An agentless passive ("was dismissed as") names no speaker: not attributed here.
      // "The House is expected to pass the bill", "She is said to favour ...": a raising
      // passive reports the subject with its infinitive; nobody is named.
      if (!insideQuote && lex.raisesSubject(t) && tokens[i + 1]?.lower === 'to' && isPassive(tokens, i, floor, true)) {
        const raised = agentlessPassive(ctx, i, floor, ceiling, quoteAt, quotes);
        if (raised) keep(withKind(raised, quotes, quoteAt, consumed, tokens, text));
        continue;
      }
      // "Asked whether he would run, Smith said ...", "Sanders was asked by the host
      // whether ...": a question in the passive, reported for its asker when the article
      // names one, for no one when it opens the sentence. (Before the passive test, which
      // sees no agent past an adverbial: "was asked on Monday by reporters whether".)
      if (lex.asksQuestion(t) && /ed$/.test(t.lower)) {
        const passive = passiveQuestion(ctx, i, floor, ceiling, quoteAt, quotes);
        if (passive !== undefined) {
          if (passive && !insideQuote) keep(withKind({ kind: 'indirect', start: passive.start, end: passive.end, cue: cueRange, speaker: passive.asker, bareForm: 'none', rule: 'claims/reported-clause' }, quotes, quoteAt, consumed, tokens, text));
          continue;
        }
      }
      if (isPassive(tokens, i, floor)) continue;
      // "blocked developers from telling users", "refrained from saying": what someone is
      // kept from saying (or keeps from saying) is not said (not "apart from saying that").
      if (t.lower.endsWith('ing') && prevWordIs(tokens, i, 'from') && !FROM_ASIDE.has(tokens[previousToken(tokens, previousToken(tokens, i))]?.lower ?? '')) continue;
      // A participle used as an adjective ("271 pledged delegates", "an estimated 28,000", "his proposed ban").
      // (A role noun wink tags as an adjective is the subject: "The UN chief/ADJ urged Israel".)
      if (/(ed|en)$/.test(t.lower) && i > floor && ['NOUN', 'NUM', 'ADJ', 'PROPN'].includes(tokens[i + 1]?.pos) && ((['NUM', 'DET', 'ADJ'].includes(tokens[i - 1].pos) && !lex.isRoleNoun(tokens[i - 1])) || POSSESSIVE_DETERMINERS.has(tokens[i - 1].lower) || tokens[i - 1].lower === "'s" || tokens[i - 1].lower === '’s')) continue;
      // The claim this cue may stand inside: the last one reported before it in its sentence.
      const outer = lastInSentence(sentence.index, i);
      const inOuter = outer !== undefined && !insideQuote && outer.start <= t.start && t.start < outer.end;
      let speaker = speakerOfCue(ctx, i, floor, outer, ceiling);
      // "Minutes showed that two members had argued for a cut, warning that ...": a
      // document does not warn; a participle after its finding is said by the finding's
      // subject.
      speaker = participleAfterFinding(ctx, i, outer, speaker);
      // "He said he does not believe there is any link": a pronoun's report inside a
      // reported clause is part of that claim, not one of its own.
      if (inOuter && speaker && speaker.form === 'pronoun') continue;
      // Nor a report inside a reported clause whose source that clause does not name
      // ("The court said the records revealed “the privacies of life”"), nor one in its
      // infinitive ("said the resolution was the first to spell out what states must do"):
      // both are the outer speaker's words. (PolNeAR train: such nested reports with no
      // source were 33 more false claims than true ones.)
      if (inOuter && (speaker === null || tokens[previousToken(tokens, i)]?.lower === 'to')) continue;
      // "would make armed groups think twice", "let voters believe": after a verb of
      // causing, the cue's subject is made to do something, not reported.
      if (speaker && speaker.from > floor && CAUSATIVES.has(tokens[previousToken(tokens, speaker.from)]?.lower ?? '')) continue;
      // "a ban of four years unless the athlete proves that ...": a condition's cue reports
      // nothing said. (Not "if": "But if the coach implied that he would stay, he did not
      // keep his word" grants the report.)
      if (mentionsUnless) {
        const condition = nounPhraseBefore(ctx, i, floor);
        if (condition && condition.from > floor && tokens[previousToken(tokens, condition.from)]?.lower === 'unless') continue;
      }
      // "Prosecutors will have to show that ...", "the agency must prove": an obligation
      // to say something is not a report of it.
      if (obligedCue(tokens, i, floor)) continue;
      // Nor what a record or a vote shows inside someone's report ("He said the vote
      // showed “the other Peru” had been heard"): the evidence is the reporter's
      // argument, part of the outer claim.
      if (inOuter && cls === 'evidence') continue;
      // Likewise what an inquiry or a study found ("Lindqvist said the investigation had
      // found that developers ... had been threatened"): the finding of a thing, not of a
      // person, is the reporter's evidence (a person's "X said Y found that" stays nested).
      if (inOuter && lex.reportsFinding(t) && speaker && speaker.form === 'description' && !lex.isRoleNoun(tokens[speaker.b - 1])) continue;
      // Nor do a pronoun's or a description's remarks or beliefs ("they know that", "Trump
      // thinks"): a nested claim is a named source's speech ("Netanyahu told Biden that").
      // A third person's speech counts as well ("“She stood up in the House and told us
      // there was nothing to see,” he said": she is someone the speaker reports on, as a
      // named source is; "I think", "we know", "you said" stay the speaker's own words).
      const thirdPerson = speaker !== null && speaker.form === 'pronoun' && /^(he|she)$/.test(tokens[speaker.b - 1].lower) && lex.takesAddressee(t) && /^(us|me)$/.test(tokens[cueRange[1]]?.lower ?? '');
      if (insideQuote && (cls !== 'speech' || !speaker || !(speaker.form === 'name' || speaker.form === 'role' || thirdPerson))) continue;
      let forward = reportedClause(ctx, cueRange[1] - 1, cls, ceiling, quoteAt, quotes);
      // "a poll shows Sanders with 47 percent", "the survey found Clinton leading": with a
      // document as subject the object is the finding.
      const documentSubject = speaker !== null && lex.reportsFinding(t) && lex.isDocumentNoun(tokens[speaker.b - 1]);
      if (!forward && documentSubject && !insideQuote) forward = findingObject(ctx, i, ceiling, quoteAt, quotes);
      // "While Ramos said that journalists cannot ..., he appears uneasy": in a fronted
      // subordinate clause the report ends at the comma that closes it.
      if (forward && frontedSubordinate(tokens, sentence.tokenStart, i)) cutAtComma(tokens, forward, quoteAt);
      // "Last month, when I asked Sanders if he would endorse her, he looked ...": a cue
      // whose subject a subordinator opens ends its report where the main clause starts.
      else if (forward && speaker && speaker.form !== 'relative' && SUBORDINATORS.has(tokens[previousToken(tokens, speaker.from)]?.lower ?? '')) cutAtMainClause(tokens, forward, quoteAt);
      // "The leaders, who criticized Sanders for stealing data, were angry": a report in a
      // relative clause ends where the main clause's verb resumes.
      // (`speaker &&` rather than `speaker?.form`: comparing the undefined of a missing
      // speaker with a string deoptimised findClaims, 'wrong instance type'.)
      else if (forward && speaker && speaker.form === 'relative') cutBeforeResumedVerb(tokens, forward, quoteAt);
      // "did not say how many ...", "declined to say whether ...": a question left
      // unanswered reports nothing.
      if (forward && QUESTION_WORDS.has(tokens[tokenIndexAt(tokens, forward.start)].lower) && negatedCue(tokens, i, floor)) continue;
      if (forward) {
        // (Loaded before the test of the speaker: a load that has never run when
        // TurboFan compiles findClaims leaves no feedback and deoptimised it.)
        const inverted = forward.inverted;
        if (speaker === null && inverted) speaker = inverted;
        keep(
          withKind({ kind: 'indirect', start: forward.start, end: forward.end, cue: cueRange, speaker, bareForm: 'none', rule: forward.that ? 'claims/reported-that' : 'claims/reported-clause' }, quotes, quoteAt, consumed, tokens, text),
        );
        continue;
      }
      // ("..., the poll found.": a document's finding may trail like speech.)
      if (cls === 'that-only' && !documentSubject) continue;
      const trailing = trailingAttribution(ctx, i, floor, ceiling, quoteAt, quotes);
      if (trailing) keep(withKind({ kind: 'indirect', ...trailing, cue: cueRange, bareForm: 'none', rule: 'claims/reported-trailing' }, quotes, quoteAt, consumed, tokens, text));
      continue;
    }
    if (!insideQuote && lex.isReportingNoun(t)) {
      const found = nounCue(ctx, i, floor, ceiling, quoteAt, quotes);
      // (wink may tag the participle as a noun: ", warning that ...".)
      if (found && found.speaker) found.speaker = participleAfterFinding(ctx, i, lastInSentence(sentence.index, i), found.speaker);
      if (found) keep(withKind(found, quotes, quoteAt, consumed, tokens, text));
    }
  }

  // 2b. "Sanders: Clinton email story has moved": a sentence opened by its source's
  // label and a colon (a headline, a transcript's speaker) reports what follows.
  // In a transcript a speaker's turn runs on to the next label in its paragraph
  // ("MATTHEWS: Well. It is bad. LOPEZ: ..."); a headline's label covers its sentence.
  const labelled: Array<[number, Omit<Draft, 'confidence' | 'sentence'>]> = [];
  for (const sentence of sentences) {
    const found = labelledSentence(ctx, sentence, quoteAt, quotes);
    if (found) labelled.push([sentence.index, found]);
  }
  labelled.forEach(([s, found], n) => {
    const next = labelled[n + 1];
    const last = sentences[s].tokenEnd - 1;
    const toEnd = tokens[tokenIndexAt(tokens, found.end - 1)].end >= tokens[previousWord(tokens, last)].end;
    if (next && toEnd && next[0] - s > 1 && next[0] - s <= 8 && sentences[next[0]].paragraph === sentences[s].paragraph) {
      found.end = tokens[previousWord(tokens, sentences[next[0] - 1].tokenEnd - 1)].end;
    }
    draft(withKind(found, quotes, quoteAt, consumed, tokens, text));
  });

  // 3. Quotes no rule attributed: a standalone quote is the last speaker's words;
  // a short quote inside a sentence is a scare quote or a title, not a claim.
  quotes.forEach((q, n) => {
    if (consumed[n]) return;
    const words = countWords(tokens, q.first, q.last);
    const before = previousToken(tokens, q.open);
    const standalone = before === -1 || tokens[before].sentence !== tokens[q.open].sentence || SENTENCE_END.has(tokens[before].lower) || tokens[before].lower === ':' || isParagraphStart(tokens, sentences, q.open);
    // A short sentence quoted right after the same paragraph's attributed quote carries
    // that speaker's words on ("“...,” Lindqvist told a news conference. “That ends today.”").
    const prevQuote = n > 0 ? quotes[n - 1] : undefined;
    const followsQuote = standalone && words >= 3 && prevQuote !== undefined && consumed[n - 1] && prevQuote.close !== -1 && q.open - prevQuote.close < 60 && !isParagraphStart(tokens, sentences, q.open) && sentences[tokens[prevQuote.open].sentence].paragraph === sentences[tokens[q.open].sentence].paragraph;
    if ((standalone && words >= 4) || words >= 12 || followsQuote) {
      draft({ kind: 'direct', start: q.start, end: q.end, cue: null, speaker: null, bareForm: 'inferred', rule: 'claims/quote-inferred' }, q.balanced);
    }
  });

  const kept = dedupe(drafts);
  // A quote with no cue keeps the speaker of the paragraph's previous claim; claims
  // nested inside a quote ("“Trump says he is qualified ...”") are not the paragraph's speaker.
  let prev: Draft | undefined;
  for (const d of kept) {
    if (d.rule === 'claims/quote-inferred' && prev?.speaker) {
      const para = (offset: number): number => sentences[tokens[tokenIndexAt(tokens, offset)].sentence].paragraph;
      if (para(prev.start) === para(d.start)) d.speaker = prev.speaker;
    }
    if (!(d.cue && quoteAt[d.cue[0]] !== -1)) prev = d;
  }
  return toClaims(text, tokens, kept);
}

// ---------------------------------------------------------------- quotes

interface Attribution {
  cue: [number, number] | null;
  speaker: SpeakerPhrase | null;
  rule: string;
}

/** The attribution of a quote: after it, before it, inside it, or a headline label. */
function attributeQuote(ctx: PhraseContext, q: Quote, sentences: readonly Sentence[]): Attribution | null {
  const { tokens, lex } = ctx;
  if (q.close !== -1) {
    let k = q.close + 1;
    if (k < tokens.length && (tokens[k].lower === ',' || DASHES.has(tokens[k].lower)) && tokens[k].kind !== 'tabCRLF') k++;
    if (k < tokens.length && tokens[k].kind !== 'tabCRLF') {
      const ceiling = Math.min(sentences[tokens[k].sentence].tokenEnd, k + WINDOW);
      const after = attributionAfter(ctx, k, ceiling);
      if (after) return after;
    }
  }
  // A source after the dash names the speaker better than a headline's label before it ("Rome: “...” – the unions").
  const before = headlineDashSource(ctx, q, sentences) ?? attributionBefore(ctx, q, sentences);
  if (before) return before;
  return interruption(ctx, q);
}

/**
 * A headline quote with its source after a dash: "“We will stop the country” – the
 * unions against the government". Only in a paragraph of one sentence (a headline).
 */
function headlineDashSource(ctx: PhraseContext, q: Quote, sentences: readonly Sentence[]): Attribution | null {
  const { tokens } = ctx;
  if (q.close === -1) return null;
  const k = q.close + 1;
  if (k >= tokens.length || !['–', '—', '-', '--'].includes(tokens[k].lower)) return null;
  const s = tokens[q.close].sentence;
  const para = sentences[s].paragraph;
  if ((s > 0 && sentences[s - 1].paragraph === para) || (s + 1 < sentences.length && sentences[s + 1].paragraph === para)) return null;
  const end = sentences[s].tokenEnd;
  const np = nounPhraseAfter(ctx, k + 1, end);
  if (!np) return null;
  const after = np.next < end ? tokens[np.next] : undefined;
  if (after && after.pos !== 'ADP' && after.kind !== 'tabCRLF' && !SENTENCE_END.has(after.lower)) return null;
  return { cue: null, speaker: np, rule: 'claims/headline-source' };
}

/** "“...,” said Kirby", "“...” Hamad said", "“...”, according to a source", "“...”, a message from X". */
function attributionAfter(ctx: PhraseContext, k: number, ceiling: number): Attribution | null {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
    // "“...” According to a poll, Trump leads": a capital opens the next sentence's
    // attribution, not this quote's.
    if (t.text === 'According') return null;
    return { cue: [k, k + 2], speaker: sourceAfter(ctx, k + 2, ceiling), rule: 'claims/quote-then-cue' };
  }
  if (lex.framesQuote(t)) {
    // '..., citing “the magic of Trump,” said the candidate could win': a subject and
    // its verb after the cue make a clause of the cue's own, not an inverted speaker.
    const after = nounPhraseAfter(ctx, k + 1, ceiling, false, true);
    const next = after && after.next < ceiling ? tokens[after.next] : undefined;
    if (next && (next.pos === 'AUX' || (next.pos === 'VERB' && !next.lower.endsWith('ing')))) return null;
    return { cue: [k, k + 1], speaker: after, rule: 'claims/quote-then-cue' };
  }
  const np = nounPhraseAfter(ctx, k, ceiling);
  if (np) {
    let j = skipApposition(tokens, np.next, ceiling);
    let skipped = 0;
    while (j < ceiling && skipped < 3 && lex.isBetweenSubjectAndCue(tokens[j])) {
      j++;
      skipped++;
    }
    // '“... soft.” He says referees are ...': a cue with a clause of its own starts the
    // next claim; the quote before it is not what it reports.
    if (j < ceiling && lex.framesQuote(tokens[j]) && !cueHasOwnClause(tokens, j, ceiling)) {
      return { cue: [j, j + 1], speaker: np, rule: 'claims/quote-then-cue' };
    }
  }
  // "..., yet another message from Netanyahu": a reporting noun and its source.
  for (let j = k; j < Math.min(ceiling, k + 4); j++) {
    const w = tokens[j];
    if (lex.isReportingNoun(w)) {
      const by = tokens[j + 1];
      const speaker = by && (by.lower === 'from' || by.lower === 'by' || by.lower === 'of') ? nounPhraseAfter(ctx, j + 2, ceiling) : null;
      return speaker ? { cue: [j, j + 1], speaker, rule: 'claims/quote-then-cue' } : null;
    }
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'ADV')) break;
  }
  return null;
}

/**
 * Past an apposition or a label after a speaker phrase: "Gene Sperling, a top Clinton
 * adviser, said", "Dick Durbin (D-Ill.) said". Returns `j` when there is none.
 */
function skipApposition(tokens: readonly Token[], j: number, ceiling: number): number {
  if (j >= ceiling) return j;
  if (tokens[j].lower === '(') {
    let k = j + 1;
    while (k < ceiling && k - j <= 8 && tokens[k].lower !== ')') k++;
    return k < ceiling && tokens[k].lower === ')' ? k + 1 : j;
  }
  if (tokens[j].lower !== ',') return j;
  for (let k = j + 1; k < ceiling && k - j <= 16; k++) {
    const w = tokens[k];
    if (SENTENCE_END.has(w.lower) || isQuoteMark(w) || w.lower === ';') return j;
    if (w.lower === ',') return k + 1;
  }
  return j;
}

/** True when a reporting verb stands in [a, b) outside quotes. */
function hasCueBetween(lex: Lexicon, tokens: readonly Token[], a: number, b: number, quoteAt: Int32Array): boolean {
  for (let j = a; j < b; j++) if (quoteAt[j] === -1 && (lex.verbCue(tokens[j]) === 'speech' || lex.verbCue(tokens[j]) === 'belief' || lex.isNamingVerb(tokens[j]))) return true;
  return false;
}

/** Conjunctions that open a fronted subordinate clause ("While X said ..., Y ..."). */
const SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'since', 'if', 'when', 'whereas', 'as', 'after', 'before', 'unless', 'once']);

/** Conjunctions that may open a sentence before its fronted clause ("But if Carson implied that ..."). */
const SENTENCE_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'or']);
/** Prepositions of time that a measure phrase may lead ("Years after X claimed that ..."). */
const MEASURED_TIME = new Set(['after', 'before', 'since', 'until']);

/**
 * True when the cue stands in an adverbial clause fronted before the main clause, with
 * no comma between the clause's opening and the cue: a subordinator ("While X said
 * ...", "But if X implied ..."), a measure of time before one ("A few weeks after X
 * announced ..."), or a participle ("Having announced that ...").
 */
function frontedSubordinate(tokens: readonly Token[], start: number, c: number): boolean {
  let s = start;
  while (s < c && (tokens[s].kind === 'tabCRLF' || isQuoteMark(tokens[s]))) s++;
  if (s < c && SENTENCE_CONJUNCTIONS.has(tokens[s].lower) && tokens[s + 1]?.lower !== ',') s++;
  if (s >= c) return false;
  let opens = SUBORDINATORS.has(tokens[s].lower) || (tokens[s].pos === 'VERB' && tokens[s].lower.endsWith('ing') && /^[A-Z]/.test(tokens[s].text));
  if (!opens) {
    let m = s;
    while (m < c && m - s < 4 && ['DET', 'ADJ', 'NUM', 'NOUN'].includes(tokens[m].pos)) m++;
    opens = m > s && m < c && TIME_UNITS.has(tokens[m - 1].lower) && MEASURED_TIME.has(tokens[m].lower);
  }
  if (!opens) return false;
  for (let j = s + 1; j < c; j++) if (tokens[j].lower === ',') return false;
  return true;
}

/** Cut a clause at a comma outside quotes that a finite verb follows (", were angry"). */
function cutBeforeResumedVerb(tokens: readonly Token[], clause: Clause, quoteAt: Int32Array): void {
  const a = tokenIndexAt(tokens, clause.start);
  for (let j = a; j < tokens.length && tokens[j].end <= clause.end; j++) {
    if (tokens[j].lower !== ',' || quoteAt[j] !== -1) continue;
    const n = tokens[j + 1];
    if (!n || !(n.pos === 'AUX' || (n.pos === 'VERB' && !n.lower.endsWith('ing')))) continue;
    const p = previousToken(tokens, j);
    if (p >= a && countWords(tokens, a, j) >= 2) clause.end = tokens[p].end;
    return;
  }
}

/** Cut a clause at its first comma outside quotes. */
function cutAtComma(tokens: readonly Token[], clause: Clause, quoteAt: Int32Array): void {
  for (let j = tokenIndexAt(tokens, clause.start); j < tokens.length && tokens[j].end <= clause.end; j++) {
    if (tokens[j].lower !== ',' || quoteAt[j] !== -1) continue;
    const p = previousToken(tokens, j);
    if (p >= 0 && tokens[p].start >= clause.start && countWords(tokens, tokenIndexAt(tokens, clause.start), j) >= 2) clause.end = tokens[p].end;
    return;
  }
}

/** True when the cue at `c` is followed by its own reported clause ("says referees are", "said that"). */
function cueHasOwnClause(tokens: readonly Token[], c: number, ceiling: number): boolean {
  const k = c + 1;
  if (k >= ceiling) return false;
  // ('said Sunday on NBC's “Meet the Press.”': a date and a place are adjuncts, and a
  // title's verb is no clause of the cue's.)
  const dated = dateAdjunctEnd(tokens, k, ceiling);
  if (dated > k && (dated >= ceiling || tokens[dated].pos === 'ADP' || tokens[dated].pos === 'PUNCT')) return false;
  const w = tokens[k];
  if (w.lower === 'that') return tokens[k + 1] !== undefined && tokens[k + 1].pos !== 'VERB' && tokens[k + 1].pos !== 'AUX';
  if (!(w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ')) return false;
  return startsFiniteClause(tokens, k, ceiling);
}

/** "Kirby said: “...”", "he told reporters, “...”", and the headline label "Hamas: “...”". */
function attributionBefore(ctx: PhraseContext, q: Quote, sentences: readonly Sentence[]): Attribution | null {
  const { tokens, lex } = ctx;
  let p = q.open - 1;
  while (p >= 0 && tokens[p].kind === 'tabCRLF') p--;
  if (p < 0) return null;
  const mark = tokens[p].lower;
  if (mark !== ':' && mark !== ',') return null;
  const floor = sentenceStartOf(ctx, p, sentences);
  // The cue and an adverbial after it: "Sanders asks at Western High School, “...”".
  for (let c = p - 1; c >= Math.max(floor, p - (mark === ',' ? 8 : 4)); c--) {
    const t = tokens[c];
    if (SENTENCE_END.has(t.lower) || isQuoteMark(t)) break;
    // ("As Parsons had written just a few years earlier, “...”": a time adverbial.)
    if (p - c > 4 && lex.verbCue(t) !== 'speech' && !['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV'].includes(t.pos)) break;
    // "As Amar put it, “...”": the idiom of saying.
    const putIt = t.lower === 'put' && tokens[c + 1]?.lower === 'it' && c + 2 === p;
    if (p - c > 4 && lex.verbCue(t) !== 'speech' && !putIt) continue;
    if (lex.framesQuote(t) || putIt) {
      // "..., saying: “...”", "and added: “...”": a participle or a second verb reports for the clause's subject.
      const before = previousToken(tokens, c);
      const participle = t.lower.endsWith('ing') || (before >= floor && (tokens[before].lower === 'and' || tokens[before].lower === 'but'));
      const speaker = (participle ? clauseSubject(ctx, c, floor) : subjectBefore(ctx, c, floor)) ?? nounPhraseAfter(ctx, c + 1, p);
      return { cue: [c, c + 1], speaker: resolveRelative(ctx, speaker, floor), rule: 'claims/cue-then-quote' };
    }
  }
  if (mark !== ':') return null;
  // "Cruz called them on it: “...”": a sentence ending in a colon introduces the quote;
  // its subject is the speaker and its verb the cue.
  for (let c = p - 1; c >= Math.max(floor, p - 5); c--) {
    const t = tokens[c];
    if (SENTENCE_END.has(t.lower) || isQuoteMark(t) || t.lower === ',') break;
    if (t.pos === 'VERB') {
      const speaker = subjectBefore(ctx, c, floor);
      if (speaker && (speaker.form === 'name' || speaker.form === 'pronoun' || speaker.form === 'role')) return { cue: [c, c + 1], speaker, rule: 'claims/colon-introduced' };
      break;
    }
  }
  // A label before a colon at the start of its paragraph or sentence is the source.
  const np = nounPhraseBefore(ctx, p, floor);
  // (A quote that is only part of what follows, "Ryan: ‘Anti-Semitic Images’ Have ‘No
  // Place ...’", is inside the labelled sentence's mixed claim.)
  const rest = q.close === -1 || onlyPunctuationBetween(tokens, q.close + 1, sentences[tokens[q.close].sentence].tokenEnd);
  if (rest && np && np.from === firstWordFrom(tokens, floor) && p - floor <= 6 && (np.form === 'name' || np.form === 'role')) {
    return { cue: null, speaker: np, rule: 'claims/headline-source' };
  }
  return colonAfterReport(ctx, p, floor);
}

/**
 * "As Jane Doe observed, the biggest winner was the stage itself: “...”", "Smith said
 * the choice was simple: “...”": a colon that closes a sentence reported by an earlier
 * verb of saying introduces more of the same words. The nearest such verb before the
 * colon (its own subject named, not a participle) is the cue; another quote or a new
 * sentence between them ends the search.
 */
function colonAfterReport(ctx: PhraseContext, p: number, floor: number): Attribution | null {
  const { tokens, lex } = ctx;
  for (let c = p - 1; c >= Math.max(floor, p - 40); c--) {
    const t = tokens[c];
    if (SENTENCE_END.has(t.lower) || isQuoteMark(t) || t.lower === ':' || t.lower === ';') return null;
    if (t.pos !== 'VERB' || lex.verbCue(t) !== 'speech' || t.lower.endsWith('ing') || isPassive(tokens, c, floor)) continue;
    const speaker = subjectBefore(ctx, c, floor);
    if (speaker && (speaker.form === 'name' || speaker.form === 'pronoun' || speaker.form === 'role')) return { cue: [c, c + 1], speaker, rule: 'claims/colon-introduced' };
    return null;
  }
  return null;
}

/** Prepositions that may follow a headline's source before its colon ("Clinton to Planned Parenthood:", "Mukasey at RNC:"). */
const LABEL_PREPOSITIONS = new Set(['to', 'at', 'on', 'in']);

/**
 * "Sanders: Clinton email story has moved", "Poll: Trump ties Clinton", "MATTHEWS:
 * Well, speculation is bad": a sentence whose first words are a person's or an
 * organisation's name, a role, or a document, then a colon, gives those words as the
 * source of what follows (ANNOTATION.md: a headline "Hamas: ..." is a claim with no cue).
 * A place before a colon only says where ("Gaza: the toll rises"); what follows must be
 * a clause of a few words. A quote right after the colon is the quote rule's
 * (`attributionBefore`).
 */
function labelledSentence(ctx: PhraseContext, sentence: Sentence, quoteAt: Int32Array, quotes: readonly Quote[]): Omit<Draft, 'confidence' | 'sentence'> | null {
  const { tokens, lex } = ctx;
  const first = firstWordFrom(tokens, sentence.tokenStart);
  const end = Math.min(sentence.tokenEnd, first + WINDOW);
  if (first >= end || quoteAt[first] !== -1) return null;
  const label = nounPhraseAfter(ctx, first, Math.min(end, first + 8));
  if (!label) return null;
  let colon = label.next;
  if (colon < end && LABEL_PREPOSITIONS.has(tokens[colon].lower)) {
    const object = nounPhraseAfter(ctx, colon + 1, Math.min(end, colon + 6));
    if (object) colon = object.next;
  }
  if (colon >= end || tokens[colon].lower !== ':') return null;
  // (A capitalised phrase the entity stage did not find is a section's name: "The
  // Latest:", "Editor's Note:"; a role is the head, not a possessor.)
  const mention = label.name?.mention;
  const head = tokens[label.b - 1];
  const source = lex.isDocumentNoun(head) || (label.form === 'name' ? mention != null && mention.type !== 'PLACE' : label.form === 'role' && lex.isRoleNoun(head));
  if (!source) return null;
  let k = colon + 1;
  while (k < end && tokens[k].kind === 'tabCRLF') k++;
  if (k >= end) return null;
  // A quote that fills what follows is the quote rule's ("Hamas: “We are out ...”").
  const q = quoteAt[k];
  if (q !== -1 && (quotes[q].close === -1 || onlyPunctuationBetween(tokens, quotes[q].close + 1, end))) return null;
  const clause = clauseFrom(ctx, k, end, quoteAt, quotes, false);
  if (!clause) return null;
  // (A section title after a name, "Kasich: Now or never.", says nothing: what is said
  // has a verb or a quote.)
  const last = tokenIndexAt(tokens, clause.end - 1) + 1;
  if (countWords(tokens, k, last) < 3 || !(hasVerbBetween(tokens, k, last) || hasQuoteMark(tokens, k, last) || quoteAt[k] !== -1)) return null;
  return { kind: 'indirect', start: clause.start, end: clause.end, cue: null, speaker: label, bareForm: 'none', rule: 'claims/headline-source' };
}

/**
 * Whether the token is a verb of speech. The null of a non-cue is tested apart from the
 * string comparison: compared with 'speech' it deoptimised attributeQuote ('wrong
 * instance type', once per worker).
 */
function isSpeechCue(lex: Lexicon, t: Token): boolean {
  const cls = lex.verbCue(t);
  return cls !== null && cls === 'speech';
}

/** "the bank to hold", "inflation to ease": a short noun phrase, then "to" and a verb. */
function objectThenInfinitive(tokens: readonly Token[], np: SpeakerPhrase | null, s: number, ceiling: number): boolean {
  if (!np || np.form === 'pronoun' || np.next - s > 6 || np.next + 1 >= ceiling) return false;
  const verb = tokens[np.next + 1];
  return tokens[np.next].lower === 'to' && (verb.pos === 'VERB' || verb.pos === 'AUX');
}

/**
 * Whether a bracketed label and/or a noun phrase in apposition, in commas, starting at `k` is followed
 * by "for" or "of" ("(RSF), the paramilitary group it has been fighting, for"), bounded.
 */
function prepositionAfterAside(tokens: readonly Token[], k: number, ceiling: number): boolean {
  let j = k;
  if (tokens[j].lower === '(') {
    while (j < ceiling && j - k < 8 && tokens[j].lower !== ')') j++;
    if (j >= ceiling || tokens[j].lower !== ')') return false;
    j++;
  }
  if (j < ceiling && tokens[j].lower === ',') {
    const open = j;
    j++;
    // (An apposition is a noun phrase: not ", including, for a while,", ", whose term ...,".)
    if (j >= ceiling || !['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[j].pos) || RELATIVE_WORDS.has(tokens[j].lower)) return false;
    while (j < ceiling && j - open < 20 && tokens[j].lower !== ',' && !SENTENCE_END.has(tokens[j].lower) && !isQuoteMark(tokens[j])) j++;
    if (j >= ceiling || tokens[j].lower !== ',') return false;
    j++;
  }
  return j > k && j < ceiling && (tokens[j].lower === 'for' || tokens[j].lower === 'of');
}

/**
 * Whether the token at i is an abbreviation with its period ("a.m.", "Ltd.") that is no
 * part of a name ("U.S." is), followed by a quote that opens with a capital: the period
 * ends the sentence too.
 */
function abbreviationEndsSentence(ctx: PhraseContext, i: number, limit: number, quoteAt: Int32Array, quotes: readonly Quote[]): boolean {
  const { tokens } = ctx;
  const t = tokens[i];
  if (t.text.length < 3 || !t.text.endsWith('.') || ctx.nameAt[i] !== -1 || i + 2 >= limit) return false;
  const q = quoteAt[i + 1];
  return q !== -1 && quotes[q].open === i + 1 && /^[A-Z]/.test(tokens[i + 2].text);
}

/**
 * Whether a to-infinitive is the verb's complement at k, right after it or past an
 * addressee ("promised to", "promised voters to", "vowed again to"); bounded.
 */
function infinitiveFollows(ctx: PhraseContext, k: number, ceiling: number): boolean {
  const { tokens } = ctx;
  if (tokens[k].lower === 'to') return true;
  const np = nounPhraseAfter(ctx, k, ceiling);
  let j = np ? np.next : k;
  // (Adverbs and "not" between: "vowed once again to", "pledged publicly not to".)
  const from = j;
  while (j < ceiling && j - from < 3 && (tokens[j].pos === 'ADV' || tokens[j].lower === 'not' || tokens[j].lower === 'again')) j++;
  const verb = tokens[j + 1];
  return j < ceiling && tokens[j].lower === 'to' && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX' || verb.pos === 'ADV');
}

/** “I tell you this – he adds -: we will ...”: the cue inside the quote, between dashes or commas. */
function interruption(ctx: PhraseContext, q: Quote): Attribution | null {
  const { tokens, lex } = ctx;
  for (let i = q.first + 1; i + 2 < q.last; i++) {
    if (!DASHES.has(tokens[i].lower) || tokens[i].lower === ',') continue;
    const np = nounPhraseAfter(ctx, i + 1, q.last);
    if (!np || np.next >= q.last) continue;
    const c = np.next;
    if (isSpeechCue(lex, tokens[c]) && c + 1 < q.last && (DASHES.has(tokens[c + 1].lower) || tokens[c + 1].lower === ':')) {
      return { cue: [c, c + 1], speaker: np, rule: 'claims/quote-interrupted' };
    }
  }
  return null;
}

// ---------------------------------------------------------------- reported speech

interface Clause {
  start: number;
  end: number;
  that: boolean;
  /** "said Kirby" right after the cue with the clause after it: the speaker. */
  inverted: SpeakerPhrase | null;
}

/**
 * The clause a cue introduces: after "that" (past an addressee or adverbials), after a
 * colon, or right after the cue. Null when the cue has no clause after it ("he said.").
 */
function reportedClause(ctx: PhraseContext, c: number, cls: string, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): Clause | null {
  const { tokens, lex } = ctx;
  // What the cue reports may be its object alone: "denied the report", and a phrasal cue's
  // object ("called for an immediate ceasefire", whose particle is at c).
  let objectCue = lex.takesObjectContent(tokens[c]) || (c > 0 && lex.isPhrasalObjectCue(tokens[c - 1], tokens[c]));
  let k = c + 1;
  while (k < ceiling && tokens[k].kind === 'tabCRLF') k++;
  if (k >= ceiling) return null;
  // "He expected savings of about 18 billion yen a year": a figure put on something by a
  // verb of forecasting, in the active, is the forecast itself, an object with no verb;
  // "expected the worst" or "expects a decision" stay no claim.
  const figure = lex.forecasts(tokens[c]) && !(c > 0 && (tokens[c - 1].pos === 'DET' || tokens[c - 1].pos === 'AUX')) && figureObject(tokens, k, ceiling);
  if (figure) objectCue = true;
  if (tokens[k].lower === 'that' && tokens[k + 1]?.pos !== 'VERB' && tokens[k + 1]?.pos !== 'AUX') return clauseFrom(ctx, k + 1, ceiling, quoteAt, quotes, true);
  // "that" a few words on: "told reporters on Monday that", "said in a statement that".
  // A name wink tags as a verb ("The Associated/VERB Press") does not stop the search.
  for (let j = k; j < Math.min(ceiling, k + 14); j++) {
    const w = tokens[j];
    if (w.lower === 'that' && j > k && tokens[j + 1]?.pos !== 'VERB' && tokens[j + 1]?.pos !== 'AUX') return clauseFrom(ctx, j + 1, ceiling, quoteAt, quotes, true);
    // "believed the men did not know Ashworth and that the attack was ...": a "that"
    // after a conjunction is a second complement of an earlier verb, not this cue's.
    if ((w.lower === 'and' || w.lower === 'but') && j > k && tokens[j + 1]?.lower === 'that') break;
    // (A participle right after a noun modifies it: "said in a statement released through
    // police that ...", "told a hearing called by the committee that".)
    const modifier = w.pos === 'VERB' && /(ed|en)$/.test(w.lower) && j > k && tokens[j - 1].pos === 'NOUN' && tokens[j + 1]?.pos === 'ADP';
    const verb = (w.pos === 'VERB' || w.pos === 'AUX') && !(ctx.nameAt[j] !== -1 || /^[A-Z]/.test(w.text)) && !modifier;
    // "responding to a statement by Kirby that ...": the clause complements the noun; but
    // "in a statement", "in an interview" only say how the cue was said.
    const manner = lex.isReportingNoun(w) && inPhraseOfManner(tokens, k, j);
    if (verb || (lex.isReportingNoun(w) && !manner) || isQuoteMark(w) || SENTENCE_END.has(w.lower) || w.lower === ';' || w.lower === ':') break;
  }
  if (cls === 'that-only') return null;
  // "said Thursday the bridge would close", "reported last week.", "wrote Thursday in an
  // email to the paper, marking ...": a date right after the cue is the writer's adjunct.
  // What was said starts after it; with only a comma or the sentence end after it (and
  // a phrase of manner or place), the cue trails what was said and reports nothing here.
  const dated = dateAdjunctEnd(tokens, k, ceiling);
  if (dated > k) {
    let m = dated;
    if (m < ceiling && tokens[m].pos === 'ADP' && tokens[m].lower !== 'that' && !CLAUSE_WORDS.has(tokens[m].lower)) {
      m++;
      while (m < ceiling && m - dated < 8 && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADP'].includes(tokens[m].pos) && tokens[m].lower !== 'that') m++;
    }
    if (m >= ceiling || tokens[m].lower === ',' || tokens[m].lower === ';' || tokens[m].kind === 'tabCRLF' || SENTENCE_END.has(tokens[m].lower)) return null;
    k = dated;
  }
  if ((cls === 'speech' || cls === 'belief') && !objectCue) {
    const answer = shortAnswer(ctx, k, ceiling, quoteAt, quotes);
    if (answer) return answer;
  }
  // "the changes, which officials said will go into effect in May", "what analysts
  // believe is a sign of ...": the relative word before the cue's subject is the
  // subject of the reported clause, which starts right at its verb.
  if ((tokens[k].pos === 'AUX' || (tokens[k].pos === 'VERB' && !tokens[k].lower.endsWith('ing') && !tokens[k].lower.endsWith('ed'))) || (tokens[k].pos === 'VERB' && tokens[k].lower.endsWith('ed') && tokens[k + 1]?.lower !== 'by')) {
    if (relativeBeforeSubject(ctx, c)) {
      // (A relative clause in commas ends where the main clause's verb resumes.)
      const clause = clauseFrom(ctx, k, ceiling, quoteAt, quotes, false);
      if (clause) cutBeforeResumedVerb(tokens, clause, quoteAt);
      return clause;
    }
  }
  // Evidence without "that" is a finite verb with its clause: "records show he backed",
  // not "showing off the hat".
  if (cls === 'evidence' && (tokens[c].lower.endsWith('ing') || tokens[k].pos === 'ADP' || tokens[k].pos === 'PART')) return null;
  if (lex.asksQuestion(tokens[c])) {
    // "asked Sanders how he was feeling", "asked whether ...": the reported question,
    // past an addressee; "asked the network to donate" is a request, not a claim.
    const to = nounPhraseAfter(ctx, k, ceiling);
    const m = to ? to.next : tokens[k].pos === 'PRON' && !lex.isSpeakerPronoun(tokens[k]) ? k + 1 : k;
    if (m >= ceiling) return null;
    if (QUESTION_WORDS.has(tokens[m].lower)) return clauseFrom(ctx, m, ceiling, quoteAt, quotes, false);
    // "asked Trump about his remarks at a rally": the topic of the question, ending
    // like an object where the writer's words resume.
    if (tokens[m].lower === 'about') {
      const topic = clauseFrom(ctx, m, ceiling, quoteAt, quotes, false);
      if (topic) {
        topic.end = tokens[objectPhraseEnd(ctx, m, tokenIndexAt(tokens, topic.end - 1) + 1, quoteAt, quotes) - 1].end;
        // (A topic has no comma of its own: "Trump, asked about the deaths, had said ...".)
        cutAtComma(tokens, topic, quoteAt);
      }
      return topic;
    }
    // "asked the candidates a simple question: Who will win?": the question after the colon.
    const put = nounPhraseAfter(ctx, m, ceiling);
    if (put && /^questions?$/.test(tokens[put.b - 1].lower) && tokens[put.next]?.lower === ':') return clauseFrom(ctx, put.next + 1, ceiling, quoteAt, quotes, false);
    return null;
  }
  // "vowed to fight on", "promised voters to cut taxes": an undertaking is an act, not
  // a claim (ANNOTATION.md); only its that-clause or its quote reports something.
  if (lex.undertakes(tokens[c]) && infinitiveFollows(ctx, k, ceiling)) return null;
  // "claimed to have seen it", "demanded to be heard": the infinitive is the claim.
  if (tokens[k].lower === 'to' && lex.takesInfinitive(tokens[c])) {
    // "did not threaten to ..." reports nothing.
    const negated = [c - 1, c - 2].some((j) => j >= 0 && NEGATORS.has(tokens[j].lower));
    return negated ? null : clauseFrom(ctx, k, ceiling, quoteAt, quotes, false);
  }
  if (tokens[k].lower === ':') return clauseFrom(ctx, k + 1, ceiling, quoteAt, quotes, false);
  if (tokens[k].lower === ',' || SENTENCE_END.has(tokens[k].lower)) return null;
  // "said the prime minister, ..." is an inversion, not a clause.
  const np = nounPhraseAfter(ctx, k, ceiling);
  if (/^(report|post)/.test(tokens[c].lower) && accountsObject(tokens, k, ceiling)) return null;
  // ("denied the report, calling it ..." is an object: a description after a verb that takes one.)
  const objectBeforeComma = np !== null && np.form === 'description' && objectCue && np.next < ceiling && tokens[np.next].lower === ',';
  // ("said the bridge, which carries 9,000 cars, would close": a subject whose relative
  // clause the sentence resumes after.)
  const subjectWithRelative = np !== null && np.next + 1 < ceiling && tokens[np.next].lower === ',' && NON_RESTRICTIVE.has(tokens[np.next + 1].lower) && resumesAfter(tokens, np.next + 2, ceiling, quoteAt);
  // (After a verb whose object is what it reports, a description ending the sentence is
  // that object: "Hamas denied the report.", "called for a ceasefire.")
  const objectAtEnd = objectCue && np !== null && np.form === 'description';
  // ("blamed the Rapid Support Forces (RSF), the group it fights, for the attack": an
  // object with its label or apposition, then the verb's own preposition.)
  const objectWithApposition = objectCue && np !== null && np.next < ceiling && prepositionAfterAside(tokens, np.next, ceiling);
  // (An adverb of manner may stand between the object and the comma: "explains the
  // arithmetic patiently, the way she has ...".)
  let afterNp = np ? np.next : k;
  while (afterNp < ceiling && afterNp - k < 40 && tokens[afterNp].pos === 'ADV' && /ly$/.test(tokens[afterNp].lower)) afterNp++;
  // (A hyphen inside a word is no boundary: "said the night-time economy had changed".)
  if (np && !objectBeforeComma && !subjectWithRelative && !objectAtEnd && !objectWithApposition && (afterNp >= ceiling || (tokens[afterNp].pos === 'PUNCT' && !isQuoteMark(tokens[afterNp]) && !gluedHyphen(tokens, afterNp)))) {
    return null;
  }
  // "said Sen. Brian Schatz of Hawaii, who ...", "So says a booming voice at the end of
  // the film": the phrase after the cue, with its prepositional phrases, up to a comma or
  // the sentence end and without a verb, is the inverted speaker.
  const sayingOnly = cls === 'speech' && !objectCue && !lex.takesAddressee(tokens[c]);
  if (sayingOnly && np && (np.form === 'name' || np.form === 'role' || lex.isRoleNoun(tokens[np.b - 1])) && !WEEKDAYS_MONTHS.test(tokens[np.a].lower) && tokens[np.next].pos === 'ADP' && tokens[np.next].lower !== 'that' && !CLAUSE_WORDS.has(tokens[np.next].lower)) {
    let j = np.next;
    // (A word inside a name is no verb whatever wink's tag: "of the ... Red Cross/VERB and Red Crescent Societies".)
    const verbAt = (x: number): boolean => (tokens[x].pos === 'VERB' || tokens[x].pos === 'AUX') && ctx.nameAt[x] === -1;
    while (j < ceiling && j - np.next < 16 && !(tokens[j].pos === 'PUNCT' && !isQuoteMark(tokens[j])) && tokens[j].kind !== 'tabCRLF' && !verbAt(j)) j++;
    if (j >= ceiling || (tokens[j].pos === 'PUNCT' && !isQuoteMark(tokens[j])) || tokens[j].kind === 'tabCRLF') return null;
  }
  const addressee = np ?? (tokens[k].pos === 'PRON' && !lex.isSpeakerPronoun(tokens[k]) ? single(k, 'pronoun') : null);
  if (lex.takesAddressee(tokens[c]) && addressee) {
    const np = addressee;
    // "warned the Palestinian Authority not to ...": the addressee belongs to the claim.
    let m = np.next;
    while (m < ceiling && m - np.next < 8 && (['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN'].includes(tokens[m].pos) || (tokens[m].pos === 'VERB' && tokens[m].lower.endsWith('ed'))) && tokens[m].lower !== 'to') m++;
    const after = tokens[m];
    if (after && (after.lower === 'to' || (after.lower === 'not' && tokens[m + 1]?.lower === 'to'))) return clauseFrom(ctx, k, ceiling, quoteAt, quotes, false);
    // "warned Brussels on Monday against targeting US firms": a warning's content may be
    // the course it warns against (Quirk et al.: warn/caution someone against V-ing).
    if (/^(warn|caution)/.test(tokens[c].lower)) {
      for (let j = np.next; j < m; j++) if (tokens[j].lower === 'against' && tokens[j + 1]?.lower.endsWith('ing')) return clauseFrom(ctx, j, ceiling, quoteAt, quotes, false);
    }
    // "told reporters he would ...": a clause right after the addressee.
    const w = tokens[np.next];
    if (w && (w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'PROPN') && w.lower !== 'to') {
      const clause = clauseFrom(ctx, np.next, ceiling, quoteAt, quotes, false);
      if (clause && hasVerbBetween(tokens, np.next, tokenIndexAt(tokens, clause.end))) return clause;
    }
    return null;
  }
  let s = k;
  // "at least six planes", "at most ten": a quantity, not an adverbial.
  const quantity = tokens[s].lower === 'at' && (tokens[s + 1]?.lower === 'least' || tokens[s + 1]?.lower === 'most');
  // Skip a short adverbial: "said on Monday it would ...".
  if (!quantity && tokens[s].pos === 'ADP' && tokens[s].lower !== 'that' && !CLAUSE_WORDS.has(tokens[s].lower)) {
    s++;
    while (s < ceiling && s - k < 6 && (tokens[s].pos === 'DET' || tokens[s].pos === 'NOUN' || tokens[s].pos === 'PROPN' || tokens[s].pos === 'ADJ' || tokens[s].pos === 'NUM')) s++;
    if (s < ceiling && tokens[s].lower === ',') s++;
  }
  if (s >= ceiling) return null;
  const w = tokens[s];
  const opens = quantity || w.pos === 'PRON' || w.pos === 'DET' || w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'NUM' || isQuoteMark(w) || CLAUSE_WORDS.has(w.lower);
  // Subjects wink tags otherwise: a gerund ("said legalizing it could ..."), a
  // quantifier ("said none of them were ..."), a capitalised name read as a verb ("said
  // Cook provided"). They open a clause only when a finite verb follows soon after.
  const oddSubject = w.kind === 'word' && (
    (w.pos === 'VERB' && (w.lower.endsWith('ing') || /^[A-Z]/.test(w.text))) ||
    ((w.pos === 'ADV' || w.pos === 'PRON') && QUANTIFIER_SUBJECTS.has(w.lower)));
  if (!opens && !(oddSubject && startsFiniteClause(tokens, s, Math.min(ceiling, s + 14)))) return null;
  const clause = clauseFrom(ctx, s, ceiling, quoteAt, quotes, false);
  if (!clause) return null;
  // Thoughts need a clause ("believes it would be wrong"); "said nothing" is not a claim.
  const hasVerb = hasVerbBetween(tokens, s, tokenIndexAt(tokens, clause.end));
  if (!hasVerb && !objectCue) return null;
  // "endorsed Trump last week and has appeared ...", "praised Boyle at a press conference":
  // when no finite clause follows, what was said is the object noun phrase, not the
  // rest of the writer's sentence.
  const clauseLast = tokenIndexAt(tokens, clause.end - 1);
  if (s === k && objectCue && !isQuoteMark(w) && !CLAUSE_WORDS.has(w.lower) && w.lower !== 'that' && w.pos !== 'ADP' && !subjectThenVerb(tokens, s, clauseLast + 1)) {
    const e = objectPhraseEnd(ctx, s, clauseLast + 1, quoteAt, quotes);
    if (e > s) clause.end = tokens[e - 1].end;
  }
  // A thought is a finite clause ("feels he can win"), not an object ("felt the need to"),
  // or, after a verb that raises its subject in the passive ("is expected to"), an object
  // with its infinitive: "expected the bank to hold" is the belief that the bank would
  // hold (Quirk et al. 16.31).
  if ((cls === 'belief' || cls === 'evidence') && !startsFiniteClause(tokens, s, tokenIndexAt(tokens, clause.end)) && !(cls === 'belief' && s === k && lex.raisesSubject(tokens[c]) && objectThenInfinitive(tokens, np, s, ceiling)) && !figure) return null;
  return clause;
}

/**
 * Whether the noun phrase at k carries a figure before any verb or punctuation, within
 * eight words: a number that is no bare year ("savings of about 18 billion yen", "growth
 * of 2.5%", "a 10 percent rise"), or a currency sign. A determiner or a noun opens it.
 */
function figureObject(tokens: readonly Token[], k: number, ceiling: number): boolean {
  const first = tokens[k];
  if (!first || !(first.pos === 'DET' || first.pos === 'NOUN' || first.pos === 'ADJ' || first.pos === 'NUM' || first.kind === 'currency')) return false;
  if (first.pos === 'DET' && first.lower !== 'a' && first.lower !== 'an') return false;
  for (let i = k; i < ceiling && i - k < 8; i++) {
    const t = tokens[i];
    if (t.kind === 'currency') return true;
    if (t.pos === 'NUM' || t.kind === 'number') {
      if (/^(1[89]|20)\d\d$/.test(t.text)) return false; // a year: "expects a decision in 2026"
      return true;
    }
    if (!['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'ADV'].includes(t.pos) || t.lower === 'that' || t.lower === 'to') return false;
  }
  return false;
}

/**
 * "Minutes showed that two members had argued for a cut, warning that ...": a document
 * does not warn; a participle after its finding is said by the finding's own subject.
 */
function participleAfterFinding(ctx: PhraseContext, i: number, finding: Draft | undefined, speaker: SpeakerPhrase | null): SpeakerPhrase | null {
  const { tokens, lex } = ctx;
  if (!finding || !speaker || !finding.cue || !tokens[i].lower.endsWith('ing') || tokens[previousToken(tokens, i)]?.lower !== ',') return speaker;
  if (!(finding.speaker && finding.speaker.a === speaker.a) || !lex.reportsFinding(tokens[finding.cue[0]])) return speaker;
  const s = tokenIndexAt(tokens, finding.start);
  // The subject is what stands before the clause's first verb ("two of the six members had").
  let v = s;
  while (v < i && v - s < 12 && !(tokens[v].pos === 'VERB' || tokens[v].pos === 'AUX')) v++;
  if (v >= i || v === s) return speaker;
  const subject = subjectBefore(ctx, v, s);
  return subject && subject.from === s ? subject : speaker;
}

/** Is the clause before the comma at c still without its verb ("whether X, the group's arm,")? */
function subjectStillOpen(tokens: readonly Token[], c: number): boolean {
  for (let j = c - 1; j >= 0 && c - j < 25; j--) {
    const w = tokens[j];
    // (A capitalised word is a name's, whatever wink's tag: "Corvalis Pay/VERB".)
    if (((w.pos === 'VERB' || w.pos === 'AUX') && !/^[A-Z]/.test(w.text)) || SENTENCE_END.has(w.lower)) return false;
    if (w.lower === 'whether' || ((w.lower === 'if' || w.lower === 'that') && w.pos === 'SCONJ')) return true;
  }
  return false;
}

/** Does a company's accounts figure open the object at k ("revenue of", "a net loss", "record profits")? */
function accountsObject(tokens: readonly Token[], k: number, ceiling: number): boolean {
  for (let j = k; j < ceiling && j - k < 5; j++) {
    const w = tokens[j];
    if (w.kind === 'tabCRLF') continue;
    if (ACCOUNTS.has(w.lower)) return true;
    if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'NOUN')) return false;
  }
  return false;
}

/**
 * Is the noun at token j the head of an "in"-phrase that starts the words after a cue
 * at k ("said in a statement", "told CNN in an interview on Sunday")? Such a phrase says
 * how the words were given, and the cue's clause follows it.
 */
function inPhraseOfManner(tokens: readonly Token[], k: number, j: number): boolean {
  let i = j - 1;
  while (i >= k && (tokens[i].pos === 'DET' || tokens[i].pos === 'ADJ' || tokens[i].pos === 'NOUN' || tokens[i].pos === 'PRON')) i--;
  return i >= k && tokens[i].lower === 'in';
}

/** The last token at or before `i` that is not a line break or sentence-final punctuation. */
function previousWord(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k > 0 && (tokens[k].kind === 'tabCRLF' || SENTENCE_END.has(tokens[k].lower))) k--;
  return k;
}

/** True when [a, b) holds nothing but punctuation and line breaks. */
function onlyPunctuationBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].kind !== 'tabCRLF' && tokens[i].pos !== 'PUNCT') return false;
  return true;
}

/** Nouns that name what a report or an act amounts to: ", a move that ...". */
const EVENT_NOUNS = new Set(['decision', 'ruling', 'verdict', 'move', 'step', 'vote', 'result', 'outcome', 'setback', 'blow', 'victory', 'defeat', 'reversal', 'shift', 'departure']);

/** Whether "a/an" at k opens a noun of EVENT_NOUNS (within four words) that a relative word follows. */
function eventApposition(tokens: readonly Token[], k: number, limit: number): boolean {
  if (k >= limit || !(tokens[k].lower === 'a' || tokens[k].lower === 'an')) return false;
  for (let j = k + 1; j < Math.min(limit - 1, k + 6); j++) {
    const w = tokens[j];
    if (EVENT_NOUNS.has(w.lower)) return tokens[j + 1].lower === 'that' || tokens[j + 1].lower === 'which';
    if (!(w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'NOUN' || w.lower === '-')) return false;
  }
  return false;
}

/** Whether token i is a hyphen joined to the words on both sides ("night-time"). */
export function gluedHyphen(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i];
  return (w.text === '-' || w.text === '‐') && i > 0 && i + 1 < tokens.length && tokens[i - 1].end === w.start && tokens[i + 1].start === w.end && tokens[i + 1].kind === 'word';
}

/** Prepositions that carry a noun phrase on inside a subject ("the silver medal in the 400 metres"). */
const SUBJECT_PREPOSITIONS = new Set(['of', 'in', 'for', 'on', 'at', 'from']);
/** Verbs of causing whose object does what the next bare verb says ("make them think"). */
const CAUSATIVES = new Set(['make', 'makes', 'made', 'making', 'let', 'lets', 'letting']);
/** Words that negate the verb after them: "did not say", "never explained". */
const NEGATORS = new Set(['not', "n't", 'never']);
/** Verbs of refusing before "to" and a cue: "declined to say", "refused to comment". */
const REFUSALS = new Set(['decline', 'declines', 'declined', 'declining', 'refuse', 'refuses', 'refused', 'refusing']);

/** Whether the cue at c is negated ("did not say", "never explained") or refused ("declined to say"). */
function negatedCue(tokens: readonly Token[], c: number, floor: number): boolean {
  const p1 = previousToken(tokens, c);
  const p2 = p1 > floor ? previousToken(tokens, p1) : -1;
  for (const j of [p1, p2]) if (j >= floor && NEGATORS.has(tokens[j].lower)) return true;
  return p1 >= floor && tokens[p1].lower === 'to' && p2 >= floor && REFUSALS.has(tokens[p2].lower);
}

/** Whether the cue at c is owed, not done: "must show", "will have to prove", "needs to explain". */
function obligedCue(tokens: readonly Token[], c: number, floor: number): boolean {
  const p1 = previousToken(tokens, c);
  if (p1 < floor) return false;
  if (tokens[p1].lower === 'must') return true;
  const p2 = previousToken(tokens, p1);
  // (Not "had to admit": the past of an obligation says it was met.)
  return tokens[p1].lower === 'to' && p2 >= floor && /^(have|has|need|needs)$/.test(tokens[p2].lower);
}

/** Words that may stand between a passive "asked" and its question: "Asked on Monday in Iowa whether". */
const QUESTION_ADJUNCT_POS = new Set(['ADV', 'ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * A question put in the passive: "Asked whether he would run, Smith said ...", "When
 * asked by a reporter if ...", "Sanders was asked by the host whether ...". Returns
 * undefined when the verb at `c` is not such a passive (the active "X asked Y whether"
 * is read as speech), null when it is one that reports nothing (a request, "Asked to
 * leave"; or "spoke when asked whether ...", the writer's account of the occasion, as
 * in the seeds), else the question with its asker: the agent after "by", or null for a
 * sentence-opening "Asked ..." that names none (an agentless passive, ANNOTATION.md).
 */
function passiveQuestion(ctx: PhraseContext, c: number, floor: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): { start: number; end: number; asker: SpeakerPhrase | null } | null | undefined {
  const { tokens } = ctx;
  const p = previousToken(tokens, c);
  const opening = p < floor || SENTENCE_END.has(tokens[p].lower) || (isQuoteMark(tokens[p]) && previousToken(tokens, p) < floor);
  // ("Trump, asked about the deaths, had said ...": a participle in commas that the
  // sentence resumes after is a reduced passive too.)
  const reduced = opening || REDUCED_PASSIVE.has(tokens[p].lower) || (tokens[p].lower === ',' && resumesAfter(tokens, c + 1, ceiling, quoteAt));
  let be = false;
  for (let j = c - 1; !reduced && j >= floor && j >= c - 3; j--) {
    if (['was', 'were', 'is', 'are', 'be', 'been', 'being'].includes(tokens[j].lower)) be = true;
    if (be || tokens[j].pos !== 'ADV') break;
  }
  if (!reduced && !be) return undefined;
  // Past adverbials and the agent: "Asked on Monday by Matt Lauer whether ...".
  let m = c + 1;
  let asker: SpeakerPhrase | null = null;
  while (m < ceiling && m - c < 14) {
    const w = tokens[m];
    if (w.kind === 'tabCRLF') {
      m++;
      continue;
    }
    if (QUESTION_WORDS.has(w.lower) || w.lower === 'about' || w.lower === 'to' || w.lower === 'that') break;
    if (w.lower === 'by' && !asker) {
      asker = nounPhraseAfter(ctx, m + 1, ceiling);
      if (!asker) return null;
      m = asker.next;
      continue;
    }
    if (!QUESTION_ADJUNCT_POS.has(w.pos)) break;
    m++;
  }
  if (!opening && !asker) return null;
  if (m >= ceiling || !(QUESTION_WORDS.has(tokens[m].lower) || tokens[m].lower === 'about')) return null;
  const q = clauseFrom(ctx, m, ceiling, quoteAt, quotes, false);
  if (!q) return null;
  // "Asked whether X, which friends described as Y, hurt him, Trump said": the question
  // ends where the main clause starts.
  if (tokens[tokenIndexAt(tokens, q.start)].sentence === tokens[c].sentence) cutAtMainClause(tokens, q, quoteAt);
  return { start: q.start, end: q.end, asker };
}

/**
 * Cut a clause fronted before its sentence's main clause at the comma the main clause
 * follows (a subject and a finite verb: ", Mr. Trump said"); commas inside the clause
 * (", which ...", ", the nominee,") stay; an attribution (", Trump said") already ended
 * the clause.
 */
function cutAtMainClause(tokens: readonly Token[], clause: Clause, quoteAt: Int32Array): void {
  const a = tokenIndexAt(tokens, clause.start);
  for (let j = a; j < tokens.length && tokens[j].end <= clause.end; j++) {
    if (tokens[j].lower !== ',') continue;
    // ('Asked whether she “has the integrity,” 75 percent said ...': the comma inside a
    // closing mark ends the quoted part of the question; the clause keeps the mark.)
    const closing = quoteAt[j] !== -1 && j + 1 < tokens.length && isQuoteMark(tokens[j + 1]) && quoteAt[j + 1] === quoteAt[j];
    if (quoteAt[j] !== -1 && !closing) continue;
    const m = closing ? j + 2 : j + 1;
    const n = tokens[m];
    if (!n || RELATIVE_WORDS.has(n.lower) || !['PRON', 'PROPN', 'DET', 'NOUN', 'NUM'].includes(n.pos)) continue;
    if (!startsFiniteClause(tokens, m, Math.min(tokens.length, m + 16))) continue;
    const p = closing ? j + 1 : previousToken(tokens, j);
    if (p >= a && countWords(tokens, a, j) >= 2) {
      clause.end = tokens[p].end;
      return;
    }
  }
}

/** The object after a finding verb: a noun phrase with whatever it carries to the clause end ("Sanders leading Clinton by two points"). */
function findingObject(ctx: PhraseContext, c: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): Clause | null {
  const { tokens } = ctx;
  let k = c + 1;
  while (k < ceiling && tokens[k].kind === 'tabCRLF') k++;
  const w = tokens[k];
  // Not "showing off", "found in 2010", "shows up".
  if (!w || !(['DET', 'PROPN', 'NOUN', 'NUM', 'ADJ'].includes(w.pos) || (w.pos === 'PRON' && w.lower !== 'that')) || w.lower === 'up' || w.lower === 'out') return null;
  return clauseFrom(ctx, k, ceiling, quoteAt, quotes, false);
}

/** Relative words that can be the subject of a clause reported after them ("which X said will ..."). */
const GAP_RELATIVES = new Set(['which', 'that', 'what', 'who', 'whatever']);

/** True when the cue's subject is right after a relative word ("which officials said", "what she said"). */
function relativeBeforeSubject(ctx: PhraseContext, c: number): boolean {
  const floor = Math.max(0, c - 14);
  const subject = subjectBefore(ctx, c, floor);
  if (!subject || subject.form === 'relative') return false;
  const before = previousToken(ctx.tokens, subject.from);
  return before >= floor && GAP_RELATIVES.has(ctx.tokens[before].lower) && ctx.tokens[before].sentence === ctx.tokens[c].sentence;
}

/** The clause from token `s` to where it ends: the sentence end, or a new attribution. */
function clauseFrom(ctx: PhraseContext, s: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[], that: boolean): Clause | null {
  const { tokens, lex } = ctx;
  while (s < ceiling && tokens[s].kind === 'tabCRLF') s++;
  if (s >= ceiling) return null;
  let end = s; // one past the last token of the clause
  let i = s;
  let limit = ceiling;
  // A clause reported inside a quote ("... need to know that there are consequences,”
  // Trump said) is the speaker's words only up to the closing mark.
  const within = quoteAt[s];
  if (within !== -1 && quotes[within].open !== s) limit = Math.min(limit, quotes[within].close === -1 ? quotes[within].last : quotes[within].close);
  while (i < limit) {
    const t = tokens[i];
    const q = quoteAt[i];
    // "X said A and (Y) said B": a coordinated attribution starts a claim of its own.
    // ("... and that he would ..." is the same cue's second complement, not a new attribution.)
    if (i > s && (t.lower === 'and' || t.lower === 'but') && tokens[i + 1]?.lower !== 'that' && startsCoordinatedCue(ctx, i + 1, limit, s)) break;
    // "declared the need for drive: “Change the world ...”": a colon before a quote ends the clause.
    if (i > s && t.lower === ':' && tokens[i + 1] && isQuoteMark(tokens[i + 1])) break;
    if (q !== -1 && quotes[q].open === i) {
      // A quote is read whole, even past the sentence end.
      const close = quotes[q].close === -1 ? quotes[q].last - 1 : quotes[q].close;
      if (close + 1 > limit) limit = Math.min(tokens.length, sentenceEndAfter(tokens, close));
      i = close + 1;
      end = i;
      continue;
    }
    if (SENTENCE_END.has(t.lower) && (i + 1 >= limit || tokens[i + 1].kind === 'tabCRLF' || tokens[i + 1].space !== '' || isQuoteMark(tokens[i + 1]))) break;
    // "... shortly after 10 a.m. “People were running”": an abbreviation's period that a
    // capitalised quote follows also ends the sentence (the text layer keeps them as one).
    if (i > s && abbreviationEndsSentence(ctx, i, limit, quoteAt, quotes)) {
      end = i + 1;
      break;
    }
    if (t.lower === ',' && endsClauseAt(ctx, i + 1, limit)) break;
    // "..., which is spread by mosquitoes.": a relative clause that closes the sentence
    // is the writer's comment on the last noun; one the sentence resumes after ("the
    // plan, which was drafted in May, would fail") is inside what was said.
    // (", for whom he was scheduled to speak": a preposition may lead the relative word.)
    const relativeAt = NON_RESTRICTIVE.has(tokens[i + 1]?.lower ?? '') ? i + 2 : tokens[i + 1]?.pos === 'ADP' && NON_RESTRICTIVE.has(tokens[i + 2]?.lower ?? '') && tokens[i + 2].lower !== 'who' ? i + 3 : -1;
    if (i > s && t.lower === ',' && relativeAt !== -1 && !resumesAfter(tokens, relativeAt, limit, quoteAt)) break;
    // "ruled that agents need a warrant, a 6-3 decision that widens ...", "would cut 500
    // jobs, a move that ...": a noun naming the event, with its own relative clause, is
    // the writer's comment on the whole report.
    if (i > s && t.lower === ',' && eventApposition(tokens, i + 1, limit)) break;
    if (t.lower === '(' || t.kind === 'tabCRLF') {
      if (t.kind === 'tabCRLF' && /\n/.test(t.text)) break;
    }
    i++;
    if (t.kind !== 'tabCRLF') end = i;
  }
  while (end > s && (tokens[end - 1].lower === ',' || tokens[end - 1].kind === 'tabCRLF' || tokens[end - 1].lower === ':')) end--;
  if (end <= s || countWords(tokens, s, end) < 2) return null;
  return { start: tokens[s].start, end: tokens[end - 1].end, that, inverted: null };
  void lex;
}

/**
 * One past a date adjunct at `k` ("Thursday", "on Monday", "last week", "earlier this
 * month", "yesterday", "Jan. 5"), else `k`. A month needs its day ("said May was
 * wrong" names a person); a weekday with a possessive is a noun ("Monday's vote").
 */
function dateAdjunctEnd(tokens: readonly Token[], k: number, ceiling: number): number {
  let j = k;
  if (tokens[j]?.lower === 'earlier' || tokens[j]?.lower === 'later') {
    if (dateAdjunctAt(tokens, j)) return Math.min(ceiling, j + 2);
    if ((tokens[j + 1]?.lower === 'this' || tokens[j + 1]?.lower === 'last') && RECENT_TIMES.has(tokens[j + 2]?.lower ?? '')) return Math.min(ceiling, j + 3);
    return k;
  }
  if (tokens[j]?.lower === 'on' || tokens[j]?.lower === 'in') j++;
  const w = tokens[j];
  if (!w || j >= ceiling) return k;
  if (/^(yesterday|today|tonight)$/.test(w.lower)) return tokens[j + 1]?.lower === "'s" ? k : j + 1;
  if ((w.lower === 'last' || w.lower === 'this') && RECENT_TIMES.has(tokens[j + 1]?.lower ?? '')) return Math.min(ceiling, j + 2);
  if (!WEEKDAYS_MONTHS.test(w.lower) || tokens[j + 1]?.lower === "'s" || tokens[j + 1]?.lower === '’s') return k;
  const weekday = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(w.lower);
  if (tokens[j + 1]?.pos === 'NUM') return Math.min(ceiling, j + 2);
  if (!weekday) return k;
  // "Thursday night", "Monday morning".
  if (/^(morning|afternoon|evening|night)$/.test(tokens[j + 1]?.lower ?? '')) return Math.min(ceiling, j + 2);
  return j + 1;
}

/**
 * True when the words from `k` to the sentence end are a noun phrase in apposition
 * (", said Wilcox, an Orlando teacher.", ", said Ruiz, the head of the union, who has
 * ..."): no verb before the end or before a relative word.
 */
function appositionToEnd(ctx: PhraseContext, k: number, ceiling: number): boolean {
  const { tokens } = ctx;
  const first = tokens[k];
  if (!first || !(first.pos === 'DET' || first.pos === 'ADJ' || first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'NUM')) return false;
  for (let j = k; j < ceiling && j - k < 40; j++) {
    const t = tokens[j];
    if (SENTENCE_END.has(t.lower) || t.kind === 'tabCRLF') return true;
    if (RELATIVE_WORDS.has(t.lower) && t.lower !== 'when' && t.lower !== 'where') return true;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && ctx.nameAt[j] === -1 && !/^[A-Z]/.test(t.text)) return false;
  }
  return false;
}

/** One-word answers and pro-forms that stand for what was said ("said so", "said yes"). */
const ANSWER_WORDS = new Set(['so', 'yes', 'no']);

/**
 * What a verb of saying or thinking reports when it is a pro-form or an answer rather
 * than a clause (Quirk et al.'s substitute "so"): "said so", "thinks so", "said yes",
 * "said no", and "said the same (of the budget)". The word must end its phrase (a comma,
 * the sentence end, a conjunction or an adverbial after it), so "said so many things" or
 * "said no to the deal" (a refusal) are not answers.
 */
function shortAnswer(ctx: PhraseContext, k: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): Clause | null {
  const { tokens } = ctx;
  const w = tokens[k];
  // (The tokenizer reads a sentence-final "no." as the abbreviation of "number".)
  if (w.lower === 'no.' && (k + 1 >= ceiling || tokens[k + 1].kind === 'tabCRLF' || isQuoteMark(tokens[k + 1]))) return { start: w.start, end: w.end - 1, that: false, inverted: null };
  if (ANSWER_WORDS.has(w.lower)) {
    const next = tokens[k + 1];
    const ends = !next || k + 1 >= ceiling || next.kind === 'tabCRLF' || (next.pos === 'PUNCT' && !isQuoteMark(next)) || next.pos === 'CCONJ' || next.pos === 'SCONJ' || (next.pos === 'ADP' && next.lower !== 'to' && next.lower !== 'of') || next.lower === 'too' || next.lower === 'again';
    return ends ? { start: w.start, end: w.end, that: false, inverted: null } : null;
  }
  if (w.lower === 'the' && tokens[k + 1]?.lower === 'same' && k + 2 <= ceiling) {
    const next = tokens[k + 2];
    if (next && (next.lower === 'of' || next.lower === 'about' || next.lower === 'for')) {
      const clause = clauseFrom(ctx, k, ceiling, quoteAt, quotes, false);
      if (clause) {
        const e = objectPhraseEnd(ctx, k, tokenIndexAt(tokens, clause.end - 1) + 1, quoteAt, quotes);
        if (e > k + 2) clause.end = tokens[e - 1].end;
        return clause;
      }
    }
    const ends = !next || k + 2 >= ceiling || (next.pos === 'PUNCT' && !isQuoteMark(next)) || next.pos === 'CCONJ' || next.pos === 'SCONJ' || next.pos === 'ADP';
    return ends ? { start: w.start, end: tokens[k + 1].end, that: false, inverted: null } : null;
  }
  return null;
}

/** Relative words that open a non-restrictive clause after a comma. */
const NON_RESTRICTIVE = new Set(['which', 'who', 'whom', 'whose']);

/**
 * True when, after the insertion that starts at `k`, the sentence resumes with a
 * predicate: a comma outside quotes followed by a finite verb (", would fail") before
 * the clause ends.
 */
function resumesAfter(tokens: readonly Token[], k: number, limit: number, quoteAt: Int32Array): boolean {
  for (let j = k; j < limit && j - k < 40; j++) {
    const t = tokens[j];
    if (SENTENCE_END.has(t.lower) || t.lower === ';' || (t.kind === 'tabCRLF' && /\n/.test(t.text))) return false;
    if (t.lower !== ',' || quoteAt[j] !== -1) continue;
    const n = tokens[j + 1];
    if (n && (n.pos === 'AUX' || (n.pos === 'VERB' && !n.lower.endsWith('ing')))) return true;
  }
  return false;
}

/** Prepositions that open the writer's adverbial after an object ("endorsed Trump at a news conference"). */
/** Does a date adjunct start at token i: "on Monday", "in March", "yesterday", "last week"? */
function dateAdjunctAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if ((t.lower === 'on' || t.lower === 'in') && next && WEEKDAYS_MONTHS.test(next.lower)) return true;
  if (t.lower === 'yesterday' || t.lower === 'today' || t.lower === 'tonight') return true;
  return (t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier') && next !== undefined && RECENT_TIMES.has(next.lower);
}

const RECENT_TIMES = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const ADVERBIAL_PREPOSITIONS = new Set(['at', 'during', 'before', 'after', 'while', 'when', 'since', 'until', 'amid', 'despite', 'following', 'upon']);

/**
 * One past the last token of the object phrase from `s` (before `limit`): the noun
 * phrase with its prepositional and infinitive modifiers ("Clinton for accepting
 * donations", "a series of steps to tighten sales"), a quote read whole. It stops
 * where the writer's words resume: a comma or dash before a new predicate, an
 * adverbial preposition ("at a news conference", "during a debate"), or a coordinated
 * predicate ("and has appeared ...").
 */
function objectPhraseEnd(ctx: PhraseContext, s: number, limit: number, quoteAt: Int32Array, quotes: readonly Quote[]): number {
  const { tokens } = ctx;
  let i = s;
  let end = s;
  // After a gerund or infinitive in the phrase ("accused X of grabbing her at a press
  // conference"), adverbials belong to that verb and stay.
  let verbSeen = false;
  while (i < limit) {
    const t = tokens[i];
    const q = quoteAt[i];
    if (q !== -1 && quotes[q].open === i) {
      const close = quotes[q].close === -1 ? quotes[q].last - 1 : quotes[q].close;
      i = close + 1;
      end = i;
      continue;
    }
    if (i > s) {
      if (t.kind === 'tabCRLF' || t.lower === ';') break;
      // A spaced dash or a double hyphen; "front-runner" and "(R-FL)" are words.
      if ((t.lower === '–' || t.lower === '—' || t.lower === '--' || (t.lower === '-' && t.space !== '')) && ctx.nameAt[i] === -1) break;
      if (t.lower === ',' && objectEndsAtComma(ctx, i + 1, limit) && !prepositionAfterAside(tokens, i, limit)) break;
      if (!verbSeen && (t.pos === 'ADP' || t.pos === 'SCONJ') && ADVERBIAL_PREPOSITIONS.has(t.lower)) break;
      // A date after the object says when it was said ("denied the report on Monday",
      // "called for calm yesterday").
      if (!verbSeen && dateAdjunctAt(tokens, i)) break;
      if ((t.lower === 'and' || t.lower === 'but' || t.lower === 'or') && tokens[i + 1] && coordinatedPredicate(tokens, i + 1, limit)) break;
    }
    if (t.pos === 'VERB' && !(/ed$/.test(t.lower) && ['NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? ''))) verbSeen = true;
    i++;
    if (t.kind !== 'tabCRLF') end = i;
  }
  return end;
}

const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);

/** True when a finite verb follows the noun phrase at `a` directly: "it would seek", "Trump's rivals have". */
function subjectThenVerb(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < Math.min(b, a + 12); i++) {
    const t = tokens[i];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && i > a && tokens[i - 1].lower !== 'to' && !t.lower.endsWith('ing'))) return true;
    if (!(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART'].includes(t.pos) || t.lower === '-' || t.kind === 'tabCRLF')) return false;
  }
  return false;
}

/** "and has appeared ...", "and goes ...", "and she said": a predicate or clause of the writer's after an object. */
function coordinatedPredicate(tokens: readonly Token[], k: number, limit: number): boolean {
  const n = tokens[k];
  if (n.pos === 'AUX' || (n.pos === 'VERB' && !n.lower.endsWith('ing'))) return true;
  if (n.pos === 'ADV' && tokens[k + 1] && (tokens[k + 1].pos === 'AUX' || (tokens[k + 1].pos === 'VERB' && !tokens[k + 1].lower.endsWith('ing')))) return true;
  return n.pos === 'PRON' && !RELATIVE_WORDS.has(n.lower) && startsFiniteClause(tokens, k, limit);
}

/** After a comma in an object phrase: does the writer's sentence resume ("telling reporters", ", but", ", the Arab Spring was")? */
function objectEndsAtComma(ctx: PhraseContext, k: number, limit: number): boolean {
  const { tokens } = ctx;
  const n = tokens[k];
  if (!n) return true;
  if (['but', 'then', 'with', 'just', 'yet', 'so'].includes(n.lower) || ADVERBIAL_CLAUSE.has(n.lower)) return true;
  if (n.pos === 'VERB' && n.lower.endsWith('ing')) return true;
  if ((n.lower === 'and' || n.lower === 'or') && tokens[k + 1] && coordinatedPredicate(tokens, k + 1, limit)) return true;
  if ((n.pos === 'PRON' && !RELATIVE_WORDS.has(n.lower)) || n.pos === 'PROPN' || n.pos === 'DET') return startsFiniteClause(tokens, k, limit);
  return endsClauseAt(ctx, k, limit);
}

/** After "and"/"but": a reporting verb ("and said that"), or a subject and one ("and 55 percent said"). */
function startsCoordinatedCue(ctx: PhraseContext, k: number, ceiling: number, from = -1): boolean {
  const { tokens, lex } = ctx;
  let j = k;
  while (j < ceiling && tokens[j].kind === 'tabCRLF') j++;
  if (j >= ceiling) return false;
  const isCue = (t: Token): boolean => lex.verbCue(t) !== null && !t.lower.endsWith('ing');
  if (isCue(tokens[j])) return true;
  // "and called on both sides to ...": a phrasal verb of saying in the past.
  if (tokens[j].lower.endsWith('ed') && lex.isPhrasalCue(tokens[j], tokens[j + 1])) return true;
  // "but on Tuesday wrote", "and later denied", "but did not suggest": an adverbial or
  // auxiliaries first. An auxiliary the reported clause already used is parallel to its
  // own verb ("that he did not trust them and did not believe ..." goes on with the
  // clause's subject), so it starts no attribution.
  let v = j;
  while (v < ceiling && v - j < 5 && !isCue(tokens[v]) && (tokens[v].kind === 'tabCRLF' || ((tokens[v].pos === 'AUX' || tokens[v].pos === 'PART') && !(from >= 0 && wordUsed(tokens, from, k, tokens[v].lower))) || tokens[v].pos === 'ADV' || WEEKDAYS_MONTHS.test(tokens[v].lower) || /^(on|last|this|later|earlier)$/.test(tokens[v].lower))) v++;
  if (v > j && v < ceiling && isCue(tokens[v]) && conjunctionBefore(tokens, v, j - 1) !== -1) return true;
  // A short subject: a noun phrase, or a quantity ("three-quarters", "six in 10", "more than 4 in 10").
  const np = nounPhraseAfter(ctx, j, ceiling);
  let m = np ? np.next : j;
  if (!np) while (m < ceiling && m - j < 5 && (['NUM', 'NOUN', 'ADJ', 'PROPN'].includes(tokens[m].pos) || ['in', 'of', '-'].includes(tokens[m].lower) || tokens[m].lower === 'than')) m++;
  if (m === j) return false;
  while (m < ceiling && lex.isBetweenSubjectAndCue(tokens[m])) m++;
  // "and the plans announced by ..." is a participle, not an attribution.
  return m < ceiling && isCue(tokens[m]) && tokens[m].pos === 'VERB' && tokens[m + 1]?.lower !== 'by';
}

/** After a comma: does a new attribution or a new predicate start here? */
function endsClauseAt(ctx: PhraseContext, k: number, ceiling: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[k];
  if (!t) return true;
  if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') return true;
  if (ADVERBIAL_CLAUSE.has(t.lower)) return true;
  // ", compared with 64 percent who ...": the writer's comparison.
  if (t.lower === 'compared' && (tokens[k + 1]?.lower === 'with' || tokens[k + 1]?.lower === 'to')) return true;
  // ", two days after the group sent its reply": a time adverbial is the writer's.
  if ((t.pos === 'NUM' || t.lower === 'a' || t.lower === 'an' || t.lower === 'one') && TIME_UNITS.has(tokens[k + 1]?.lower ?? '') && TIME_RELATIONS.has(tokens[k + 2]?.lower ?? '')) return true;
  // ", and the market did ...": a coordinated clause with its own subject is the writer's again.
  // (Not when the clause before the comma has no verb yet: "whether Corvalis Pay, the
  // group's payments arm, and its cloud subsidiary met ..." coordinates the subject.)
  if ((t.lower === 'and' || t.lower === 'but') && tokens[k + 1] && ['PRON', 'PROPN', 'DET'].includes(tokens[k + 1].pos) && startsFiniteClause(tokens, k + 1, ceiling) && !subjectStillOpen(tokens, k - 1)) return true;
  // ", and that's why ..." is the writer's; ", and that he would ..." is a second
  // complement of the same cue and goes on.
  if (t.lower === 'and' && tokens[k + 1]?.lower === 'that' && (!tokens[k + 2] || tokens[k + 2].pos === 'AUX' || tokens[k + 2].pos === 'VERB')) return true;
  const cls = lex.verbCue(t);
  if (cls && t.lower.endsWith('ing')) return true; // ", adding that ..."
  if (t.lower.endsWith('ing') && lex.isPhrasalCue(t, tokens[k + 1])) return true; // ", pointing out that ..."
  if (cls === 'speech') return true; // ", said the adviser."
  if ((t.lower === 'and' || t.lower === 'but') && tokens[k + 1] && (tokens[k + 1].pos === 'VERB' || tokens[k + 1].pos === 'AUX')) return true;
  // ", Jake Sullivan said." / ", he added."
  const np = nounPhraseAfter(ctx, k, ceiling);
  if (np) {
    let j = np.next;
    while (j < ceiling && lex.isBetweenSubjectAndCue(tokens[j])) j++;
    if (j < ceiling && lex.verbCue(tokens[j]) === 'speech') return true;
  }
  return false;
}

/**
 * "..., Jake Sullivan explained during a press conference." and "..., said the
 * adviser.": the cue ends its sentence (or clause), and what it reports is the text
 * before the comma, from the start of the sentence.
 */
function trailingAttribution(ctx: PhraseContext, c: number, floor: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): { start: number; end: number; speaker: SpeakerPhrase | null } | null {
  const { tokens, lex } = ctx;
  // A participle ("..., questioning the governor's record", "a sentiment endorsed by the
  // crowd") modifies what comes before it; it attributes nothing to it.
  if (/[a-z]ing$/.test(tokens[c].lower) || tokens[c + 1]?.lower === 'by') return null;
  // What follows the cue must end the clause: punctuation, "and", or a short adverbial.
  let j = c + 1;
  let speaker: SpeakerPhrase | null = null;
  let comma = -1;
  const subject = subjectBefore(ctx, c, floor);
  if (subject && subject.form !== 'relative') {
    const before = previousToken(tokens, subject.from);
    if (before >= floor && tokens[before].lower === ',') {
      comma = before;
      speaker = subject;
    }
  }
  if (comma === -1) {
    if (subject) return null;
    const before = previousToken(tokens, c);
    if (before < floor || tokens[before].lower !== ',') return null;
    const np = nounPhraseAfter(ctx, c + 1, ceiling, false, true);
    if (!np) return null;
    comma = before;
    speaker = np;
    j = np.next;
  }
  // "..., France is asking for time": a request ("ask for"), not the attribution of a question.
  if (lex.asksQuestion(tokens[c]) && tokens[j]?.lower === 'for') return null;
  let skipped = 0;
  // (An object pronoun is the addressee: "..., the president told her.")
  while (j < ceiling && skipped < 7 && (tokens[j].pos === 'ADP' || tokens[j].pos === 'DET' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'ADV' || tokens[j].pos === 'NUM' || OBJECT_PRONOUNS.has(tokens[j].lower)) && tokens[j].lower !== 'that') {
    j++;
    skipped++;
  }
  const stop = j >= ceiling ? '.' : tokens[j].lower;
  if (!(SENTENCE_END.has(stop) || stop === ',' || stop === ';' || stop === 'and' || stop === 'but' || tokens[j]?.kind === 'tabCRLF')) return null;
  // "Levine, who ..., said, “...”": the cue introduces the quote after it (the quote rule's claim).
  if (stop === ',' && j + 1 < ceiling && isQuoteMark(tokens[j + 1])) return null;
  // The reported text: from the sentence start to the comma; a parenthetical
  // attribution (", Barden says, far too many ...") reports the whole sentence.
  let s = clauseStartBefore(tokens, floor, comma, quoteAt);
  while (s < comma && (tokens[s].kind === 'tabCRLF')) s++;
  s = afterDateline(tokens, s, comma);
  if (comma - s < 1) return null;
  let last = comma - 1;
  // (After the attribution, ", as rescuers dug ..." and ", amid fears ..." are the writer's.)
  const writerResumes = (k: number): boolean => tokens[k].lower === 'amid' || ((tokens[k].lower === 'as' || tokens[k].lower === 'since') && startsFiniteClause(tokens, k + 1, ceiling));
  if (stop === ',' && j + 1 < ceiling && countWords(tokens, j + 1, ceiling) >= 3 && !endsClauseAt(ctx, j + 1, ceiling) && !writerResumes(j + 1) && !appositionToEnd(ctx, j + 1, ceiling)) {
    let e = ceiling - 1;
    while (e > j && (tokens[e].kind === 'tabCRLF' || SENTENCE_END.has(tokens[e].lower))) e--;
    last = e;
  }
  if (last - s < 2) return null;
  // What a trailing cue reports is a clause: "In a letter to the board, the mayor asked
  // for more time" reports nothing of the letter's.
  if (!hasVerbBetween(tokens, s, last + 1) && quoteAt[s] === -1 && quoteAt[last] === -1) return null;
  // A quote that fills the text is the quote rule's claim; here it would be a duplicate.
  const q = quoteAt[s];
  if (q !== -1 && quotes[q].open <= s && (quotes[q].close === -1 || quotes[q].close >= comma - 1)) return null;
  const qc = quoteAt[comma - 1];
  if (qc !== -1 && quotes[qc].close === comma - 1 && quotes[qc].open <= s + 1) return null;
  return { start: tokens[s].start, end: tokens[last].end, speaker };
}

/**
 * The first token after a dateline that opens the text at s ("MARRAKESH – The toll
 * rose", "WASHINGTON, Feb. 8 (Reuters) - The White House said"): a place in capitals,
 * maybe a date and an agency in brackets, then a dash. s itself when there is none.
 */
function afterDateline(tokens: readonly Token[], s: number, limit: number): number {
  let capitals = 0;
  for (let i = s; i < limit && i < s + 12; i++) {
    const t = tokens[i];
    if (/^(?:-|–|—|--)$/.test(t.text)) return capitals > 0 && t.space !== '' ? i + 1 : s;
    if (t.kind === 'word' && /\p{Lu}{2}/u.test(t.text) && !/\p{Ll}/u.test(t.text)) capitals++;
    else if (!(t.kind === 'punctuation' || t.kind === 'number' || t.pos === 'PROPN' || t.kind === 'tabCRLF')) return s;
  }
  return s;
}

/** "according to X" after, before or inside the clause it attributes. */
function accordingTo(ctx: PhraseContext, i: number, floor: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[], claimBefore: boolean): Omit<Draft, 'confidence' | 'sentence'> | null {
  const { tokens } = ctx;
  const speaker = sourceAfter(ctx, i + 2, ceiling) ?? looseSource(ctx, i + 2, ceiling);
  if (!speaker) return null;
  const before = previousToken(tokens, i);
  let s = floor;
  // A quote right before is the quote rule's, unless "According to" opens a sentence of
  // its own ('... handily.” According to a poll, Trump leads'), which the sentence
  // splitter may have joined to the quote's.
  if (before >= 0 && i > floor && (isQuoteMark(tokens[before]) || (tokens[before].lower === ',' && before > 0 && isQuoteMark(tokens[previousToken(tokens, before)])))) {
    if (tokens[i].text !== 'According' || !isQuoteMark(tokens[before])) return null;
    s = i;
  } else if (claimBefore) {
    // "X said ..., according to a statement": the verb's claim already holds the text
    // (a verb that made no claim, "a proposal to maintain a base", does not).
    return null;
  }
  while (s < ceiling && tokens[s].kind === 'tabCRLF') s++;
  let start: number;
  let end: number;
  if (i <= s + 1) {
    // "According to X, ...": the clause after the comma (after the name too, when the
    // source is a role with its name in apposition: "the minister, Mykola Solskyi, ...").
    let k = Math.max(speaker.next, speaker.b);
    while (k < ceiling && tokens[k].lower !== ',') k++;
    const clause = k < ceiling ? clauseFrom(ctx, k + 1, ceiling, quoteAt, quotes, false) : null;
    if (!clause) return null;
    start = clause.start;
    end = clause.end;
  } else {
    let e = ceiling - 1;
    while (e > s && (tokens[e].kind === 'tabCRLF' || SENTENCE_END.has(tokens[e].lower))) e--;
    // "..., according to X.": the text before; in the middle, the whole sentence.
    // ", according to a CNN tally, but his pathway ...": the text before, when what
    // follows the source is a new coordinated clause.
    const trailing = before >= s && tokens[before].lower === ',' && (sentenceTailIsPhrase(tokens, speaker.next, ceiling) || tailOpensClause(tokens, speaker.next, ceiling));
    const last = trailing ? before - 1 : e;
    if (trailing) s = clauseStartBefore(tokens, s, before, quoteAt);
    if (last < s) return null;
    start = tokens[s].start;
    end = tokens[last].end;
  }
  return { kind: 'indirect', start, end, cue: [i, i + 2], speaker, bareForm: 'none', rule: 'claims/according-to' };
}

/**
 * "In an NBC News poll released Monday, 50 percent chose Clinton": a sentence opened by
 * an "in"-phrase whose head is a data set reports the clause after its comma, for the
 * data set's issuer where one is named (ANNOTATION.md: what a report says, attributed to
 * whoever issued it). The cue is "In". A clause with a verb of saying of its own ("79
 * percent said they were satisfied") is left to that verb's claims.
 */
function inDataSet(ctx: PhraseContext, i: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): Omit<Draft, 'confidence' | 'sentence'> | null {
  const { tokens, lex, nameAt, names } = ctx;
  // The data set with its modifiers up to the comma: "an NBC News/Wall Street Journal
  // poll released Monday", "a survey of 1,000 voters last month".
  let d = -1;
  let k = i + 1;
  for (; k < ceiling && k - i < 18 && tokens[k].lower !== ',' && !SENTENCE_END.has(tokens[k].lower) && quoteAt[k] === -1; k++) {
    if (d === -1 && lex.isDataSetNoun(tokens[k])) d = k;
  }
  if (d === -1 || k >= ceiling || tokens[k].lower !== ',') return null;
  let speaker: SpeakerPhrase | null = null;
  for (let j = d - 1; j > i && !speaker; j--) {
    const n = nameAt[j];
    if (n !== -1) speaker = { a: names[n].a, b: Math.min(names[n].b, d), form: 'name', name: names[n], from: i + 1, next: d + 1 };
  }
  speaker ??= nounPhraseAfter(ctx, i + 1, d + 1, true);
  const clause = clauseFrom(ctx, k + 1, ceiling, quoteAt, quotes, false);
  if (!clause) return null;
  const a = k + 1;
  const b = tokenIndexAt(tokens, clause.end - 1) + 1;
  if (!hasVerbBetween(tokens, a, b) || hasCueBetween(lex, tokens, a, b, quoteAt)) return null;
  return { kind: 'indirect', start: clause.start, end: clause.end, cue: [i, i + 1], speaker, bareForm: 'none', rule: 'claims/according-to' };
}

/**
 * "The House is expected to pass a bill later this week": the subject and its
 * infinitive, from the subject's first word to the infinitive clause's end; the cue is
 * the passive ("is expected"); the speaker is null (ANNOTATION.md: an agentless passive).
 */
function agentlessPassive(ctx: PhraseContext, c: number, floor: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): Omit<Draft, 'confidence' | 'sentence'> | null {
  const { tokens } = ctx;
  const to = c + 1;
  if (tokens[to]?.lower !== 'to' || !(tokens[to + 1]?.pos === 'VERB' || tokens[to + 1]?.pos === 'AUX' || tokens[to + 1]?.pos === 'ADV')) return null;
  // The auxiliary: "is", "are", "was", "has been" (adverbs may stand between: "is widely expected").
  let be = c - 1;
  while (be > floor && tokens[be].pos === 'ADV') be--;
  let aux = be;
  while (aux - 1 >= floor && ['has', 'have', 'had', 'will', 'would', 'may', 'might', 'is', 'are', 'was', 'were', 'been', 'be', 'not'].includes(tokens[aux - 1].lower)) aux--;
  const subject = subjectBefore(ctx, aux, floor);
  if (!subject) return null;
  // "The silver medal in the women's hurdles is expected to pass": the raised subject
  // is the whole noun phrase with its prepositional phrases (at most two), not the last noun.
  let from = subject.from;
  for (let n = 0; n < 2; n++) {
    const p = previousToken(tokens, from);
    if (p <= floor || !SUBJECT_PREPOSITIONS.has(tokens[p].lower)) break;
    const head = nounPhraseBefore(ctx, p, floor);
    if (!head || head.next !== p || !(tokens[head.b - 1].pos === 'NOUN' || tokens[head.b - 1].pos === 'PROPN')) break;
    from = head.from;
  }
  const clause = clauseFrom(ctx, to, ceiling, quoteAt, quotes, false);
  if (!clause) return null;
  return { kind: 'indirect', start: tokens[from].start, end: clause.end, cue: [be, c + 1], speaker: null, bareForm: 'none', rule: 'claims/agentless-passive' };
}

/** "a statement by X that ...", "X's claim that ...", "gave Netanyahu a clear message: ...". */
function nounCue(ctx: PhraseContext, n: number, floor: number, ceiling: number, quoteAt: Int32Array, quotes: readonly Quote[]): Omit<Draft, 'confidence' | 'sentence'> | null {
  const { tokens } = ctx;
  let k = n + 1;
  let speaker: SpeakerPhrase | null = null;
  const by = tokens[k];
  if (by && (by.lower === 'by' || by.lower === 'from')) {
    speaker = nounPhraseAfter(ctx, k + 1, ceiling);
    if (!speaker) return null;
    k = speaker.next;
  }
  const next = tokens[k];
  if (!next) return null;
  let clause: Clause | null = null;
  if (next.lower === 'that' && next.pos === 'SCONJ') clause = clauseFrom(ctx, k + 1, ceiling, quoteAt, quotes, true);
  else if (next.lower === ':' && !isQuoteMark(tokens[k + 1] ?? next)) clause = clauseFrom(ctx, k + 1, ceiling, quoteAt, quotes, false);
  if (!clause || !hasVerbBetween(tokens, tokenIndexAt(tokens, clause.start), tokenIndexAt(tokens, clause.end))) return null;
  if (!speaker && hearsayAfterPreposition(tokens, n, floor)) return null;
  if (!speaker) {
    // A possessive before the noun ("Kirby's statement"), else the sentence's subject.
    let p = previousToken(tokens, n);
    while (p >= floor && (tokens[p].pos === 'ADJ' || tokens[p].pos === 'DET')) p--;
    if (p >= floor && (tokens[p].lower === "'s" || tokens[p].lower === "'")) speaker = nounPhraseBefore(ctx, p, floor);
    else speaker = sentenceSubject(ctx, floor, n);
  }
  return { kind: 'indirect', start: clause.start, end: clause.end, cue: [n, n + 1], speaker, bareForm: 'none', rule: 'claims/noun-cue' };
}

/**
 * "resigned after a week of reports that ...", "amid rumours that ...": reports with no
 * source, in an adjunct of time or cause, are hearsay the writer cites (ANNOTATION.md:
 * like "it was reported", no claim), not words of the sentence's subject.
 */
function hearsayAfterPreposition(tokens: readonly Token[], n: number, floor: number): boolean {
  const t = tokens[n];
  // (Only the press's hearsay: "over comments that", "amid allegations that" are often
  // the subject's own words or others' charges against the subject.)
  if (!/^(reports|rumou?rs)$/.test(t.lower)) return false;
  let p = n - 1;
  while (p >= floor && (tokens[p].pos === 'ADJ' || tokens[p].pos === 'NUM')) p--;
  // ("a week of reports", "days of rumours": a stretch of time of them.)
  if (p - 1 >= floor && tokens[p].lower === 'of' && tokens[p - 1].pos === 'NOUN') {
    p -= 2;
    while (p >= floor && (tokens[p].pos === 'DET' || tokens[p].pos === 'ADJ' || tokens[p].pos === 'NUM')) p--;
  }
  return p >= floor && tokens[p].pos === 'ADP' && tokens[p].lower !== 'of' && tokens[p].lower !== 'by';
}

// ---------------------------------------------------------------- speakers of cues

/**
 * The source after "according to": a document is its issuer's ("Axios reports" ->
 * Axios, "a statement from his office" -> his office); else the phrase itself.
 */
function sourceAfter(ctx: PhraseContext, k: number, ceiling: number): SpeakerPhrase | null {
  const np = nounPhraseAfter(ctx, k, ceiling, true);
  if (!np) return np;
  // "a Reuters poll of 22 economists", "a survey of voters": the of-phrase after a data
  // set is its sample, not its source; the source is the body named before the noun,
  // else the phrase itself.
  for (let d = np.from; d < np.next && d + 1 < ceiling; d++) {
    if (!(ctx.lex.isDataSetNoun(ctx.tokens[d]) && ctx.tokens[d + 1].lower === 'of')) continue;
    for (let i = d - 1; i >= np.from; i--) {
      const n = ctx.nameAt[i];
      if (n !== -1 && ctx.names[n].mention?.type !== 'PLACE') return { a: ctx.names[n].a, b: Math.min(ctx.names[n].b, d), form: 'name', name: ctx.names[n], from: np.from, next: np.next };
    }
    return { a: np.from, b: np.next, form: 'description', name: null, from: np.from, next: np.next };
  }
  if (np.form === 'name') return np;
  // "according to Ukraine's agriculture minister, Mykola Solskyi, ...": the name in apposition.
  if (np.form === 'role' && ctx.tokens[np.next]?.lower === ',') {
    const named = nounPhraseAfter(ctx, np.next + 1, ceiling);
    if (named && named.form === 'name' && ctx.tokens[named.next]?.lower === ',') return named;
  }
  const head = ctx.tokens[np.b - 1];
  if (!ctx.lex.isReportingNoun(head) && !ctx.lex.isDocumentNoun(head)) return np;
  const by = ctx.tokens[np.next];
  if (by && (by.lower === 'from' || by.lower === 'by' || by.lower === 'of')) return nounPhraseAfter(ctx, np.next + 1, ceiling) ?? np;
  for (let i = np.b - 2; i >= np.from; i--) {
    const n = ctx.nameAt[i];
    if (n !== -1) return { a: ctx.names[n].a, b: Math.min(ctx.names[n].b, np.b), form: 'name', name: ctx.names[n], from: np.from, next: np.next };
  }
  return np;
}

/**
 * The source after "according to" when no noun phrase reads cleanly there: wink tags
 * some of its words as verbs or particles ("according to complete/VERB but unofficial
 * returns", "according to exit/VERB polls", "ouest-france.fr"), or it is an object
 * pronoun ("according to him"). "According to" can only be followed by its source, so
 * the words up to the next comma, quote or sentence end (a few at most) are it.
 */
function looseSource(ctx: PhraseContext, k: number, ceiling: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  while (k < ceiling && tokens[k].kind === 'tabCRLF') k++;
  if (k >= ceiling) return null;
  if (OBJECT_PRONOUNS.has(tokens[k].lower)) return single(k, 'pronoun');
  let j = k;
  let last = -1;
  while (j < ceiling && j - k < 8) {
    const t = tokens[j];
    if (t.kind === 'tabCRLF' || isQuoteMark(t) || t.lower === ',' || t.lower === ';' || t.lower === ':' || t.lower === '(') break;
    // A full stop ends the source unless it sits inside a word ("ouest-france.fr").
    if (SENTENCE_END.has(t.lower) && !(t.space === '' && tokens[j + 1]?.space === '' && tokens[j + 1].kind === 'word')) break;
    if (isWordish(t)) last = j;
    j++;
  }
  if (last === -1 || countWords(tokens, k, last + 1) < 1) return null;
  return { a: k, b: last + 1, form: 'description', name: null, from: k, next: last + 1 };
}

/**
 * The speaker phrase of a verb cue. A participle ("..., adding that") or a second verb
 * of the same subject ("... and told") reports for the speaker of the sentence's
 * previous claim, else for the clause's subject.
 */
function speakerOfCue(ctx: PhraseContext, c: number, floor: number, previous: Draft | undefined, ceiling = c): SpeakerPhrase | null {
  const { tokens } = ctx;
  const t = tokens[c];
  // "Having announced the deal, Judge Lopez said", "After blasting the plan, Reed
  // wrote": a participle opening the sentence has the main clause's subject, after its comma.
  if (ceiling > c && cueOpensParticipleClause(tokens, c, floor)) {
    const main = sentenceSubject(ctx, floor, ceiling);
    if (main && main.a > c) return main;
  }
  const prev = previousToken(tokens, c);
  // "but on Tuesday wrote", "and did not recommend": a second verb of the same subject
  // may carry an adverbial or an auxiliary after its conjunction.
  // (One inside the previous report goes on with that report's clause: "said the
  // ministers did not trust him and did not believe ...".)
  let link = conjunctionBefore(tokens, c, floor);
  if (link !== -1 && previous && previous.start <= tokens[link].start && tokens[link].start < previous.end) link = -1;
  const coordinated = prev >= floor && (tokens[prev].lower === 'and' || tokens[prev].lower === ',' || tokens[prev].lower === 'but' || link !== -1);
  // "Trump, who has told aides ..., said": a comma that closes an apposition leads back to its head.
  if (!t.lower.endsWith('ing') && prev >= floor && tokens[prev].lower === ',') {
    const head = subjectBefore(ctx, c, floor);
    if (head) return head;
  }
  if (t.lower.endsWith('ing') || coordinated || (prev >= floor && tokens[prev].lower === 'to')) {
    if (previous?.speaker) return previous.speaker;
    return clauseSubject(ctx, c, floor);
  }
  const subject = subjectBefore(ctx, c, floor);
  return subject;
}

/**
 * The subject of the clause a participle or coordinated verb belongs to: the nearest
 * pronoun, relative pronoun or name before it that stands before a verb (not after a
 * preposition, not a possessive), else the sentence's first noun phrase.
 */
function clauseSubject(ctx: PhraseContext, c: number, floor: number): SpeakerPhrase | null {
  const { tokens, lex, nameAt, names } = ctx;
  const first = sentenceSubject(ctx, floor, c);
  if (first && (first.form === 'name' || first.form === 'pronoun')) return first;
  // (Words inside a double quote are the speaker's, not the clause's: "“It's been a
  // disaster,” Trump said, adding" must not give "It".)
  let quoted = false;
  // (Nor is a name in an opening adverbial before the sentence's subject: "In response
  // to X's plan to bar Muslims from the United States, her aide rallied supporters, saying".)
  const bottom = Math.max(floor, c - 30, first && first.a < c ? first.a : floor);
  for (let j = c - 1; j >= bottom; j--) {
    const t = tokens[j];
    if (t.lower === '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    const next = tokens[j + 1];
    const beforeVerb = next && (next.pos === 'VERB' || next.pos === 'AUX' || next.lower === ',' || lex.isBetweenSubjectAndCue(next) || (next.pos === 'ADJ' && next.lower.endsWith('ed')));
    if (lex.isSpeakerPronoun(t) && beforeVerb) return single(j, 'pronoun');
    if (lex.isRelativePronoun(t) && t.pos === 'PRON' && t.lower !== 'that' && beforeVerb) {
      return antecedentOf(ctx, j, floor) ?? single(j, 'relative');
    }
    const n = nameAt[j];
    // (A name right before the participle's comma is the main verb's object: "refused to
    // teach him Japanese, insisting that ...".)
    if (n !== -1 && next.lower === ',' && j + 1 === previousToken(tokens, c)) continue;
    if (n !== -1 && names[n].b === j + 1 && beforeVerb && next.lower !== "'s") {
      let before = previousToken(tokens, names[n].a);
      if (before >= floor && tokens[before].pos === 'DET') before--;
      if (before >= floor && tokens[before].pos === 'ADP') continue;
      return { a: names[n].a, b: j + 1, form: 'name', name: names[n], from: names[n].a, next: j + 1 };
    }
  }
  return first;
}

/** The first noun phrase of a sentence, past an opening adverbial ("In a speech Thursday, ..."). */
function sentenceSubject(ctx: PhraseContext, floor: number, limit: number): SpeakerPhrase | null {
  const { tokens } = ctx;
  let s = floor;
  // "“It's been a disaster,” Trump said, adding ...": a quote opening the sentence is
  // the speaker's words, not its subject; the subject follows it.
  if (tokens[s]?.lower === '"' && s < limit) {
    let e = s + 1;
    while (e < limit && e - s < WINDOW && tokens[e].lower !== '"') e++;
    if (e < limit && countWords(tokens, s + 1, e) >= 2) {
      s = e + 1;
      while (s < limit && (tokens[s].lower === ',' || tokens[s].kind === 'tabCRLF')) s++;
    }
  }
  while (s < limit && (tokens[s].kind === 'tabCRLF' || isQuoteMark(tokens[s]))) s++;
  if (s >= limit) return null;
  const first = tokens[s];
  // "One month after announcing ...,", "This week,", "Long before ...,": a time adverbial
  // opens the sentence; the subject comes after its comma. A participle clause ("Having
  // announced ...,", "Speaking to reporters ...,", "After blasting ...,") may run longer.
  // ("Hours later,", "Minutes after the vote,": a unit of time and its relation.)
  const timeOpener = first.lower === 'long' || WEEKDAYS_MONTHS.test(first.lower) || TIME_UNITS.has(tokens[s + 1]?.lower ?? '') || WEEKDAYS_MONTHS.test(tokens[s + 1]?.lower ?? '') || (TIME_UNITS.has(first.lower) && TIME_RELATIONS.has(tokens[s + 1]?.lower ?? ''));
  const participle = opensWithParticiple(tokens, s);
  if (first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'SCONJ' || timeOpener || participle) {
    const reach = participle || first.pos === 'ADP' ? 30 : 12;
    let k = s;
    while (k < limit && k - s < reach && tokens[k].lower !== ',') k++;
    if (k < limit && tokens[k].lower === ',') {
      // ("At a rally in Portsmouth, N.H., on Tuesday, Senator X endorsed ...": the
      // adverbial's own commas; the subject is the phrase a verb follows.)
      let m = k;
      for (let n = 0; n < 3 && m < limit; n++) {
        const np = nounPhraseAfter(ctx, m + 1, limit);
        if (np && verbSoonAfter(tokens, np.next, limit)) {
          k = m;
          break;
        }
        let e = m + 1;
        while (e < limit && e - s < reach && tokens[e].lower !== ',') e++;
        if (e >= limit || tokens[e].lower !== ',') break;
        m = e;
      }
      s = k + 1;
    }
  }
  return nounPhraseAfter(ctx, s, limit);
}

/** True when a verb follows `k` within a few words of a prepositional phrase, before any comma. */
function verbSoonAfter(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let j = k; j < limit && j - k < 6; j++) {
    const t = tokens[j];
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (!(t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'ADJ' || t.kind === 'tabCRLF')) return false;
  }
  return false;
}

/** Words that may lead a participle clause ("After meeting ...", "While speaking ..."). */
const PARTICIPLE_LEADS = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'on', 'by', 'in', 'without', 'despite']);

/**
 * True when the sentence starting at `s` opens with a participle clause: "Having
 * announced ...", "Speaking to reporters ...", "After blasting ...", "Not
 * wanting ...". (A gerund subject, "Speaking out is hard", has no comma after it; the
 * callers need one.)
 */
function opensWithParticiple(tokens: readonly Token[], s: number): boolean {
  let k = s;
  if (PARTICIPLE_LEADS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'not') k++;
  const w = tokens[k];
  if (!w || w.kind !== 'word') return false;
  if (w.lower === 'having') return true;
  return w.lower.endsWith('ing') && (w.pos === 'VERB' || (w.pos === 'NOUN' && k > s));
}

/**
 * True when the cue `c` is the verb of a participle clause that opens its sentence and
 * closes with a comma: "Having announced ... ,", "After blasting ... ,".
 */
function cueOpensParticipleClause(tokens: readonly Token[], c: number, floor: number): boolean {
  let s = floor;
  while (s < c && (tokens[s].kind === 'tabCRLF' || isQuoteMark(tokens[s]))) s++;
  if (!opensWithParticiple(tokens, s)) return false;
  // The cue is the participle itself or the verb "having" leads.
  for (let k = s; k < c; k++) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    if (!(PARTICIPLE_LEADS.has(w.lower) || w.lower === 'not' || w.lower === 'having' || w.lower === 'been' || w.pos === 'ADV')) return false;
  }
  return true;
}

/**
 * The 'and' or 'but' before a verb `c` past an adverbial or auxiliaries ("but on Tuesday
 * wrote", "and later said", "but did not recommend"), else -1. A noun in between is a
 * new subject ("and the senator said").
 */
function conjunctionBefore(tokens: readonly Token[], c: number, floor: number): number {
  let j = previousToken(tokens, c);
  for (let n = 0; j >= floor && n < 5; n++) {
    const w = tokens[j];
    if (w.lower === 'and' || w.lower === 'but') return n > 0 ? j : -1;
    // ", then says": 'then' after a comma links the second verb too.
    if (w.lower === ',' && n > 0 && tokens[previousToken(tokens, c)].lower === 'then') return j;
    const time = WEEKDAYS_MONTHS.test(w.lower) || TIME_UNITS.has(w.lower) || /^(later|earlier|then|also|last|this|on|today|yesterday)$/.test(w.lower);
    if (!(w.pos === 'AUX' || w.pos === 'PART' || (w.pos === 'ADV' && !CLAUSE_ADVERBS_AFTER_AND.has(w.lower)) || time)) return -1;
    j = previousToken(tokens, j);
  }
  return -1;
}

/** Adverbs after 'and' that start a clause of their own ("and so said"). */
const CLAUSE_ADVERBS_AFTER_AND = new Set(['so', 'thus', 'therefore', 'hence', 'when', 'where', 'how', 'why']);

/** A relative pronoun speaker ("Kirby, who said") keeps its own span; resolution follows it. */
function resolveRelative(ctx: PhraseContext, phrase: SpeakerPhrase | null, floor: number): SpeakerPhrase | null {
  void ctx;
  void floor;
  return phrase;
}

// ---------------------------------------------------------------- kinds, dedupe, output

/** Decide direct / indirect / mixed from the quotes inside a reported clause. */
function withKind(d: Omit<Draft, 'confidence' | 'sentence'>, quotes: readonly Quote[], quoteAt: Int32Array, consumed: Uint8Array, tokens: readonly Token[], text: string): Omit<Draft, 'confidence' | 'sentence'> {
  void text;
  const a = tokenIndexAt(tokens, d.start);
  const b = tokenIndexAt(tokens, d.end - 1) + 1;
  let first = -1;
  let count = 0;
  for (let i = a; i < b; i++) {
    const q = quoteAt[i];
    if (q !== -1 && quotes[q].open === i) {
      if (first === -1) first = q;
      count++;
    }
  }
  if (first === -1) return d;
  for (let i = a; i < b; i++) if (quoteAt[i] !== -1) consumed[quoteAt[i]] = 1;
  const q = quotes[first];
  const afterClose = q.close === -1 ? q.last : q.close + 1;
  let rest = afterClose;
  while (rest < b && (tokens[rest].kind === 'tabCRLF' || tokens[rest].pos === 'PUNCT')) rest++;
  if (count === 1 && q.open === a && rest >= b) return { ...d, kind: 'direct', start: q.start, end: q.end };
  return { ...d, kind: 'mixed' };
}

/** Of claims covering nearly the same text (80% of the longer), keep the one whose rule ranks first. */
function dedupe(drafts: Draft[]): Draft[] {
  drafts.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Draft[] = [];
  const rank = (d: Draft): number => {
    const r = PRIORITY.indexOf(d.rule);
    return r === -1 ? PRIORITY.length : r;
  };
  for (const d of drafts) {
    let replaced = false;
    let drop = false;
    for (let k = kept.length - 1; k >= 0 && k >= kept.length - 6; k--) {
      const o = kept[k];
      const overlap = Math.min(o.end, d.end) - Math.max(o.start, d.start);
      if (overlap <= 0) continue;
      if (overlap < 0.8 * Math.max(o.end - o.start, d.end - d.start)) continue;
      if (rank(d) < rank(o) || (rank(d) === rank(o) && d.speaker && !o.speaker)) {
        kept[k] = d;
        replaced = true;
      } else drop = true;
      break;
    }
    if (!replaced && !drop) kept.push(d);
  }
  return kept.sort((x, y) => x.start - y.start || x.end - y.end);
}

function toClaims(text: string, tokens: readonly Token[], drafts: Draft[]): Claim[] {
  return drafts.map((d, n) => {
    const first = tokens[tokenIndexAt(tokens, d.start)].sentence;
    const last = tokens[tokenIndexAt(tokens, d.end - 1)].sentence;
    const sentences: number[] = [];
    for (let s = first; s <= last; s++) sentences.push(s);
    const sp = d.speaker;
    const mention = sp ? spanOf(text, tokens[sp.a].start, tokens[sp.b - 1].end) : null;
    return {
      id: `C${n + 1}`,
      kind: d.kind,
      content: spanOf(text, d.start, d.end),
      cue: d.cue ? spanOf(text, tokens[d.cue[0]].start, tokens[d.cue[1] - 1].end) : null,
      speaker: {
        name: mention ? mention.text : null,
        entityId: null,
        mention,
        form: sp ? sp.form : d.bareForm,
      },
      sentences,
      confidence: d.confidence,
      rule: d.rule,
    };
  });
}

// ---------------------------------------------------------------- token helpers

/** Index of the token holding offset `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function previousToken(tokens: readonly Token[], i: number): number {
  let p = i - 1;
  while (p >= 0 && tokens[p].kind === 'tabCRLF') p--;
  return p;
}

/** A subject then a finite verb within the first words: "he can win", "the plan would fail". */
function startsFiniteClause(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a + 1; i < Math.min(b, a + 14); i++) {
    const t = tokens[i];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && tokens[i - 1].lower !== 'to' && !t.lower.endsWith('ing'))) return true;
    if (t.lower === ',' || t.lower === ';' || SENTENCE_END.has(t.lower)) return false;
  }
  return false;
}

/** True when `word` occurs in tokens a..b (bounded by the stage window). */
function wordUsed(tokens: readonly Token[], a: number, b: number, word: string): boolean {
  for (let i = Math.max(a, b - WINDOW); i < b; i++) if (tokens[i].lower === word) return true;
  return false;
}

function hasWordBetween(tokens: readonly Token[], a: number, b: number, word: string): boolean {
  for (let i = a; i < b && i - a < 12; i++) if (tokens[i].lower === word) return true;
  return false;
}

function hasQuoteMark(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (doubleMarkWidth(tokens, i) > 0) return true;
  return false;
}

function isPassive(tokens: readonly Token[], c: number, floor: number, irregular = false): boolean {
  // (With `irregular`, "said" and "thought" too: "is said to", "was thought to".)
  if (!(irregular ? /(ed|en|wn|ld|aid|ught)$/ : /(ed|en|wn|ld)$/).test(tokens[c].lower)) return false;
  for (let j = c - 1; j >= floor && j >= c - 3; j--) {
    const w = tokens[j].lower;
    if (['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s"].includes(w)) {
      return tokens[c + 1]?.lower !== 'by';
    }
    if (tokens[j].pos !== 'ADV') return false;
  }
  return false;
}

function countWords(tokens: readonly Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (isWordish(tokens[i])) n++;
  return n;
}

function hasVerbBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true;
  return false;
}

function sentenceEndAfter(tokens: readonly Token[], i: number): number {
  const s = tokens[i].sentence;
  let k = i;
  while (k < tokens.length && k - i < WINDOW && tokens[k].sentence === s) k++;
  return k;
}

function sentenceStartOf(ctx: PhraseContext, i: number, sentences: readonly Sentence[]): number {
  return Math.max(sentences[ctx.tokens[i].sentence].tokenStart, i - WINDOW);
}

function firstWordFrom(tokens: readonly Token[], i: number): number {
  let k = i;
  while (k < tokens.length && (tokens[k].kind === 'tabCRLF' || isQuoteMark(tokens[k]))) k++;
  return k;
}

function isParagraphStart(tokens: readonly Token[], sentences: readonly Sentence[], i: number): boolean {
  const p = previousToken(tokens, i);
  if (p < 0) return true;
  return sentences[tokens[p].sentence].paragraph !== sentences[tokens[i].sentence].paragraph || /\n/.test(tokens[i].space) || (tokens[i - 1]?.kind === 'tabCRLF');
}

/**
 * Where the clause before `end` starts: after the last colon or semicolon outside
 * quotes ("... firms: London was the capital, according to an index" reports only what
 * follows the colon), else at `floor`.
 */
function clauseStartBefore(tokens: readonly Token[], floor: number, end: number, quoteAt: Int32Array): number {
  for (let j = end - 1; j > floor; j--) {
    if (quoteAt[j] === -1 && (tokens[j].lower === ':' || tokens[j].lower === ';') && countWords(tokens, j + 1, end) >= 3) return j + 1;
  }
  return floor;
}

/** True when the text from `k` opens a new clause after a comma (", but his pathway ..."). */
function tailOpensClause(tokens: readonly Token[], k: number, ceiling: number): boolean {
  let j = k;
  while (j < ceiling && tokens[j].lower !== ',' && j - k < 12) j++;
  return j + 1 < ceiling && tokens[j].lower === ',' && ['but', 'and', 'while', 'though', 'although', 'whereas', 'yet'].includes(tokens[j + 1].lower);
}

/** True when the tokens from `k` to the sentence end are only a short phrase ("quoted by the head"). */
function sentenceTailIsPhrase(tokens: readonly Token[], k: number, ceiling: number): boolean {
  for (let j = k; j < ceiling; j++) if (tokens[j].lower === ',' || tokens[j].pos === 'AUX') return false;
  return true;
}
