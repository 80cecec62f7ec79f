/* Generated from schemas/error.schema.json by scripts/gen-types.js. Do not edit: change the schema and run npm run gen:types. */

/**
 * One line of errors.jsonl: an input that could not be turned into an article record, with where it was and why.
 */
export interface ErrorRecord {
  schemaVersion: '1.1.0';
  pipelineVersion: string;
  location: InputLocation;
  /**
   * The article id, where the input gave one.
   */
  id?: string;
  /**
   * SHA-256 (hex) of the rejected input's bytes, where there are any.
   */
  sha256?: string;
  /**
   * Machine-readable reason: input/empty, input/not-utf8, input/binary, input/bad-json, input/not-article, input/too-large, input/unreadable, input/symlink-loop, pipeline/timeout, pipeline/heap-limit, pipeline/failed.
   */
  ruleId: string;
  /**
   * What was found, in a sentence.
   */
  reason: string;
}
export interface InputLocation {
  /**
   * The input file; absent for stdin.
   */
  path?: string;
  /**
   * 1-based line for JSONL input.
   */
  line?: number;
  /**
   * Byte offset of the problem in the file (invalid UTF-8).
   */
  byteOffset?: number;
  /**
   * 0-based position of the article in a .json array.
   */
  index?: number;
}
