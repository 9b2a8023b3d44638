/** Defaults of the scanner, in one place. */

/** Directories skipped wherever they appear, unless the caller overrides the list. */
export const DEFAULT_EXCLUDED_DIRS: readonly string[] = ['.git', 'node_modules', 'vendor'];

/** Files larger than this are skipped and reported as skipped. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A NUL byte in this many leading bytes marks a file as binary (as git does). */
export const BINARY_SNIFF_BYTES = 8 * 1024;
