import { describe, expect, test } from 'vitest';
import { resolveDocker } from '../../src/matrix/index.ts';

// The upstream documentation table (Docker version → maximum API version).
const UPSTREAM_TABLE: [docker: string, maxApi: string][] = [
  ['27.4', '1.47'],
  ['27.3', '1.47'],
  ['27.2', '1.47'],
  ['27.1', '1.46'],
  ['27.0', '1.46'],
  ['26.1', '1.45'],
  ['26.0', '1.45'],
  ['25.0', '1.44'],
  ['24.0', '1.43'],
  ['23.0', '1.42'],
  ['20.10', '1.41'],
  ['19.03', '1.40'],
  ['18.09', '1.39'],
  ['18.06', '1.38'],
  ['18.05', '1.37'],
  ['18.04', '1.37'],
  ['18.03', '1.37'],
  ['18.02', '1.36'],
  ['17.12', '1.35'],
  ['17.11', '1.34'],
  ['17.10', '1.33'],
  ['17.09', '1.32'],
  ['17.07', '1.31'],
  ['17.06', '1.30'],
  ['17.05', '1.29'],
  ['17.04', '1.28'],
  ['17.03.1', '1.27'],
  ['17.03', '1.26'],
  ['1.13.1', '1.26'],
  ['1.13', '1.25'],
  ['1.12', '1.24'],
];

describe('every row of the upstream table', () => {
  test.each(UPSTREAM_TABLE)('Docker %s serves at most API %s', (docker, maxApi) => {
    expect(resolveDocker(docker).maxApi).toBe(maxApi);
  });
});

describe('patch-level exceptions', () => {
  test.each([
    ['1.13.0', '1.13.0', '1.25'],
    ['1.13.1', '1.13.1', '1.26'],
    ['17.03.0', '17.03.0-ce', '1.26'],
    ['17.03.1', '17.03.1-ce', '1.27'],
    ['17.03.1-ce', '17.03.1-ce', '1.27'],
    ['17.3.2', '17.03.2-ce', '1.27'],
  ])('%s resolves to %s with max API %s', (input, docker, maxApi) => {
    expect(resolveDocker(input)).toMatchObject({ docker, maxApi });
  });

  test('X.Y means X.Y.0 and names the later patches that differ', () => {
    expect(resolveDocker('17.03').line?.name).toBe('17.03');
    const result = resolveDocker('1.13');
    expect(result).toMatchObject({ docker: '1.13.0', maxApi: '1.25' });
    expect(result.line?.maxApi).toEqual({ lowest: '1.25', highest: '1.26' });
    expect(result.notes.join(' ')).toContain('1.13.1');
  });
});

describe('default minimum API changes', () => {
  test.each([
    ['24.0.9', '1.12', null],
    ['25.0.0', '1.24', null],
    ['28.5.2', '1.24', null],
    ['29.0.0', '1.44', '1.24'],
    ['29.2.1', '1.44', '1.24'],
    ['29.3.0', '1.40', '1.24'],
    ['29.7.2', '1.40', '1.24'],
  ])('Docker %s: default minimum %s, configurable down to %s', (docker, minApi, configurableMinApi) => {
    expect(resolveDocker(docker)).toMatchObject({ docker, minApi, configurableMinApi });
  });
});
