import { describe, expect, test } from 'vitest';
import { loadNormalizedSpecs } from '../../src/spec/index.ts';
import { mirror, skipReason } from './mirror.ts';

describe.skipIf(!mirror)(`loadNormalizedSpecs${mirror ? '' : ` (skipped: ${skipReason})`}`, () => {
  test('normalises every version in order, 1.24 from Markdown', async () => {
    const specs = await loadNormalizedSpecs(mirror);
    expect(specs.map((spec) => spec.version)).toEqual(
      Array.from({ length: 33 }, (_, index) => `1.${24 + index}`),
    );
    const has = (version: string, key: string) =>
      specs.find((spec) => spec.version === version)?.elements.some((element) => element.key === key);
    expect(has('1.24', 'GET /containers/json query:all')).toBe(true);
    expect(has('1.56', 'GET /images/{name}/attestations')).toBe(true);
  }, 180_000);
});
