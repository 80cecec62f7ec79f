/**
 * The JSON Schemas are the source of truth; src/types is generated from them.
 * This fails when someone edits one without regenerating the other.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const root = path.join(__dirname, '..');
const generated = (name: string): string =>
  execFileSync(process.execPath, [path.join(root, 'scripts', 'gen-types.js'), '--print', name], { encoding: 'utf8' });

describe('generated types', () => {
  const schemas = fs
    .readdirSync(path.join(root, 'schemas'))
    .filter((f) => f.endsWith('.schema.json'))
    .map((f) => f.replace('.schema.json', ''))
    .sort();

  it('covers the three records that leave the process', () => {
    expect(schemas).toEqual(['article', 'error', 'manifest']);
  });

  it.each(schemas)('src/types/%s.ts is what the schema generates', (name) => {
    const committed = fs.readFileSync(path.join(root, 'src', 'types', `${name}.ts`), 'utf8');
    expect(committed).toBe(generated(name));
  });
});
