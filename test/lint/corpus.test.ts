import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  corpora,
  formatFindingScore,
  formatScore,
  labelResolver,
  scoreCorpus,
  scoreFindings,
  siblingsIn,
  // @ts-expect-error: a plain ES module script shared with the command line
} from '../../scripts/corpus-score.mjs';
import { getElement } from '../../src/data/elements.ts';
import { extractFile } from '../../src/lint/extract.ts';
import { extractors } from '../../src/lint/extractors/index.ts';
import { cachedResolve } from '../../src/lint/resolve-usage.ts';
import { applyRules } from '../../src/lint/rules/index.ts';
import type { Usage } from '../../src/lint/usage.ts';

const extract = (file: string, text: string, dir: string) =>
  extractFile({ path: file, text }, undefined, siblingsIn(dir, file));
const resolve = cachedResolve();
const fromLabels = labelResolver(getElement);

const findingsOf = (usages: Usage[], api: string, origin: 'label' | 'extracted') =>
  applyRules(usages, origin === 'label' ? fromLabels : resolve, { api, from: `--target ${api}` });

// Goals: precision ≥ 95%, recall ≥ 90%, strict at element lines, on corpora of a minimum size.
// Each SDK and CLI corpus is scored once the extractor it was written for is registered.
const goals: readonly [string, string, number, number][] = [
  ['raw', 'raw-http', 40, 20],
  ['dockerode', 'dockerode', 30, 30],
  ['go-sdk', 'go-sdk', 12, 10],
  ['docker-py', 'docker-py', 12, 10],
  ['docker-cli', 'docker-cli', 12, 10],
  ['shapes', 'raw-http', 16, 20],
];

describe.each(goals.filter(([name]) => existsSync(join(corpora[name], 'labels.json'))))(
  'the %s corpus',
  (name, extractor, minFiles, minFindings) => {
    const dir = (corpora as Record<string, string>)[name];
    if (!extractors.has(extractor)) {
      test.skip(`waits for the ${extractor} extractor`, () => {});
      return;
    }

    test('extraction, element by element at its line', () => {
      const score = scoreCorpus(extract, resolve, dir);
      console.log(`${name}: ${formatScore(score)}`);
      if (process.env.CORPUS_VERBOSE) for (const miss of score.misses) console.log(JSON.stringify(miss));
      expect(score.files).toBeGreaterThanOrEqual(minFiles);
      expect(score.precision).toBeGreaterThanOrEqual(0.95);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    });

    test('findings caused by the extracted usages, guards applied and folded, match those of the labels', () => {
      const score = scoreFindings(extract, findingsOf, dir);
      console.log(`${name}: ${formatFindingScore(score)}`);
      expect(score.findings).toBeGreaterThan(minFindings);
      expect(score.precision).toBeGreaterThanOrEqual(0.95);
      expect(score.recall).toBeGreaterThanOrEqual(0.9);
    });
  },
);
