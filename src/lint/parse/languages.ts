/**
 * The languages the parser service reads, by id. Built-in grammars come with
 * @ast-grep/napi; the others are prebuilt tree-sitter parsers shipped inside
 * the npm packages named here and registered once, all in one call.
 */
export interface LanguageSpec {
  /** File name endings without the dot. */
  readonly extensions: readonly string[];
  /** Base names matched exactly (`Makefile` is not here: recipes are not bash). */
  readonly names?: readonly string[];
  /** The napi `Lang` member of a built-in grammar. */
  readonly builtin?: 'JavaScript' | 'TypeScript' | 'Tsx';
  /** The npm package of a dynamic grammar. */
  readonly dynamic?: string;
}

export const LANGUAGES = {
  javascript: { extensions: ['js', 'mjs', 'cjs', 'jsx'], builtin: 'JavaScript' },
  typescript: { extensions: ['ts', 'mts', 'cts'], builtin: 'TypeScript' },
  tsx: { extensions: ['tsx'], builtin: 'Tsx' },
  go: { extensions: ['go'], dynamic: '@ast-grep/lang-go' },
  python: { extensions: ['py', 'pyi'], dynamic: '@ast-grep/lang-python' },
  bash: { extensions: ['sh', 'bash'], dynamic: '@ast-grep/lang-bash' },
  java: { extensions: ['java'], dynamic: '@ast-grep/lang-java' },
  rust: { extensions: ['rs'], dynamic: '@ast-grep/lang-rust' },
  ruby: { extensions: ['rb'], dynamic: '@ast-grep/lang-ruby' },
  php: { extensions: ['php'], dynamic: '@ast-grep/lang-php' },
  csharp: { extensions: ['cs'], dynamic: '@ast-grep/lang-csharp' },
} as const satisfies Record<string, LanguageSpec>;

export type LanguageId = keyof typeof LANGUAGES;

const BY_EXTENSION = new Map<string, LanguageId>();
for (const [id, spec] of Object.entries(LANGUAGES) as [LanguageId, LanguageSpec][]) {
  for (const extension of spec.extensions) BY_EXTENSION.set(extension, id);
}

/** The language of a file by its name, or undefined when no registered grammar reads it. */
export function languageOfPath(path: string): LanguageId | undefined {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot === -1 ? undefined : BY_EXTENSION.get(base.slice(dot + 1));
}
