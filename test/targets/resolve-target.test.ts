import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { resolveTarget } from '../../src/targets/index.ts';

describe('fleets from the real release data', () => {
  test.each([
    [['20.10'], '1.41', { low: '1.12', high: '1.41' }],
    [['20.10', '27'], '1.41', { low: '1.24', high: '1.41' }],
    [['20.10 || >=27 <29'], '1.41', { low: '1.24', high: '1.41' }],
    [['27.1.2'], '1.46', { low: '1.24', high: '1.46' }],
    [['29.0'], '1.52', { low: '1.44', high: '1.52' }],
    [['>=29.3'], '1.54', { low: '1.40', high: '1.54' }],
    [['17.03'], '1.26', { low: '1.12', high: '1.26' }],
    [['^28'], '1.48', { low: '1.24', high: '1.48' }],
  ])('--docker %j: ceiling %s, pin window %j', (docker, api, window) => {
    const target = resolveTarget({ docker });
    expect(target.api).toBe(api);
    expect(target.pinWindow).toEqual(window);
  });

  test('Docker ≥ 24 has no pin window and says why', () => {
    const target = resolveTarget({ docker: ['>=24'] });
    expect(target.api).toBe('1.43');
    expect(target.minApi).toBe('1.44');
    expect(target.pinWindow).toBeNull();
    expect(target.emptyWindowReason).toMatch(/24\.0\.0 \(max 1\.43\).*29\.0\.0 \(min 1\.44\).*negotiate/);
  });

  test('a minimum override opens the window of a 29.x fleet', () => {
    const target = resolveTarget({ docker: ['>=24'], minApiOverride: '1.24' });
    expect(target.pinWindow).toEqual({ low: '1.24', high: '1.43' });
  });

  test('an override below what releases allow stops at their floor', () => {
    const target = resolveTarget({ docker: ['29.0'], minApiOverride: '1.12' });
    expect(target.pinWindow).toEqual({ low: '1.24', high: '1.52' });
  });

  test('pre-releases are never part of a fleet', () => {
    const names = resolveTarget({ docker: ['18.09'] }).releases.map((release) => release.name);
    expect(names).not.toContain('18.09.0-ce-tp0');
    expect(names[0]).toBe('18.09.0');
  });
});

describe('bare API targets', () => {
  test('--target 1.41 has a ceiling and no known minimum', () => {
    expect(resolveTarget({ api: 'v1.41' })).toMatchObject({
      api: '1.41',
      pinWindow: null,
      from: '--target 1.41',
    });
  });
});

describe('bad targets', () => {
  test.each([
    [{}],
    [{ api: '1.x' }],
    [{ docker: ['banana'] }],
    [{ docker: ['30.0'] }],
    [{ docker: ['>=40'] }],
    [{ api: '1.41', docker: ['20.10'] }],
    [{ api: '1.30', minApiOverride: '1.40' }],
  ])('%j is a usage error', (options) => {
    expect(() => resolveTarget(options)).toThrow(UsageError);
  });
});
