#!/usr/bin/env node
/**
 * The newsx command line: extract, eval, validate. Exit codes (CONTRACT.md):
 * 0 all inputs processed, 65 some inputs rejected, 2 usage error, 1 internal failure.
 */
// First: stdout carries records, so no library may print there while loading.
import { keepStdoutForRecords } from './io/quiet-stdout';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import type { evalCommand as EvalCommand } from './eval/run';
import { validateCommand } from './io/validate-file';
import { extractCommand } from './io/extract';
import { PIPELINE_VERSION } from './version';

export const EXIT = { ok: 0, internal: 1, usage: 2, rejected: 65 } as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command()
    .name('newsx')
    .description('News articles in, JSON Lines out: people, organizations, places, dates and attributed claims.')
    .version(PIPELINE_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  program
    .command('extract')
    .description('process articles (files, folders, or - for JSONL on stdin) into articles.jsonl, errors.jsonl and manifest.json')
    .argument('[input...]', 'files or folders (walked recursively), or - for JSONL on stdin', [])
    .option('--out <dir>', 'output folder, or - for article records on stdout', 'output')
    .option('--workers <n>', 'worker threads (default: the number of cores)', positiveInt)
    .option('--force', 'reprocess articles already in articles.jsonl')
    .option('--max-bytes <n>', 'reject inputs larger than this many bytes', positiveInt)
    .option('--timeout-ms <n>', 'per-article time limit in milliseconds', positiveInt)
    .option('--no-progress', 'never show progress')
    .action(async (inputs: string[], opts) => {
      if (opts.out === '-') keepStdoutForRecords();
      code = await extractCommand({ inputs: inputs.length ? inputs : ['input'], ...opts });
    });

  program
    .command('eval')
    .description('score the pipeline against gold: fixtures (<id>.txt + <id>.gold.json) or a JSONL gold set')
    .argument('[dir]', 'fixtures folder', 'fixtures')
    .option('--gold <file>', 'a JSONL gold set (../shared/eval/*.jsonl)')
    .option('--limit <n>', 'only the first n documents of --gold', positiveInt)
    .option('--baseline <file>', 'baseline scores to compare with (default: <dir>/baseline.json for fixtures)')
    .option('--update-baseline', 'rewrite the baseline with the current scores')
    .option('--json', 'print the scores as JSON')
    .action((dir: string, opts) => {
      // Loaded here, not at the top: extract runs the pipeline in worker threads, and
      // loading it on the main thread as well would cost a second of start-up per run.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { evalCommand } = require('./eval/run') as { evalCommand: typeof EvalCommand };
      const baseline = opts.baseline ?? (opts.gold ? undefined : `${dir}/baseline.json`);
      code = evalCommand({ dir, gold: opts.gold, limit: opts.limit, baseline, updateBaseline: opts.updateBaseline, json: opts.json });
    });

  program
    .command('validate')
    .description('check every line of a JSONL file of article records against the schema')
    .argument('<file>', 'articles.jsonl')
    .action((file: string) => {
      code = validateCommand(file);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    process.stderr.write(`newsx: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return EXIT.internal;
  }
  return code;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`newsx: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
