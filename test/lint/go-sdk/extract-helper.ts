import { goSdkExtractor } from '../../../src/lint/extractors/go-sdk/index.ts';
import { treeOf } from '../../../src/lint/parse/service.ts';
import type { SourceFile } from '../../../src/lint/source-file.ts';
import { LineIndex } from '../../../src/lint/text/line-index.ts';
import type { PinUsage, RequestUsage, Usage } from '../../../src/lint/usage.ts';

/** Runs the extractor on one Go file, with optional sibling files of its package. */
export function extractGo(text: string, siblings: readonly SourceFile[] = [], path = 'pkg/main.go'): Usage[] {
  const file = { path, text };
  return goSdkExtractor.extract({
    file,
    lines: new LineIndex(text),
    tree: (language) => treeOf(file, language),
    siblings: () => siblings,
  });
}

export const requests = (usages: readonly Usage[]): RequestUsage[] =>
  usages.filter((usage): usage is RequestUsage => usage.kind === 'request');
export const pins = (usages: readonly Usage[]): PinUsage[] =>
  usages.filter((usage): usage is PinUsage => usage.kind === 'pin');

/** `line key[=value]` per element, as the corpus labels read. */
export const elementLines = (usage: RequestUsage | undefined): string[] =>
  (usage?.elements ?? []).map(
    (element) =>
      `${element.at.line} ${element.in}:${element.name}${element.value === undefined ? '' : `=${element.value}`}`,
  );

/** Source text with a leading newline trimmed, so line 1 is the `package` clause. */
export const go = (strings: TemplateStringsArray): string => strings.join('').replace(/^\n/, '');
