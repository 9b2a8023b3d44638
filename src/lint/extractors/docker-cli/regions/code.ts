import type { Word } from '../words.ts';
import type { Region } from './types.ts';

/** A string literal in source code. */
interface Literal {
  /** Offset of the opening quote (after any prefix such as `f`). */
  readonly start: number;
  /** Offset after the closing quote. */
  readonly end: number;
  readonly value: string;
  /** File offset of each character of `value`. */
  readonly offsets: readonly number[];
  readonly interpolated: boolean;
}

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

/** Docker command lines in a source file's string literals. Linear: one scan for literals, one walk over them. */
export function codeCommands(
  text: string,
  syntax: CodeSyntax,
  start = 0,
  end = text.length,
  /** Every string is a shell command line (npm scripts). */
  allShell = false,
): CodeCommands {
  const literals = scanLiterals(text, syntax, start, end);
  const argv: Word[][] = [];
  const shell: Region[] = [];
  const lists = listVariables(text, literals);
  for (let k = 0; k < literals.length; k++) {
    const literal = literals[k] as Literal;
    if (/^(?:\S*\/)?docker(?:\.exe)?$/.test(literal.value) && !literal.interpolated) {
      const words = argList(text, literals, k);
      // `exec.CommandContext(ctx, "docker", args...)` with `args := []string{"run", …}` above.
      const named = words.length === 2 ? lists.get(words[1]?.text.replace(/\.\.\.$/, '') ?? '') : undefined;
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
function argList(text: string, literals: readonly Literal[], k: number): Word[] {
  const words: Word[] = [literalWord(literals[k] as Literal)];
  let at = (literals[k] as Literal).end;
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
      const first = literals[next];
      if (first?.start === at) {
        words.push(literalWord(first));
        at = first.end;
        next++;
      }
      continue;
    }
    while (next < literals.length && (literals[next] as Literal).start < at) next++;
    const literal = literals[next];
    if (literal && literal.start === at) {
      at = literal.end;
      next++;
      // `"--workdir=" + workdir`: the argument starts as written and ends unknown.
      const after = text.slice(at, at + 40).trimStart()[0];
      if (after !== undefined && after !== ',' && after !== ']' && after !== ')' && after !== '}') {
        words.push({ ...literalWord(literal), opaque: true });
        at = skipExpression(text, at);
        while (next < literals.length && (literals[next] as Literal).start < at) next++;
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
    while (next < literals.length && (literals[next] as Literal).start < at) next++;
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

function listVariables(text: string, literals: readonly Literal[]): Map<string, number> {
  const out = new Map<string, number>();
  literals.forEach((literal, k) => {
    const name = LIST_START.exec(text.slice(Math.max(0, literal.start - 60), literal.start))?.[1];
    if (name) out.set(name, k);
  });
  return out;
}

/** Every string literal outside comments, in order. */
function scanLiterals(text: string, syntax: CodeSyntax, start: number, end: number): Literal[] {
  const out: Literal[] = [];
  let i = start;
  while (i < end) {
    const c = text[i] ?? '';
    if (syntax.comments.some((m) => text.startsWith(m, i))) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
      continue;
    }
    if (syntax.blockComments && c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (c === '"' || c === "'" || (c === '`' && syntax.backtick !== 'none')) {
      const triple = syntax.tripleQuotes && text.startsWith(c.repeat(3), i);
      const literal = readLiteral(text, i, triple ? c.repeat(3) : c, c === '`' ? syntax.backtick : 'none');
      out.push(literal);
      i = literal.end;
      continue;
    }
    i++;
  }
  return out;
}

function readLiteral(
  text: string,
  start: number,
  quote: string,
  backtick: 'raw' | 'template' | 'none',
): Literal {
  const chars: string[] = [];
  const offsets: number[] = [];
  let interpolated = start > 0 && /[fF]/.test(text[start - 1] ?? '') && /[^\w]/.test(text[start - 2] ?? ' ');
  let i = start + quote.length;
  while (i < text.length) {
    if (text.startsWith(quote, i))
      return { start, end: i + quote.length, value: chars.join(''), offsets, interpolated };
    const c = text[i] ?? '';
    if (quote.length === 1 && c === '\n' && quote !== '`') break;
    if (c === '\\' && backtick !== 'raw') {
      const escaped = text[i + 1] ?? '';
      chars.push(escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped);
      offsets.push(i + 1);
      i += 2;
      continue;
    }
    if (backtick === 'template' && c === '$' && text[i + 1] === '{') interpolated = true;
    if (c === '{' && interpolated) interpolated = true;
    chars.push(c);
    offsets.push(i);
    i++;
  }
  return { start, end: i, value: chars.join(''), offsets, interpolated };
}
