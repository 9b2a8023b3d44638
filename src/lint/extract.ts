import { DockerContext } from './context/docker-context.ts';
import { extractors as registry } from './extractors/index.ts';
import type { ExtractInput, Extractor, FileSelector } from './extractors/types.ts';
import { treeOf } from './parse/service.ts';
import type { SourceFile } from './source-file.ts';
import { LineIndex } from './text/line-index.ts';
import type { Usage } from './usage.ts';

const ALL = [...registry.values()];

/** Every enabler literal of the given extractors: a file holding none is skipped. */
export function prefilterLiterals(extractors: readonly Extractor[] = ALL): string[] {
  return [...new Set(extractors.flatMap((extractor) => extractor.enablers))];
}

/** One pattern for all enablers: one pass over a file that holds none, the common case. */
export function prefilterPattern(extractors: readonly Extractor[] = ALL): RegExp {
  return new RegExp(prefilterLiterals(extractors).map(escapeRegExp).join('|'));
}

const DEFAULT_PREFILTER = prefilterPattern();

// One regex per enabler list (extractors may share one): a single pass
// instead of one `includes` per literal, and one pass per distinct list.
const enablerPatterns = new WeakMap<readonly string[], RegExp>();

function enablerPattern(extractor: Extractor): RegExp {
  let pattern = enablerPatterns.get(extractor.enablers);
  if (!pattern) {
    pattern = prefilterPattern([extractor]);
    enablerPatterns.set(extractor.enablers, pattern);
  }
  return pattern;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const contexts = new WeakMap<readonly Extractor[], DockerContext>();

/** The Docker-context rule with the signals of these extractors. */
function contextOf(extractors: readonly Extractor[]): DockerContext {
  let context = contexts.get(extractors);
  if (!context) {
    context = new DockerContext(extractors.flatMap((extractor) => extractor.context ?? []));
    contexts.set(extractors, context);
  }
  return context;
}

/**
 * Runs the extractors that apply to a file and returns its usages, Docker
 * context applied, duplicates dropped, the file's role stamped, in source order.
 * Each extractor records the version guards of its own language.
 */
export function extractFile(file: SourceFile, extractors: readonly Extractor[] = ALL): Usage[] {
  if (extractors === ALL && !DEFAULT_PREFILTER.test(file.text)) return [];
  const input: ExtractInput = {
    file,
    lines: new LineIndex(file.text),
    tree: (language) => treeOf(file, language),
  };
  const found: Usage[] = [];
  const enabled = new Map<RegExp, boolean>();
  for (const extractor of extractors) {
    if (!selects(extractor.files, file.path)) continue;
    const pattern = enablerPattern(extractor);
    let on = enabled.get(pattern);
    if (on === undefined) {
      on = pattern.test(file.text);
      enabled.set(pattern, on);
    }
    if (on) found.push(...extractor.extract(input));
  }
  const kept = dedupe(contextOf(extractors === ALL ? ALL : extractors).apply(file.text, found));
  const role = file.role;
  return sortUsages(role === undefined ? kept : kept.map((usage) => ({ ...usage, role })));
}

function selects(selector: FileSelector, path: string): boolean {
  if (!selector.extensions && !selector.names) return true;
  const base = path.slice(path.lastIndexOf('/') + 1);
  if (selector.names?.includes(base)) return true;
  return selector.extensions?.some((extension) => base.endsWith(`.${extension}`)) ?? false;
}

/**
 * Two extractors reading the same text keep the first one's usage (registry
 * order). The path is part of the key: one dockerode call (`run`) makes
 * several requests from one place.
 */
function dedupe(usages: readonly Usage[]): Usage[] {
  const seen = new Set<string>();
  return usages.filter((usage) => {
    const key = `${usage.kind}:${usage.line}:${usage.column}:${usage.kind === 'request' ? usage.path : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sortUsages(usages: Usage[]): Usage[] {
  return usages.sort(
    (a, b) =>
      compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.extractor, b.extractor),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
