import { expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

test.each([
  [['lookup', '27.1.2', '--json'], { docker: '27.1.2', maxApi: '1.46', minApi: '1.24' }],
  [['lookup', '17.03', '--json'], { docker: '17.03.0-ce', maxApi: '1.26', minApi: '1.12' }],
  [
    ['lookup', '--api', '1.41', '--json'],
    {
      api: '1.41',
      servedBy: [
        { from: '20.10.0', to: '28.5.2' },
        { from: '29.3.0', to: '29.7.2' },
      ],
    },
  ],
])('%j prints %j', async (args, expected) => {
  const result = await runCli(args);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject(expected);
});

test('text output names the release and both bounds', async () => {
  const result = await runCli(['lookup', '29.0']);
  expect(result.stdout).toMatch(/Docker 29\.0\.0\n\s+max API:\s+1\.52\n\s+default min API:\s+1\.44/);
});

test.each([
  [['lookup', 'banana']],
  [['lookup', '30.0']],
  [['lookup', '']],
  [['lookup']],
  [['lookup', '27.1', '--api', '1.41']],
  [['lookup', '--api', '1.x']],
  [['lookup', '27.1', '--bogus']],
  [['nonsense']],
])('%j exits 2 with one line on stderr', async (args) => {
  const result = await runCli(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\bat \S+ \(/);
});
