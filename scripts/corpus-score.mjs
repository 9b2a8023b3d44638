#!/usr/bin/env node
// Precision and recall of usage extraction on a labelled corpus
// (test/fixtures/<corpus>/labels.json). Run after `npm run build`:
//   node scripts/corpus-score.mjs [raw|dockerode|DIR] [--verbose]
// The test suite calls scoreCorpus() with the TypeScript sources.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const corpusDir = fileURLToPath(new URL('../test/fixtures/corpus/', import.meta.url));

/** The labelled corpora by name: raw paths in many languages, and dockerode code. */
export const corpora = {
  raw: corpusDir,
  dockerode: fileURLToPath(new URL('../test/fixtures/dockerode-corpus/', import.meta.url)),
};

/** A usage and a label are the same when kind, line (column on one-line files), path and pin agree. */
function sameUsage(label, usage) {
  if (label.kind !== usage.kind || label.line !== usage.line) return false;
  if (label.column !== undefined && label.column !== usage.column) return false;
  return label.kind === 'pin' ? label.pin === usage.pin : label.path === usage.path;
}

/** Attributes beyond identity: method (when labelled), pin, query names, body paths, guard range. */
function attributesAgree(label, usage) {
  if (label.kind === 'pin') return true;
  const same = (a = [], b = []) => a.length === b.length && a.every((v, i) => v === b[i]);
  return (
    (label.method === undefined || label.method === usage.method) &&
    label.pin === usage.pin &&
    same(label.query, usage.query) &&
    same(label.body, usage.body) &&
    label.guard?.atLeast === usage.guard?.atLeast &&
    label.guard?.below === usage.guard?.below
  );
}

/**
 * `extract(relativePath, text)` returns the usages of one file. Returns counts,
 * figures and the per-file misses, so a test can both assert and explain.
 */
export function scoreCorpus(extract, dir = corpusDir) {
  const { files } = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let attributeMatches = 0;
  const misses = [];
  for (const [file, labels] of Object.entries(files)) {
    const usages = extract(file, readFileSync(path.join(dir, file), 'utf8'));
    const unmatched = [...usages];
    for (const label of labels) {
      const at = unmatched.findIndex((usage) => sameUsage(label, usage));
      if (at === -1) {
        falseNegatives++;
        misses.push({ file, missing: label });
        continue;
      }
      const [usage] = unmatched.splice(at, 1);
      truePositives++;
      if (attributesAgree(label, usage)) attributeMatches++;
      else misses.push({ file, attributes: { expected: label, actual: usage } });
    }
    falsePositives += unmatched.length;
    for (const usage of unmatched) misses.push({ file, unexpected: usage });
  }
  const precision = truePositives / (truePositives + falsePositives || 1);
  const recall = truePositives / (truePositives + falseNegatives || 1);
  return {
    files: Object.keys(files).length,
    labels: truePositives + falseNegatives,
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    attributeAccuracy: attributeMatches / (truePositives || 1),
    misses,
  };
}

/** Labelled usages as the extractors would report them, to derive the findings they should cause. */
function labelUsages(file, labels) {
  return labels.map((label) =>
    label.kind === 'pin'
      ? { kind: 'pin', extractor: 'label', file, line: label.line, column: label.column ?? 1, pin: label.pin }
      : {
          kind: 'request',
          extractor: 'label',
          file,
          line: label.line,
          column: label.column ?? 1,
          ...(label.method && { method: label.method }),
          path: label.path,
          ...(label.pin && { pin: label.pin }),
          query: label.query ?? [],
          body: label.body ?? [],
          headers: [],
          anchored: true,
          ...(label.guard && { guard: labelGuard(label.guard) }),
        },
  );
}

/** A labelled guard as the guard pass records it; checks are labelled by line, compared as versions. */
function labelGuard(guard) {
  const checks = (guard.checks ?? []).map((check) => ({ column: 1, compare: 'version', ...check }));
  return { ...guard, checks };
}

/** Targets the findings score is taken at: old, middle and recent daemons. */
export const FINDING_TARGETS = ['1.30', '1.40', '1.44'];

/**
 * Precision and recall of findings: those the labelled usages cause (the
 * truth) against those the extracted usages cause, at each target in
 * FINDING_TARGETS. `findingsOf(usages, api)` runs the rules.
 */
export function scoreFindings(extract, findingsOf, dir = corpusDir) {
  const { files } = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const key = (f) => `${f.file}:${f.line}:${f.rule}:${f.element}:${f.target}`;
  for (const api of FINDING_TARGETS) {
    for (const [file, labels] of Object.entries(files)) {
      const expected = new Set(findingsOf(labelUsages(file, labels), api).map(key));
      const actual = new Set(
        findingsOf(extract(file, readFileSync(path.join(dir, file), 'utf8')), api).map(key),
      );
      for (const k of actual)
        if (expected.has(k)) truePositives++;
        else falsePositives++;
      for (const k of expected) if (!actual.has(k)) falseNegatives++;
    }
  }
  return {
    findings: truePositives + falseNegatives,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives || 1),
    recall: truePositives / (truePositives + falseNegatives || 1),
  };
}

export function formatScore(score) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  return [
    `corpus: ${score.files} files, ${score.labels} labelled usages`,
    `precision ${pct(score.precision)} (${score.truePositives} true, ${score.falsePositives} false positives)`,
    `recall    ${pct(score.recall)} (${score.falseNegatives} missed)`,
    `attributes (method, pin, query, body) exact on ${pct(score.attributeAccuracy)} of matches`,
  ].join('\n');
}

export function formatFindingScore(score) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  return `findings at targets ${FINDING_TARGETS.join(', ')}: ${score.findings} expected; precision ${pct(score.precision)}, recall ${pct(score.recall)} (${score.falsePositives} false, ${score.falseNegatives} missed)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { extractFile } = await import('../dist/lint/extract.js');
  const { applyRules } = await import('../dist/lint/rules/index.js');
  const { resolveRequest } = await import('../dist/data/index.js');
  const extract = (file, text) => extractFile({ path: file, text });
  const name = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'raw';
  const dir = corpora[name] ?? path.resolve(name);
  const score = scoreCorpus(extract, dir);
  console.log(formatScore(score));
  const resolve = (u) =>
    resolveRequest({
      ...(u.method && { method: u.method }),
      path: u.path,
      query: u.query,
      body: u.body,
      headers: u.headers,
    });
  const findingsOf = (usages, api) => applyRules(usages, resolve, { api, from: `--target ${api}` });
  console.log(formatFindingScore(scoreFindings(extract, findingsOf, dir)));
  if (process.argv.includes('--verbose')) for (const miss of score.misses) console.log(JSON.stringify(miss));
}
