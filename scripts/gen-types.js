#!/usr/bin/env node
// Generate src/types/*.ts from schemas/*.schema.json (the schemas are the source of
// truth). `--check` exits 1 when the committed types differ from what the schemas give;
// `--print NAME` writes one generated file to stdout.
const fs = require('fs');
const path = require('path');
const { compile } = require('json-schema-to-typescript');

const root = path.join(__dirname, '..');
const SCHEMAS = ['article', 'error', 'manifest'];

async function generate(name) {
  const file = path.join(root, 'schemas', `${name}.schema.json`);
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  return compile(schema, schema.title, {
    bannerComment: `/* Generated from schemas/${name}.schema.json by scripts/gen-types.js. Do not edit: change the schema and run npm run gen:types. */`,
    additionalProperties: false,
    style: { singleQuote: true, printWidth: 100 },
    cwd: path.join(root, 'schemas'),
    ignoreMinAndMaxItems: true,
  });
}

async function main() {
  const printAt = process.argv.indexOf('--print');
  if (printAt !== -1) {
    // Print one generated file to stdout (used by the drift test, which cannot load
    // prettier's dynamic imports inside jest's module system).
    process.stdout.write(await generate(process.argv[printAt + 1]));
    return;
  }
  const check = process.argv.includes('--check');
  let drift = false;
  for (const name of SCHEMAS) {
    const out = await generate(name);
    const target = path.join(root, 'src', 'types', `${name}.ts`);
    if (check) {
      const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
      if (current !== out) {
        drift = true;
        console.error(`src/types/${name}.ts differs from schemas/${name}.schema.json: run npm run gen:types`);
      }
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, out);
    }
  }
  process.exit(drift ? 1 : 0);
}

module.exports = { generate, SCHEMAS };
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
