/**
 * Publication date: from the input's metadata, else from a marker at the top of the
 * text (`date 2023-12-01`, `Date: 1 December 2023`, `Published: Dec. 1, 2023`).
 * The text is not changed: the marker stays where it is and is reported as a span.
 */
import type { Span } from './document';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** True when `y-m-d` is a real calendar day. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function iso(y: number, m: number, d: number): string | null {
  if (!isCalendarDate(y, m, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Read a date written in one of the common full forms: `2023-12-01`, `2023/12/01`,
 * `1 December 2023`, `December 1, 2023`, `Dec. 1 2023`, or an ISO timestamp.
 * Returns `YYYY-MM-DD` or null (never a guessed year).
 */
export function parseFullDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]);
  m = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) return iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]);
  return null;
}

const MARKER =
  /^[\s\uFEFF]*(?:date|dated|published|publication date|pubdate)\s*[:=]?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})/i;

export interface Dateline {
  publishedDate: string;
  /** The date itself inside the marker (`2023-12-01` of `date 2023-12-01`). */
  date: Span;
  /** The whole marker. */
  marker: Span;
}

/** Find a publication-date marker at the very top of the text. */
export function findDateline(text: string): Dateline | null {
  const m = MARKER.exec(text.slice(0, 200));
  if (!m) return null;
  const value = parseFullDate(m[1]);
  if (value === null) return null;
  const end = m.index + m[0].length;
  const start = end - m[1].length;
  const markerStart = m[0].length - m[0].trimStart().length;
  return {
    publishedDate: value,
    date: { start, end, text: text.slice(start, end) },
    marker: { start: markerStart, end, text: text.slice(markerStart, end) },
  };
}
