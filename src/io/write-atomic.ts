import { writeOutputFile } from './output.ts';

/**
 * Writes a file so that readers see the old or the new content, never half
 * of it; devices and FIFOs are written through (see output.ts).
 */
export function writeFileAtomic(path: string, content: string): void {
  writeOutputFile(path, content);
}
