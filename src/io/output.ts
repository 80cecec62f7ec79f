/**
 * Crash-safe output files.
 *
 * A JSONL file is only ever appended to, one complete line per `write` call, so a
 * process killed at any moment (kill -9) leaves whole lines plus at most one torn line
 * at the end. When the file is opened again, everything from the first line that is
 * not a complete JSON object (no final newline, or garbage such as the zeros a power
 * cut can leave) is cut off, and the intact records are handed to the caller, who uses
 * them as the re-run skip keys. What was cut is processed again.
 *
 * fsync: a kill -9 loses nothing that `write` returned (the data is in the kernel's page
 * cache), so syncing is only for power loss and OS crashes. Syncing every line would
 * cost a disk flush per article; instead the files are synced every SYNC_EVERY lines and
 * at the end, and before manifest.json is renamed into place, so the manifest never
 * counts records that are not on disk.
 *
 * manifest.json is written to a temporary file, synced, and renamed over the old one:
 * a reader sees the old manifest or the new one, never half of one.
 */
import fs from 'fs';
import path from 'path';

const SYNC_EVERY = 256;

export interface JsonlAppender {
  readonly file: string;
  /** Append one record as one line (one write call). */
  append(record: object): void;
  /** Append a record already serialised as JSON (no newline) as one line. */
  appendJson(json: string): void;
  /**
   * Append one line given as UTF-8 bytes that end with its newline and hold no other
   * (a pool worker's record line, see recordLine in ../workers/pool.ts), written as
   * they are: no decoding or re-encoding on this thread. Anything else is refused,
   * since a line without its newline would join the next one.
   */
  appendLine(line: Uint8Array): void;
  /** Flush to disk (fsync). */
  sync(): void;
  close(): void;
}

/**
 * Open `file` for appending (creating it), after cutting a torn or corrupt tail.
 * `onRecord` receives each intact record in file order. `fresh` empties the file first.
 */
export async function openJsonl(file: string, opts: { fresh?: boolean; onRecord?: (record: Record<string, unknown>) => void } = {}): Promise<JsonlAppender> {
  const fd = fs.openSync(file, 'a+');
  try {
    if (opts.fresh) fs.ftruncateSync(fd, 0);
    else {
      const good = await scanIntact(file, opts.onRecord ?? (() => undefined));
      if (good < fs.fstatSync(fd).size) {
        fs.ftruncateSync(fd, good);
        fs.fsyncSync(fd);
      }
    }
  } catch (err) {
    fs.closeSync(fd);
    throw err;
  }
  let unsynced = 0;
  const appendLine = (line: Uint8Array): void => {
    if (line.length === 0 || line.indexOf(0x0a) !== line.length - 1) throw new Error('internal: appendLine takes exactly one line ending with its newline');
    writeAll(fd, line);
    if (++unsynced >= SYNC_EVERY) {
      fs.fsyncSync(fd);
      unsynced = 0;
    }
  };
  const appendJson = (json: string): void => appendLine(Buffer.from(json + '\n', 'utf8'));
  return {
    file,
    append: (record) => appendJson(JSON.stringify(record)),
    appendJson,
    appendLine,
    sync() {
      fs.fsyncSync(fd);
      unsynced = 0;
    },
    close() {
      fs.fsyncSync(fd);
      fs.closeSync(fd);
    },
  };
}

/** Write a whole buffer; a regular file takes it in one call, the loop is for the rare short write. */
function writeAll(fd: number, buf: Uint8Array): void {
  let off = 0;
  while (off < buf.length) off += fs.writeSync(fd, buf, off, buf.length - off);
}

/**
 * Read `file` line by line; return the byte length of its intact prefix: whole lines,
 * each a JSON object, up to the first that is not.
 */
async function scanIntact(file: string, onRecord: (record: Record<string, unknown>) => void): Promise<number> {
  let good = 0;
  let pending: Buffer[] = [];
  let broken = false;
  const take = (line: Buffer): boolean => {
    try {
      const value: unknown = JSON.parse(line.toString('utf8'));
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
      onRecord(value as Record<string, unknown>);
      return true;
    } catch {
      return false;
    }
  };
  for await (const raw of fs.createReadStream(file)) {
    const chunk = raw as Buffer;
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      pending.push(chunk.subarray(start, nl));
      const line = Buffer.concat(pending);
      pending = [];
      start = nl + 1;
      if (!take(line)) {
        broken = true;
        break;
      }
      good += line.length + 1;
    }
    if (broken) break;
    if (start < chunk.length) pending.push(Buffer.from(chunk.subarray(start)));
  }
  // Whatever is left in `pending` is a line with no newline: torn, cut off.
  return good;
}

/** Write JSON to `file` atomically: temp file in the same folder, fsync, rename. */
export function writeJsonAtomic(file: string, value: unknown): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    writeAll(fd, Buffer.from(JSON.stringify(value, null, 2) + '\n', 'utf8'));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
