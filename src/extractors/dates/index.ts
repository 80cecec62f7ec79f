/**
 * Date mentions, normalised to TimeML-style values and resolved against the
 * publication date.
 */
import type { DateMention, Sentence, Span, Token } from '../../pipeline/document';

export interface DateInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** `YYYY-MM-DD` or null: without it no year is invented. */
  publishedDate: string | null;
  /** The publication-date marker in the text (`date 2023-12-01`), if any. */
  dateline: Span | null;
}

/** Build the date extractor once; call the result per document. */
export function createDateExtractor(): (input: DateInput) => DateMention[] {
  return () => [];
}
