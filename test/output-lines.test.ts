/**
 * JsonlAppender.appendLine (src/io/output.ts): a record line that arrives as UTF-8 bytes
 * (from a pool worker) is written as it is, and only whole lines are accepted, so the
 * file keeps its one-record-per-line shape that the torn-tail repair relies on.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { openJsonl } from '../src/io/output';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('appendLine', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-lines-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('bytes are appended as they are, after the same repair as append', async () => {
    const file = path.join(dir, 'a.jsonl');
    fs.writeFileSync(file, '{"a":1}\n{"a":');
    const seen: unknown[] = [];
    const out = await openJsonl(file, { onRecord: (r) => seen.push(r) });
    out.appendLine(utf8('{"b":"“é”"}\n'));
    out.append({ c: 2 });
    out.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a":1}\n{"b":"“é”"}\n{"c":2}\n');
    expect(seen).toEqual([{ a: 1 }]);
  });

  test('a view into a larger buffer writes only its own bytes', async () => {
    const file = path.join(dir, 'b.jsonl');
    const whole = utf8('xx{"v":1}\nyy');
    const out = await openJsonl(file, { fresh: true });
    out.appendLine(whole.subarray(2, 10));
    out.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('{"v":1}\n');
  });

  test.each([
    ['no final newline', '{"a":1}'],
    ['two lines', '{"a":1}\n{"a":2}\n'],
    ['a newline inside', '{"a":\n1}\n'],
    ['empty', ''],
  ])('%s is refused and nothing is written', async (_name, text) => {
    const file = path.join(dir, 'c.jsonl');
    const out = await openJsonl(file, { fresh: true });
    expect(() => out.appendLine(utf8(text))).toThrow(/one line/);
    out.close();
    expect(fs.readFileSync(file, 'utf8')).toBe('');
  });
});
