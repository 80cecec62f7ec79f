/**
 * The in-memory document: the original text plus layers that point into it.
 *
 * The text is never changed. Every layer is a list of spans with UTF-16 offsets into
 * `text` (end exclusive), and every span's `text` equals `text.slice(start, end)`.
 * Stages read the layers they declare in `needs` and return the layers they `add`;
 * the runner merges them into the document (see ./stage.ts).
 */

/** A span of the original text. Invariant: `doc.text.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** One wink-nlp token, with offsets computed in ./text-layer.ts and nowhere else. */
export interface Token extends Span {
  /** Position in `doc.tokens`. */
  index: number;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, PUNCT, ...). */
  pos: string;
  /** wink-nlp lemma (lower case for most words; proper nouns may keep their case). */
  lemma: string;
  /** Lower-cased form with curly quotes folded to straight ones. */
  lower: string;
  /** wink-nlp token type: word, number, punctuation, tabCRLF, emoji, symbol, ... */
  kind: string;
  /** wink-nlp shape ("Xxxxx", "dd", ...). */
  shape: string;
  /** Index of the sentence holding the token. */
  sentence: number;
  /** Whitespace between the previous token and this one, as read. */
  space: string;
}

export interface Sentence extends Span {
  index: number;
  /** First token index (inclusive). */
  tokenStart: number;
  /** Last token index (exclusive). */
  tokenEnd: number;
  /** Index of the paragraph (blocks separated by a blank line) holding the sentence. */
  paragraph: number;
}

export type EntityType = 'PERSON' | 'ORGANIZATION' | 'PLACE';

/** A name found in the text, before grouping into entities. */
export interface NameMention extends Span {
  type: EntityType;
  /** Heuristic score in [0, 1]: how sure the typing is. */
  confidence: number;
  /** Rule ids of the evidence that decided the type, e.g. "lexicon:country", "title:person". */
  evidence: string[];
  sentence: number;
  /**
   * For a PERSON: the title or role words right before the name ("Prime Minister",
   * "spokesman"), so role nouns later in the article ("the prime minister") can be
   * resolved to the person. Optional: absent when no title precedes the name.
   */
  role?: Span;
}

/** An entity: all mentions of one name in the article, with its canonical (fullest) form. */
export interface EntityGroup {
  id: string;
  type: EntityType;
  canonical: string;
  aliases: string[];
  mentions: NameMention[];
  confidence: number;
  evidence: string[];
}

export type Granularity = 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** A date mention with its normalised value (TimeML-style ISO 8601 at its own granularity). */
export interface DateMention extends Span {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Www`, `YYYY-SU`, `YYYY-Q1`, `199X`; `XXXX` for an unknown year; null when unresolvable. */
  value: string | null;
  granularity: Granularity;
  /**
   * How the value was found: `absolute` (the text names the calendar date),
   * `published` (relative to the publication date), `published-year` (year taken from
   * the publication date), `none` (no anchor: value null or with XXXX).
   */
  anchor: 'absolute' | 'published' | 'published-year' | 'none';
  /** Rule id that found the expression. */
  rule: string;
  sentence: number;
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

/** How a claim's speaker is referred to at the attribution site. */
export type SpeakerForm = 'name' | 'pronoun' | 'role' | 'description' | 'relative' | 'inferred' | 'none';

export interface ClaimSpeaker {
  /** Canonical name of the entity, or the source's own words, or null. */
  name: string | null;
  entityId: string | null;
  /** The span the attribution uses for the speaker (name, pronoun, role noun), or null. */
  mention: Span | null;
  form: SpeakerForm;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  content: Span;
  cue: Span | null;
  speaker: ClaimSpeaker;
  /** Indexes of the sentences the claim spans. */
  sentences: number[];
  /** Heuristic score in [0, 1]. */
  confidence: number;
  /** Rule id of the pattern that found the claim, e.g. "claims/quote-then-cue". */
  rule: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Message {
  severity: Severity;
  stage: string;
  ruleId: string;
  message: string;
  start?: number;
  end?: number;
}

/** Where an article came from. */
export interface SourceInfo {
  path?: string;
  line?: number;
  sha256: string;
  /** The input's own `source` field (a publisher name, or an object for the feed), carried through unchanged. */
  given?: string | Record<string, unknown>;
}

/** An article as read from the input, before any analysis. */
export interface ArticleInput {
  id: string;
  text: string;
  /** `YYYY-MM-DD` as given in metadata, or null. A dateline in the text is parsed later. */
  publishedDate: string | null;
  /** A raw metadata date that could not be read as a date (kept to warn about it). */
  publishedDateRaw?: unknown;
  title?: string;
  url?: string;
  meta?: Record<string, unknown>;
  source: SourceInfo;
  /** Messages found while reading the input (a bad date field, say); they open the record's `messages`. */
  messages?: Message[];
}

/** The layers stages read and add. Each is optional until the stage that adds it has run. */
export interface Layers {
  /** `YYYY-MM-DD` or null: from metadata, else from a dateline in the text. */
  publishedDate: string | null;
  /** Span of the publication-date marker in the text (`date 2023-12-01`), if any. */
  dateline: Span | null;
  tokens: Token[];
  sentences: Sentence[];
  names: NameMention[];
  dates: DateMention[];
  claims: Claim[];
  entities: EntityGroup[];
}

export type LayerName = keyof Layers;

export interface Doc extends Partial<Layers> {
  readonly input: ArticleInput;
  readonly text: string;
  messages: Message[];
}

/** Make a span from offsets, reading its text from the original. */
export function spanOf(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}
