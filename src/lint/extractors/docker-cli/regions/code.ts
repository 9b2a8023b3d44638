import type { Word } from '../words.ts';
import { type Literal, LiteralTable } from './literals.ts';
import type { Region } from './types.ts';

export interface CodeCommands {
  /** `["docker", "run", …]` and `exec.Command("docker", …)`: words as the program receives them. */
  readonly argv: Word[][];
  /** `os.system("docker run …")`, `execSync(\`docker …\`)`: strings the shell reads. */
  readonly shell: Region[];
}

export interface CodeSyntax {
  /** Line comment starters. */
  readonly comments: readonly string[];
  readonly blockComments: boolean;
  readonly tripleQuotes: boolean;
  /** Backtick strings: Go raw strings, JS templates (with `${…}`). */
  readonly backtick: 'raw' | 'template' | 'none';
}

const HASH: CodeSyntax = { comments: ['#'], blockComments: false, tripleQuotes: true, backtick: 'none' };
const C_LIKE: CodeSyntax = {
  comments: ['//'],
  blockComments: true,
  tripleQuotes: false,
  backtick: 'template',
};
const GO: CodeSyntax = { comments: ['//'], blockComments: true, tripleQuotes: false, backtick: 'raw' };
const GROOVY: CodeSyntax = { comments: ['//'], blockComments: true, tripleQuotes: true, backtick: 'none' };
const RUBY: CodeSyntax = { comments: ['#'], blockComments: false, tripleQuotes: false, backtick: 'raw' };

/** Code syntaxes by file extension (and docs code-block language). */
export const CODE_SYNTAX: Readonly<Record<string, CodeSyntax>> = {
  py: HASH,
  pyi: HASH,
  js: C_LIKE,
  mjs: C_LIKE,
  cjs: C_LIKE,
  jsx: C_LIKE,
  ts: C_LIKE,
  mts: C_LIKE,
  cts: C_LIKE,
  tsx: C_LIKE,
  go: GO,
  groovy: GROOVY,
  gradle: GROOVY,
  java: C_LIKE,
  kt: C_LIKE,
  rs: C_LIKE,
  rb: RUBY,
  python: HASH,
  javascript: C_LIKE,
  typescript: C_LIKE,
  golang: GO,
  ruby: RUBY,
  jenkinsfile: GROOVY,
  json: { comments: [], blockComments: false, tripleQuotes: false, backtick: 'none' },
};

// Calls that hand a string to a shell: Python os/subprocess, Node child_process and
// execa, Ruby, Go helpers, Jenkins and Groovy steps.
const SHELL_CALL =
  /(?:\b(?:system|popen|run|call|check_call|check_output|getoutput|getstatusoutput|Popen|exec|execSync|execa|execaCommand|execaCommandSync|spawnSync|sh|bat|shell|cmd|Exec|Run|run_command|backticks)\s*\(\s*|\b(?:sh|bat)[ \t]+|%x\(|\$\(|\$)$/;

/**
 * Where a literal's value may name docker as the tests below need it. Every
 * test needs `docker` followed by a blank (a shell command line), or by the
 * value's end (after an optional `.exe`) with a `,` after the literal (an
 * argument list longer than the program). A value is its body with escapes
 * read, so the body holds `docker` (with at most a backslash before each
 * letter) followed by a blank or a backslash, or by the closing quotes (or a
 * line end, where the literal breaks) and a comma. Bodies without such a
 * place are not decoded; a text without one has no command lines.
 */
export const DOCKER_WRITTEN = /d\\?o\\?c\\?k\\?e\\?r(?=[\s\\]|(?:\\?\.\\?e\\?x\\?e)?["'`]{0,3}\s*,)/g;

/** Docker command lines in a source file's string literals. Linear: one scan for literals, one walk over them. */
export function codeCommands(
  text: string,
  syntax: CodeSyntax,
  start = 0,
  end = text.length,
  /** Every string is a shell command line (npm scripts). */
  allShell = false,
): CodeCommands {
  const argv: Word[][] = [];
  const shell: Region[] = [];
  const written = new RegExp(DOCKER_WRITTEN);
  written.lastIndex = start;
  // The next place docker is written at or after the body last asked about.
  let next = written.exec(text)?.index ?? Number.POSITIVE_INFINITY;
  if (next === Number.POSITIVE_INFINITY) return { argv, shell };
  const mayNameDocker = (from: number, to: number): boolean => {
    if (next < from) {
      written.lastIndex = from;
      next = written.exec(text)?.index ?? Number.POSITIVE_INFINITY;
    }
    return next < to;
  };
  const literals = new LiteralTable(text, syntax, start, end);
  let lists: Map<string, number> | undefined;
  for (let k = 0; k < literals.length; k++) {
    const { from, to } = literals.body(k);
    if (!mayNameDocker(from, to)) continue;
    const literal = literals.literal(k);
    if (/^(?:\S*\/)?docker(?:\.exe)?$/.test(literal.value) && !literal.interpolated) {
      const words = argList(text, literals, k);
      // `exec.CommandContext(ctx, "docker", args...)` with `args := []string{"run", …}` above.
      lists ??= words.length === 2 ? listVariables(text, literals) : undefined;
      const named = words.length === 2 ? lists?.get(words[1]?.text.replace(/\.\.\.$/, '') ?? '') : undefined;
      if (named !== undefined) argv.push([words[0] as Word, ...argList(text, literals, named)]);
      else if (words.length > 1) argv.push(words);
      continue;
    }
    if (allShell && /\bdocker\s/.test(literal.value)) {
      shell.push({ start: literal.start + 1, end: literal.end - 1 });
      continue;
    }
    if (!/^(?:sudo\s+)?(?:[A-Z_]+=\S+\s+)*docker\s/.test(literal.value)) continue;
    const before = text.slice(Math.max(0, literal.start - 40), literal.start).replace(/[fFrRbBuU]{1,2}$/, '');
    const assigned = /[=:]\s*$/.test(before) && /\s-/.test(literal.value);
    if (SHELL_CALL.test(before) || assigned)
      shell.push({ start: literal.offsets[0] ?? literal.start + 1, end: literal.end - 1 });
  }
  return { argv, shell };
}

const literalWord = (literal: Literal): Word => ({
  text: literal.value,
  start: literal.start,
  offsets: literal.offsets,
  opaque: literal.interpolated,
});

/** The words of an argument list that starts at literal `k`: more literals after commas, other expressions opaque. */
function argList(text: string, literals: LiteralTable, k: number): Word[] {
  const words: Word[] = [literalWord(literals.literal(k))];
  let at = literals.end(k);
  let next = k + 1;
  for (let count = 0; count < 200; count++) {
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    if (text[at] !== ',') break;
    at++;
    while (at < text.length && /\s/.test(text[at] ?? '')) at++;
    // `spawn('docker', ['run', …])`: the arguments continue in an array.
    if (text[at] === '[') {
      at++;
      while (at < text.length && /\s/.test(text[at] ?? '')) at++;
      if (next < literals.length && literals.start(next) === at) {
        words.push(literalWord(literals.literal(next)));
        at = literals.end(next);
        next++;
      }
      continue;
    }
    while (next < literals.length && literals.start(next) < at) next++;
    if (next < literals.length && literals.start(next) === at) {
      const literal = literals.literal(next);
      at = literal.end;
      next++;
      // `"--workdir=" + workdir`: the argument starts as written and ends unknown.
      const after = text.slice(at, at + 40).trimStart()[0];
      if (after !== undefined && after !== ',' && after !== ']' && after !== ')' && after !== '}') {
        words.push({ ...literalWord(literal), opaque: true });
        at = skipExpression(text, at);
        while (next < literals.length && literals.start(next) < at) next++;
      } else words.push(literalWord(literal));
      continue;
    }
    // Any other expression is an argument whose value is not known here.
    const start = at;
    let depth = 0;
    while (at < text.length) {
      const c = text[at];
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) break;
        depth--;
      } else if (c === ',' && depth === 0) break;
      else if (at - start > 400) break;
      at++;
    }
    const expression = text.slice(start, at).trim();
    if (expression === '') break;
    words.push({ text: expression, start, offsets: [], opaque: true });
    while (next < literals.length && literals.start(next) < at) next++;
  }
  return words;
}

/** The end of an expression from `at`: the next `,` or closing bracket at its own depth (capped). */
function skipExpression(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length && i - at < 400; i++) {
    const c = text[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === ',' && depth === 0) return i;
  }
  return Math.min(text.length, at + 400);
}

// `args := []string{"run", …}`, `cmd = ["run", …]`: a list assigned to a name, by its first literal.
const LIST_START = /\b(\w+)\s*:?=\s*(?:\[\]string\s*\{|\[)\s*$/;

/** Read once per file, and only when a docker call passes a list by name. */
function listVariables(text: string, literals: LiteralTable): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < literals.length; k++) {
    const start = literals.start(k);
    const name = LIST_START.exec(text.slice(Math.max(0, start - 60), start))?.[1];
    if (name) out.set(name, k);
  }
  return out;
}
