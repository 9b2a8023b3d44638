import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, type LanguageId, languageOfPath } from '../../src/lint/parse/languages.ts';
import { ParsePacer, parseCount, treeOf } from '../../src/lint/parse/service.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const read = (path: string) => readFileSync(join(fixtures, path), 'utf8');

/** A real file of each registered language, and a node kind its grammar must find there. */
const SAMPLES: Record<LanguageId, readonly [string, string]> = {
  javascript: ['dockerode-readme/readme-examples.js', 'call_expression'],
  typescript: ['corpus/js/engine-client.ts', 'class_declaration'],
  tsx: ['corpus/js/engine-client.ts', 'method_definition'],
  go: ['go-sdk-corpus/v28/exec.go', 'composite_literal'],
  python: ['docker-py-corpus/services/worker_pool.py', 'keyword_argument'],
  bash: ['corpus/sh/deploy.sh', 'command'],
  java: ['shapes-corpus/java/SandboxRunner.java', 'method_declaration'],
  rust: ['shapes-corpus/rust/engine.rs', 'function_item'],
  ruby: ['shapes-corpus/ruby/engine.rb', 'method'],
  php: ['shapes-corpus/php/DockerClient.php', 'method_declaration'],
  csharp: ['shapes-corpus/csharp/EngineClient.cs', 'constructor_declaration'],
};

describe('the parser service', () => {
  // In this order the built-in grammars parse before the dynamic ones are registered: the late registration is tested too.
  test.each(Object.keys(LANGUAGES) as LanguageId[])('parses a real %s file', (language) => {
    const [path, kind] = SAMPLES[language];
    const root = treeOf({ path, text: read(path) }, language);
    expect(root).toBeDefined();
    expect(root?.findAll({ rule: { kind } }).length).toBeGreaterThan(0);
    // Error nodes stay local: the grammar reads the file as its language.
    expect(root?.findAll({ rule: { kind: 'ERROR' } }).length ?? 0).toBeLessThan(3);
  });

  test('the language comes from the file name', () => {
    expect(languageOfPath('cmd/main.go')).toBe('go');
    expect(languageOfPath('a/b.pyi')).toBe('python');
    expect(languageOfPath('ci/run.sh')).toBe('bash');
    expect(languageOfPath('src/Engine.cs')).toBe('csharp');
    expect(languageOfPath('lib/engine.rb')).toBe('ruby');
    expect(languageOfPath('Makefile')).toBeUndefined();
  });

  test('a file is parsed once per language, whoever asks', () => {
    const file = { path: 'x.go', text: 'package x\nfunc f() {}\n' };
    const before = parseCount();
    const first = treeOf(file);
    expect(treeOf(file)).toBe(first);
    expect(parseCount() - before).toBe(1);
  });

  test('memory stays flat over 8,000 parses when the loop is paced', async () => {
    const text = read('go-sdk-corpus/v28/exec.go').slice(0, 1200);
    const pacer = new ParsePacer();
    let warm = 0;
    for (let i = 0; i < 8000; i++) {
      treeOf({ path: 'x.go', text })?.findAll({ rule: { kind: 'call_expression' } });
      if (pacer.due()) await pacer.pause();
      if (i === 1000) warm = process.memoryUsage().rss;
    }
    const growth = process.memoryUsage().rss - warm;
    // Unpaced, the same loop grows by about 35 bytes per byte parsed: ≈ 290 MB here.
    expect(growth).toBeLessThan(64 * 1024 * 1024);
  }, 60_000);
});
