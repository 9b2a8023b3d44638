import { parseElementKey } from '../../src/data/element-key.ts';
import type { ElementShape, NormalizedSpec, SpecElement } from '../../src/data/element-types.ts';

/** A synthetic spec: keys, each optionally with a shape. */
export function spec(version: string, entries: readonly (string | [string, ElementShape])[]): NormalizedSpec {
  const elements: SpecElement[] = entries.map((entry) => {
    const [key, shape] = typeof entry === 'string' ? [entry, {}] : entry;
    const parts = parseElementKey(key);
    if (!parts) throw new Error(`bad fixture key ${key}`);
    return { key, ...parts, shape };
  });
  return { version, elements };
}

/** Versions 1.24 … 1.24+count-1. */
export function versions(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `1.${24 + index}`);
}
