import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { UsageError } from '../errors.ts';
import { packageRoot } from '../package-root.ts';
import type { ConfigFile } from './types.ts';

let validator: ReturnType<Ajv['compile']> | undefined;

function compiled(): ReturnType<Ajv['compile']> {
  if (!validator) {
    const schema = JSON.parse(readFileSync(`${packageRoot}schema/config.schema.json`, 'utf8')) as object;
    validator = new Ajv({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

/** Checks a config object against the shipped JSON Schema; a problem names the key and the reason. */
export function validateConfig(config: unknown, filepath: string): ConfigFile {
  const validate = compiled();
  if (validate(config)) return config as ConfigFile;
  const error = mostSpecific(validate.errors ?? []);
  throw new UsageError(`invalid config ${filepath}: ${describe(error)}`);
}

// The deepest error is the one a person can act on; oneOf/anyOf wrappers are not.
function mostSpecific(errors: readonly ErrorObject[]): ErrorObject | undefined {
  return (
    [...errors]
      .filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf')
      .sort((a, b) => keyDepth(b) - keyDepth(a))[0] ?? errors[0]
  );
}

function keyDepth(error: ErrorObject): number {
  return error.instancePath.split('/').length + (error.keyword === 'additionalProperties' ? 1 : 0);
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'it does not match the schema';
  const key = error.instancePath.slice(1).replaceAll('/', '.');
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    return `unknown key "${key ? `${key}.` : ''}${extra}"`;
  }
  if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.join(', ');
    return `key "${key}" must be one of ${allowed}`;
  }
  if (error.keyword === 'pattern' && key.endsWith('target'))
    return `key "${key}" must be an API version such as 1.41`;
  if (error.keyword === 'pattern') return `key "${key}" must look like ${String(error.params.pattern)}`;
  return `key "${key || '(top level)'}" ${error.message ?? 'is invalid'}`;
}
