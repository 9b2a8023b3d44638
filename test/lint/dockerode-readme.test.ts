import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { getElement } from '../../src/data/index.ts';
import { extractFile } from '../../src/lint/extract.ts';
import { resolveUsage } from '../../src/lint/resolve-usage.ts';
import { applyRules } from '../../src/lint/rules/index.ts';
import type { Target } from '../../src/lint/target.ts';
import { compareApiVersions } from '../../src/versions/api-version.ts';

const FILE = 'test/fixtures/dockerode-readme/readme-examples.js';
const text = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
const usages = extractFile({ path: FILE, text });

const resolve = resolveUsage;

const lint = (target: Target) =>
  applyRules(usages, resolve, target)
    .filter((f) => f.rule !== 'api-unversioned')
    .map((f) => ({ rule: f.rule, line: f.line, element: f.element }));

describe("dockerode's README examples", () => {
  test('every call of the README is read, including the four requests of each run()', () => {
    const requests = usages.filter((u) => u.kind === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(45);
    const run = requests.filter((u) => u.line === 204).map((u) => `${u.method} ${u.path}`);
    expect(run).toEqual([
      'POST /containers/create',
      'POST /containers/{}/attach',
      'POST /containers/{}/start',
      'POST /containers/{}/wait',
    ]);
  });

  test.each([
    {
      target: { api: '1.24', from: '--target 1.24' },
      want: [
        { rule: 'api-version-unsupported', line: 20, element: 'DOCKER_API_VERSION' },
        { rule: 'api-too-new', line: 204, element: 'POST /containers/create body:HostConfig.AutoRemove' },
      ],
    },
    { target: { api: '1.41', from: '--target 1.41' }, want: [] },
    {
      // A daemon whose default minimum is 1.44 refuses the README's `version: 'v1.25'` client (line 20).
      target: { api: '1.44', minApi: '1.44', from: '--docker 29.0' },
      want: [{ rule: 'api-version-unsupported', line: 20, element: 'DOCKER_API_VERSION' }],
    },
  ])('findings at $target.from', ({ target, want }) => {
    expect(lint(target)).toEqual(want);
  });

  test('the expected findings agree with the element data', () => {
    const autoRemove = getElement('POST /containers/create body:HostConfig.AutoRemove');
    expect(autoRemove?.since).toBe('1.25');
    expect(compareApiVersions(autoRemove?.since ?? '0.0', '1.24')).toBeGreaterThan(0);
    expect(usages).toContainEqual(expect.objectContaining({ kind: 'pin', line: 20, pin: '1.25' }));
  });
});
