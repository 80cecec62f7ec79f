/**
 * A parsed JSON value to an article input, or a rejection saying why it is not one.
 *
 * Fields (CONTRACT.md): `id` and `text` required; `publishedDate` (also `date`,
 * `published_at`, `publication_date`), `title`, `url`, `source`, `meta` optional.
 * Problems with optional fields do not reject the article: the field is dropped and a
 * warning goes into the record's `messages` (a drop with one bad date field should
 * still yield its entities and claims). Other fields (gold annotations, say) are ignored.
 */
import type { ArticleInput, Message } from '../pipeline/document';
import type { InputLocation } from '../types/error';
import { parseFullDate } from '../pipeline/metadata';
import { articleHash } from './hash';

/** An input that cannot become an article record: one line of errors.jsonl, before versions are added. */
export interface Rejection {
  location: InputLocation;
  id?: string;
  sha256?: string;
  ruleId: string;
  reason: string;
}

/** The date fields, in the order they are looked at. */
export const DATE_FIELDS = ['publishedDate', 'date', 'published_at', 'publication_date'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function warning(ruleId: string, message: string): Message {
  return { severity: 'warning', stage: 'input', ruleId, message };
}

/**
 * Build the article input from one JSON value read at `location`.
 * `sha256` is the hash of the value's bytes, put on a rejection so the user can find it.
 */
export function toArticleInput(value: unknown, location: InputLocation, sha256?: string): { ok: true; input: ArticleInput } | { ok: false; rejection: Rejection } {
  const reject = (ruleId: string, reason: string, id?: string): { ok: false; rejection: Rejection } => ({
    ok: false,
    rejection: { location, ...(id !== undefined ? { id } : {}), ...(sha256 ? { sha256 } : {}), ruleId, reason },
  });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return reject('input/not-article', `expected an article object with id and text, found ${describe(value)}`);
  }
  const obj = value as Record<string, unknown>;
  // Numeric ids are common in exports; they are read as their decimal string.
  const rawId = obj.id;
  const id = typeof rawId === 'string' ? rawId : typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : undefined;
  if (id === undefined || id.trim() === '') {
    return reject('input/not-article', rawId === undefined ? 'the article has no id' : `the article id is ${describe(rawId)}${typeof rawId === 'string' ? ' that is blank' : ''}, not a non-empty string`);
  }
  if (!('text' in obj)) return reject('input/not-article', 'the article has no text field', id);
  if (typeof obj.text !== 'string') return reject('input/not-article', `the article text is ${describe(obj.text)}, not a string`, id);
  const text = obj.text;
  if (text.trim() === '') return reject('input/empty', text === '' ? 'the article text is empty' : 'the article text is only whitespace', id);

  const messages: Message[] = [];
  let publishedDate: string | null = null;
  let publishedDateRaw: unknown;
  const dateField = DATE_FIELDS.find((f) => obj[f] !== undefined && obj[f] !== null);
  if (dateField) {
    const raw = obj[dateField];
    publishedDate = typeof raw === 'string' ? parseFullDate(raw) : null;
    if (publishedDate === null) {
      publishedDateRaw = raw;
      messages.push(warning('input/bad-published-date', `${dateField} ${JSON.stringify(raw)} is not a date (YYYY-MM-DD or a full written date); ignored`));
    }
  }
  const input: ArticleInput = { id, text, publishedDate, source: { ...location, sha256: articleHash(id, text, publishedDate) } };
  // The source only keeps path and line: a byte offset or array index is for errors.
  delete (input.source as { byteOffset?: number }).byteOffset;
  delete (input.source as { index?: number }).index;
  if (publishedDateRaw !== undefined) input.publishedDateRaw = publishedDateRaw;
  for (const field of ['title', 'url'] as const) {
    const v = obj[field];
    if (typeof v === 'string') input[field] = v;
    else if (v !== undefined && v !== null) messages.push(warning('input/bad-field', `${field} is ${describe(v)}, not a string; ignored`));
  }
  if (obj.meta !== undefined && obj.meta !== null) {
    if (typeof obj.meta === 'object' && !Array.isArray(obj.meta)) input.meta = obj.meta as Record<string, unknown>;
    else messages.push(warning('input/bad-field', `meta is ${describe(obj.meta)}, not an object; ignored`));
  }
  // The input's own `source` (a publisher name, a feed) is kept beside where it was read.
  if (typeof obj.source === 'string' || (typeof obj.source === 'object' && obj.source !== null && !Array.isArray(obj.source))) {
    input.source.given = obj.source as string | Record<string, unknown>;
  } else if (obj.source !== undefined && obj.source !== null) {
    messages.push(warning('input/bad-field', `source is ${describe(obj.source)}, not a string or an object; ignored`));
  }
  if (messages.length > 0) input.messages = messages;
  return { ok: true, input };
}
