import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { packageRoot } from '../package-root.ts';
import { checkBytes, describeProblems, readVerified, type SpecProblem } from './checksum.ts';
import { loadManifest, type ManifestEntry, specsCacheDir, upstreamUrl } from './manifest.ts';

/** Names a folder holding upstream spec files under their manifest names. */
export const SPECS_DIR_ENV = 'DOCKER_API_SPECS_DIR';

// A checkout may sit beside a shared folder of upstream specs; using it spares the download.
const SIBLING_MIRROR = '../shared/specs/docker-engine';

export interface SyncOptions {
  /** Copy from this folder instead of the default source. */
  readonly from?: string;
  /** Ignore local mirrors and fetch from the pinned upstream commit. */
  readonly forceDownload?: boolean;
  readonly cacheDir?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Replaces the network fetch (tests). */
  readonly download?: (url: string) => Promise<Uint8Array>;
}

export interface SyncResult {
  /** The folder copied from, or the upstream URL template when downloaded. */
  readonly source: string;
  readonly cacheDir: string;
  /** Files written to the cache. */
  readonly copied: readonly string[];
  /** Files already in the cache with the right checksum. */
  readonly kept: readonly string[];
}

/**
 * The local mirror: env DOCKER_API_SPECS_DIR if set, else the sibling shared
 * folder if it exists, else undefined (the sync then downloads).
 */
export function mirrorDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | undefined {
  const fromEnv = env[SPECS_DIR_ENV];
  if (fromEnv) return resolve(fromEnv);
  const sibling = resolve(packageRoot, SIBLING_MIRROR);
  return existsSync(sibling) ? sibling : undefined;
}

/** Fills the cache with every manifest file, verifying each SHA-256; throws a UsageError naming a bad file. */
export async function syncSpecs(options: SyncOptions = {}): Promise<SyncResult> {
  const manifest = loadManifest();
  const cacheDir = options.cacheDir ?? specsCacheDir;
  const from = options.from
    ? resolve(options.from)
    : options.forceDownload
      ? undefined
      : mirrorDir(options.env);
  const download = options.download ?? fetchBytes;
  const source = from ?? manifest.upstream.rawUrl.replace('{commit}', manifest.upstream.commit);
  if (from && !existsSync(from)) throw new UsageError(`spec folder ${from} does not exist`);

  const copied: string[] = [];
  const kept: string[] = [];
  const problems: SpecProblem[] = [];
  await mkdir(cacheDir, { recursive: true });
  for (const entry of manifest.versions) {
    if ((await readVerified(cacheDir, entry)).problem === null) {
      kept.push(entry.file);
      continue;
    }
    const obtained = from
      ? await readVerified(from, entry)
      : await downloadVerified(entry, upstreamUrl(manifest, entry), download);
    if (obtained.problem) {
      problems.push(obtained.problem);
      continue;
    }
    await writeAtomically(join(cacheDir, entry.file), obtained.bytes);
    copied.push(entry.file);
  }
  if (problems.length > 0) throw new UsageError(describeProblems(problems, source));
  return { source, cacheDir, copied, kept };
}

async function downloadVerified(
  entry: ManifestEntry,
  url: string,
  download: (url: string) => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array; problem: null } | { bytes: null; problem: SpecProblem }> {
  let bytes: Uint8Array;
  try {
    bytes = await download(url);
  } catch (error) {
    throw new UsageError(`${entry.file}: download from ${url} failed: ${(error as Error).message}`);
  }
  const problem = checkBytes(entry, bytes);
  return problem ? { bytes: null, problem } : { bytes, problem: null };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

// A file is never left half-written in the cache, so "present" implies "complete".
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}
