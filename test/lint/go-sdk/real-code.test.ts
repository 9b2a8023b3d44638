import { describe, expect, test } from 'vitest';
import { extractGo, goSdkExtractor } from '../../../src/lint/extractors/go-sdk/index.ts';
import { treeOf } from '../../../src/lint/parse/service.ts';
import { LineIndex } from '../../../src/lint/text/line-index.ts';
import type { RequestUsage } from '../../../src/lint/usage.ts';
import { pinnedSource } from '../../../src/sources/read.ts';

const SOURCE = 'docker-cli@v29.7.2';
let reason = '';
try {
  pinnedSource(SOURCE);
} catch (error) {
  reason = (error as Error).message;
}

describe.skipIf(reason !== '')(
  `go-sdk on docker/cli ${SOURCE}${reason ? ` (skipped: ${reason})` : ''}`,
  () => {
    test('every Go file extracts without an error, and the commands reach the client', () => {
      const source = pinnedSource(SOURCE);
      const files = source.paths
        .filter((path) => path.endsWith('.go'))
        .map((path) => ({ path, text: source.read(path) }));
      const folder = (path: string) => path.slice(0, path.lastIndexOf('/'));
      const requests: RequestUsage[] = [];
      for (const file of files) {
        // As the scan hands them over: files of the folder that hold an enabler.
        const siblings = files.filter(
          (other) =>
            other !== file &&
            folder(other.path) === folder(file.path) &&
            goSdkExtractor.enablers.some((enabler) => other.text.includes(enabler)),
        );
        const usages = extractGo({
          file,
          lines: new LineIndex(file.text),
          tree: (language) => treeOf(file, language),
          siblings: () => siblings,
        });
        for (const usage of usages) if (usage.kind === 'request') requests.push(usage);
      }
      expect(requests.length).toBeGreaterThan(100);
      expect(requests.every((usage) => usage.operation !== undefined && usage.extractor === 'go-sdk')).toBe(
        true,
      );
      expect(new Set(requests.map((usage) => usage.operation)).size).toBeGreaterThan(40);
    }, 120_000);
  },
);
