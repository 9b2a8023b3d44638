import { createHash } from 'node:crypto';

/**
 * The first 8 hex digits of the SHA-256 of a source line, trimmed: a table
 * entry keyed by line and hash fails the build when the line it reads moves
 * or changes, instead of silently citing other text.
 */
export function lineHash(text: string): string {
  return createHash('sha256').update(text.trim()).digest('hex').slice(0, 8);
}

/** The text of 1-based `line` of `text`, or undefined past the end. */
export function lineOf(text: string, line: number): string | undefined {
  return text.split('\n')[line - 1];
}
