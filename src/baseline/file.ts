import { UsageError } from '../errors.ts';
import { readRegularFile } from '../io/read-regular.ts';
import { writeFileAtomic } from '../io/write-atomic.ts';
import type { Baseline, BaselineEntry } from './baseline.ts';

export function readBaseline(path: string): Baseline {
  const text = readRegularFile(path, 'baseline');
  if (text === undefined) {
    throw new UsageError(`baseline ${path} cannot be read (create it with --update-baseline)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`baseline ${path} is not valid JSON`);
  }
  if (!isBaseline(data))
    throw new UsageError(`baseline ${path} is not a docker-api-compat baseline (version 1)`);
  return data;
}

export function writeBaseline(path: string, baseline: Baseline): void {
  writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}\n`);
}

function isBaseline(data: unknown): data is Baseline {
  const value = data as Partial<Baseline> | null;
  return (
    typeof value === 'object' &&
    value !== null &&
    value.tool === 'docker-api-compat' &&
    value.version === 1 &&
    Array.isArray(value.entries) &&
    value.entries.every(isEntry)
  );
}

function isEntry(entry: BaselineEntry): boolean {
  return (
    typeof entry.rule === 'string' &&
    typeof entry.file === 'string' &&
    typeof entry.element === 'string' &&
    Number.isInteger(entry.count) &&
    entry.count > 0
  );
}
