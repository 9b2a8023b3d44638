import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import yargs from 'yargs';
import { lintCommand } from '../../src/cli/commands/lint.ts';
import { packageRoot } from '../../src/package-root.ts';

const ACTION = readFileSync(`${packageRoot}action.yml`, 'utf8');

/** The composite step's bash script: the block under `run: |`. */
function runScript(): string {
  const lines = ACTION.split('\n');
  const start = lines.findIndex((line) => line.trim() === 'run: |');
  const body = lines.slice(start + 1);
  const end = body.findIndex((line) => line.trim() !== '' && !line.startsWith('        '));
  return (end < 0 ? body : body.slice(0, end)).map((line) => line.slice(8)).join('\n');
}

/** Runs the script with a stand-in npx that prints the arguments it gets, one per line. */
function argumentsFor(inputs: Record<string, string>): string[] {
  const bin = mkdtempSync(join(tmpdir(), 'dac-action-'));
  writeFileSync(join(bin, 'npx'), '#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n');
  chmodSync(join(bin, 'npx'), 0o755);
  const env: Record<string, string> = { PATH: `${bin}:${process.env.PATH}` };
  for (const name of ['PATHS', 'DOCKER', 'TARGET', 'CONFIG', 'ENV', 'ARGS', 'VERSION'])
    env[`INPUT_${name}`] = inputs[name] ?? '';
  env.INPUT_SARIF_FILE = inputs.SARIF_FILE ?? 'docker-api-compat.sarif';
  return execFileSync('bash', ['-c', runScript()], { env, encoding: 'utf8' }).trimEnd().split('\n');
}

const BASE = [
  '--format',
  'github',
  '--format',
  'sarif',
  '--output-file=-',
  '--output-file',
  'docker-api-compat.sarif',
];

describe('the GitHub Action', () => {
  test.each([
    [{}, ['--yes', 'docker-api-compat', 'lint', ...BASE]],
    [
      { PATHS: 'src scripts', DOCKER: '20.10\n  >=27  \n', VERSION: '0.1.0' },
      [
        '--yes',
        'docker-api-compat@0.1.0',
        'lint',
        'src',
        'scripts',
        ...BASE,
        '--docker',
        '20.10',
        '--docker',
        '>=27',
      ],
    ],
    [
      { TARGET: '1.41', CONFIG: 'ci.json', ENV: 'ci', ARGS: '--max-warnings 0 --fail-on warn' },
      [
        '--yes',
        'docker-api-compat',
        'lint',
        ...BASE,
        '--target',
        '1.41',
        '--config',
        'ci.json',
        '--env',
        'ci',
        '--max-warnings',
        '0',
        '--fail-on',
        'warn',
      ],
    ],
  ])('inputs %j run %j', (inputs, expected) => {
    expect(argumentsFor(inputs)).toEqual(expected);
  });

  test('every option the action passes is a lint option', () => {
    type WithOptions = { getOptions(): { key: Record<string, unknown> } };
    const known = (lintCommand.builder(yargs([])) as unknown as WithOptions).getOptions().key;
    const used = [...runScript().matchAll(/--([a-z][a-z-]+)/g)].map((match) => match[1] ?? '');
    const lintOptions = used.filter((option) => option !== 'yes');
    expect(lintOptions.filter((option) => !(option in known))).toEqual([]);
  });
});
