import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
  applyBaseline,
  createBaseline,
  pruneBaseline,
  readBaseline,
  writeBaseline,
} from '../../src/baseline/index.ts';
import { UsageError } from '../../src/errors.ts';

const CREATE = 'POST /containers/create body:HostConfig.CgroupnsMode';
const f = (file: string, line: number, element = CREATE, rule = 'api-too-new') => ({
  rule,
  file,
  line,
  element,
});

test('a baseline counts findings per rule, file and element', () => {
  const baseline = createBaseline([f('b.ts', 1), f('a.ts', 9), f('a.ts', 3), f('a.ts', 4, 'GET /info')]);
  expect(baseline.entries).toEqual([
    { rule: 'api-too-new', file: 'a.ts', element: 'GET /info', count: 1 },
    { rule: 'api-too-new', file: 'a.ts', element: CREATE, count: 2 },
    { rule: 'api-too-new', file: 'b.ts', element: CREATE, count: 1 },
  ]);
});

test('entries survive line moves and hide up to their count', () => {
  const baseline = createBaseline([f('a.ts', 3), f('a.ts', 9)]);
  const now = [f('a.ts', 30), f('a.ts', 40), f('a.ts', 50)];
  expect(applyBaseline(now, baseline)).toEqual({ kept: [now[2]], hidden: 2, stale: [] });
});

test('fixed findings leave stale entries, and pruning removes them', () => {
  const baseline = createBaseline([f('a.ts', 3), f('a.ts', 9), f('b.ts', 1)]);
  const result = applyBaseline([f('a.ts', 3)], baseline);
  expect(result.stale).toEqual([
    { rule: 'api-too-new', file: 'a.ts', element: CREATE, count: 1 },
    { rule: 'api-too-new', file: 'b.ts', element: CREATE, count: 1 },
  ]);
  expect(pruneBaseline(baseline, result.stale).entries).toEqual([
    { rule: 'api-too-new', file: 'a.ts', element: CREATE, count: 1 },
  ]);
});

test('baseline files round-trip and bad ones are usage errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dac-baseline-'));
  const path = join(dir, 'baseline.json');
  const baseline = createBaseline([f('a.ts', 3)]);
  writeBaseline(path, baseline);
  expect(readBaseline(path)).toEqual(baseline);
  writeFileSync(path, '{"tool":"other"}');
  expect(() => readBaseline(path)).toThrow(UsageError);
  writeFileSync(path, '{');
  expect(() => readBaseline(path)).toThrow(/not valid JSON/);
  expect(() => readBaseline(join(dir, 'missing.json'))).toThrow(/--update-baseline/);
});
