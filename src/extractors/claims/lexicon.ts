/**
 * Cue and speaker lexicons for claims, built from English grammar, not from a corpus.
 *
 * Reporting verbs are the lists of grammar references and style guides (Quirk et al.'s
 * verbs of saying and thinking; the AP stylebook's advice on "said" and its
 * alternatives), kept as lemmas: every inflection ("says", "said", "saying") is found
 * through wink-nlp's lemma, with the irregular past forms listed once as a safety net
 * for tokens wink mis-tags. Lookups are Set/Map hits per token: the stage stays linear.
 */
import type { Token } from '../../pipeline/document';
import { loadGazetteer } from '../entities/lexicons/gazetteer';

/** Verbs of saying and writing: take a clause, a quote, or an object ("confirmed the talks"). */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'state', 'claim', 'note', 'warn', 'insist', 'argue', 'explain',
  'reply', 'deny', 'confirm', 'reiterate', 'announce', 'declare', 'assert',
  'maintain', 'suggest', 'report', 'write', 'tweet', 'post', 'acknowledge', 'admit',
  'concede', 'contend', 'allege', 'stress', 'emphasize', 'emphasise', 'observe', 'remark',
  'comment', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'reveal', 'disclose',
  'testify', 'recall', 'repeat', 'answer', 'retort', 'counter', 'caution', 'complain',
  'boast', 'mention', 'indicate', 'propose', 'recommend', 'demand', 'proclaim', 'assure',
  'inform', 'remind', 'advise', 'notify', 'highlight', 'underline', 'underscore', 'urge',
  'question', 'signal', 'hint', 'speculate', 'estimate', 'forecast', 'specify',
  'clarify', 'affirm', 'swear', 'protest', 'lament', 'concur', 'charge', 'quip', 'joke',
  'shout', 'scream', 'whisper', 'mutter', 'exclaim', 'murmur', 'announce', 'blog',
  'contend', 'certify', 'attest', 'praise', 'condemn', 'blame', 'criticize', 'criticise', 'dispute', 'urge', 'endorse',
  'applaud', 'accuse', 'dismiss', 'slam', 'decry', 'denounce', 'hail', 'laud', 'tout',
  'mock', 'ridicule', 'assess', 'opine', 'recount', 'relate',
  'imply', 'echo', 'blast', 'rebut', 'refute', 'retract', 'reaffirm', 'acknowledge',
  // Manner-of-speaking verbs (Levin 1993, class 37.3).
  'yell', 'holler', 'bellow', 'chant', 'cry', 'sigh', 'snap', 'scoff', 'gush', 'muse', 'grumble', 'growl', 'shriek', 'stammer',
];

/** Verbs of forecasting: with a figure for their object, the forecast is the claim. */
const FORECAST_VERBS = new Set(['expect', 'anticipate', 'forecast', 'estimate', 'predict']);

/** Verbs of asking: they report a question ("asked him whether ..."), not a request ("asked him to"). */
const QUESTION_VERBS = ['ask', 'inquire', 'enquire', 'wonder', 'query'];

/** Verbs of thinking: stated beliefs and expectations count as claims (ANNOTATION.md). */
const BELIEF_VERBS = [
  'believe', 'think', 'expect', 'fear', 'hope', 'doubt', 'suspect',
  'reckon', 'feel', 'worry', 'suppose', 'anticipate', 'presume', 'imagine',
];

/**
 * Verbs that count only with a "that" clause: "found that", "agreed that",
 * "knows that". Without it they are actions ("found the keys", "agreed to pause").
 * ("ruled that": a court's or a panel's finding; "ruled the country" is an act.)
 */
const THAT_ONLY_VERBS = ['express', 'voice', 'remember', 'respond', 'consider', 'assume', 'conclude', 'find', 'agree', 'know', 'learn', 'hear', 'realize', 'realise', 'recognize', 'recognise', 'understand', 'decide', 'discover', 'determine', 'accept', 'rule'];

/**
 * Verbs of evidence: what a record, poll or document says ("FEC records show he backed
 * ...", "..., the reports show."). Like beliefs they need a finite clause ("polls show
 * he leads"), not an object ("showed the keys").
 */
const EVIDENCE_VERBS = ['show', 'indicate', 'demonstrate', 'prove'];

/**
 * Verbs that report what a document or data set holds when the document is their
 * subject: "a poll shows Sanders leading", "the survey found Clinton ahead", "..., the
 * poll found." With such a subject the object is the finding even without a clause.
 */
const FINDING_VERBS = [...EVIDENCE_VERBS, 'find', 'suggest', 'reveal', 'confirm'];

/** Verbs whose first complement is the addressee: "told Biden that ...", "warned X not to ...". */
const ADDRESSEE_VERBS = ['tell', 'warn', 'assure', 'inform', 'remind', 'advise', 'notify', 'urge', 'ask', 'promise', 'caution', 'brief'];

/**
 * Speech verbs whose object noun phrase is itself what was said ("confirmed the
 * existence of talks", "denied the report"); other verbs need a clause ("reiterates its
 * positions" names the claim without saying it). A demand or proposal ("proposed a
 * pause", "demanded the release") is an act, like "called for", which the seeds do not
 * count: those verbs report only a clause or an infinitive.
 */
const OBJECT_CONTENT_VERBS = ['blast', 'rebut', 'refute', 'reaffirm', 'confirm', 'deny', 'announce', 'reveal', 'disclose', 'report', 'acknowledge', 'admit', 'predict', 'promise', 'pledge', 'vow', 'threaten', 'praise', 'condemn', 'criticize', 'criticise', 'blame', 'allege', 'dispute', 'endorse', 'applaud', 'accuse', 'dismiss', 'slam', 'decry', 'denounce', 'hail', 'laud', 'tout', 'mock', 'ridicule'];

/**
 * Verbs whose complement may be an infinitive that is the claim: an assertion about the
 * subject ("claimed to have seen it") or a demand ("demanded to be heard", like "urged X to").
 */
const INFINITIVE_VERBS = ['claim', 'demand', 'propose'];

/**
 * Commissive verbs (Searle's commissives; Quirk et al. 16.38, verbs of undertaking): with a
 * to-infinitive they report what the subject undertakes to do ("promised to expand",
 * "vowed to fight on", "threatened to leave"), an act like "agreed to pause", which
 * ANNOTATION.md does not count; with a that-clause or a quote they report a proposition
 * ("promised that taxes would fall") and are speech verbs like any other.
 */
const COMMISSIVE_VERBS = ['promise', 'pledge', 'vow', 'threaten', 'swear'];

/**
 * Verbs of narration that frame a quote ("“...,” he continued", "He concluded, “...”")
 * but report nothing with a bare clause ("continued to rise", "concluded the visit").
 */
const QUOTATIVE_VERBS = ['continue', 'conclude', 'respond', 'begin', 'interject', 'interrupt', 'chime', 'recall', 'read'];

/**
 * Verbs whose passive raises the subject of what is said or thought: "X is expected /
 * said / believed / reported / thought to ..." (Quirk et al. 16.31, raising passives of
 * verbs of saying and thinking). Agentless, they are claims with no named source.
 */
const RAISING_PASSIVE_VERBS = ['expect', 'say', 'believe', 'think', 'report', 'allege', 'rumor', 'rumour', 'suppose', 'reckon', 'estimate', 'project', 'predict', 'forecast', 'presume', 'understand'];

/** Phrasal verbs of saying: verb lemma and particle ("point out", "spell out"). */
const PHRASAL_CUES: Record<string, readonly string[]> = { point: ['out'], spell: ['out'], lay: ['out'], cry: ['out'], speak: ['out', 'of'], call: ['on', 'upon'] };

/**
 * Phrasal cues whose object is what was said ("spoke of a compromise", "spoke of “a
 * compromise that protects the market”"): verb lemma and particle. A demand ("called
 * for new elections") is left out: the seeds' gold does not count it as a claim.
 */
const PHRASAL_OBJECT_CUES = new Set(['speak of']);

/** Naming verbs: they report words only when they quote them ("called Trump “unhinged”"). */
const NAMING_VERBS = ['call', 'describe', 'brand', 'term', 'label', 'dub', 'characterize', 'characterise'];

/** Irregular past forms, for tokens whose lemma wink leaves unreduced. */
const IRREGULAR: Record<string, string> = {
  said: 'say', told: 'tell', wrote: 'write', written: 'write', thought: 'think', felt: 'feel',
  swore: 'swear', sworn: 'swear', found: 'find', knew: 'know', known: 'know', heard: 'hear',
  understood: 'understand', showed: 'show', shown: 'show', foresaw: 'foresee',
};

/** Forms that are verbs whatever wink's tag says. */
const COMMON_CUE_FORMS = new Set(['says', 'said', 'told', 'adds', 'added', 'tells', 'stated', 'warned']);

/** Reporting nouns: "a statement by X that ...", "X's message: ...", "..." , a source's remark. */
const REPORTING_NOUNS = [
  'statement', 'message', 'claim', 'remark', 'comment', 'announcement', 'warning', 'report',
  'assertion', 'argument', 'allegation', 'accusation', 'denial', 'assurance', 'promise',
  'pledge', 'testimony', 'words', 'view', 'belief', 'opinion', 'suggestion', 'insistence',
  'contention', 'admission', 'prediction', 'observation', 'explanation', 'response', 'reply',
  'answer', 'tweet', 'post', 'declaration', 'conclusion', 'estimate', 'forecast', 'threat',
  'charge', 'complaint', 'criticism', 'confirmation', 'reminder', 'appeal', 'demand', 'vow',
  'verdict', 'finding', 'findings', 'position', 'notion', 'idea', 'hope', 'fear', 'concern',
];

/** Documents and data sets, attributed to whoever issued them ("polling by the AFL-CIO", "a CNN tally"). */
const DOCUMENT_NOUNS = [
  'poll', 'polls', 'polling', 'survey', 'study', 'data', 'figures', 'records', 'record', 'documents', 'document',
  'analysis', 'count', 'tally', 'research', 'census', 'filing', 'filings', 'report', 'reports', 'review', 'audit', 'memo', 'letter',
  'results', 'numbers', 'statistics', 'video', 'footage', 'recording', 'article', 'investigation', 'probe', 'inquiry', 'surveys', 'studies',
];

/**
 * Data sets whose results an "in"-phrase attributes ("In a CNN poll released Monday,
 * Clinton led by 10 points"); a letter or a report "in" which someone writes is the
 * writer's occasion, not the source.
 */
const DATA_SET_NOUNS = ['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'census', 'tally'];

/** Words that make a sentence-initial noun phrase a title or role, not a speaker's name. */
const ROLE_NOUNS = [
  'president', 'minister', 'secretary', 'adviser', 'advisor', 'spokesman', 'spokeswoman',
  'spokesperson', 'spokespeople', 'senator', 'representative', 'congressman', 'congresswoman',
  'governor', 'mayor', 'chancellor', 'ambassador', 'envoy', 'general', 'colonel', 'lieutenant',
  'commander', 'chairman', 'chairwoman', 'chair', 'director', 'leader', 'speaker', 'judge',
  'justice', 'king', 'queen', 'prince', 'princess', 'pope', 'professor', 'chief', 'ceo',
  'candidate', 'attorney', 'deputy', 'premier', 'sheikh', 'ayatollah', 'emir', 'coach',
  'manager', 'captain', 'officer', 'official', 'head', 'founder', 'executive', 'nominee',
  'frontrunner', 'front-runner', 'lawmaker', 'legislator', 'diplomat', 'negotiator', 'republican', 'democrat',
  'commissioner', 'economist', 'analyst', 'expert', 'author', 'researcher', 'scientist',
  'chairperson', 'strategist', 'aide', 'counsel', 'lawyer', 'prosecutor', 'sheriff', 'chancellor',
  'mp', 'mep', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'dr', 'mr', 'mrs', 'ms', 'prof',
  'rev', 'sir', 'lord', 'lady', 'dame', 'vice', 'prime', 'foreign', 'defense', 'defence',
  'interior', 'finance', 'state', 'national', 'security', 'press', 'deputy', 'acting',
  'former', 'incumbent', 'host', 'anchor', 'correspondent', 'editor', 'columnist', 'reporter',
];

/** Titles that stand right before a name ("Prime Minister Benjamin Netanyahu"). */
const NAME_TITLES = new Set(ROLE_NOUNS);

/** Personal pronouns that can be a speaker at the attribution site. */
const SPEAKER_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/** Adverbs and auxiliaries that may stand between a speaker and the cue ("also said", "has repeatedly said"). */
const BETWEEN_SUBJECT_AND_CUE = new Set([
  'also', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'did', 'does', 'do',
  'later', 'then', 'again', 'previously', 'repeatedly', 'publicly', 'privately', 'recently',
  'once', 'often', 'always', 'never', 'further', 'earlier', 'now', 'still', 'already',
  'reportedly', 'allegedly', 'apparently', 'openly', 'explicitly', 'firmly', 'flatly',
  'strongly', 'quickly', 'immediately', 'yesterday', 'today', 'tonight', 'subsequently', 'himself', 'herself', 'themselves',
  'itself', 'just', 'even', 'only', 'is', 'was', 'are', 'were', 'been', 'be', 'being', 'must',
  'should', 'can', 'shall', 'not', "n't", 'yet', 'however', 'too', 'first', 'finally',
]);

const normalise = (lemma: string): string => (lemma === 'advisor' ? 'adviser' : lemma);

/** Possessive determiners: a noun after one is a noun ("their states"). */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

export type CueClass = 'speech' | 'belief' | 'evidence' | 'that-only';

export interface Lexicon {
  /** The cue class of a verb token, or null when it is not a reporting verb. */
  verbCue(token: Token): CueClass | null;
  /** The cue class of a noun-tagged verb between a subject and the clause end ("experts note."). */
  nounTaggedCue(token: Token, previous: Token | undefined, next: Token | undefined, beforePrevious?: Token, afterNext?: Token): CueClass | null;
  /** True when the verb's first complement is an addressee ("told Biden that"). */
  takesAddressee(token: Token): boolean;
  takesInfinitive(token: Token): boolean;
  /** True for a verb of undertaking, whose to-infinitive is an act, not a claim ("vowed to fight"). */
  undertakes(token: Token): boolean;
  /** True for the first word of a phrasal verb of saying followed by its particle ("pointed out"). */
  isPhrasalCue(token: Token, next: Token | undefined): boolean;
  /** True when the verb frames a quote next to it: a speech or belief verb, or a verb of narration ("he continued"). */
  framesQuote(token: Token): boolean;
  /** True for verbs of asking, which report only a question clause. */
  asksQuestion(token: Token): boolean;
  isNamingVerb(token: Token): boolean;
  /** True for verbs whose agentless passive reports its subject and infinitive ("is expected to"). */
  raisesSubject(token: Token): boolean;
  /** True when a bare noun phrase after the verb is the claim ("confirmed the talks"). */
  takesObjectContent(token: Token): boolean;
  /** True when a phrasal cue's object is the claim ("called for a ceasefire", "spoke of a compromise"). */
  isPhrasalObjectCue(verb: Token, particle: Token): boolean;
  isReportingNoun(token: Token): boolean;
  /** True for a document or data set ("poll", "records", "polling"). */
  isDocumentNoun(token: Token): boolean;
  /** True for a data set whose results an opening "In a poll, ..." attributes. */
  isDataSetNoun(token: Token): boolean;
  /** True for a verb that reports a document's finding ("shows", "found"). */
  reportsFinding(token: Token): boolean;
  isRoleNoun(token: Token): boolean;
  /** True for a verb of forecasting, whose object may be a figure ("expected savings of 18 billion yen"). */
  forecasts(token: Token): boolean;
  /**
   * True for a singular noun of nationality ("Swede", "Argentine", "Briton"): after "the"
   * it is a role noun for a person ("the Swede said"), not a name.
   */
  isDemonymNoun(token: Token): boolean;
  isNameTitle(token: Token): boolean;
  isSpeakerPronoun(token: Token): boolean;
  isRelativePronoun(token: Token): boolean;
  /** Adverbs and auxiliaries skipped between a subject and its cue. */
  isBetweenSubjectAndCue(token: Token): boolean;
  /** The head word a role is compared by ("advisor" and "adviser" are one role). */
  roleKey(token: Token): string;
}

/** Build the lexicon once per pipeline. */
export function createLexicon(): Lexicon {
  const verbs = new Map<string, CueClass>();
  for (const v of THAT_ONLY_VERBS) verbs.set(v, 'that-only');
  for (const v of EVIDENCE_VERBS) verbs.set(v, 'evidence');
  for (const v of BELIEF_VERBS) verbs.set(v, 'belief');
  for (const v of SPEECH_VERBS) verbs.set(v, 'speech');
  for (const v of QUESTION_VERBS) verbs.set(v, 'speech');
  const question = new Set(QUESTION_VERBS);
  const addressee = new Set(ADDRESSEE_VERBS);
  const objectContent = new Set(OBJECT_CONTENT_VERBS);
  const infinitive = new Set(INFINITIVE_VERBS);
  const commissive = new Set(COMMISSIVE_VERBS);
  const naming = new Set(NAMING_VERBS);
  const raising = new Set(RAISING_PASSIVE_VERBS);
  const quotative = new Set(QUOTATIVE_VERBS);
  const nouns = new Set(REPORTING_NOUNS);
  const documents = new Set(DOCUMENT_NOUNS);
  const dataSets = new Set(DATA_SET_NOUNS);
  const findings = new Set(FINDING_VERBS);
  const roles = new Set(ROLE_NOUNS);
  const lemmaOf = (t: Token): string => IRREGULAR[t.lower] ?? t.lemma.toLowerCase();
  const verbCue = (token: Token): CueClass | null =>
    token.pos === 'VERB' || COMMON_CUE_FORMS.has(token.lower) ? verbs.get(lemmaOf(token)) ?? null : null;
  return {
    verbCue,
    nounTaggedCue(token, previous, next, beforePrevious, afterNext) {
      // wink tags some verbs after a plural subject as nouns ("experts note."): trust
      // the verb reading only between a subject and the end of the clause or "that".
      if (token.pos !== 'NOUN' || !previous || !next) return null;
      // A quantity is a subject too: "Six in 10 say/NOUN he is ...".
      if (!(previous.pos === 'NOUN' || previous.pos === 'PROPN' || previous.pos === 'PRON' || previous.pos === 'NUM')) return null;
      // But after a possessive or a number inside a noun phrase it is a noun, with a
      // relative clause or a list after it: "their states that desperately need ...",
      // "the 35 states that would vote", "in nine states: Ohio, ...". (A reporting noun
      // keeps its that-clause: "his comments that he would ..."; a proportion is a
      // subject: "One in five say that won't ...".)
      const relative = next.lower === ':' || (next.lower === 'that' && afterNext !== undefined && (afterNext.pos === 'VERB' || afterNext.pos === 'AUX' || afterNext.pos === 'ADV'));
      if (relative && (POSSESSIVES.has(previous.lower) || (previous.pos === 'NUM' && beforePrevious !== undefined && (beforePrevious.pos === 'DET' || (beforePrevious.pos === 'ADP' && ((beforePrevious.lower !== 'in' && beforePrevious.lower !== 'of') || next.lower === ':')))))) return null;
      // A personal pronoun right after a noun starts a clause: "filings show/NOUN it has".
      if (!(next.pos === 'PUNCT' || next.lower === 'that' || (next.pos === 'PRON' && SPEAKER_PRONOUNS.has(next.lower) && next.lower !== 'you'))) return null;
      const cls = verbs.get(lemmaOf(token)) ?? null;
      return cls === 'speech' || cls === 'belief' || cls === 'evidence' ? cls : null;
    },
    isPhrasalCue: (token, next) => token.pos === 'VERB' && next !== undefined && (PHRASAL_CUES[lemmaOf(token)]?.includes(next.lower) ?? false),
    isPhrasalObjectCue: (verb, particle) => verb.pos === 'VERB' && PHRASAL_OBJECT_CUES.has(`${lemmaOf(verb)} ${particle.lower}`),
    framesQuote(token) {
      const cls = verbCue(token);
      if (cls === 'speech' || cls === 'belief') return true;
      return (token.pos === 'VERB' || token.pos === 'AUX') && quotative.has(lemmaOf(token));
    },
    takesAddressee: (token) => addressee.has(lemmaOf(token)),
    takesObjectContent: (token) => objectContent.has(lemmaOf(token)),
    takesInfinitive: (token) => infinitive.has(lemmaOf(token)),
    undertakes: (token) => commissive.has(lemmaOf(token)),
    asksQuestion: (token) => question.has(lemmaOf(token)),
    raisesSubject: (token) => raising.has(lemmaOf(token)),
    isNamingVerb: (token) => token.pos === 'VERB' && naming.has(lemmaOf(token)),
    isDocumentNoun: (token) => documents.has(token.lower),
    isDataSetNoun: (token) => dataSets.has(token.lower),
    reportsFinding: (token) => findings.has(lemmaOf(token)),
    isReportingNoun: (token) => (token.pos === 'NOUN' || token.pos === 'PROPN') && (nouns.has(token.lower) || nouns.has(token.lemma.toLowerCase())),
    isRoleNoun: (token) => roles.has(token.lower.replace(/\.$/, '')) || roles.has(token.lemma.toLowerCase()),
    forecasts: (token) => token.pos === 'VERB' && FORECAST_VERBS.has(lemmaOf(token)),
    isDemonymNoun: (token) => /^\p{Lu}/u.test(token.text) && (!token.lower.endsWith('s') || token.lower.endsWith('ss')) && loadGazetteer().demonyms.has(token.lower),
    isNameTitle: (token) => NAME_TITLES.has(token.lower.replace(/\.$/, '')) || NAME_TITLES.has(token.lemma.toLowerCase()),
    isSpeakerPronoun: (token) => token.pos === 'PRON' && SPEAKER_PRONOUNS.has(token.lower),
    isRelativePronoun: (token) => RELATIVE_PRONOUNS.has(token.lower) && (token.lower !== 'that' || token.pos === 'PRON'),
    isBetweenSubjectAndCue: (token) => BETWEEN_SUBJECT_AND_CUE.has(token.lower) || (token.pos === 'ADV' && /ly$/.test(token.lower)),
    roleKey: (token) => normalise(token.lemma.toLowerCase().replace(/\.$/, '')).replace(/^spokes(man|woman|people)$/, 'spokesperson'),
  };
}
