import { mkdir, mkdtemp, readdir, readFile, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { UsageError } from '../../src/errors.ts';
import { ensureSpecs } from '../../src/spec/locate.ts';
import { loadManifest, specsCacheDir } from '../../src/spec/manifest.ts';
import { syncSpecs } from '../../src/spec/sync.ts';
import { mirror, skipReason } from './mirror.ts';

const manifest = loadManifest();
const entries = manifest.versions;

describe('specs/manifest.json', () => {
  test('pins every version 1.24 … 1.56 at one upstream commit', () => {
    expect(manifest.upstream).toMatchObject({
      repository: 'moby/moby',
      commit: 'b985e2313a8676e18072b442911fc8f64f17d440',
    });
    expect(entries.map((entry) => entry.version)).toEqual(
      Array.from({ length: 33 }, (_, index) => `1.${24 + index}`),
    );
  });

  test.each([
    ['1.24', 'markdown', 'api/docs/v1.24.md', undefined],
    ['1.41', 'swagger', 'api/docs/v1.41.yaml', undefined],
    ['1.56', 'swagger', 'api/swagger.yaml', true],
  ])('%s is %s from %s (unreleased: %s)', (version, format, upstreamPath, unreleased) => {
    const entry = entries.find((candidate) => candidate.version === version);
    expect(entry).toMatchObject({
      format,
      upstreamPath,
      file: `v${version}.${format === 'markdown' ? 'md' : 'yaml'}`,
    });
    expect(entry?.unreleased).toBe(unreleased);
    expect(entry?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe.skipIf(!mirror)(
  `specs sync from the local mirror${mirror ? '' : ` (skipped: ${skipReason})`}`,
  () => {
    let work: string;
    // Spec copies stay inside the git-ignored cache folder, like every other copy.
    beforeEach(async () => {
      await mkdir(specsCacheDir, { recursive: true });
      work = await mkdtemp(join(specsCacheDir, '.test-sync-'));
    });
    afterEach(async () => {
      await rm(work, { recursive: true, force: true });
    });

    // A mirror of links to the real files, so one file can be altered or removed cheaply.
    async function linkedMirror(): Promise<string> {
      const dir = join(work, 'mirror');
      await copyDirAsLinks(mirror ?? '', dir);
      return dir;
    }

    test('copies every file, then keeps the verified cache', async () => {
      const cacheDir = join(work, 'cache');
      const first = await syncSpecs({ from: mirror, cacheDir });
      expect(first.copied).toHaveLength(33);
      expect(first.kept).toEqual([]);
      const second = await syncSpecs({ from: mirror, cacheDir });
      expect(second).toMatchObject({ copied: [], kept: entries.map((entry) => entry.file) });
      expect(await ensureSpecs(cacheDir)).toBe(cacheDir);
    });

    test('takes the mirror from DOCKER_API_SPECS_DIR', async () => {
      const result = await syncSpecs({
        cacheDir: join(work, 'cache'),
        env: { DOCKER_API_SPECS_DIR: mirror },
      });
      expect(result.source).toBe(mirror);
      expect(result.copied).toHaveLength(33);
    });

    test('a checksum mismatch names the file and fails', async () => {
      const dir = await linkedMirror();
      const altered = join(dir, 'v1.41.yaml');
      const text = await readFile(altered, 'utf8');
      await unlink(altered);
      await writeFile(altered, text.replace('1.41', '1.99'));
      const sync = syncSpecs({ from: dir, cacheDir: join(work, 'cache') });
      await expect(sync).rejects.toBeInstanceOf(UsageError);
      await expect(sync).rejects.toThrow(/^v1\.41\.yaml in .* does not match its SHA-256/);
      await expect(ensureSpecs(dir)).rejects.toThrow(/v1\.41\.yaml/);
    });

    test('a missing file names the file and fails, and replaces a corrupt cached copy once present', async () => {
      const dir = await linkedMirror();
      await unlink(join(dir, 'v1.24.md'));
      const cacheDir = join(work, 'cache');
      await expect(syncSpecs({ from: dir, cacheDir })).rejects.toThrow(/^v1\.24\.md is missing from /);
      await writeFile(join(cacheDir, 'v1.24.md'), 'not the reference');
      const repaired = await syncSpecs({ from: mirror, cacheDir });
      expect(repaired.copied).toEqual(['v1.24.md']);
    });

    test('downloads go through the same verification', async () => {
      const urls: string[] = [];
      const download = async (url: string) => {
        urls.push(url);
        const file = entries.find((entry) => url.endsWith(`/${entry.upstreamPath}`))?.file ?? '';
        return new Uint8Array(await readFile(join(mirror ?? '', file)));
      };
      const cacheDir = join(work, 'cache');
      const result = await syncSpecs({ cacheDir, forceDownload: true, download });
      expect(result.copied).toHaveLength(33);
      expect(urls[0]).toBe(
        'https://raw.githubusercontent.com/moby/moby/b985e2313a8676e18072b442911fc8f64f17d440/api/docs/v1.24.md',
      );
      await rm(cacheDir, { recursive: true });
      const corrupt = async () => new TextEncoder().encode('tampered');
      await expect(syncSpecs({ cacheDir, forceDownload: true, download: corrupt })).rejects.toThrow(
        /^v1\.24\.md in https:\/\/raw\.githubusercontent\.com\/.* does not match .* \(and 32 more spec file problems\)$/,
      );
    });

    test('the CLI exits 2 with one line for a folder that does not exist', async () => {
      const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      try {
        expect(await run(['specs', 'sync', '--from', join(work, 'nowhere')])).toBe(2);
        const written = stderr.mock.calls.map((call) => String(call[0])).join('');
        expect(written).toMatch(/^docker-api-compat: spec folder .*nowhere does not exist\n$/);
      } finally {
        stderr.mockRestore();
      }
    });
  },
);

async function copyDirAsLinks(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) await symlink(join(from, name), join(to, name));
}
