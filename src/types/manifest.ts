/* Generated from schemas/manifest.schema.json by scripts/gen-types.js. Do not edit: change the schema and run npm run gen:types. */

/**
 * manifest.json: what one run of newsx extract read, wrote, skipped and rejected. inputs = written + skipped + rejected.
 */
export interface Manifest {
  schemaVersion: '1.1.0';
  pipelineVersion: string;
  /**
   * ISO timestamp (timing field: varies between runs).
   */
  startedAt: string;
  /**
   * ISO timestamp (timing field: varies between runs).
   */
  finishedAt: string;
  /**
   * The INPUT arguments of the run, as given.
   */
  inputs: string[];
  counts: ManifestCounts;
  /**
   * True when counts.inputs = written + skipped + rejected.
   */
  balanced: boolean;
  workers?: number;
  timings: ManifestTimings;
}
export interface ManifestCounts {
  /**
   * Article inputs read: one per .txt/.md file, per JSONL line, per object of a .json file, and per file rejected whole.
   */
  inputs: number;
  /**
   * Article records appended to articles.jsonl in this run.
   */
  written: number;
  /**
   * Inputs not processed again: already in articles.jsonl with the same sha256 and pipeline version, already rejected in errors.jsonl (see alreadyRejected), or read twice in this run.
   */
  skipped: number;
  /**
   * Of skipped: inputs rejected by an earlier run (the same location and sha256 in errors.jsonl); --force retries them.
   */
  alreadyRejected?: number;
  /**
   * Error records appended to errors.jsonl in this run.
   */
  rejected: number;
  /**
   * Files read.
   */
  files: number;
  /**
   * Files met while walking a folder and not read because their extension is not an article format (.txt, .md, .json, .jsonl, .ndjson).
   */
  ignored?: number;
}
/**
 * Timing fields (vary between runs).
 */
export interface ManifestTimings {
  totalMs: number;
  msPerArticle?: number;
  /**
   * Total milliseconds spent in each stage over the run.
   */
  stages?: {
    [k: string]: number;
  };
}
