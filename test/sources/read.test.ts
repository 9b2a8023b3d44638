import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { pinnedSource, sourceDir } from '../../src/sources/read.ts';
import { syncSources } from '../../src/sources/sync.ts';

const mirror = join(import.meta.dirname, '../../../shared/sources');
let hasMirror = true;
try {
  sourceDir('docker-py@7.1.0');
} catch {
  hasMirror = false;
}

describe.skipIf(!hasMirror)('pinned sources from the local mirror', () => {
  test('reads a file whose SHA-256 matches and cites it at its commit', () => {
    const source = pinnedSource('docker-py@7.1.0');
    expect(source.read('docker/version.py')).toMatch(/version/);
    expect(source.cite('docker/api/container.py', 12)).toBe(
      'docker/api/container.py:12@a3652028b1ead708bd9191efb286f909ba6c2a49',
    );
  });

  test('a changed file is refused with its path named', () => {
    const copy = mkdtempSync(join(tmpdir(), 'sources-'));
    cpSync(join(mirror, 'docker-py@7.1.0'), join(copy, 'docker-py@7.1.0'), { recursive: true });
    writeFileSync(join(copy, 'docker-py@7.1.0/docker/version.py'), 'tampered\n');
    const source = pinnedSource('docker-py@7.1.0', { from: copy });
    expect(() => source.read('docker/version.py')).toThrow(
      /docker\/version.py .* does not match its SHA-256/,
    );
  });
});

test('an unknown id is a one-line usage error', () => {
  expect(() => pinnedSource('nope@1')).toThrow(/unknown pinned source nope@1/);
});

test('the download sync checks every sum', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'sources-cache-'));
  await expect(
    syncSources(['podman@v4.3.1'], async () => new TextEncoder().encode('x'), cache),
  ).rejects.toThrow(/does not match its SHA-256/);
});
