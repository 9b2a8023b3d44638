import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { latestApi, latestRelease, resolveDocker } from '../../src/matrix/index.ts';

describe('versions as users type them', () => {
  test.each([
    ['27.1', '27.1.0', '1.46'],
    ['27.1.2', '27.1.2', '1.46'],
    ['v27.1.0', '27.1.0', '1.46'],
    [' 27.1.2 ', '27.1.2', '1.46'],
    ['17.03.1-ce', '17.03.1-ce', '1.27'],
    ['18.09.0-ce-tp0', '18.09.0-ce-tp0', '1.39'],
    ['29.0.0-rc.1', '29.0.0', '1.52'],
    ['27.0', '27.0.1', '1.46'],
  ])('%s → %s (max API %s)', (input, docker, maxApi) => {
    expect(resolveDocker(input)).toMatchObject({ docker, maxApi });
  });

  test('a pre-release not in the data says which release answered', () => {
    expect(resolveDocker('29.0.0-rc.1').notes[0]).toContain('29.0.0');
  });

  test('a major line answers with its range', () => {
    const result = resolveDocker('27');
    expect(result.line).toEqual({
      name: '27',
      first: '27.0.1',
      last: '27.5.1',
      maxApi: { lowest: '1.46', highest: '1.47' },
      minApi: { lowest: '1.24', highest: '1.24' },
    });
  });

  test('latest known release and API', () => {
    expect(latestRelease().name).toBe('29.7.2');
    expect(latestApi()).toBe('1.55');
  });
});

describe('bad input', () => {
  test.each(['30.0', '12.0', '27.9', '27.1.9', '31'])('unknown %s names what the data covers', (input) => {
    expect(() => resolveDocker(input)).toThrow(UsageError);
    expect(() => resolveDocker(input)).toThrow(/1\.12\.0 … 29\.7\.2/);
  });

  test.each(['banana', '1.x', '', '  ', '27.1.2.3', '-1', '27.1-rc1'])(
    'malformed %j is a usage error',
    (input) => {
      expect(() => resolveDocker(input)).toThrow(UsageError);
    },
  );
});
