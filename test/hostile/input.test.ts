import { describe, expect, test } from 'vitest';
import { bundleProblem, type Case, runCase } from './harness.ts';

// Issue 18 items 2, 5, 15, 19: large and odd inputs, bounded in time.
const problem = bundleProblem();

const cases: Case[] = [
  {
    name: '2. elements --path with 20 stars runs in linear time',
    args: ['elements', '--path', `${'*'.repeat(20)}a`],
    code: 0,
    message: /^$/,
    timeoutMs: 5000,
  },
  {
    name: '2. elements --path with 30 alternating stars',
    args: ['elements', '--path', `${'*/'.repeat(30)}*x`],
    code: 0,
    message: /^$/,
    timeoutMs: 5000,
  },
  {
    name: '2. a star glob still matches',
    args: ['elements', '--path', '/containers/*/json', '--in', 'operation'],
    code: 0,
    message: /^$/,
    stdout: /GET \/containers\/\{id\}\/json/,
    timeoutMs: 5000,
  },
];

describe.skipIf(problem !== undefined).concurrent('hostile inputs', () => {
  test.each(cases.map((spec) => [spec.name, spec] as const))('%s', async (_name, spec) => {
    await runCase(spec);
  });
});

test.runIf(problem !== undefined)('the hostile input suite needs a fresh bundle', () => {
  expect.fail(problem);
});
