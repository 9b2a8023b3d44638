/**
 * The upstream API changelog (`api/docs/CHANGELOG.md`) read mechanically:
 * one section per API version, one bullet per change, each with its line
 * and the endpoints it names. Only facts leave this module (versions, lines,
 * operation keys, backticked names); the prose stays in the pinned source.
 */

export interface ChangelogBullet {
  /** API version of the section (`1.42`). */
  readonly version: string;
  /** 1-based line of the bullet's first line. */
  readonly line: number;
  /** The bullet's text, lines joined by spaces (never committed). */
  readonly text: string;
  /** Operations the bullet names, `METHOD /path` with `{…}` templates, in order. */
  readonly endpoints: readonly string[];
  /** Every backticked word that is not an endpoint, in order. */
  readonly names: readonly string[];
}

const SECTION = /^#{2,4}\s+v(1\.\d+)\s+API changes/i;
const BULLET = /^[*-]\s+/;
const ENDPOINT = /\b(GET|POST|PUT|DELETE|HEAD)\s+`?(\/(?:[^\s`,?(){}]|\([^)]*\)|\{[^}]*\})*)/gi;
const BACKTICKED = /`([^`]+)`/g;

/** Every bullet of every version section, in file order. */
export function parseChangelog(text: string): ChangelogBullet[] {
  const bullets: ChangelogBullet[] = [];
  let version: string | undefined;
  let open: { line: number; parts: string[] } | undefined;
  const close = (): void => {
    if (open && version) bullets.push(bulletOf(version, open.line, open.parts.join(' ')));
    open = undefined;
  };
  text.split('\n').forEach((raw, index) => {
    const section = SECTION.exec(raw);
    if (section) {
      close();
      version = section[1];
      return;
    }
    // A bullet starts at column 0; indented lines and lines after it continue it.
    if (BULLET.test(raw)) {
      close();
      open = { line: index + 1, parts: [raw.replace(BULLET, '')] };
    } else if (raw.trim() === '' || raw.startsWith('#')) close();
    else open?.parts.push(raw.trim());
  });
  close();
  return bullets;
}

function bulletOf(version: string, line: number, text: string): ChangelogBullet {
  const endpoints = [...text.matchAll(ENDPOINT)].map(([, method, path]) =>
    normalizeEndpoint(method as string, path as string),
  );
  const names = [...text.matchAll(BACKTICKED)]
    .map(([, name]) => (name as string).trim())
    .filter((name) => !/^(GET|POST|PUT|DELETE|HEAD)\s/i.test(name) && !name.startsWith('/'));
  return { version, line, text, endpoints: [...new Set(endpoints)], names };
}

// The changelog spells parameters many ways: (name), (id or name), {name:.*}.
const PARAMETER_SPELLINGS: readonly [RegExp, string][] = [
  [/\{([a-z]+):[^}]*\}/gi, '{$1}'],
  [/\(([^)]*?)\)/g, '{$1}'],
  [/\{[^}]*\bor\b[^}]*\}/g, '{id}'],
  [/\{plugin name\}/g, '{name}'],
];

// Singular spellings of plural collections, as some bullets write them.
const COLLECTION_TYPOS: readonly [RegExp, string][] = [
  [/^\/(container|service|node|image|network|volume|secret|config|task|plugin)\//, '/$1s/'],
];

/** `GET /containers/(id or name)/json/` → `GET /containers/{id}/json`. */
export function normalizeEndpoint(method: string, path: string): string {
  let normal = path.replace(/[.:;]+$/, '');
  for (const [pattern, replacement] of PARAMETER_SPELLINGS) normal = normal.replace(pattern, replacement);
  for (const [pattern, replacement] of COLLECTION_TYPOS) normal = normal.replace(pattern, replacement);
  normal = normal.replace(/\/+$/, '') || '/';
  return `${method.toUpperCase()} ${normal}`;
}
