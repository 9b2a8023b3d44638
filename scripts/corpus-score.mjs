#!/usr/bin/env node
// Precision and recall of a labelled corpus (test/fixtures/<corpus>/labels.json,
// format in test/fixtures/LABELS.md), scored strictly: an extracted element
// matches a label only when the operation, the element key and the line agree.
// Run after `npm run build`:
//   node scripts/corpus-score.mjs [raw|dockerode|…|DIR] [--verbose]
// The test suite calls these functions with the TypeScript sources.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = (name) => fileURLToPath(new URL(`../test/fixtures/${name}/`, import.meta.url));

/** The labelled corpora by name. */
export const corpora = {
  raw: fixtures('corpus'),
  dockerode: fixtures('dockerode-corpus'),
  'go-sdk': fixtures('go-sdk-corpus'),
  'docker-py': fixtures('docker-py-corpus'),
  'docker-cli': fixtures('docker-cli-corpus'),
  shapes: fixtures('shapes-corpus'),
};

/** The other files of a corpus file's folder, as the scan hands them to extractors. */
export function siblingsIn(dir, file) {
  return () => {
    const folder = path.posix.dirname(file);
    return readdirSync(path.join(dir, folder), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== path.posix.basename(file))
      .map((entry) => {
        const relative = folder === '.' ? entry.name : `${folder}/${entry.name}`;
        return { path: relative, text: readFileSync(path.join(dir, relative), 'utf8') };
      });
  };
}

export function readLabels(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')).files;
}

/** Labels as items: one per request, element and pin, each with its line. */
export function labelItems(file, labels) {
  const items = [];
  for (const label of labels) {
    if (label.pin !== undefined && label.request === undefined) {
      items.push({
        file,
        kind: 'pin',
        key: `pin ${label.pin}${label.default ? ' default' : ''}`,
        line: label.line,
      });
      continue;
    }
    items.push({ file, kind: 'request', key: label.request, line: label.line });
    for (const element of label.elements ?? [])
      items.push({ file, kind: 'element', key: `${label.request} ${element.key}`, line: element.line });
  }
  return items;
}

/**
 * Extracted usages as items. A request whose method the code leaves open
 * has several candidate operations: it matches the label of any of them.
 */
export function usageItems(file, usages, resolve) {
  const items = [];
  for (const usage of usages) {
    if (usage.kind === 'pin') {
      items.push({
        file,
        kind: 'pin',
        key: `pin ${usage.pin}${usage.defaultOf ? ' default' : ''}`,
        line: usage.line,
      });
      continue;
    }
    const candidates = resolve(usage).candidates;
    if (candidates.length === 0) continue;
    items.push({
      file,
      kind: 'request',
      key: candidates[0].operation.key,
      alternatives: candidates.map((candidate) => candidate.operation.key),
      line: usage.line,
      candidates,
    });
  }
  return items;
}

/** Elements of the candidate the request item was matched as. */
function elementItems(file, request) {
  const candidate = request.candidates.find((c) => c.operation.key === request.key) ?? request.candidates[0];
  // Labels are per line: an element written twice on one line (`type=a&type=b`) is one label.
  const seen = new Set();
  return candidate.elements
    .filter((placed) => placed.facts.in !== 'operation' && placed.facts.in !== 'path')
    .map((placed) => ({ file, kind: 'element', key: placed.facts.key, line: placed.at.line }))
    .filter((item) => !seen.has(`${item.key} ${item.line}`) && seen.add(`${item.key} ${item.line}`));
}

/**
 * `extract(relativePath, text, dir)` returns the usages of one file (siblings from `dir`), `resolve`
 * the element facts of a request usage. Returns counts per kind, figures and
 * the misses, so a test can both assert and explain.
 */
export function scoreCorpus(extract, resolve, dir) {
  const files = readLabels(dir);
  const counts = { request: tally(), element: tally(), pin: tally() };
  const misses = [];
  for (const [file, labels] of Object.entries(files)) {
    const expected = labelItems(file, labels);
    const actual = usageItems(file, extract(file, readFileSync(path.join(dir, file), 'utf8'), dir), resolve);
    const open = [...expected];
    const take = (item, accept) => {
      const at = open.findIndex(
        (label) => label.kind === item.kind && label.line === item.line && accept(label),
      );
      return at === -1 ? undefined : open.splice(at, 1)[0];
    };
    const found = [];
    for (const item of actual) {
      if (item.kind === 'request') {
        const label = take(item, (l) => (item.alternatives ?? [item.key]).includes(l.key));
        if (label) item.key = label.key;
        found.push({ item, hit: label !== undefined });
        found.push(...elementItems(file, item).map((element) => ({ item: element })));
      } else found.push({ item, hit: take(item, (l) => l.key === item.key) !== undefined });
    }
    for (const entry of found) {
      if (entry.hit === undefined)
        entry.hit = take(entry.item, (l) => l.key === entry.item.key) !== undefined;
      const kind = counts[entry.item.kind];
      if (entry.hit) kind.truePositives++;
      else {
        kind.falsePositives++;
        misses.push({ file, unexpected: entry.item.key, line: entry.item.line });
      }
    }
    for (const label of open) {
      counts[label.kind].falseNegatives++;
      misses.push({ file, missing: label.key, line: label.line });
    }
  }
  const total = sum(Object.values(counts));
  return { files: Object.keys(files).length, ...figures(total), byKind: mapValues(counts, figures), misses };
}

function tally() {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

function sum(tallies) {
  return tallies.reduce(
    (all, t) => ({
      truePositives: all.truePositives + t.truePositives,
      falsePositives: all.falsePositives + t.falsePositives,
      falseNegatives: all.falseNegatives + t.falseNegatives,
    }),
    tally(),
  );
}

function figures(t) {
  return {
    ...t,
    labels: t.truePositives + t.falseNegatives,
    precision: t.truePositives / (t.truePositives + t.falsePositives || 1),
    recall: t.truePositives / (t.truePositives + t.falseNegatives || 1),
  };
}

function mapValues(object, fn) {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

/** Labelled requests and pins as usages, for the findings the labels imply. */
export function labelUsages(file, labels) {
  return labels.map((label) => {
    if (label.request === undefined)
      return {
        kind: 'pin',
        extractor: 'label',
        file,
        line: label.line,
        column: 1,
        pin: label.pin,
        ...(label.default && { defaultOf: 'its library' }),
      };
    const [method, template] = label.request.split(' ');
    return {
      kind: 'request',
      extractor: 'label',
      file,
      line: label.line,
      column: 1,
      method,
      path: template.replace(/\{[^}]+\}/g, '{}'),
      operation: label.request,
      ...(label.pin && { pin: label.pin }),
      elements: [],
      labelled: label.elements ?? [],
      anchored: true,
      ...(label.guard && { guard: labelGuard(label.guard) }),
    };
  });
}

/** A resolver for label usages: element keys straight to their facts. */
export function labelResolver(getElement) {
  return (usage) => {
    const operation = getElement(usage.operation);
    if (!operation) return { candidates: [] };
    const elements = [{ facts: operation, at: { line: usage.line, column: 1 } }];
    for (const element of usage.labelled) {
      const facts = getElement(`${usage.operation} ${element.key}`);
      if (facts) elements.push({ facts, at: { line: element.line, column: 1 } });
    }
    return { candidates: [{ operation, elements }] };
  };
}

/** A labelled guard as the guard pass records it; checks are labelled by line, compared as versions. */
function labelGuard(guard) {
  const checks = (guard.checks ?? []).map((check) => ({ column: 1, compare: 'version', ...check }));
  return { ...guard, checks };
}

/** Targets the findings score is taken at: old, middle and recent daemons. */
export const FINDING_TARGETS = ['1.30', '1.40', '1.44'];

/**
 * Precision and recall of findings: those the labels cause (the truth)
 * against those the extracted usages cause, at each target in
 * FINDING_TARGETS, matched on file, line, rule and element. A finding folded
 * into an outer one with an equal or later requirement counts as covered.
 */
export function scoreFindings(extract, findingsOf, dir) {
  const files = readLabels(dir);
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  const misses = [];
  const key = (f) => `${f.line}:${f.rule}:${f.element}`;
  const folded = (findings) =>
    new Set(findings.flatMap((f) => (f.folded ?? []).map((e) => `${f.rule}:${e}`)));
  for (const api of FINDING_TARGETS) {
    for (const [file, labels] of Object.entries(files)) {
      const expected = findingsOf(labelUsages(file, labels), api, 'label');
      const actual = findingsOf(
        extract(file, readFileSync(path.join(dir, file), 'utf8'), dir),
        api,
        'extracted',
      );
      const actualKeys = new Set(actual.map(key));
      const expectedKeys = new Set(expected.map(key));
      const actualFolded = folded(actual);
      const expectedFolded = folded(expected);
      for (const f of actual) {
        if (expectedKeys.has(key(f)) || expectedFolded.has(`${f.rule}:${f.element}`)) truePositives++;
        else {
          falsePositives++;
          misses.push({ target: api, file, unexpected: key(f) });
        }
      }
      for (const f of expected) {
        if (actualKeys.has(key(f)) || actualFolded.has(`${f.rule}:${f.element}`)) continue;
        falseNegatives++;
        misses.push({ target: api, file, missing: key(f) });
      }
    }
  }
  return {
    findings: truePositives + falseNegatives,
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives / (truePositives + falsePositives || 1),
    recall: truePositives / (truePositives + falseNegatives || 1),
    misses,
  };
}

const pct = (x) => `${(x * 100).toFixed(1)}%`;

export function formatScore(score) {
  const kinds = Object.entries(score.byKind)
    .filter(([, k]) => k.labels > 0 || k.falsePositives > 0)
    .map(([name, k]) => `${name}s ${k.truePositives}/${k.labels} (${k.falsePositives} false)`)
    .join(', ');
  return [
    `corpus: ${score.files} files, ${score.labels} labels (${kinds})`,
    `precision ${pct(score.precision)} (${score.truePositives} true, ${score.falsePositives} false positives)`,
    `recall    ${pct(score.recall)} (${score.falseNegatives} missed)`,
  ].join('\n');
}

export function formatFindingScore(score) {
  return `findings at targets ${FINDING_TARGETS.join(', ')}: ${score.findings} expected; precision ${pct(score.precision)}, recall ${pct(score.recall)} (${score.falsePositives} false, ${score.falseNegatives} missed)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { extractFile } = await import('../dist/lint/extract.js');
  const { applyRules } = await import('../dist/lint/rules/index.js');
  const { cachedResolve } = await import('../dist/lint/resolve-usage.js');
  const { getElement } = await import('../dist/data/index.js');
  const extract = (file, text, dir) => extractFile({ path: file, text }, undefined, siblingsIn(dir, file));
  const name = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'raw';
  const dir = corpora[name] ?? path.resolve(name);
  const resolve = cachedResolve();
  const score = scoreCorpus(extract, resolve, dir);
  console.log(formatScore(score));
  const fromLabels = labelResolver(getElement);
  const findingsOf = (usages, api, origin) =>
    applyRules(usages, origin === 'label' ? fromLabels : resolve, { api, from: `--target ${api}` });
  const findings = scoreFindings(extract, findingsOf, dir);
  console.log(formatFindingScore(findings));
  if (process.argv.includes('--verbose'))
    for (const miss of [...score.misses, ...findings.misses]) console.log(JSON.stringify(miss));
}
