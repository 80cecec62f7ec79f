import { createHash } from 'crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The re-run key of an article: its id, text and publication date as read. */
export function articleHash(id: string, text: string, publishedDate: string | null): string {
  return sha256(JSON.stringify([id, text, publishedDate]));
}
