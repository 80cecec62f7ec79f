/**
 * Inside a quote, "today" and "yesterday" count from the day the words were spoken,
 * when the article says which day that was: in `"We met yesterday," he said on
 * Monday.` yesterday is the Sunday before that Monday, not the day before publication.
 */
import type { DateMention } from '../../pipeline/document';
import { addDays, fmtDay, parseYmd } from './calendar';
import type { Meaning } from './patterns';

const QUOTE = /["\u201C\u201D\u201E\u00AB\u00BB]/g;

/** The span of the quote holding `offset` within its paragraph, or null. */
function quoteAround(text: string, offset: number): { open: number; close: number } | null {
  const paraStart = Math.max(text.lastIndexOf('\n\n', offset), 0);
  const nextBreak = text.indexOf('\n\n', offset);
  const paraEnd = nextBreak < 0 ? text.length : nextBreak;
  const marks: number[] = [];
  QUOTE.lastIndex = paraStart;
  for (let m = QUOTE.exec(text); m !== null && m.index < paraEnd; m = QUOTE.exec(text)) marks.push(m.index);
  // Pair marks in order: odd ones open, even ones close.
  for (let i = 0; i + 1 < marks.length; i += 2) {
    if (marks[i] < offset && offset < marks[i + 1]) return { open: marks[i], close: marks[i + 1] };
  }
  return null;
}

/** Where the attribution of a quote can say when it was spoken: its sentence around the quote. */
function attributionWindow(text: string, q: { open: number; close: number }): Array<[number, number]> {
  const tail = text.slice(q.close + 1, q.close + 200);
  const stop = /[.!?](?=\s)|\n|["\u201C\u201D]/.exec(tail);
  const after: [number, number] = [q.close + 1, q.close + 1 + (stop ? stop.index : tail.length)];
  const headStart = Math.max(0, q.open - 200);
  const head = text.slice(headStart, q.open);
  const lastStop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('"'), head.lastIndexOf('\u201D'));
  const before: [number, number] = [headStart + lastStop + 1, q.open];
  return [after, before];
}

/**
 * Re-anchor quoted relative days on the day their attribution names. Mentions and
 * meanings are parallel arrays; returns the mentions, updated where a rebase applies.
 */
export function rebaseQuotedDays(text: string, mentions: DateMention[], meanings: readonly Meaning[]): DateMention[] {
  for (let i = 0; i < mentions.length; i++) {
    const meaning = meanings[i];
    if (meaning.kind !== 'relative' || meaning.unit !== 'day') continue;
    const q = quoteAround(text, mentions[i].start);
    if (!q) continue;
    for (const [a, b] of attributionWindow(text, q)) {
      const said = mentions.find(
        (m, k) => k !== i && m.start >= a && m.end <= b && m.granularity === 'day' && m.value !== null && !(meanings[k].kind === 'relative'),
      );
      const day = said ? parseYmd(said.value) : null;
      if (!day) continue;
      const x = addDays(day, meaning.n);
      mentions[i] = { ...mentions[i], value: fmtDay(x.y, x.m, x.d), anchor: said!.anchor };
      break;
    }
  }
  return mentions;
}
