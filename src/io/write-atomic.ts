import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { UsageError } from '../errors.ts';

/** Writes a file so that readers see the old or the new content, never half of it. */
export function writeFileAtomic(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'write failed';
    throw new UsageError(`cannot write ${path} (${reason})`);
  }
}
