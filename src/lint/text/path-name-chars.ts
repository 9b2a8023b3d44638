/**
 * What may not follow an Engine path root: a root is read only where none of
 * these follows it, so `/information` starts no path. A byte of a multi-byte
 * character is not one of them (the sieve reads bytes, ../scan/byte-prefilter.ts;
 * the extractors read text, ../extractors/shared/path-starts.ts).
 */
export const PATH_NAME_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-';
