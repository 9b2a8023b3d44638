import picomatch from 'picomatch';
import type { FileRole } from './usage.ts';

/** Every role, in the order `needs` lists them. */
export const FILE_ROLES: readonly FileRole[] = ['source', 'test', 'example', 'docs', 'generated'];

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

/** Decides each file's role; one instance per scan, overrides compiled once. */
export class RoleClassifier {
  readonly #overrides: readonly (readonly [FileRole, (path: string) => boolean])[];

  constructor(overrides: RoleOverrides = {}) {
    this.#overrides = FILE_ROLES.flatMap((role) => {
      const globs = overrides[role];
      return globs?.length ? [[role, picomatch([...globs], { dot: true })] as const] : [];
    });
  }

  roleOf(path: string, text: string): FileRole {
    for (const [role, matches] of this.#overrides) if (matches(path)) return role;
    if (GENERATED.test(text.slice(0, HEADER_CHARS))) return 'generated';
    for (const [role, pattern] of CONVENTIONS) if (pattern.test(path)) return role;
    return 'source';
  }
}
