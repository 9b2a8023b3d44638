import { describe, expect, test } from 'vitest';
import {
  corpora,
  formatFindingScore,
  formatScore,
  scoreCorpus,
  scoreFindings,
  // @ts-expect-error: a plain ES module script shared with the command line
} from '../../scripts/corpus-score.mjs';
import { extractFile } from '../../src/lint/extract.ts';
import { resolveUsage } from '../../src/lint/resolve-usage.ts';
import { applyRules } from '../../src/lint/rules/index.ts';
import type { Usage } from '../../src/lint/usage.ts';

const extract = (file: string, text: string) => extractFile({ path: file, text });

const resolve = resolveUsage;

const findingsOf = (usages: Usage[], api: string) =>
  applyRules(usages, resolve, { api, from: `--target ${api}` });

// Goals: precision ≥ 95%, recall ≥ 90%, on corpora of a minimum size.
describe.each([
  ['raw', 40, 20],
  ['dockerode', 30, 30],
])('the %s corpus', (name, minFiles, minFindings) => {
  const dir = (corpora as Record<string, string>)[name];

  test('usage extraction', () => {
    const score = scoreCorpus(extract, dir);
    console.log(formatScore(score));
    if (process.env.CORPUS_VERBOSE) for (const miss of score.misses) console.log(JSON.stringify(miss));
    expect(score.files).toBeGreaterThanOrEqual(minFiles);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  test('findings caused by the extracted usages, guards applied, match those of the labels', () => {
    const score = scoreFindings(extract, findingsOf, dir);
    console.log(formatFindingScore(score));
    expect(score.findings).toBeGreaterThan(minFindings);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
