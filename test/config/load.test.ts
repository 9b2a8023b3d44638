import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config/index.ts';
import { UsageError } from '../../src/errors.ts';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dac-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const SETTINGS = { docker: '>=24', rules: { 'api-deprecated': 'off' } };

describe('discovery', () => {
  test.each([
    ['docker-api-compat.config.json', JSON.stringify(SETTINGS)],
    ['.docker-api-compatrc', JSON.stringify(SETTINGS)],
    ['.docker-api-compatrc.json', JSON.stringify(SETTINGS)],
    ['docker-api-compat.config.mjs', `export default ${JSON.stringify(SETTINGS)};`],
    ['docker-api-compat.config.js', `export default ${JSON.stringify(SETTINGS)};`],
    [
      'docker-api-compat.config.ts',
      `interface C { docker: string }\nconst c: C & Record<string, unknown> = ${JSON.stringify(SETTINGS)};\nexport default c;`,
    ],
    ['package.json', JSON.stringify({ name: 'x', type: 'module', 'docker-api-compat': SETTINGS })],
  ])('%s is found and read', async (name, text) => {
    const dir = project({
      [name]: text,
      ...(name === 'package.json' ? {} : { 'package.json': '{"type":"module"}' }),
    });
    const loaded = await loadConfig({ cwd: join(dir) });
    expect(loaded.filepath?.endsWith(name)).toBe(true);
    expect(loaded.settings).toEqual(SETTINGS);
  });

  test('the search walks up from a subfolder to the repository root', async () => {
    const dir = project({
      '.docker-api-compatrc': JSON.stringify(SETTINGS),
      'src/deep/a.ts': '',
      '.git/HEAD': '',
    });
    expect((await loadConfig({ cwd: join(dir, 'src/deep') })).settings).toEqual(SETTINGS);
  });

  test('no config file gives empty settings', async () => {
    const dir = project({ 'a.txt': '' });
    expect(await loadConfig({ cwd: dir, configPath: undefined })).toMatchObject({ settings: {} });
  });
});

describe('environments', () => {
  const file = JSON.stringify({
    docker: '>=24',
    rules: { 'api-deprecated': 'warn', 'api-unversioned': 'off' },
    env: { ci: { rules: { 'api-unversioned': 'error' } }, fleet: { docker: ['20.10', '27'] } },
  });

  test.each([
    [undefined, { docker: '>=24', rules: { 'api-deprecated': 'warn', 'api-unversioned': 'off' } }],
    ['ci', { docker: '>=24', rules: { 'api-deprecated': 'warn', 'api-unversioned': 'error' } }],
    ['fleet', { docker: ['20.10', '27'], rules: { 'api-deprecated': 'warn', 'api-unversioned': 'off' } }],
  ])('--env %s', async (env, settings) => {
    const dir = project({ '.docker-api-compatrc.json': file });
    expect((await loadConfig({ cwd: dir, ...(env && { env }) })).settings).toEqual(settings);
  });

  test('an unknown environment lists the known ones', async () => {
    const dir = project({ '.docker-api-compatrc.json': file });
    await expect(loadConfig({ cwd: dir, env: 'prod' })).rejects.toThrow(/"prod" is not defined .*ci, fleet/);
  });
});

describe('invalid configs name the key and the reason', () => {
  test.each([
    [{ rules: { 'api-too-new': 'fatal' } }, /key "rules\.api-too-new" must be one of error, warn, off/],
    [{ target: '1.x' }, /key "target" must be an API version/],
    [{ dockr: '27' }, /unknown key "dockr"/],
    [{ env: { ci: { bogus: 1 } } }, /unknown key "env\.ci\.bogus"/],
    [{ maxFileSize: -5 }, /key "maxFileSize"/],
    [{ docker: [] }, /key "docker"/],
  ])('%j', async (config, message) => {
    const dir = project({ '.docker-api-compatrc.json': JSON.stringify(config) });
    const promise = loadConfig({ cwd: dir });
    await expect(promise).rejects.toThrow(UsageError);
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(message);
  });

  test('broken JSON is a usage error', async () => {
    const dir = project({ '.docker-api-compatrc.json': '{ "docker": ' });
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(/not valid JSON/);
  });

  test('a missing --config file is a usage error', async () => {
    const dir = project({});
    await expect(loadConfig({ cwd: dir, configPath: 'nope.json' })).rejects.toThrow(/does not exist/);
  });
});

describe('the search stays inside the project', () => {
  test('a config above the repository root does not apply', async () => {
    const dir = project({ '.docker-api-compatrc': JSON.stringify(SETTINGS), 'repo/.git/HEAD': '' });
    expect(await loadConfig({ cwd: join(dir, 'repo') })).toEqual({ filepath: null, settings: {} });
  });

  test('outside a repository only the working directory is searched', async () => {
    const dir = project({ '.docker-api-compatrc': JSON.stringify(SETTINGS), 'sub/a.txt': '' });
    expect((await loadConfig({ cwd: join(dir, 'sub') })).filepath).toBeNull();
  });
});
