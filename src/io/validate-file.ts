/** `newsx validate FILE`: every line checked against the article schema. */
import fs from 'fs';
import { describeErrors, validateArticle } from '../schema/validate';

/** Returns 0 when every line is a valid record, 65 otherwise; prints each invalid line's reasons. */
export function validateCommand(file: string, out: (s: string) => void = (s) => process.stdout.write(s + '\n')): number {
  const validate = validateArticle();
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let bad = 0;
  lines.forEach((line, i) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      bad++;
      out(`${file}:${i + 1}: not JSON: ${(err as Error).message}`);
      return;
    }
    if (!validate(value)) {
      bad++;
      out(`${file}:${i + 1}: ${describeErrors(validate.errors).join('; ')}`);
    }
  });
  out(`${file}: ${lines.length - bad} valid, ${bad} invalid of ${lines.length} lines`);
  return bad > 0 ? 65 : 0;
}
