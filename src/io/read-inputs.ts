/**
 * Read a drop: INPUT arguments (files, folders, `-`) to an async sequence of article
 * inputs and rejections, in a deterministic order, holding at most one file (or one
 * JSONL line) in memory at a time.
 *
 * - Folders are walked recursively, entries sorted by name (code-unit order, not the
 *   locale's), so the same drop gives the same order on any machine.
 * - `.txt`/`.md`: one article, id = file name without extension. `.json`: one article
 *   or an array of them. `.jsonl`/`.ndjson` and stdin: one article per line, read as a
 *   byte stream so a bad line has its own line number and byte offset.
 * - Every problem becomes a rejection with a location and, where there are bytes, their
 *   sha256: unreadable files, symbolic link loops, binary files, invalid UTF-8, empty
 *   text, bad JSON, JSON that is not an article, inputs over the size limit.
 */
import { createHash, type Hash } from 'crypto';
import fs from 'fs';
import path from 'path';
import type { Readable } from 'stream';
import type { ArticleInput } from '../pipeline/document';
import type { InputLocation } from '../types/error';
import { decodeUtf8, looksBinary, stripBom, utf16Bom } from './decode';
import { articleHash, sha256 } from './hash';
import { toArticleInput, type Rejection } from './article-input';

export type ReadItem = { kind: 'article'; input: ArticleInput } | { kind: 'rejected'; rejection: Rejection };

export interface ReadOptions {
  /** Inputs (a file, a JSONL line) larger than this are rejected unread. */
  maxBytes: number;
  /** Real paths of folders not to walk (the output folder, when it sits inside an input folder). */
  exclude?: string[];
  /** Standard input, for `-` (a parameter so tests can feed it). */
  stdin?: Readable;
}

export interface ReadStats {
  /** Files opened and read. */
  files: number;
  /** Files in walked folders with an extension that is not an article format. */
  ignored: number;
}

const TEXT_EXT = new Set(['.txt', '.md']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const JSON_EXT = new Set(['.json']);

export function isArticleFile(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return TEXT_EXT.has(ext) || JSONL_EXT.has(ext) || JSON_EXT.has(ext);
}

function rejected(location: InputLocation, ruleId: string, reason: string, extra: { id?: string; sha256?: string } = {}): ReadItem {
  return { kind: 'rejected', rejection: { location, ...extra, ruleId, reason } };
}

function errnoReason(err: unknown): { ruleId: string; reason: string } {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ELOOP') return { ruleId: 'input/symlink-loop', reason: 'a symbolic link loop: the link resolves back to itself' };
  return { ruleId: 'input/unreadable', reason: `cannot read it: ${e.code ?? ''} ${e.message}`.trim() };
}

/** Read all INPUT arguments in order. `stats` is filled in as files are read. */
export async function* readInputs(args: string[], opts: ReadOptions, stats: ReadStats): AsyncGenerator<ReadItem> {
  const exclude = new Set(opts.exclude ?? []);
  for (const arg of args) {
    if (arg === '-') {
      yield* readJsonlStream(opts.stdin ?? process.stdin, undefined, opts, stats);
      continue;
    }
    yield* readPath(arg, true, new Set(), exclude, opts, stats);
  }
}

/**
 * One path: a file is read; a folder is walked. `explicit` is true for an INPUT
 * argument (read whatever its extension), false for a folder entry (only article
 * formats). `ancestors` holds the real paths of the folders above, to catch links that
 * point back up (a loop that stat() alone does not see).
 */
async function* readPath(p: string, explicit: boolean, ancestors: Set<string>, exclude: Set<string>, opts: ReadOptions, stats: ReadStats): AsyncGenerator<ReadItem> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(p);
  } catch (err) {
    const { ruleId, reason } = errnoReason(err);
    if (!explicit && ruleId === 'input/unreadable' && !isArticleFile(p)) {
      // A dangling link or vanished entry that would not have been read anyway.
      stats.ignored++;
      return;
    }
    yield rejected({ path: p }, ruleId, reason);
    return;
  }
  if (st.isDirectory()) {
    let real: string;
    try {
      real = await fs.promises.realpath(p);
    } catch (err) {
      yield rejected({ path: p }, errnoReason(err).ruleId, errnoReason(err).reason);
      return;
    }
    if (exclude.has(real)) return;
    if (ancestors.has(real)) {
      yield rejected({ path: p }, 'input/symlink-loop', `a symbolic link loop: this folder is ${real}, which contains it`);
      return;
    }
    let names: string[];
    try {
      names = await fs.promises.readdir(p);
    } catch (err) {
      yield rejected({ path: p }, errnoReason(err).ruleId, errnoReason(err).reason);
      return;
    }
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const below = new Set(ancestors).add(real);
    for (const name of names) yield* readPath(path.join(p, name), false, below, exclude, opts, stats);
    return;
  }
  if (!explicit && !isArticleFile(p)) {
    stats.ignored++;
    return;
  }
  if (!st.isFile()) {
    // A FIFO or device would block or never end; it is not an article file.
    yield rejected({ path: p }, 'input/unreadable', 'not a regular file (a pipe, socket or device)');
    return;
  }
  const ext = path.extname(p).toLowerCase();
  if (JSONL_EXT.has(ext)) {
    yield* readJsonlFile(p, opts, stats);
    return;
  }
  yield* readWholeFile(p, st.size, JSON_EXT.has(ext) ? 'json' : 'text', opts, stats);
}

/** The sha256 of a file read as a stream (for files too large to hold). */
async function hashFile(p: string): Promise<string | undefined> {
  const h = createHash('sha256');
  try {
    for await (const chunk of fs.createReadStream(p)) h.update(chunk as Buffer);
  } catch {
    return undefined;
  }
  return h.digest('hex');
}

async function* readWholeFile(p: string, size: number, format: 'json' | 'text', opts: ReadOptions, stats: ReadStats): AsyncGenerator<ReadItem> {
  const loc: InputLocation = { path: p };
  if (size > opts.maxBytes) {
    stats.files++;
    const hash = await hashFile(p);
    yield rejected(loc, 'input/too-large', `${size} bytes, over the limit of ${opts.maxBytes} (--max-bytes)`, hash ? { sha256: hash } : {});
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await fs.promises.readFile(p);
  } catch (err) {
    yield rejected(loc, errnoReason(err).ruleId, errnoReason(err).reason);
    return;
  }
  stats.files++;
  const hash = sha256(bytes);
  // The file may have grown between stat and read.
  if (bytes.length > opts.maxBytes) {
    yield rejected(loc, 'input/too-large', `${bytes.length} bytes, over the limit of ${opts.maxBytes} (--max-bytes)`, { sha256: hash });
    return;
  }
  const utf16 = utf16Bom(bytes);
  if (utf16) {
    yield rejected({ ...loc, byteOffset: 0 }, 'input/not-utf8', `encoded as ${utf16} (byte order mark at byte 0), not UTF-8; save it as UTF-8`, { sha256: hash });
    return;
  }
  if (looksBinary(bytes)) {
    yield rejected(loc, 'input/binary', 'a binary file, not text (NUL or control bytes)', { sha256: hash });
    return;
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    yield rejected({ ...loc, byteOffset: decoded.byteOffset }, 'input/not-utf8', decoded.reason, { sha256: hash });
    return;
  }
  if (format === 'text') {
    const text = decoded.text;
    const id = path.basename(p, path.extname(p));
    if (text.trim() === '') {
      yield rejected(loc, 'input/empty', text === '' ? 'an empty file' : 'a file with only whitespace', { id, sha256: hash });
      return;
    }
    yield { kind: 'article', input: { id, text, publishedDate: null, source: { path: p, sha256: articleHash(id, text, null) } } };
    return;
  }
  const json = stripBom(decoded.text);
  if (json.trim() === '') {
    yield rejected(loc, 'input/empty', 'an empty file', { sha256: hash });
    return;
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    yield rejected(loc, 'input/bad-json', `not JSON: ${(err as Error).message}`, { sha256: hash });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield rejected(loc, 'input/empty', 'an empty array: no articles', { sha256: hash });
      return;
    }
    for (let index = 0; index < value.length; index++) {
      const result = toArticleInput(value[index], { path: p, index }, sha256(JSON.stringify(value[index]) ?? 'undefined'));
      yield result.ok ? { kind: 'article', input: result.input } : { kind: 'rejected', rejection: result.rejection };
    }
    return;
  }
  const result = toArticleInput(value, loc, hash);
  yield result.ok ? { kind: 'article', input: result.input } : { kind: 'rejected', rejection: result.rejection };
}

async function* readJsonlFile(p: string, opts: ReadOptions, stats: ReadStats): AsyncGenerator<ReadItem> {
  let fd: fs.promises.FileHandle;
  try {
    fd = await fs.promises.open(p, 'r');
  } catch (err) {
    yield rejected({ path: p }, errnoReason(err).ruleId, errnoReason(err).reason);
    return;
  }
  stats.files++;
  try {
    // A binary file with a .jsonl name would otherwise give one bad-json error per "line".
    const head = Buffer.alloc(8192);
    const { bytesRead } = await fd.read(head, 0, head.length, 0);
    const utf16 = utf16Bom(head.subarray(0, bytesRead));
    if (utf16) {
      const hash = await hashFile(p);
      yield rejected({ path: p, byteOffset: 0 }, 'input/not-utf8', `encoded as ${utf16} (byte order mark at byte 0), not UTF-8; save it as UTF-8`, hash ? { sha256: hash } : {});
      return;
    }
    if (looksBinary(head.subarray(0, bytesRead))) {
      const hash = await hashFile(p);
      yield rejected({ path: p }, 'input/binary', 'a binary file, not JSON Lines (NUL or control bytes)', hash ? { sha256: hash } : {});
      return;
    }
  } finally {
    await fd.close();
  }
  yield* readJsonlStream(fs.createReadStream(p), p, opts, stats);
}

/** Split a byte stream on LF; a line longer than `maxBytes` is not kept, only measured and hashed. */
async function* lines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<{ line: number; offset: number; bytes: Buffer | null; size: number; hash: string | null }> {
  let parts: Buffer[] = [];
  let size = 0;
  let over: Hash | null = null;
  let line = 1;
  let offset = 0;
  const add = (piece: Buffer): void => {
    if (over) {
      over.update(piece);
    } else if (size + piece.length > maxBytes) {
      over = createHash('sha256');
      for (const part of parts) over.update(part);
      over.update(piece);
      parts = [];
    } else {
      parts.push(piece);
    }
    size += piece.length;
  };
  const finish = (): { line: number; offset: number; bytes: Buffer | null; size: number; hash: string | null } => {
    const out = over ? { line, offset, bytes: null, size, hash: (over as Hash).digest('hex') } : { line, offset, bytes: Buffer.concat(parts), size, hash: null };
    offset += size + 1;
    line++;
    parts = [];
    size = 0;
    over = null;
    return out;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    if (start < chunk.length) add(Buffer.from(chunk.subarray(start)));
  }
  if (size > 0 || parts.length > 0) yield finish();
}

/** JSONL from a file (`p`) or stdin (`p` undefined): one input per non-blank line. */
async function* readJsonlStream(stream: AsyncIterable<Buffer | string>, p: string | undefined, opts: ReadOptions, stats: ReadStats): AsyncGenerator<ReadItem> {
  let articles = 0;
  const where = (line: number, byteOffset?: number): InputLocation => ({ ...(p !== undefined ? { path: p } : {}), line, ...(byteOffset !== undefined ? { byteOffset } : {}) });
  try {
    for await (const l of lines(stream, opts.maxBytes)) {
      if (l.bytes === null) {
        articles++;
        yield rejected(where(l.line), 'input/too-large', `a line of ${l.size} bytes, over the limit of ${opts.maxBytes} (--max-bytes)`, { sha256: l.hash ?? undefined });
        continue;
      }
      const bytes = l.bytes;
      const hash = sha256(bytes);
      const decoded = decodeUtf8(bytes, l.offset);
      if (!decoded.ok) {
        articles++;
        yield rejected(where(l.line, decoded.byteOffset), 'input/not-utf8', decoded.reason, { sha256: hash });
        continue;
      }
      const text = l.line === 1 ? stripBom(decoded.text) : decoded.text;
      // Blank lines (a trailing newline, a spacer) hold no article and are not inputs.
      if (text.trim() === '') continue;
      articles++;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        yield rejected(where(l.line), 'input/bad-json', `not JSON: ${(err as Error).message}`, { sha256: hash });
        continue;
      }
      const result = toArticleInput(value, where(l.line), hash);
      yield result.ok ? { kind: 'article', input: result.input } : { kind: 'rejected', rejection: result.rejection };
    }
  } catch (err) {
    // A read error part way (an I/O error, a file removed under us): the rest is one rejection.
    articles++;
    yield rejected(p !== undefined ? { path: p } : {}, 'input/unreadable', `reading stopped: ${(err as Error).message}`);
  }
  if (articles === 0) {
    // An empty or blank-only JSONL file is still accounted for.
    const hash = p !== undefined ? await hashFile(p) : undefined;
    yield rejected(p !== undefined ? { path: p } : {}, 'input/empty', 'no article lines (empty or blank)', hash ? { sha256: hash } : {});
  }
}
