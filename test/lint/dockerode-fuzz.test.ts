import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import type { Usage } from '../../src/lint/usage.ts';

// Pieces of dockerode code and version checks: random mixes are broken
// JavaScript that still reaches the receiver tracking, option shapes and the
// guard walk; the grammar recovers from errors, the extractor must too.
const FRAGMENTS = [
  "import Docker from 'dockerode';\n",
  "const Docker = require('dockerode');\n",
  "import * as D from 'dockerode';\n",
  'const docker = new Docker(',
  'new Docker({ version: ',
  "'v1.41'",
  'docker',
  'this.docker',
  '.',
  'createContainer(',
  'getContainer(id)',
  'start(',
  'run(',
  'pull(',
  '.then((c) => c.',
  '(err, c) => ',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  ';',
  '\n',
  ' ',
  'HostConfig: ',
  'CgroupnsMode: ',
  "'private'",
  '...',
  'opts',
  'const opts = ',
  'await ',
  'async ',
  'function ',
  '=> ',
  'if (',
  'else ',
  'return;',
  'throw e;',
  '!',
  ' && ',
  ' || ',
  ' ? ',
  ' : ',
  "semver.gte(info.ApiVersion, '1.41.0')",
  'parseFloat(apiVersion) >= 1.41',
  "compareVersions(v, '1.41') >= 0",
  'const { ApiVersion: v } = await docker.version();\n',
  'class A { ',
  'constructor(private docker: Docker) {}',
  ': Docker',
  '`',
  '${',
  "'",
  '"',
  '/*',
  '*/',
  '//',
  '\\',
  '<div>',
  '</div>',
  "'http://localhost/v1.41/containers/json'",
];

const EXTENSIONS = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'];

function wellFormed(usages: readonly Usage[]): void {
  for (const usage of usages) {
    expect(usage.line).toBeGreaterThanOrEqual(1);
    expect(usage.column).toBeGreaterThanOrEqual(1);
    if (usage.kind === 'request') expect(usage.path.startsWith('/')).toBe(true);
  }
}

describe('dockerode extractor on arbitrary input', () => {
  test('random mixes of dockerode fragments never throw and yield well-formed usages', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }),
        fc.constantFrom(...EXTENSIONS),
        (parts, ext) => {
          wellFormed(
            extractFile({ path: `src/f.${ext}`, text: `import Docker from 'dockerode';\n${parts.join('')}` }),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  test('random text in a dockerode file never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (noise) => {
        wellFormed(extractFile({ path: 'src/f.ts', text: `import Docker from 'dockerode';\n${noise}` }));
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['deep parentheses', `${'('.repeat(20000)}docker.ping()${')'.repeat(20000)}`],
    [
      'a long && chain',
      `const docker = new Docker();\n${'apiVersion >= 1.41 && '.repeat(5000)}docker.ping();`,
    ],
    ['deeply nested objects', `new Docker().createContainer(${'{ a: '.repeat(3000)}1${' }'.repeat(3000)});`],
    ['deeply nested blocks', `${'if (x) {'.repeat(3000)}new Docker().ping();${'}'.repeat(3000)}`],
    ['a lone surrogate and NUL', "new Docker().ping('\uD800\u0000');"],
  ])('%s: no exception', (_, body) => {
    expect(() =>
      extractFile({ path: 'src/f.ts', text: `import Docker from 'dockerode';\n${body}` }),
    ).not.toThrow();
  });
});

describe('dockerode and raw paths in one file', () => {
  test('both are reported, each once', () => {
    const text = `import Docker from 'dockerode';
const docker = new Docker({ socketPath: '/var/run/docker.sock' });
await docker.listContainers({ all: true });
const res = await fetch('http://localhost/v1.41/containers/json?all=1');
docker.modem.dial({ path: '/containers/json?', method: 'GET' });
`;
    const usages = extractFile({ path: 'src/mixed.ts', text });
    expect(usages.map((u) => (u.kind === 'request' ? [u.extractor, u.line, u.path] : [u.kind]))).toEqual([
      ['dockerode', 3, '/containers/json'],
      ['raw-http', 4, '/containers/json'],
      ['raw-http', 5, '/containers/json'],
    ]);
  });

  test('a file without the literal "dockerode" is never parsed', () => {
    const text = `const docker = connect();\ndocker.createContainer({ HostConfig: { CgroupnsMode: 'private' } });`;
    expect(extractFile({ path: 'src/a.ts', text })).toEqual([]);
  });
});

describe('require forms', () => {
  test.each([
    ['single quotes', "const D = require('dockerode');", 1],
    ['double quotes', 'const D = require("dockerode");', 1],
    ['a template', 'const D = require(`dockerode`);', 1],
    ['another module', "const D = require('dockerode-compose');", 0],
  ])('%s', (_, line, count) => {
    expect(extractFile({ path: 'a.js', text: `${line}\nnew D().ping();` })).toHaveLength(count);
  });
});

describe('JSDoc-typed parameters in JavaScript', () => {
  test.each([
    ['{Docker}', 'docker', 'docker.ping();', ['GET /_ping']],
    ['{Docker.Container}', 'c', 'c.start();', ['POST /containers/{}/start']],
    ['{Container}', 'c', 'c.start();', ['POST /containers/{}/start']],
    ['{Docker.Widget}', 'w', 'w.start();', []],
    ['{Foo}', 'docker', 'docker.ping();', []],
  ])('@param %s %s', (type, param, call, want) => {
    const text = `const Docker = require('dockerode');
const { Container } = require('dockerode');
/** @param ${type} ${param} */
function f(${param}) { ${call} }`;
    const usages = extractFile({ path: 'a.js', text });
    expect(usages.map((u) => (u.kind === 'request' ? `${u.method} ${u.path}` : u.kind))).toEqual(want);
  });
});
