import { posix } from 'node:path';
import picomatch from 'picomatch';
import { FILE_ROLES } from './role-names.ts';
import type { FileRole } from './usage.ts';

export { FILE_ROLES };

/** Globs per role from the config (`roles`), tried before the conventions. */
export type RoleOverrides = Partial<Record<FileRole, readonly string[]>>;

/**
 * Conventional names, first match wins: test code (JS/TS, Go, Python, Java
 * layouts and fixture folders), examples, then documentation.
 */
const CONVENTIONS: readonly (readonly [Exclude<FileRole, 'source' | 'generated'>, RegExp])[] = [
  ['test', /(?:^|\/)(?:tests?|__tests__|__mocks__|spec|testdata|fixtures|e2e|integration-tests?)\//],
  [
    'test',
    /(?:_test\.go|(?:^|\/)test_[^/]*\.py|_test\.py|(?:^|\/)conftest\.py|\.(?:spec|test)\.[cm]?[jt]sx?|Tests?\.(?:java|kt|cs))$/,
  ],
  ['example', /(?:^|\/)(?:examples?|samples?|demos?)\//],
  ['docs', /(?:^|\/)docs?\//],
  ['docs', /\.(?:md|mdx|markdown|rst|adoc|txt)$/i],
];

/** The marker Go, protobuf and most generators write in the first lines (golang.org/s/generatedcode). */
const GENERATED = /^(?:\/\/|#|\/\*|--|;) ?(?:Code generated\b[^\n]{0,200}DO NOT EDIT|@generated\b)/m;
const HEADER_CHARS = 1024;

/**
 * Decides each file's role; one instance per scan, overrides compiled once.
 * Config globs match the path from the working directory, as `include` and
 * `exclude` do; the naming conventions match the path below the scanned
 * folder it was found in, so `needs test/fixtures/app` answers for that
 * app's own code rather than calling all of it test code.
 */
export class RoleClassifier {
  readonly #overrides: readonly (readonly [FileRole, (path: string) => boolean])[];
  readonly #roots: readonly string[];

  /** `roots`: the scanned folders, relative to the working directory, POSIX (`test/fixtures/app`). */
  constructor(overrides: RoleOverrides = {}, roots: readonly string[] = []) {
    this.#overrides = FILE_ROLES.flatMap((role) => {
      const globs = overrides[role];
      return globs?.length ? [[role, picomatch([...globs], { dot: true })] as const] : [];
    });
    this.#roots = roots
      .map((root) => posix.normalize(picomatch.scan(root).base || '.').replace(/\/+$/, ''))
      .filter((root) => root !== '.' && root !== '' && !root.startsWith('..'))
      .sort((a, b) => b.length - a.length);
  }

  roleOf(path: string, text: string): FileRole {
    for (const [role, matches] of this.#overrides) if (matches(path)) return role;
    if (GENERATED.test(text.slice(0, HEADER_CHARS))) return 'generated';
    const below = this.#below(path);
    for (const [role, pattern] of CONVENTIONS) if (pattern.test(below)) return role;
    return 'source';
  }

  /** The path below the longest scanned root that holds it; a root named as a file leaves its base name. */
  #below(path: string): string {
    for (const root of this.#roots) {
      if (path.startsWith(`${root}/`)) return path.slice(root.length + 1);
      if (path === root) return posix.basename(path);
    }
    return path;
  }
}
