/**
 * The benchmark corpus: seeded variants of the fixture articles, or a folder of the
 * user's own articles.
 *
 * Variants are generated, never taken from evaluation data. They change what a
 * pipeline's cost could depend on: paragraph order, names (made-up ones, so that
 * wink-nlp's lexicon keeps growing as it would over a real drop), numbers, and length
 * (a paragraph dropped or borrowed from another article). The same seed gives the
 * same corpus, so two bench runs measure the same work.
 */
import fs from 'fs';
import path from 'path';
import type { ArticleInput } from '../pipeline/document';
import { articleHash } from '../io/hash';

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'br', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'k', 'kl', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'ck', 'nd', 'sk'];

/** A pronounceable made-up word of 2-3 syllables, so wink sees words it has never seen. */
export function madeUpWord(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const syllables = 2 + Math.floor(random() * 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(ONSETS) + pick(VOWELS) + (i === syllables - 1 ? pick(CODAS) : '');
  return word;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Split into paragraphs (blocks separated by blank lines). */
function paragraphs(text: string): string[] {
  return text.split(/\n[ \t]*\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * One variant of `base`: paragraphs shuffled after the lead, sometimes one dropped or
 * one borrowed from `other`, a third of the capitalised words inside sentences
 * replaced by made-up names (consistently within the article), digits changed, and a
 * few long lower-case words replaced by made-up ones.
 */
export function makeVariant(base: string, other: string, random: () => number): string {
  const paras = paragraphs(base);
  const [lead, ...body] = paras;
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  const roll = random();
  if (roll < 0.25 && body.length > 2) body.splice(Math.floor(random() * body.length), 1);
  else if (roll > 0.75) {
    const extra = paragraphs(other);
    if (extra.length > 1) body.splice(Math.floor(random() * (body.length + 1)), 0, extra[1 + Math.floor(random() * (extra.length - 1))]);
  }
  const names = new Map<string, string>();
  const swapped = [lead, ...body].map((p) =>
    p
      // A capitalised word after a lower-case word or a comma is a name, not a sentence start.
      .replace(/(?<=[a-z,] )[A-Z][a-z]{2,}\b/g, (word) => {
        let name = names.get(word);
        if (name === undefined) {
          name = random() < 0.35 ? capitalise(madeUpWord(random)) : word;
          names.set(word, name);
        }
        return name;
      })
      .replace(/\d/g, () => String(Math.floor(random() * 10)))
      .replace(/\b[a-z]{9,}\b/g, (word) => (random() < 0.03 ? madeUpWord(random) : word)),
  );
  return swapped.join('\n\n') + '\n';
}

function toInput(id: string, text: string, filePath?: string): ArticleInput {
  return { id, text, publishedDate: null, source: { ...(filePath ? { path: filePath } : {}), sha256: articleHash(id, text, null) } };
}

/** `count` seeded variants of the `.txt` files in `fixtureDir`, cycling through them. */
export function generateCorpus(fixtureDir: string, count: number, seed = 20240601): ArticleInput[] {
  const files = fs
    .readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no .txt fixtures in ${fixtureDir}`);
  const bases = files.map((f) => fs.readFileSync(path.join(fixtureDir, f), 'utf8'));
  const random = seededRandom(seed);
  const out: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length];
    const other = bases[(i + 1) % bases.length];
    out.push(toInput(`variant-${String(i).padStart(6, '0')}`, makeVariant(base, other, random)));
  }
  return out;
}

/**
 * The user's own articles: `.txt`/`.md` files (one article each) and `.jsonl`/`.ndjson`
 * lines with `id` and `text`, walked recursively. A bench reader, not the extract
 * command's: it skips what it cannot read instead of reporting it.
 */
export function readCorpusFolder(dir: string): ArticleInput[] {
  const out: ArticleInput[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(entry.name)) out.push(toInput(entry.name.replace(/\.[^.]+$/, ''), fs.readFileSync(p, 'utf8'), p));
      else if (/\.(jsonl|ndjson)$/.test(entry.name)) {
        fs.readFileSync(p, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (line.trim() === '') return;
            try {
              const obj = JSON.parse(line) as { id?: unknown; text?: unknown };
              if (typeof obj.text === 'string') out.push(toInput(String(obj.id ?? `${entry.name}:${i + 1}`), obj.text, p));
            } catch {
              // not an article line: the bench measures what it can read
            }
          });
      }
    }
  };
  walk(dir);
  return out;
}
