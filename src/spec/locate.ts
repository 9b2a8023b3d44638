import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { describeProblems, readVerified, type SpecProblem } from './checksum.ts';
import { loadManifest, specsCacheDir } from './manifest.ts';
import { mirrorDir } from './sync.ts';

/**
 * The first folder, cache first, then the mirror (env DOCKER_API_SPECS_DIR or
 * the sibling shared folder), that holds every manifest file. Checks presence
 * only; `ensureSpecs` verifies checksums.
 */
export function specsDir(): string | undefined {
  const { versions } = loadManifest();
  return candidates().find((dir) => versions.every((entry) => existsSync(join(dir, entry.file))));
}

/**
 * A folder whose spec files all match the manifest: `dir` if given (else a
 * UsageError naming the bad file), otherwise the cache, then the mirror.
 */
export async function ensureSpecs(dir?: string): Promise<string> {
  if (dir !== undefined) {
    const absolute = resolve(dir);
    const problems = await verifyDir(absolute);
    if (problems.length > 0) throw new UsageError(describeProblems(problems, absolute));
    return absolute;
  }
  for (const candidate of candidates()) {
    if ((await verifyDir(candidate)).length === 0) return candidate;
  }
  throw new UsageError('no verified Engine API specs found: run `docker-api-compat specs sync` first');
}

/** Every problem with the manifest files in `dir`, in version order. */
export async function verifyDir(dir: string): Promise<SpecProblem[]> {
  const results = await Promise.all(loadManifest().versions.map((entry) => readVerified(dir, entry)));
  return results.flatMap((result) => (result.problem ? [result.problem] : []));
}

function candidates(): string[] {
  const mirror = mirrorDir();
  return mirror ? [specsCacheDir, mirror] : [specsCacheDir];
}
