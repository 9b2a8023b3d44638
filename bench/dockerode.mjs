#!/usr/bin/env node
// Benchmark: what dockerode support costs. On the JavaScript and TypeScript
// files of the project's node_modules (dockerode and docker-modem among them),
// in one run and in memory (reading is left out):
//   all       — extractFile with every extractor, as the linter runs;
//   raw-only  — the same without the dockerode extractor;
//   parser    — the syntax trees alone, for the files the dockerode extractor is handed;
//   forced    — the dockerode extractor (parse included) on every JS/TS file, as
//               if each named dockerode: what the literal prefilter saves, and
//               the cost per parsed file on code that is not written for Docker.
// Run after `npm run build`:  node bench/dockerode.mjs [--root DIR] [--rounds N]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from '@ast-grep/napi';
import { extractFile, prefilterPattern } from '../dist/lint/extract.js';
import { extractors } from '../dist/lint/extractors/index.js';
import { isJsFile, languageOf } from '../dist/lint/js/parse.js';

const { values: opts } = parseArgs({
  options: { root: { type: 'string', default: 'node_modules' }, rounds: { type: 'string', default: '3' } },
});
const MAX_BYTES = 2 * 1024 * 1024;
const JS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);

function sources(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && JS.has(extname(entry.name)) && statSync(path).size <= MAX_BYTES)
        found.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn) {
  const started = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

const files = sources(opts.root);
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);
const rawOnly = [...extractors.values()].filter((e) => e.id !== 'dockerode');
const rawPattern = prefilterPattern(rawOnly);
const dockerode = extractors.get('dockerode');
// Fresh SourceFile objects each pass: the per-file tree cache must not carry over.
const runAll = () => files.reduce((n, f) => n + extractFile({ path: f.path, text: f.text }).length, 0);
const runRaw = () =>
  files.reduce((n, f) => n + (rawPattern.test(f.text) ? extractFile({ ...f }, rawOnly).length : 0), 0);
const handed = files.filter((f) => isJsFile(f.path) && dockerode.enablers.some((e) => f.text.includes(e)));
const runParse = () => handed.reduce((n, f) => n + (parse(languageOf(f.path), f.text).root() ? 1 : 0), 0);
const runExtractor = () =>
  handed.reduce((n, f) => n + dockerode.extract({ file: { ...f }, lines: undefined }).length, 0);

const jsFiles = files.filter((f) => isJsFile(f.path));
const runForced = () =>
  jsFiles.reduce((n, f) => n + dockerode.extract({ file: { ...f }, lines: undefined }).length, 0);
const runForcedParse = () =>
  jsFiles.reduce((n, f) => n + (parse(languageOf(f.path), f.text).root() ? 1 : 0), 0);

runAll();
runRaw();
const samples = { all: [], raw: [], parse: [], extractor: [], forced: [], forcedParse: [] };
let usages = { all: 0, raw: 0 };
for (let round = 0; round < Number(opts.rounds); round++) {
  // Alternate the order so that neither run always follows the other.
  const [all, raw] = round % 2 === 0 ? [time(runAll), time(runRaw)] : [time(runRaw), time(runAll)].reverse();
  samples.all.push(all.ms);
  samples.raw.push(raw.ms);
  samples.parse.push(time(runParse).ms);
  samples.extractor.push(time(runExtractor).ms);
  if (round === 0) {
    samples.forced.push(time(runForced).ms);
    samples.forcedParse.push(time(runForcedParse).ms);
  }
  usages = { all: all.result, raw: raw.result };
}
const [all, raw, parseMs, extractorMs, forcedMs, forcedParseMs] = [
  samples.all,
  samples.raw,
  samples.parse,
  samples.extractor,
  samples.forced,
  samples.forcedParse,
].map(median);
const mb = bytes / 1024 / 1024;
const fixed = (x, d = 1) => x.toFixed(d);
console.log(
  `tree: ${opts.root}, ${files.length} JS/TS files, ${fixed(mb)} MB; ${cpus().length} cores; medians of ${opts.rounds} rounds`,
);
console.log(
  `all extractors : ${fixed(all)} ms, ${fixed(files.length / (all / 1000), 0)} files/s, ${fixed(mb / (all / 1000))} MB/s, ${usages.all} usages`,
);
console.log(
  `raw-path only  : ${fixed(raw)} ms, ${fixed(files.length / (raw / 1000), 0)} files/s, ${fixed(mb / (raw / 1000))} MB/s, ${usages.raw} usages`,
);
console.log(`ratio all / raw-only: ${fixed(all / raw, 2)}×`);
console.log(
  `dockerode extractor: handed ${handed.length} files (${fixed((handed.length / files.length) * 100, 2)}% of the tree, those naming "dockerode"); ` +
    `parse alone ${fixed(parseMs)} ms (${fixed(parseMs / Math.max(handed.length, 1), 2)} ms/file), ` +
    `extractor with parse ${fixed(extractorMs)} ms (${fixed(extractorMs / Math.max(handed.length, 1), 2)} ms/file)`,
);
console.log(
  `share of the all-extractors time: parser ${fixed((parseMs / all) * 100)}%, dockerode extractor ${fixed((extractorMs / all) * 100)}%, difference all − raw-only ${fixed(((all - raw) / all) * 100)}%`,
);
console.log(
  `forced on all ${jsFiles.length} JS/TS files: parse ${fixed(forcedParseMs)} ms (${fixed(forcedParseMs / jsFiles.length, 2)} ms/file), ` +
    `extractor with parse ${fixed(forcedMs)} ms (${fixed(forcedMs / jsFiles.length, 2)} ms/file) = ${fixed(forcedMs / all, 1)}× the all-extractors run: the cost the "dockerode" prefilter avoids`,
);
