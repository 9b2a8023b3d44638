// yargs' Node platform shim (yargs/lib/platform-shims/esm.mjs), as the bundled
// CLI needs it. The original costs start-up for features the CLI never uses:
// - createRequire and the CommonJS get-caller-file (for commandDir and
//   require-able config files) load Node's CommonJS loader and interop;
// - findUp walks up from the working directory, listing every directory, to
//   read a package.json for a version the CLI sets itself (.version());
// - y18n looks up locale files next to the bundle, where there are none, so
//   the bundled CLI always spoke the built-in English strings.
// Every shim member stays (yargs reads them by name); the unused ones refuse.
import { basename, dirname, extname, join, normalize, relative, resolve } from 'node:path';
import { format, inspect } from 'node:util';
import cliui from 'cliui';
import stringWidth from 'string-width';
import { y18n } from 'y18n/build/lib/index.js';
import { getProcessArgvBin } from 'yargs/build/lib/utils/process-argv.js';
import { camelCase, decamelize, looksLikeNumber } from 'yargs-parser/build/lib/string-utils.js';
import { YargsParser } from 'yargs-parser/build/lib/yargs-parser.js';
import { notStrictEqual, strictEqual } from './assert.mjs';

function unsupported(what) {
  return () => {
    throw new Error(`${what} is not available in the bundled command line`);
  };
}

// yargs-parser's own entry, minus `require` (config files the CLI never declares).
const parser = new YargsParser({
  cwd: process.cwd,
  env: () => process.env,
  format,
  normalize,
  resolve,
  require: unsupported('require'),
});
function Parser(args, options) {
  return parser.parse(args.slice(), options).argv;
}
Parser.detailed = (args, options) => parser.parse(args.slice(), options);
Parser.camelCase = camelCase;
Parser.decamelize = decamelize;
Parser.looksLikeNumber = looksLikeNumber;

const noLocaleFiles = {
  fs: { readFileSync: undefined, writeFile: unsupported('writing locale files') },
  format,
  resolve,
  exists: () => false,
};

export default {
  assert: { notStrictEqual, strictEqual },
  cliui,
  findUp: () => undefined,
  getEnv: (key) => process.env[key],
  inspect,
  getProcessArgvBin,
  mainFilename: process.cwd(),
  Parser,
  path: { basename, dirname, extname, relative, resolve, join },
  process: {
    argv: () => process.argv,
    cwd: process.cwd,
    emitWarning: (warning, type) => process.emitWarning(warning, type),
    execPath: () => process.execPath,
    exit: (code) => {
      process.exit(code);
    },
    nextTick: process.nextTick,
    stdColumns: typeof process.stdout.columns !== 'undefined' ? process.stdout.columns : null,
  },
  readFileSync: unsupported('reading files through yargs'),
  readdirSync: unsupported('listing directories through yargs'),
  require: unsupported('require'),
  getCallerFile: unsupported('commandDir'),
  stringWidth,
  y18n: y18n({ directory: 'locales', updateFiles: false }, noLocaleFiles),
};
