import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BehaviourFact, EffectiveSpan } from './element-types.ts';
import { GENERATED_STAMP } from './format.ts';

/**
 * `data/effective.json`: the daemon layer beside the documented one in
 * elements.jsonl, for the few elements where the daemon differs or a
 * behaviour change is known. One element per line, keys sorted, so a
 * rebuild is byte-identical and a change reads as a one-line diff.
 */
export const EFFECTIVE_FILE = 'effective.json';
export const EFFECTIVE_FORMAT = 1;

export interface EffectiveRecord {
  readonly effective?: EffectiveSpan;
  readonly facts?: readonly BehaviourFact[];
}

export interface EffectiveFile {
  readonly generated: string;
  readonly format: number;
  readonly elements: Readonly<Record<string, EffectiveRecord>>;
}

/** The file's text for these records (already sorted by key). */
export function encodeEffective(records: ReadonlyMap<string, EffectiveRecord>): string {
  const head = `{"generated":${JSON.stringify(GENERATED_STAMP)},"format":${EFFECTIVE_FORMAT},"elements":{`;
  const lines = [...records].map(([key, record]) => `${JSON.stringify(key)}:${JSON.stringify(record)}`);
  return `${head}\n${lines.join(',\n')}\n}}\n`;
}

/** The records of `directory`'s effective.json; empty when the file is absent (older data). */
export function readEffective(directory: string): ReadonlyMap<string, EffectiveRecord> {
  let text: string;
  try {
    text = readFileSync(join(directory, EFFECTIVE_FILE), 'utf8');
  } catch {
    return new Map();
  }
  const file = JSON.parse(text) as EffectiveFile;
  if (file.format !== EFFECTIVE_FORMAT)
    throw new Error(`${EFFECTIVE_FILE}: data format ${file.format}, expected ${EFFECTIVE_FORMAT}`);
  return new Map(Object.entries(file.elements));
}
