/* Generated from schemas/article.schema.json by scripts/gen-types.js. Do not edit: change the schema and run npm run gen:types. */

/**
 * One line of articles.jsonl: one article with the entities, dates and claims found in it. All offsets are UTF-16 code units into the original text (JavaScript string indices), end exclusive; every span's text equals text.slice(start, end). Consumers in other languages convert UTF-16 offsets themselves.
 */
export interface ArticleRecord {
  /**
   * Semantic version of this schema.
   */
  schemaVersion: '1.1.0';
  /**
   * Version of the newsx pipeline that produced the record; a change of version reprocesses the article.
   */
  pipelineVersion: string;
  /**
   * Article id: the file name without extension for .txt/.md, the id field for JSON input.
   */
  id: string;
  /**
   * Publication date (YYYY-MM-DD) from the input metadata or a dateline in the text, or null. Relative dates resolve against it.
   */
  publishedDate: string | null;
  /**
   * Title given in the input, carried through.
   */
  title?: string;
  /**
   * URL given in the input, carried through.
   */
  url?: string;
  source: Source;
  /**
   * The input's meta object, carried through unchanged.
   */
  meta?: {
    [k: string]: unknown;
  };
  stats: ArticleStats;
  entities: Entity[];
  dates: DateMention[];
  claims: Claim[];
  messages: Message[];
}
/**
 * Where the article was read from.
 */
export interface Source {
  /**
   * Input file path as given or found while walking a folder; absent for stdin.
   */
  path?: string;
  /**
   * 1-based line number for JSONL input.
   */
  line?: number;
  /**
   * SHA-256 (hex) of the article's id, text and publication date as read; the re-run skip key together with pipelineVersion.
   */
  sha256: string;
  /**
   * The input's own source field (a publisher name, or an object describing the feed), carried through unchanged.
   */
  given?: string | {};
}
/**
 * Counts about the article (no timings, so that records are deterministic).
 */
export interface ArticleStats {
  characters: number;
  tokens: number;
  sentences: number;
}
/**
 * A person, organization or place, grouping all its mentions in the article.
 */
export interface Entity {
  /**
   * Entity id, unique within the article (E1, E2, ...), in order of first mention.
   */
  id: string;
  type: 'PERSON' | 'ORGANIZATION' | 'PLACE';
  /**
   * The fullest form of the name the article uses (a gazetteer's standard name for known aliases: US -> United States).
   */
  canonical: string;
  /**
   * Other surface forms used for the entity in the article, distinct from canonical.
   */
  aliases: string[];
  /**
   * @minItems 1
   */
  mentions: EntityMention[];
  /**
   * Heuristic score in [0, 1] of the type assignment: not a calibrated probability. Lexicon and title evidence score high; shape-only guesses low. Filter on it, do not sum it.
   */
  confidence: number;
  /**
   * Rule ids of all evidence seen for the type, e.g. lexicon:country, title:person, suffix:organization, context:said, document:consistency.
   */
  evidence: string[];
}
/**
 * One occurrence of an entity's name: the name only, without titles, roles, a leading 'The' (unless part of a place's name) or a possessive.
 */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  /**
   * Index of the sentence holding the mention.
   */
  sentence: number;
  /**
   * Rule ids of the evidence that typed this mention (see entity.evidence).
   */
  evidence?: string[];
  role?: Span;
}
/**
 * For a PERSON: the title or role words written before the name ("Prime Minister", "State Department spokesman"); later role nouns ("the prime minister") resolve to the person through it.
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}
/**
 * An expression that places something on the calendar, without a leading preposition. Durations, frequencies and clock times are not dates.
 */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /**
   * TimeML-style ISO 8601 value at the expression's own granularity (YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Www, YYYY-SU/FA/WI/SP, YYYY-Q1..4, YYYY-H1/H2, 199X). XXXX stands for a year that cannot be known; null for a relative expression with no anchor.
   */
  value: string | null;
  granularity:
    | 'day'
    | 'week'
    | 'weekend'
    | 'month'
    | 'season'
    | 'quarter'
    | 'half'
    | 'year'
    | 'decade'
    | 'century';
  /**
   * How the value was found: absolute (stated in full), published (relative to publishedDate), published-year (year taken from publishedDate), none (no anchor available).
   */
  anchor: 'absolute' | 'published' | 'published-year' | 'none';
  /**
   * Id of the rule that found the expression.
   */
  rule?: string;
  sentence: number;
}
/**
 * A statement the article attributes to a source.
 */
export interface Claim {
  id: string;
  /**
   * direct: in quotation marks; indirect: reported speech; mixed: reported speech containing a quoted part.
   */
  kind: 'direct' | 'indirect' | 'mixed';
  content: Span1;
  /**
   * The word or phrase marking the attribution (said, according to, told), or null when the source is given without one.
   */
  cue: Span2 | null;
  speaker: ClaimSpeaker;
  /**
   * Indexes of the sentences the claim spans.
   */
  sentences: number[];
  /**
   * Heuristic score in [0, 1] from the pattern that found the claim and how its speaker was resolved: not a calibrated probability.
   */
  confidence: number;
  /**
   * Id of the pattern that found the claim, e.g. claims/quote-then-cue.
   */
  rule?: string;
}
/**
 * What was claimed: for a quote the text inside the marks; for reported speech the reported clause without the cue and 'that'.
 */
export interface Span1 {
  start: number;
  end: number;
  text: string;
}
/**
 * A piece of the original text: text === article.slice(start, end), UTF-16 offsets, end exclusive.
 */
export interface Span2 {
  start: number;
  end: number;
  text: string;
}
export interface ClaimSpeaker {
  /**
   * Canonical name of the speaking entity, resolved through pronouns and role nouns; else the source's own words ("a source"); null when the article does not say who.
   */
  name: string | null;
  /**
   * Id of the entity in this record, when the speaker is one.
   */
  entityId: string | null;
  /**
   * The span the attribution uses for the speaker (name, pronoun, role noun or description), or null.
   */
  mention: Span2 | null;
  /**
   * How the attribution refers to the speaker.
   */
  form?: 'name' | 'pronoun' | 'role' | 'description' | 'relative' | 'inferred' | 'none';
}
/**
 * A problem or note found while processing the article. A stage that fails leaves an error message here instead of stopping the batch.
 */
export interface Message {
  severity: 'error' | 'warning' | 'info';
  stage: string;
  ruleId: string;
  message: string;
  start?: number;
  end?: number;
}
