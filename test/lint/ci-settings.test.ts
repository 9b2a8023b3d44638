import { describe, expect, test } from 'vitest';
import type { LoadedConfig } from '../../src/config/types.ts';
import { nearestRule } from '../../src/lint/ci/config-rules.ts';
import { type LintCliSettings, mergeSettings } from '../../src/lint/ci/settings.ts';

const CONFIG: LoadedConfig = {
  filepath: '/repo/docker-api-compat.config.json',
  settings: {
    docker: ['20.10', '27'],
    minApiOverride: '1.30',
    rules: { 'api-deprecated': 'off', 'api-unversioned': 'warn' },
    include: ['src'],
    exclude: ['dist/**'],
    maxFileSize: 1000,
    baseline: '.lint/baseline.json',
    roles: { test: ['spec/**'] },
  },
};

describe('command line over config', () => {
  test.each([
    [
      'config only',
      {},
      {
        target: { docker: ['20.10', '27'], minApiOverride: '1.30' },
        paths: ['src'],
        exclude: ['dist/**'],
        rules: { 'api-deprecated': 'off', 'api-unversioned': 'warn' },
        maxFileSize: 1000,
        baselinePath: '/repo/.lint/baseline.json',
        roles: { test: ['spec/**'] },
      },
    ],
    [
      'CLI target replaces the config target',
      { target: '1.41', paths: ['lib'], exclude: ['x/**'], rules: { 'api-deprecated': 'error' } },
      {
        target: { api: '1.41', minApiOverride: '1.30' },
        paths: ['lib'],
        exclude: ['dist/**', 'x/**'],
        rules: { 'api-deprecated': 'error', 'api-unversioned': 'warn' },
        maxFileSize: 1000,
        baselinePath: '/repo/.lint/baseline.json',
        roles: { test: ['spec/**'] },
      },
    ],
    [
      'CLI baseline is relative to the working directory',
      { docker: ['>=24'], baseline: 'b.json', maxFileSize: 5, minApiOverride: '1.24' },
      {
        target: { docker: ['>=24'], minApiOverride: '1.24' },
        paths: ['src'],
        exclude: ['dist/**'],
        rules: { 'api-deprecated': 'off', 'api-unversioned': 'warn' },
        maxFileSize: 5,
        baselinePath: '/work/b.json',
        roles: { test: ['spec/**'] },
      },
    ],
  ] as [string, LintCliSettings, object][])('%s', (_, cli, expected) => {
    expect(mergeSettings(cli, CONFIG, '/work')).toEqual(expected);
  });

  test('an unknown rule id in the config names the key and the nearest id', () => {
    const config = { filepath: '/repo/c.json', settings: { rules: { 'api-deprecatd': 'off' as const } } };
    expect(() => mergeSettings({}, config, '/repo')).toThrow(
      'invalid config /repo/c.json: unknown rule in key "rules.api-deprecatd": did you mean api-deprecated?',
    );
  });

  test.each([
    ['api-too-nwe', 'api-too-new'],
    ['unused-supression', 'unused-suppression'],
    ['no-such-thing', undefined],
  ])('nearest rule to %s is %s', (id, expected) => {
    expect(nearestRule(id)).toBe(expected);
  });
});
