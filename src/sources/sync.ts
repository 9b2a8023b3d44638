import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.ts';
import { sha256 } from '../spec/checksum.ts';
import { loadSourcesManifest, sourcesCacheDir } from './manifest.ts';

/**
 * Downloads every file of the named pinned sources (default: all) from the
 * pinned upstream commits into sources/cache/, checking each SHA-256. For
 * machines without a local mirror; the generators read the cache last.
 */
export async function syncSources(
  ids?: readonly string[],
  download: (url: string) => Promise<Uint8Array> = fetchBytes,
  cacheDir = sourcesCacheDir,
): Promise<{ files: number }> {
  const manifest = loadSourcesManifest();
  let files = 0;
  for (const id of ids ?? Object.keys(manifest.sources)) {
    const entry = manifest.sources[id];
    if (!entry) throw new UsageError(`unknown pinned source ${id} (see sources/manifest.json)`);
    for (const [path, expected] of Object.entries(entry.files)) {
      const url = manifest.rawUrl
        .replace('{repository}', entry.repository)
        .replace('{commit}', entry.commit)
        .replace('{path}', path);
      const bytes = await download(url);
      if (sha256(bytes) !== expected)
        throw new UsageError(`${url} does not match its SHA-256 in sources/manifest.json`);
      const target = join(cacheDir, id, path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}.tmp`, bytes);
      await rename(`${target}.tmp`, target);
      files++;
    }
  }
  return { files };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new UsageError(`download of ${url} failed: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
