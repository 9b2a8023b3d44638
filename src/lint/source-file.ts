import type { FileRole } from './usage.ts';

/** One text file handed to extractors. */
export interface SourceFile {
  /** Path relative to the scan's working directory, POSIX separators. */
  readonly path: string;
  /** Decoded text (UTF-8; invalid sequences become U+FFFD). */
  readonly text: string;
  /** What the file is for, when the scan knows it (src/lint/roles.ts). */
  readonly role?: FileRole;
}
