import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

// The linter reads since/removed/deprecated through the effective accessor:
// an element documented late is not too new where the daemon serves it, one
// documented early is, and the finding states the effective version.
const dir = mkdtempSync(join(tmpdir(), 'effective-lint-'));
const file = (name: string, body: string, path = '/containers/create'): string => {
  const at = join(dir, name);
  writeFileSync(at, `curl --unix-socket /var/run/docker.sock -X POST -d '${body}' http://localhost${path}\n`);
  return at;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function findings(path: string, target: string) {
  const result = await runCli(['lint', path, '--target', target, '--format', 'json']);
  return (JSON.parse(result.stdout) as { findings: { rule: string; element: string; requires?: string }[] })
    .findings;
}

describe('lint uses the effective layer', () => {
  const init = file('init.sh', '{"Image":"a","HostConfig":{"Init":true}}');
  const ipv4 = file('ipv4.sh', '{"Name":"n","EnableIPv4":true}', '/networks/create');

  test('HostConfig.Init (documented 1.37, effective 1.25) is fine at 1.30', async () => {
    expect(await findings(init, '1.30')).toEqual([]);
  });

  test('and too new at 1.24, requiring the effective 1.25', async () => {
    expect(await findings(init, '1.24')).toEqual([
      expect.objectContaining({
        rule: 'api-too-new',
        element: 'POST /containers/create body:HostConfig.Init',
        requires: '1.25',
      }),
    ]);
  });

  test('EnableIPv4 (documented 1.47, read by the daemon from 1.48) is too new at 1.47', async () => {
    expect(await findings(ipv4, '1.47')).toEqual([
      expect.objectContaining({
        rule: 'api-too-new',
        element: 'POST /networks/create body:EnableIPv4',
        requires: '1.48',
      }),
    ]);
  });
});
