import type { SourceFile } from '../source-file.ts';
import type { LineIndex } from '../text/line-index.ts';
import type { Usage } from '../usage.ts';

/** Which files an extractor reads; absent members mean "any text file". */
export interface FileSelector {
  /** File name endings without the dot: `ts`, `yml`, `d.ts`. */
  readonly extensions?: readonly string[];
  /** Base names matched exactly: `Dockerfile`, `compose.yaml`. */
  readonly names?: readonly string[];
}

/** What an extractor receives for one file. */
export interface ExtractInput {
  readonly file: SourceFile;
  readonly lines: LineIndex;
}

/**
 * A declarative extractor plugin. The scanner reads `files` and `enablers`
 * to skip files cheaply; `extract` is pure: text in, usages out, no I/O.
 */
export interface Extractor {
  /** Stable kebab-case id, recorded on every usage. */
  readonly id: string;
  readonly title: string;
  readonly files: FileSelector;
  /**
   * Literal strings, case-sensitive: a file holding none of them is not
   * handed to `extract`. The benchmark searches for the same literals.
   */
  readonly enablers: readonly string[];
  extract(input: ExtractInput): Usage[];
}
