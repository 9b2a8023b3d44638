import { compareText } from '../text/compare.ts';
import { DockerContext } from './context/docker-context.ts';
import { sameExtension } from './context/same-package.ts';
import { siblingGivesContext } from './context/sibling-context.ts';
import { extractors as registry } from './extractors/index.ts';
import { ENGINE_ROOT_LITERALS } from './extractors/shared/path-starts.ts';
import type { ExtractInput, Extractor, FileSelector } from './extractors/types.ts';
import { treeOf } from './parse/service.ts';
import type { SourceFile } from './source-file.ts';
import { anyLiteralTest } from './text/any-literal.ts';
import { LineIndex } from './text/line-index.ts';
import { escapeRegExp } from './text/literal-pattern.ts';
import type { Usage } from './usage.ts';

const ALL = [...registry.values()];

/** Every enabler literal of the given extractors: a file holding none is skipped. */
export function prefilterLiterals(extractors: readonly Extractor[] = ALL): string[] {
  return [...new Set(extractors.flatMap((extractor) => extractor.enablers))];
}

/**
 * The enabler literals that are Engine path roots: the extractors they enable
 * (raw-http, curl) read a root only where a path can start
 * (shared/path-starts.ts), so the sieve passes them only at a path boundary.
 */
export function boundedLiterals(extractors: readonly Extractor[] = ALL): string[] {
  const roots = new Set(ENGINE_ROOT_LITERALS);
  return prefilterLiterals(extractors).filter((literal) => roots.has(literal));
}

/** One pattern for all enablers: one pass over a file that holds none, the common case. */
export function prefilterPattern(extractors: readonly Extractor[] = ALL): RegExp {
  return new RegExp(prefilterLiterals(extractors).map(escapeRegExp).join('|'));
}

/** Whether a text holds one of an extractor's enablers: one test per enabler list (./text/any-literal.ts). */
const enablerTests = new WeakMap<readonly string[], (text: string) => boolean>();

function enablerTest(enablers: readonly string[]): (text: string) => boolean {
  let test = enablerTests.get(enablers);
  if (!test) {
    test = anyLiteralTest(enablers);
    enablerTests.set(enablers, test);
  }
  return test;
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
export function extractFile(
  file: SourceFile,
  extractors: readonly Extractor[] = ALL,
  siblings?: () => readonly SourceFile[],
): Usage[] {
  // Each list is tested once per file however many extractors share it, and only
  // for the extractors that select the file.
  const enabled = new Map<readonly string[], boolean>();
  const enabledFor = (extractor: Extractor): boolean => {
    // An extractor without enablers reads every file it selects.
    if (extractor.enablers.length === 0) return true;
    let holds = enabled.get(extractor.enablers);
    if (holds === undefined) {
      holds = enablerTest(extractor.enablers)(file.text);
      enabled.set(extractor.enablers, holds);
    }
    return holds;
  };
  const chosen = extractors.filter(
    (extractor) => selects(extractor.files, file.path) && enabledFor(extractor),
  );
  // No extractor, no usages: nothing for the Docker-context rule to keep or drop.
  if (chosen.length === 0) return [];
  const input: ExtractInput = {
    file,
    lines: new LineIndex(file.text),
    tree: (language) => treeOf(file, language),
    ...(siblings && { siblings: once(siblings) }),
  };
  const found: Usage[] = [];
  for (const extractor of chosen) found.push(...extractor.extract(input));
  const context = contextOf(extractors === ALL ? ALL : extractors);
  // A sibling of the same package with Docker context gives it to this file (a client built there).
  const listed = input.siblings;
  const siblingContext =
    listed &&
    (() =>
      siblingGivesContext(
        file.text,
        found,
        () => sameExtension(file.path, listed()),
        (text) => context.hasSignal(text),
      ));
  const kept = dedupe(context.apply(file.text, found, siblingContext));
  const role = file.role;
  return sortUsages(role === undefined ? kept : kept.map((usage) => ({ ...usage, role })));
}

/** The provider's siblings, listed once per file however many extractors ask. */
function once(siblings: () => readonly SourceFile[]): () => readonly SourceFile[] {
  let cached: readonly SourceFile[] | undefined;
  return () => {
    cached ??= siblings();
    return cached;
  };
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
  const seen = new Map<string, string>();
  return usages.filter((usage) => {
    // A pin read by two extractors (api-pin and an SDK's) is one pin: same line, same version.
    const key =
      usage.kind === 'pin'
        ? `pin:${usage.line}:${usage.pin}:${usage.defaultOf ?? ''}`
        : `request:${usage.line}:${usage.column}:${usage.path}`;
    const first = seen.get(key);
    // One extractor may report one place twice on purpose (a wrapper called from two places).
    if (first !== undefined && first !== usage.extractor) return false;
    seen.set(key, usage.extractor);
    return true;
  });
}

export function sortUsages(usages: Usage[]): Usage[] {
  return usages.sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.extractor, b.extractor),
  );
}
