import { describe, expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import { formatMessage } from '../../src/lint/messages.ts';
import { resolveUsage } from '../../src/lint/resolve-usage.ts';
import { applyRules } from '../../src/lint/rules/index.ts';

const resolve = resolveUsage;

/** `rule element@line` for every finding of a dockerode snippet at a target. */
function lint(body: string, api: string): string[] {
  const text = `import Docker from 'dockerode';
import semver from 'semver';
const docker = new Docker();
export async function f(info) {
${body}
}`;
  const usages = extractFile({ path: 'src/svc.ts', text });
  return applyRules(usages, resolve, { api, from: `--target ${api}` })
    .filter((f) => f.rule !== 'api-unversioned')
    .map((f) => `${f.rule} ${f.element}@${f.line}`);
}

const CGROUPNS = `docker.createContainer({ HostConfig: { CgroupnsMode: 'private' } })`;
const KERNEL_MEMORY = `docker.createContainer({ HostConfig: { KernelMemory: 1 } })`;
const TOO_NEW = 'api-too-new POST /containers/create body:HostConfig.CgroupnsMode@6';
const REMOVED = 'api-removed POST /containers/create body:HostConfig.KernelMemory@6';

describe('guards rule findings out', () => {
  test.each([
    ['unguarded: reported', `  ${CGROUPNS};`, '1.40', [TOO_NEW.replace('@6', '@5')]],
    [
      'a check at the requirement covers it',
      `  if (semver.gte(info.ApiVersion, '1.41.0'))\n  ${CGROUPNS};`,
      '1.40',
      [],
    ],
    [
      'a check below the requirement does not',
      `  if (semver.gte(info.ApiVersion, '1.40.0'))\n  ${CGROUPNS};`,
      '1.40',
      ['api-guard-obsolete API >= 1.40@5', TOO_NEW],
    ],
    [
      'the else branch is not covered',
      `  if (semver.gte(info.ApiVersion, '1.41.0')) {} else\n  ${CGROUPNS};`,
      '1.40',
      ['api-too-new POST /containers/create body:HostConfig.CgroupnsMode@6'],
    ],
    [
      'an upper bound covers a removal',
      `  if (semver.lt(info.ApiVersion, '1.42.0'))\n  ${KERNEL_MEMORY};`,
      '1.41',
      ['api-deprecated POST /containers/create body:HostConfig.KernelMemory@6'],
    ],
    [
      'an upper bound below the deprecation covers both',
      `  if (semver.lt(info.ApiVersion, '1.41.0'))\n  ${KERNEL_MEMORY};`,
      '1.40',
      [],
    ],
    ['unguarded removal: reported', `  ${KERNEL_MEMORY};`, '1.44', [REMOVED.replace('@6', '@5')]],
    [
      'a check the target always passes is obsolete',
      `  if (parseFloat(info.ApiVersion) >= 1.30)\n  ${CGROUPNS};`,
      '1.41',
      ['api-guard-obsolete API >= 1.30@5'],
    ],
    [
      'a check the target always fails is obsolete too',
      `  if (semver.lt(info.ApiVersion, '1.42.0'))\n  ${KERNEL_MEMORY};`,
      '1.44',
      ['api-guard-obsolete API < 1.42@5'],
    ],
  ])('%s', (_, body, api, want) => {
    expect(lint(body, api)).toEqual(want);
  });

  test('one obsolete finding per check, however many calls it guards', () => {
    const body = `  if (!semver.gte(info.ApiVersion, '1.30.0')) return;\n  docker.ping();\n  docker.info();`;
    expect(lint(body, '1.41')).toEqual(['api-guard-obsolete API >= 1.30@5']);
  });

  test('a request pinned below the element is not helped by a check of the daemon', () => {
    const text = `import Docker from 'dockerode';
const docker = new Docker({ version: 'v1.40' });
if (parseFloat(apiVersion) >= 1.41) docker.createContainer({ HostConfig: { CgroupnsMode: 'private' } });`;
    const findings = applyRules(extractFile({ path: 'a.ts', text }), resolve, {
      api: '1.40',
      from: '--target 1.40',
    });
    expect(findings.map((f) => [f.rule, f.element])).toEqual([
      ['api-too-new', 'POST /containers/create body:HostConfig.CgroupnsMode'],
    ]);
  });

  test('the obsolete finding is data; the message names the check and the target', () => {
    const text = `import Docker from 'dockerode';\nif (info.ApiVersion >= '1.30') new Docker().ping();`;
    const [finding] = applyRules(extractFile({ path: 'a.ts', text }), resolve, {
      api: '1.41',
      from: '--docker 20.10',
    });
    expect(finding).toMatchObject({
      rule: 'api-guard-obsolete',
      severity: 'warn',
      line: 2,
      column: 5,
      requires: '1.30',
      args: { rule: 'api-guard-obsolete', op: '>=', bound: '1.30', compare: 'string', always: true },
    });
    expect(finding && formatMessage(finding)).toContain('always true');
  });
});
