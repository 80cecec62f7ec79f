/** Plain-text tables of a tally, per task and per type. */
import { ENTITY_TYPES, micro, rates, type Prf, type Tally } from './score';

const pct = (x: number) => x.toFixed(3);

function row(label: string, c: Prf): string {
  const r = rates(c);
  return `  ${label.padEnd(14)} ${pct(r.precision).padStart(7)} ${pct(r.recall).padStart(7)} ${pct(r.f1).padStart(7)} ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}`;
}
const header = `  ${''.padEnd(14)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'tp'.padStart(6)} ${'fp'.padStart(6)} ${'fn'.padStart(6)}`;

export function formatTally(t: Tally, title: string): string {
  const lines: string[] = [`${title}: ${t.documents} documents`];
  if (t.entities) {
    for (const mode of ['strict', 'lenient'] as const) {
      lines.push(`entity mentions (${mode})`, header);
      for (const k of ENTITY_TYPES) lines.push(row(k, t.entities[mode][k]));
      lines.push(row('micro', micro(t.entities[mode])));
    }
    const e = t.entities.entities;
    if (e.gold > 0) {
      lines.push(`entities: found ${e.found}/${e.gold} (${pct(e.found / e.gold)}), canonical right ${e.canonicalRight}/${e.found} (${pct(e.found ? e.canonicalRight / e.found : 0)})`);
    }
  }
  if (t.dates) {
    lines.push('dates (span overlap)', header, row('DATE', t.dates.spans));
    lines.push(`  value accuracy ${pct(t.dates.matched ? t.dates.valueRight / t.dates.matched : 0)} (${t.dates.valueRight}/${t.dates.matched})`);
    if (t.dates.valueConvention > 0) {
      const both = t.dates.valueRight + t.dates.valueConvention;
      lines.push(
        `  of the wrong values, ${t.dates.valueConvention} differ from the gold only by a TimeML convention ANNOTATION.md writes otherwise ` +
          `(part of day, weekend, decade, unresolved or unpadded unit, non-date value); counting those: ${pct(both / t.dates.matched)} (${both}/${t.dates.matched})`,
      );
    }
  }
  if (t.claims) {
    lines.push('claims (content overlap >= half the longer)', header, row('content', t.claims.content));
    lines.push(`  speaker accuracy ${pct(t.claims.matched ? t.claims.speakerRight / t.claims.matched : 0)} (${t.claims.speakerRight}/${t.claims.matched})`);
    const kinds = Object.entries(t.claims.byKind).sort(([a], [b]) => a.localeCompare(b));
    lines.push(`  recall by gold kind: ${kinds.map(([k, v]) => `${k} ${v.matched}/${v.gold}`).join(', ')}`);
  }
  return lines.join('\n');
}
