#!/usr/bin/env node
/**
 * Turn a hand-written annotation spec into a gold file with exact offsets, so that the
 * team writes fixtures by naming strings, never by counting characters.
 *
 *   node scripts/make-fixture.js fixtures/team/<id>.spec.json   -> fixtures/team/<id>.gold.json
 *
 * The spec sits beside `<id>.txt` and has the gold file's shape (ANNOTATION.md), with
 * strings where spans go:
 *   - "Kyiv" must occur exactly once in the text as a whole word; "Kyiv@2" is its second
 *     whole-word occurrence; "Kyiv@*" (entity mentions only) is every occurrence;
 *   - a claim's content must occur exactly once (as a plain substring);
 *   - a claim's cue and speaker mention without "@n" are the occurrence nearest to
 *     the claim's content.
 * dates are [text, value] pairs. Anything not found, or ambiguous, stops the script
 * with the reason; it prints every claim with its context so the spans can be checked.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

function occurrences(text, needle, wholeWord) {
  const found = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    if (wholeWord && (isWordChar(text[i - 1]) || isWordChar(text[i + needle.length]))) continue;
    found.push({ start: i, end: i + needle.length, text: needle });
  }
  return found;
}

function parseRef(ref) {
  const m = /^(.*)@(\d+|\*)$/.exec(ref);
  return m ? { needle: m[1], which: m[2] } : { needle: ref, which: null };
}

function fail(message) {
  process.stderr.write(`make-fixture: ${message}\n`);
  process.exit(1);
}

/** Spans of a reference; `near` picks the occurrence closest to a span when no @n is given. */
function resolve(text, ref, { wholeWord = true, near = null, all = false } = {}) {
  const { needle, which } = parseRef(ref);
  const found = occurrences(text, needle, wholeWord);
  if (found.length === 0) fail(`"${needle}" does not occur in the text`);
  if (which === '*') {
    if (!all) fail(`"${ref}": @* is only for entity mentions`);
    return found;
  }
  if (which !== null) {
    const n = Number(which);
    if (n > found.length) fail(`"${ref}": only ${found.length} occurrences`);
    return [found[n - 1]];
  }
  if (near) {
    const distance = (s) => (s.end <= near.start ? near.start - s.end : s.start >= near.end ? s.start - near.end : 0);
    return [found.slice().sort((a, b) => distance(a) - distance(b))[0]];
  }
  if (found.length > 1) fail(`"${needle}" occurs ${found.length} times: say which with @n`);
  return found;
}

function main() {
  const specPath = process.argv[2];
  if (!specPath || !specPath.endsWith('.spec.json')) fail('usage: make-fixture.js DIR/<id>.spec.json');
  const id = path.basename(specPath, '.spec.json');
  const dir = path.dirname(specPath);
  const text = fs.readFileSync(path.join(dir, `${id}.txt`), 'utf8');
  const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));

  const entities = spec.entities.map((e) => ({
    type: e.type,
    canonical: e.canonical,
    mentions: e.mentions.flatMap((ref) => resolve(text, ref, { all: true })).sort((a, b) => a.start - b.start),
  }));
  const seen = new Map();
  for (const e of entities) {
    for (const m of e.mentions) {
      const key = `${m.start}:${m.end}`;
      if (seen.has(key)) fail(`mention "${m.text}" at ${m.start} belongs to both ${seen.get(key)} and ${e.canonical}`);
      seen.set(key, e.canonical);
    }
  }
  const dates = spec.dates.map(([ref, value]) => ({ ...resolve(text, ref)[0], value }));
  const claims = spec.claims.map((c) => {
    const content = resolve(text, c.content, { wholeWord: false })[0];
    const cue = c.cue === null ? null : resolve(text, c.cue, { near: content })[0];
    const mention = c.speaker.mention === null ? null : resolve(text, c.speaker.mention, { near: cue ?? content })[0];
    process.stdout.write(
      `${c.kind.padEnd(8)} ${JSON.stringify(text.slice(Math.max(0, content.start - 60), content.start))} [[${content.text.slice(0, 50)}...]]` +
        `  cue@${cue ? cue.start : '-'} ${cue ? cue.text : null}  speaker@${mention ? mention.start : '-'} ${mention ? JSON.stringify(text.slice(mention.start - 20, mention.end + 10)) : null}\n`,
    );
    return { kind: c.kind, content, cue, speaker: { name: c.speaker.name, mention } };
  });
  const gold = { id, publishedDate: spec.publishedDate, entities, dates, claims };
  for (const span of [...entities.flatMap((e) => e.mentions), ...dates, ...claims.flatMap((c) => [c.content, c.cue, c.speaker.mention])]) {
    if (span && text.slice(span.start, span.end) !== span.text) fail(`offset check failed for "${span.text}"`);
  }
  fs.writeFileSync(path.join(dir, `${id}.gold.json`), JSON.stringify(gold, null, 2) + '\n');
  process.stdout.write(`wrote ${path.join(dir, `${id}.gold.json`)}: ${entities.length} entities, ${dates.length} dates, ${claims.length} claims\n`);
}

main();
