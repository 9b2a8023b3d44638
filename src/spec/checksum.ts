import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ManifestEntry } from './manifest.ts';

/** Why a spec file cannot be used: absent, or bytes that do not hash to the manifest's SHA-256. */
export type SpecProblem = {
  readonly file: string;
  readonly kind: 'missing' | 'mismatch';
  readonly actual?: string;
};

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Checks bytes obtained from any source (mirror file or download) against the manifest. */
export function checkBytes(entry: ManifestEntry, bytes: Uint8Array): SpecProblem | null {
  const actual = sha256(bytes);
  return actual === entry.sha256 ? null : { file: entry.file, kind: 'mismatch', actual };
}

/** Reads `dir/entry.file`; resolves to its bytes or the problem that disqualifies it. */
export async function readVerified(
  dir: string,
  entry: ManifestEntry,
): Promise<{ bytes: Uint8Array; problem: null } | { bytes: null; problem: SpecProblem }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, entry.file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { bytes: null, problem: { file: entry.file, kind: 'missing' } };
    }
    throw error;
  }
  const problem = checkBytes(entry, bytes);
  return problem ? { bytes: null, problem } : { bytes, problem: null };
}

/** One line naming the first problem (and how many more there are) and where. */
export function describeProblems(problems: readonly SpecProblem[], source: string): string {
  const [first] = problems;
  if (!first) return '';
  const what =
    first.kind === 'missing'
      ? `${first.file} is missing from ${source}`
      : `${first.file} in ${source} does not match its SHA-256 in specs/manifest.json (got ${first.actual})`;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more spec file problems)` : '';
  return `${what}${more}`;
}
