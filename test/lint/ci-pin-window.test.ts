import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lint } from '../../src/lint/run.ts';
import { resolveTarget } from '../../src/targets/index.ts';
import { inDir } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

/** One script with one pinned request. */
function pinnedScript(pin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dac-pin-'));
  writeFileSync(
    join(dir, 'ping.sh'),
    `#!/bin/sh\ncurl -s --unix-socket /var/run/docker.sock http://localhost/v${pin}/containers/json\n`,
  );
  return dir;
}

const EMPTY_REASON =
  'no single pinned API version serves Docker 24.0.0 (max 1.43) and Docker 29.0.0 (min 1.44): negotiate the version';

describe('api-version-unsupported uses the pin window of the fleet', () => {
  test.each([
    [['>=24'], '1.43', [{ pin: '1.43', problem: 'no-window', reason: EMPTY_REASON }]],
    [['>=24'], '1.44', [{ pin: '1.44', problem: 'no-window', reason: EMPTY_REASON }]],
    [['20.10', '27'], '1.24', []],
    [['20.10', '27'], '1.41', []],
    [['20.10', '27'], '1.42', [{ pin: '1.42', problem: 'above-max', limit: '1.41' }]],
    [['20.10', '27'], '1.23', [{ pin: '1.23', problem: 'below-min', limit: '1.24' }]],
    // The range takes in Docker 29.0, whose default minimum is above 20.10's maximum.
    [
      ['20.10 || >=27'],
      '1.41',
      [
        {
          pin: '1.41',
          problem: 'no-window',
          reason:
            'no single pinned API version serves Docker 20.10.0 (max 1.41) and Docker 29.0.0 (min 1.44): negotiate the version',
        },
      ],
    ],
  ])('--docker %j, pin /v%s/', async (docker, pin, expected) => {
    const result = await lint({ cwd: pinnedScript(pin), target: resolveTarget({ docker }) });
    const unsupported = result.findings.filter((finding) => finding.rule === 'api-version-unsupported');
    expect(unsupported.map((finding) => ({ ...finding.args, rule: undefined }))).toEqual(
      expected.map((args) => ({ ...args, rule: undefined })),
    );
  });

  test('the empty-window reason reaches the message', async () => {
    const result = await inDir(pinnedScript('1.43'), () =>
      runCli(['lint', '--docker', '>=24', '--format', 'json']),
    );
    expect(result.code).toBe(1);
    const [finding] = JSON.parse(result.stdout).findings;
    expect(finding).toMatchObject({ rule: 'api-version-unsupported', file: 'ping.sh', line: 2 });
    expect(finding.message).toContain(EMPTY_REASON);
  });

  test('a bare --target keeps checking the maximum only', async () => {
    const result = await lint({ cwd: pinnedScript('1.12'), target: resolveTarget({ api: '1.41' }) });
    expect(result.findings.filter((finding) => finding.rule === 'api-version-unsupported')).toEqual([]);
  });
});
