/**
 * Bytes to text, strictly: invalid UTF-8 is rejected with the byte offset of the first
 * bad sequence, never replaced with U+FFFD (a replaced character would shift no
 * offsets, but it would silently change the words the pipeline reads).
 *
 * The byte order mark is KEPT as the first character (U+FEFF) of a text file. Offsets
 * point into the text as read, and the usual ways of reading a file keep it
 * (`fs.readFileSync(f, 'utf8')` in Node, `open(f, encoding='utf-8')` in Python), so a
 * consumer who re-reads the file gets the same offsets. `metadata.ts` already reads a
 * dateline after a BOM. For JSON and JSONL the BOM sits outside any article text and is
 * dropped before parsing (`stripBom`).
 */

export type Decoded = { ok: true; text: string } | { ok: false; byteOffset: number; reason: string };

// ignoreBOM: true means "do not strip it" in the WHATWG decoder's terms.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode UTF-8 or report where the first ill-formed sequence starts. `base` is the
 * position of `bytes` in its file (a JSONL line's start), added to the offset reported.
 */
export function decodeUtf8(bytes: Uint8Array, base = 0): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const shown = Array.from(bytes.subarray(at, at + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    return { ok: false, byteOffset: base + at, reason: `not valid UTF-8: bad byte sequence at byte ${base + at} of the file (${shown})` };
  }
}

/**
 * Index of the lead byte of the first ill-formed UTF-8 sequence, or -1 when the bytes
 * are well-formed (Unicode Table 3-7: no overlongs, no surrogates, nothing past U+10FFFF,
 * no sequence cut off at the end).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  const cont = (j: number, lo = 0x80, hi = 0xbf): boolean => j < n && bytes[j] >= lo && bytes[j] <= hi;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i += 1;
    } else if (b >= 0xc2 && b <= 0xdf) {
      if (!cont(i + 1)) return i;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      const lo = b === 0xe0 ? 0xa0 : 0x80;
      const hi = b === 0xed ? 0x9f : 0xbf;
      if (!cont(i + 1, lo, hi) || !cont(i + 2)) return i;
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const lo = b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xf4 ? 0x8f : 0xbf;
      if (!cont(i + 1, lo, hi) || !cont(i + 2) || !cont(i + 3)) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return -1;
}

/**
 * True for bytes that are not text: a NUL byte in the first 64 KiB (no text encoding a
 * news article would use puts one there; UTF-16 files and images do), or more than 10%
 * control bytes other than tab, line ends, form feed and escape in the first 8 KiB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  if (head.includes(0)) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * A UTF-16 byte order mark (FF FE or FE FF): the usual "wrong encoding" of an export
 * saved from a Windows tool. Named in the rejection so the user knows to re-save it as
 * UTF-8 (its NUL bytes would otherwise only say "binary").
 */
export function utf16Bom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  return null;
}

/** Drop a leading U+FEFF (used for JSON and JSONL, where it is not part of any text). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
