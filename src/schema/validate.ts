/**
 * ajv validators for the records that leave the process, compiled once from
 * schemas/*.schema.json (the source of truth; src/types is generated from them).
 */
import fs from 'fs';
import path from 'path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ArticleRecord } from '../types/article';
import type { ErrorRecord } from '../types/error';
import type { Manifest } from '../types/manifest';

/** The schemas folder, found from both src/ (ts-jest) and dist/ (built). */
export const SCHEMA_DIR = path.join(__dirname, '..', '..', 'schemas');

function load(name: string): object {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as object;
}

let ajv: Ajv2020 | null = null;
const cache = new Map<string, ValidateFunction>();

function validator<T>(name: string): ValidateFunction<T> {
  let v = cache.get(name);
  if (!v) {
    ajv ??= addFormats(new Ajv2020({ allErrors: true, strict: true }));
    v = ajv.compile(load(name));
    cache.set(name, v);
  }
  return v as ValidateFunction<T>;
}

export const validateArticle = (): ValidateFunction<ArticleRecord> => validator<ArticleRecord>('article');
export const validateError = (): ValidateFunction<ErrorRecord> => validator<ErrorRecord>('error');
export const validateManifest = (): ValidateFunction<Manifest> => validator<Manifest>('manifest');

/** ajv errors as short sentences: `/entities/0/type must be equal to one of the allowed values`. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''}`);
}
