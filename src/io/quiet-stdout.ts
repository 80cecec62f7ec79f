/**
 * Keep stdout for records. Loaded first by the CLI, before any library: a dependency
 * that prints when it is loaded or while it runs (dotenv, pulled in by `natural`,
 * prints a banner with console.log) would otherwise put a non-JSON line into
 * `--out -` output.
 */

// dotenv reads this at load time; an explicit user setting wins.
process.env.DOTENV_CONFIG_QUIET ??= 'true';

/** Send console.log/info/debug to stderr for the rest of the process (used by `--out -`). */
export function keepStdoutForRecords(): void {
  const toStderr = (...args: unknown[]): void => {
    console.error(...args);
  };
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}
