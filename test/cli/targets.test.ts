import { expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

test.each([
  [['--docker', '>=24'], { api: '1.43', minApi: '1.44', pinWindow: null }],
  [
    ['--docker', '20.10', '--docker', '27'],
    { api: '1.41', minApi: '1.24', pinWindow: { low: '1.24', high: '1.41' } },
  ],
  [['--target', '1.41'], { api: '1.41', minApi: null, pinWindow: null }],
])('targets %j --json', async (args, expected) => {
  const result = await runCli(['targets', ...args, '--json']);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject(expected);
});

test('the text output explains an empty pin window', async () => {
  const result = await runCli(['targets', '--docker', '>=24']);
  expect(result.stdout).toContain('pin window:      none: no single pinned API version serves');
});

test.each([
  [['targets']],
  [['targets', '--docker', 'banana']],
  [['targets', '--target', '1.41', '--docker', '27']],
])('%j exits 2 with one line', async (args) => {
  const result = await runCli(args);
  expect(result.code).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
});
