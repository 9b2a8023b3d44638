// Parser choice for the JS/TS extractors: @ast-grep/napi against oxc-parser on
// the same files, in one run. Each parser runs in its own child process so that
// its peak RSS is its own; a `read` child that only holds the texts is the baseline.
//
//   node bench/parsers.mjs [--passes N] [--rounds N] [--root DIR]
//
// Figures: files/s and MB/s for parsing alone (the AST made available to JS)
// and for parsing plus one walk that counts calls on member expressions
// (`a.b(...)`, the shape every dockerode call has), and peak RSS.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opts } = parseArgs({
  options: {
    passes: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '2' },
    root: { type: 'string', default: 'node_modules' },
    worker: { type: 'string' },
  },
});

const sourceExts = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
const maxFileBytes = 2 * 1024 * 1024;

/** Every JS/TS source under root (no declaration files), in a stable order. */
function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        entry.isFile() &&
        sourceExts.has(extname(entry.name)) &&
        !/\.d\.[mc]?ts$/.test(entry.name) &&
        statSync(path).size <= maxFileBytes
      )
        files.push(path);
    }
  };
  walk(root);
  return files;
}

const require = createRequire(import.meta.url);
const versionOf = (pkg) => require(`${pkg}/package.json`).version;

async function astGrep() {
  const { Lang, parse } = await import('@ast-grep/napi');
  const langOf = (file) => {
    const ext = extname(file);
    if (ext === '.tsx') return Lang.Tsx;
    return ext.endsWith('ts') ? Lang.TypeScript : Lang.JavaScript;
  };
  const memberCall = {
    rule: { kind: 'call_expression', has: { field: 'function', kind: 'member_expression' } },
  };
  return {
    version: versionOf('@ast-grep/napi'),
    parse: (file, text) => parse(langOf(file), text).root(),
    walk: (root) => root.findAll(memberCall).length,
    hasErrors: (root) => root.find({ rule: { kind: 'ERROR' } }) !== null,
  };
}

async function oxc() {
  const { parseSync, Visitor } = await import('oxc-parser');
  let count = 0;
  const visitor = new Visitor({
    CallExpression(node) {
      if (node.callee.type === 'MemberExpression') count++;
    },
  });
  return {
    version: versionOf('oxc-parser'),
    // `program` is materialised lazily: reading it is part of what an extractor pays.
    parse: (file, text) => {
      const result = parseSync(file, text);
      return { program: result.program, errors: result.errors };
    },
    walk: (parsed) => {
      count = 0;
      visitor.visit(parsed.program);
      return count;
    },
    hasErrors: (parsed) => parsed.errors.length > 0,
  };
}

// Native results are freed by finalizers that only run on an event-loop turn, as
// they would in a scanner that reads files asynchronously: yield after each file.
const turn = () => new Promise((resolve) => setImmediate(resolve));

async function timePasses(passes, files, texts, step) {
  const start = process.hrtime.bigint();
  let calls = 0;
  for (let p = 0; p < passes; p++)
    for (let i = 0; i < files.length; i++) {
      calls += step(files[i], texts[i]);
      await turn();
    }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, calls: calls / passes };
}

async function worker(name) {
  // The parent lists the files once, so every child parses the same set even if the tree changes.
  const files = JSON.parse(readFileSync(0, 'utf8'));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const passes = Number(opts.passes);
  const result = { name, files: files.length, bytes, passes };
  if (name !== 'read') {
    const parser = name === 'ast-grep' ? await astGrep() : await oxc();
    // Untimed warm-up pass, which also counts the files each parser could not parse cleanly.
    result.errorFiles = 0;
    for (let i = 0; i < files.length; i++) {
      if (parser.hasErrors(parser.parse(files[i], texts[i]))) result.errorFiles++;
      await turn();
    }
    result.version = parser.version;
    result.parse = await timePasses(passes, files, texts, (f, t) => (parser.parse(f, t) ? 0 : 0));
    result.parseWalk = await timePasses(passes, files, texts, (f, t) => parser.walk(parser.parse(f, t)));
  }
  result.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(result));
}

function report(results) {
  const rate = (r, t) => (t ? `${((r.files * r.passes) / t.seconds).toFixed(0)} files/s` : '');
  const mbs = (r, t) => (t ? `${((r.bytes * r.passes) / t.seconds / 1e6).toFixed(1)} MB/s` : '');
  const rows = results.map((r) => [
    r.name + (r.version ? ` ${r.version}` : ''),
    `${rate(r, r.parse)} ${mbs(r, r.parse)}`,
    `${rate(r, r.parseWalk)} ${mbs(r, r.parseWalk)}`,
    r.parseWalk ? String(r.parseWalk.calls) : '',
    r.errorFiles === undefined ? '' : String(r.errorFiles),
    `${r.maxRssMB.toFixed(0)} MB`,
  ]);
  const head = ['parser', 'parse', 'parse + walk', 'member calls', 'files w/ errors', 'peak RSS'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  const first = results[0];
  console.log(
    `${first.files} files, ${(first.bytes / 1e6).toFixed(1)} MB under ${opts.root}, ` +
      `${first.passes} timed passes, best of ${opts.rounds} rounds; ${process.version}`,
  );
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  const [grep, ox] = [results[1], results[2]];
  if (grep && ox)
    console.log(
      `oxc / ast-grep speed: parse ${(grep.parse.seconds / ox.parse.seconds).toFixed(1)}x, ` +
        `parse + walk ${(grep.parseWalk.seconds / ox.parseWalk.seconds).toFixed(1)}x`,
    );
}

if (opts.worker) {
  await worker(opts.worker);
} else {
  const script = new URL(import.meta.url).pathname;
  const files = JSON.stringify(sourceFiles(opts.root));
  const run = (name) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [script, '--worker', name, '--passes', opts.passes, '--root', opts.root],
        {
          encoding: 'utf8',
          input: files,
          maxBuffer: 16 * 1024 * 1024,
        },
      ),
    );
  // Rounds alternate the parsers; each keeps its fastest round, since load from
  // elsewhere on the machine can only slow a round down.
  const best = new Map();
  for (let round = 0; round < Number(opts.rounds); round++)
    for (const name of ['read', 'ast-grep', 'oxc']) {
      const r = run(name);
      const kept = best.get(name);
      if (
        !kept ||
        (r.parse && r.parse.seconds + r.parseWalk.seconds < kept.parse.seconds + kept.parseWalk.seconds)
      )
        best.set(name, { ...r, maxRssMB: Math.max(r.maxRssMB, kept?.maxRssMB ?? 0) });
    }
  report([...best.values()]);
}
