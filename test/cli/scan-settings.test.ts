import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { inDir } from '../helpers/in-dir.ts';
import { runCli } from '../helpers/run-cli.ts';

/** Needs 1.41 (HostConfig.CgroupnsMode). */
const NEW = `curl -X POST -d '{"HostConfig":{"CgroupnsMode":"private"}}' http://localhost/containers/create\n`;
/** Needs nothing past the data's oldest version. */
const OLD = 'curl http://localhost/containers/json\n';
/** Pinned to 1.44. */
const PINNED = 'curl http://localhost/v1.44/containers/json\n';
const RC = '.docker-api-compatrc.json';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temp project with these files, outside any repository and any config. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dac-scan-settings-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

interface NeedsJson {
  api: string;
  because: { file: string }[];
}

describe('needs applies the config file and suppressions', () => {
  test.each([
    ['no config', { 'new.sh': NEW, 'old.sh': OLD }, [], { api: '1.41', files: ['new.sh'] }],
    [
      'config exclude',
      { 'new.sh': NEW, 'old.sh': OLD, [RC]: '{"exclude":["new.sh"]}' },
      [],
      { api: '1.24', files: [] },
    ],
    [
      'config include',
      { 'new.sh': NEW, 'old.sh': OLD, [RC]: '{"include":["old.sh"]}' },
      [],
      { api: '1.24', files: [] },
    ],
    [
      '--config with --env',
      { 'new.sh': NEW, 'ci.json': '{"env":{"ci":{"exclude":["new.sh"]}}}' },
      ['--config', 'ci.json', '--env', 'ci'],
      { api: '1.24', files: [] },
    ],
    [
      '--config without the environment',
      { 'new.sh': NEW, 'ci.json': '{"env":{"ci":{"exclude":["new.sh"]}}}' },
      ['--config', 'ci.json'],
      { api: '1.41', files: ['new.sh'] },
    ],
    [
      'next-line api-too-new',
      { 'new.sh': `# docker-api-compat-ignore-next-line api-too-new: hosts run 20.10\n${NEW}` },
      [],
      { api: '1.24', files: [] },
    ],
    [
      'file api-too-new',
      { 'new.sh': `echo start\n# docker-api-compat-ignore-file api-too-new: hosts run 20.10\n${NEW}` },
      [],
      { api: '1.24', files: [] },
    ],
    [
      'next-line api-version-unsupported on a pin',
      { 'pinned.sh': `# docker-api-compat-ignore-next-line api-version-unsupported: CI only\n${PINNED}` },
      [],
      { api: '1.24', files: [] },
    ],
    [
      'a directive for another rule',
      { 'new.sh': `# docker-api-compat-ignore-next-line api-deprecated: not this one\n${NEW}` },
      [],
      { api: '1.41', files: ['new.sh'] },
    ],
    [
      'a directive without a reason',
      { 'new.sh': `# docker-api-compat-ignore-next-line api-too-new\n${NEW}` },
      [],
      { api: '1.41', files: ['new.sh'] },
    ],
    [
      'a directive two lines above',
      { 'new.sh': `# docker-api-compat-ignore-next-line api-too-new: too far\n\n${NEW}` },
      [],
      { api: '1.41', files: ['new.sh'] },
    ],
  ] as const)('%s', async (_, files, args, expected) => {
    const result = await inDir(project(files), () => runCli(['needs', '--json', ...args]));
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as NeedsJson;
    expect({ api: report.api, files: report.because.map((reason) => reason.file) }).toEqual(expected);
  });

  test('a size limit of 0 is a usage error', async () => {
    const result = await inDir(project({ 'old.sh': OLD }), () => runCli(['needs', '--max-file-size', '0']));
    expect(result.code).toBe(2);
  });
});

describe('report applies the config file and suppressions to the code it is given', () => {
  test.each([
    ['no config', { 'new.sh': NEW, 'old.sh': OLD }, 2],
    ['config exclude', { 'new.sh': NEW, 'old.sh': OLD, [RC]: '{"exclude":["new.sh"]}' }, 1],
    [
      'api-too-new suppressed',
      {
        'new.sh': `# docker-api-compat-ignore-next-line api-too-new: hosts run 20.10\n${NEW}`,
        'old.sh': OLD,
      },
      1,
    ],
  ] as const)('%s', async (_, files, usages) => {
    const result = await inDir(project(files), () =>
      runCli(['report', '--from', '1.40', '--to', '1.41', '--format', 'json', '.']),
    );
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { code: { usages: number } }).code.usages).toBe(usages);
  });
});

describe('scan notices', () => {
  const files = { 'big.sh': `${OLD.repeat(10)}`, 'old.sh': OLD };
  const report = ['report', '--from', '1.40', '--to', '1.41', '--format', 'json', '.'];
  test.each([
    ['needs, --max-file-size', ['needs', '--max-file-size', '100'], {}],
    ['needs, config maxFileSize', ['needs'], { [RC]: '{"maxFileSize":100}' }],
    ['report, config maxFileSize', report, { [RC]: '{"maxFileSize":100}' }],
    ['report, --max-file-size', [...report, '--max-file-size', '100'], {}],
    ['lint, --max-file-size', ['lint', '--target', '1.41', '--max-file-size', '100'], {}],
  ])('%s: a skipped large file is said on stderr', async (_, args, config) => {
    const result = await inDir(project({ ...files, ...config }), () => runCli(args));
    expect(result.stderr.split('\n').filter((line) => line.includes('skipped'))).toEqual([
      'docker-api-compat: skipped big.sh: larger than the size limit',
    ]);
  });
});
