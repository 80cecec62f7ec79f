/** Versions written into every record. */
import fs from 'fs';
import path from 'path';

/** Bump the `const` of schemas/*.schema.json's schemaVersion and this together. */
export const SCHEMA_VERSION = '1.1.0' as const;

/** The package root, found from both src/ (ts-jest) and dist/ (built). */
export const PACKAGE_ROOT = path.join(__dirname, '..');

/** The pipeline's version: a record made by another version is reprocessed on re-run. */
export const PIPELINE_VERSION: string = (
  JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
