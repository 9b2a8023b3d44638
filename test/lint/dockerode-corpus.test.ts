import { expect, test } from 'vitest';
import {
  corpora,
  formatFindingScore,
  formatScore,
  scoreCorpus,
  scoreFindings,
  // @ts-expect-error: a plain ES module script shared with the command line
} from '../../scripts/corpus-score.mjs';
import { resolveRequest } from '../../src/data/index.ts';
import { extractFile } from '../../src/lint/extract.ts';
import { applyRules } from '../../src/lint/rules/index.ts';
import type { RequestUsage, Usage } from '../../src/lint/usage.ts';

const extract = (file: string, text: string) => extractFile({ path: file, text });

test('dockerode corpus: usages at precision ≥ 95%, recall ≥ 90%', () => {
  const score = scoreCorpus(extract, corpora.dockerode);
  console.log(formatScore(score));
  if (process.env.CORPUS_VERBOSE) for (const miss of score.misses) console.log(JSON.stringify(miss));
  expect(score.files).toBeGreaterThanOrEqual(30);
  expect(score.precision).toBeGreaterThanOrEqual(0.95);
  expect(score.recall).toBeGreaterThanOrEqual(0.9);
});

test('dockerode corpus: findings, guards applied, match those of the labels', () => {
  const resolve = (u: RequestUsage) =>
    resolveRequest({
      ...(u.method && { method: u.method }),
      path: u.path,
      query: u.query,
      body: u.body,
      headers: u.headers,
    });
  const findingsOf = (usages: Usage[], api: string) =>
    applyRules(usages, resolve, { api, from: `--target ${api}` });
  const score = scoreFindings(extract, findingsOf, corpora.dockerode);
  console.log(formatFindingScore(score));
  expect(score.findings).toBeGreaterThan(30);
  expect(score.precision).toBeGreaterThanOrEqual(0.95);
  expect(score.recall).toBeGreaterThanOrEqual(0.9);
});
