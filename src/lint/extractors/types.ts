import type { SgNode } from '@ast-grep/napi';
import type { LanguageId } from '../parse/languages.ts';
import type { SourceFile } from '../source-file.ts';
import type { LineIndex } from '../text/line-index.ts';
import type { LineStartPattern } from '../text/line-start.ts';
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
  /**
   * The file's syntax tree in a language from the parser service (parsed
   * once per file and language, shared by every extractor), or undefined
   * when no grammar reads it or the parser failed.
   */
  tree(language?: LanguageId): SgNode | undefined;
  /**
   * Other files of the same package (same folder) that hold one of this
   * extractor's enablers, for cross-file facts such as a client built in a
   * sibling file. Read on demand; empty when the provider cannot list them.
   */
  siblings?(): readonly SourceFile[];
}

/**
 * Evidence in a file's text that its requests go to a Docker daemon, owned
 * by the extractor whose ecosystem it belongs to (an SDK's import path).
 * The Docker-context rule gathers the signals of every registered extractor.
 */
export interface ContextSignals {
  /** Case-sensitive literals: any one of them in the text gives the file Docker context. */
  readonly literals?: readonly string[];
  /** Patterns for signals a literal cannot say (`:2375`). Keep them linear. */
  readonly patterns?: readonly RegExp[];
  /** Patterns that count at a line start after blanks (`import docker`), written without that prefix. */
  readonly lineStarts?: readonly LineStartPattern[];
}

/**
 * A declarative extractor plugin. The scanner reads `files` and `enablers`
 * to skip files cheaply; `extract` is pure: text (and trees) in, usages out,
 * no I/O. An extractor is one folder under src/lint/extractors/ and one
 * entry in ./index.ts; it owns its parsing, its version-guard shapes and its
 * Docker-context signals.
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
  /** What gives a file Docker context in this extractor's ecosystem. */
  readonly context?: ContextSignals;
  extract(input: ExtractInput): Usage[];
}
