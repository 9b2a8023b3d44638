import { elementStore } from '../../data/store.ts';

/**
 * Every operation path the Engine API has had from 1.24 to the newest
 * version, parameters written `{}`, from the element data's operation list.
 * Extractors only report paths of this shape, which keeps `/api/containers`
 * or `/images/logo.png` out.
 */
export const ENGINE_PATHS: readonly string[] = [
  ...new Set(
    elementStore()
      .operations()
      .map((operation) => operation.slice(operation.indexOf(' ') + 1).replace(/\{[^}]+\}/g, '{}')),
  ),
].sort();

/** First path segments of the Engine API: the literal prefilter of the raw-path extractors. */
export const ENGINE_ROOTS: readonly string[] = [
  ...new Set(ENGINE_PATHS.map((template) => template.split('/')[1] ?? '')),
];

/** Roots whose parameter may contain slashes (image and plugin references). */
const SLASHED_PARAM_ROOTS = new Set(['images', 'distribution', 'plugins']);

const TEMPLATES: readonly (readonly string[])[] = ENGINE_PATHS.map((template) =>
  template.split('/').slice(1),
);

/**
 * The templates a path starting with `root` can fit, in TEMPLATES order: a
 * template whose first segment is another literal never fits, and most
 * paths were compared with every template.
 */
const BY_ROOT = new Map<string, (readonly string[])[]>();
for (const template of TEMPLATES) {
  const root = template[0] ?? '';
  BY_ROOT.set(root, [...(BY_ROOT.get(root) ?? []), template]);
}
const ANY_ROOT = BY_ROOT.get('{}') ?? [];

function templatesFor(root: string): readonly (readonly string[])[] {
  if (ANY_ROOT.length === 0) return BY_ROOT.get(root) ?? [];
  return TEMPLATES.filter((template) => template[0] === root || template[0] === '{}');
}

/**
 * The Engine template a concrete path (`/containers/abc/json`, `/containers/{}/json`)
 * has, preferring literal segments over parameters; undefined if none.
 */
export function matchEnginePath(path: string): string | undefined {
  const segments = path.split('/').slice(1);
  let best: { template: readonly string[]; params: number } | undefined;
  for (const template of templatesFor(segments[0] ?? '')) {
    const params = matchSegments(segments, template, SLASHED_PARAM_ROOTS.has(segments[0] ?? ''));
    if (params !== undefined && (best === undefined || params < best.params)) best = { template, params };
  }
  return best ? `/${best.template.join('/')}` : undefined;
}

/** Number of parameter segments used, or undefined when the path does not fit. */
function matchSegments(
  segments: readonly string[],
  template: readonly string[],
  slashed: boolean,
): number | undefined {
  if (!slashed) {
    if (segments.length !== template.length) return undefined;
    let params = 0;
    for (const [index, part] of template.entries()) {
      if (part === '{}') params++;
      else if (part !== segments[index]) return undefined;
    }
    return params;
  }
  // One parameter that may span several segments: literal head and tail must fit around it.
  const at = template.indexOf('{}');
  if (at === -1)
    return segments.length === template.length && template.every((p, i) => p === segments[i]) ? 0 : undefined;
  const tail = template.length - at - 1;
  if (segments.length < template.length) return undefined;
  for (let i = 0; i < at; i++) if (segments[i] !== template[i]) return undefined;
  for (let i = 1; i <= tail; i++)
    if (segments[segments.length - i] !== template[template.length - i]) return undefined;
  return segments.length - template.length + 1;
}

/**
 * A path only the Engine is likely to have: a literal segment after the first
 * (`/containers/json`, `/exec/{}/start`), unlike `/info` or `/containers/{}`.
 */
export function isDistinctiveEnginePath(template: string): boolean {
  return template
    .split('/')
    .slice(2)
    .some((segment) => segment !== '{}');
}
