/**
 * Shared by the CLI and kill tests: a seeded generator of article drops, and a way to
 * run the built CLI (`dist/cli.js`; `npm test` builds it first).
 */
import fs from 'fs';
import path from 'path';
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { seededRandom } from '../src/bench/corpus';

export const CLI = path.join(__dirname, '..', 'dist', 'cli.js');

/** A seeded PRNG (the benchmark's), so a failing run can be repeated exactly. */
export const prng = seededRandom;

// Made-up people and places; the articles only need to be news-shaped.
const PEOPLE = ['Maria Lopez', 'Tomas Berg', 'Aisha Khan', 'Peter Novak', 'Lena Fischer', 'David Osei'];
const PLACES = ['Lisbon', 'Nairobi', 'Oslo', 'Toronto', 'Manila', 'Santiago'];
const ORGS = ['the Harbour Authority', 'the Ministry of Transport', 'Northwind Energy', 'the City Council'];
const DAYS = ['on Monday', 'on Tuesday', 'yesterday', 'last week', 'on 3 March'];

/** One article of 3 to 6 sentences, with a quote and reported speech. */
export function article(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const sentences = [
    `${pick(PEOPLE)} arrived in ${pick(PLACES)} ${pick(DAYS)} for talks with ${pick(ORGS)}.`,
    `"We expect an agreement before the summer," ${pick(PEOPLE)} told reporters.`,
    `${pick(ORGS).replace(/^the /, 'The ')} said that the plan would cost less than feared.`,
    `Officials in ${pick(PLACES)} warned that delays were likely.`,
    `According to ${pick(PEOPLE)}, the port in ${pick(PLACES)} will reopen ${pick(DAYS)}.`,
    `"Nothing is settled," said ${pick(PEOPLE)}.`,
  ];
  const n = 3 + Math.floor(rand() * 4);
  return sentences.slice(0, n).join(' ') + '\n';
}

/**
 * Write a drop of `n` articles into `dir`: a third as .txt files, the rest as lines of
 * two .jsonl files, plus one malformed JSONL line (so errors.jsonl is exercised too).
 */
export function writeDrop(dir: string, n: number, seed: number): void {
  const rand = prng(seed);
  fs.mkdirSync(path.join(dir, 'wire'), { recursive: true });
  const lines: string[][] = [[], []];
  for (let i = 0; i < n; i++) {
    const id = `a${String(i).padStart(3, '0')}`;
    const text = article(rand);
    if (i % 3 === 0) fs.writeFileSync(path.join(dir, `${id}.txt`), text);
    else lines[i % 2].push(JSON.stringify({ id, text, publishedDate: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}` }));
  }
  lines[0].splice(1, 0, '{"id": "broken", "text": ');
  fs.writeFileSync(path.join(dir, 'wire', 'feed-1.jsonl'), lines[0].join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'wire', 'feed-2.ndjson'), lines[1].join('\n') + '\n');
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run the CLI to the end. */
export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: opts.input, cwd: opts.cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the CLI without waiting (for kill tests). */
export function startCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function lines(file: string): string[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
}
