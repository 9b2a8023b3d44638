import type { SgNode } from '@ast-grep/napi';
import { parseText } from '../../lint/parse/service.ts';

export interface ApiRangeFacts {
  readonly max: string;
  readonly min: string;
  /** 1-based line of the `Compat:` entry. */
  readonly line: number;
}

/**
 * The compat tree's CurrentAPI and MinimalAPI in version/version.go's
 * `APIVersion` map: `Compat: {CurrentAPI: semver.MustParse("1.41.0"), …}`.
 */
export function readApiRange(text: string): ApiRangeFacts {
  const root = parseText('go', text);
  const compat = root
    ?.findAll({ rule: { kind: 'keyed_element' } })
    .find((element) => keyOf(element) === 'Compat');
  if (!compat) throw new Error('version.go: no Compat entry in APIVersion');
  const levels = new Map<string, string>();
  for (const element of compat.findAll({ rule: { kind: 'keyed_element' } })) {
    const literal = element.find({ rule: { kind: 'interpreted_string_literal' } });
    if (literal) levels.set(keyOf(element), JSON.parse(literal.text()) as string);
  }
  const [max, min] = [levels.get('CurrentAPI'), levels.get('MinimalAPI')].map(apiOf);
  if (!max || !min) throw new Error('version.go: the Compat entry lacks CurrentAPI or MinimalAPI');
  return { max, min, line: compat.range().start.line + 1 };
}

function keyOf(element: SgNode): string {
  return (
    element
      .children()
      .find((child) => child.isNamed())
      ?.text() ?? ''
  );
}

// SemVer `1.41.0` → API `1.41`.
function apiOf(semver: string | undefined): string | undefined {
  return semver === undefined ? undefined : /^(\d+\.\d+)\.\d+$/.exec(semver)?.[1];
}
