import { type Case, NEEDS_141 } from './harness.ts';

// Issue 18 items 8, 10 and the .mjs syntax error of 19: config search and loading.

const D = ['--docker', '19.03'];
const tree = { 'a.sh': NEEDS_141 };
/** A config that leaves a mark when it is run: the snapshot sees the new file. */
const MARKS = `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./RAN', import.meta.url), 'x');\nexport default { rules: { 'api-too-new': 'off' } };\n`;
const ALL_OFF = JSON.stringify({ rules: { 'api-too-new': 'off', 'api-version-unsupported': 'off' } });

const cases: Case[] = [
  {
    name: '8. a JS config above the repository is never run',
    tree,
    above: { 'docker-api-compat.config.mjs': MARKS },
    args: ['lint', 'a.sh', ...D],
    code: 1,
    message: /^$/,
  },
  {
    name: '8. an rc file above the repository does not turn rules off',
    inProcess: true,
    tree: { 'deep/er/still/a.sh': NEEDS_141 },
    above: { '.docker-api-compatrc.json': ALL_OFF },
    cwd: 'deep/er/still',
    args: ['lint', 'a.sh', ...D],
    code: 1,
    message: /^$/,
  },
  {
    name: '8. a package.json above the repository does not apply',
    inProcess: true,
    tree,
    above: { 'package.json': JSON.stringify({ 'docker-api-compat': { docker: '29.0' } }) },
    args: ['lint', 'a.sh'],
    code: 2,
    message: /name a target/,
  },
  {
    name: '8. inside the repository the search still walks up',
    inProcess: true,
    tree: { 'sub/a.sh': NEEDS_141, '.docker-api-compatrc.json': ALL_OFF },
    cwd: 'sub',
    args: ['lint', 'a.sh', ...D],
    code: 0,
    message: /^$/,
  },
  {
    name: '8. a JS config that links out of the project is refused',
    tree: { ...tree, 'docker-api-compat.config.mjs': { link: '../evil.mjs' } },
    above: { 'evil.mjs': MARKS },
    args: ['lint', 'a.sh', ...D],
    code: 2,
    message: /config .*docker-api-compat\.config\.mjs leads to .*outside\/evil\.mjs, outside the project/,
  },
  {
    name: '10. a config that never settles: one line, exit 2, at once',
    tree: { ...tree, 'docker-api-compat.config.mjs': 'export default await new Promise(() => {});\n' },
    args: ['lint', 'a.sh', ...D],
    code: 2,
    message: /config .* never settles: its export awaits a promise that nothing can resolve/,
    timeoutMs: 15_000,
  },
  {
    name: '10. a config that leaves a timer running does not keep the run alive',
    tree: {
      ...tree,
      'docker-api-compat.config.mjs': "setInterval(() => {}, 1000);\nexport default { docker: '19.03' };\n",
    },
    args: ['lint', 'a.sh'],
    code: 1,
    message: /^$/,
    timeoutMs: 15_000,
  },
  {
    name: '10. a config that never settles while a timer runs fails after the limit',
    tree: {
      ...tree,
      'docker-api-compat.config.mjs':
        'setInterval(() => {}, 1000);\nexport default await new Promise(() => {});\n',
    },
    args: ['lint', 'a.sh', ...D],
    code: 2,
    message: /did not finish loading within 10 s/,
    timeoutMs: 20_000,
  },
  {
    name: '19. an .mjs syntax error is reported as one',
    tree: { ...tree, 'docker-api-compat.config.mjs': 'export default {\n' },
    args: ['lint', 'a.sh', ...D],
    code: 2,
    message: /cannot load config .*\.mjs: SyntaxError: Unexpected end of input/,
  },
  {
    name: 'a config that throws',
    tree: {
      ...tree,
      'docker-api-compat.config.js': "throw new Error('boom');\n",
      'package.json': '{"type":"module"}',
    },
    args: ['lint', 'a.sh', ...D],
    code: 2,
    message: /cannot load config .*config\.js: boom/,
  },
  {
    name: 'an rc file that is a FIFO is not read',
    tree: { ...tree, '.docker-api-compatrc': { fifo: true } },
    args: ['lint', 'a.sh', ...D],
    code: 2,
    message: /config .*\.docker-api-compatrc is not a regular file/,
    timeoutMs: 15_000,
  },
  {
    name: '--config naming a FIFO',
    tree: { ...tree, 'c.json': { fifo: true } },
    args: ['lint', 'a.sh', ...D, '-c', 'c.json'],
    code: 2,
    message: /config .*c\.json is not a regular file/,
    timeoutMs: 15_000,
  },
  {
    name: '--config naming a folder',
    tree: { ...tree, conf: { dir: true } },
    args: ['lint', 'a.sh', ...D, '-c', 'conf'],
    code: 2,
    message: /config .*conf is not a regular file/,
  },
  {
    name: 'an rc file that is not JSON',
    inProcess: true,
    tree: { ...tree, '.docker-api-compatrc': 'docker: 20.10\n' },
    args: ['lint', 'a.sh', ...D],
    code: 2,
    message: /config .*\.docker-api-compatrc is not valid JSON/,
  },
  {
    name: 'a config range with an empty alternative',
    inProcess: true,
    tree: { ...tree, '.docker-api-compatrc.json': JSON.stringify({ docker: '20.10 ||' }) },
    args: ['lint', 'a.sh'],
    code: 2,
    message: /empty alternative/,
  },
  {
    name: 'a config target that is a Docker version',
    inProcess: true,
    tree: { ...tree, '.docker-api-compatrc.json': JSON.stringify({ target: '20.10' }) },
    args: ['lint', 'a.sh'],
    code: 2,
    message: /is a Docker version, not an API version|must be an API version/,
  },
];

export const configCases = cases;
