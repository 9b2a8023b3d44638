import { normalizeApiVersion } from '../../../../versions/api-version.ts';
import type { Word } from '../words.ts';
import { type CodeSyntax, codeCommands } from './code.ts';
import { type FileRegions, indentOf, lineEnd, lineStarts, type PinScope, type Region } from './types.ts';

// Keys whose values CI systems run as shell: GitHub Actions `run`, GitLab
// `script`/`before_script`/`after_script`, CircleCI `command`, Azure `script`/`bash`,
// Travis and Drone lists, CodeBuild `commands`.
const SHELL_KEYS = new Set([
  'run',
  'cmds',
  'shell',
  'script',
  'scripts',
  'before_script',
  'after_script',
  'command',
  'commands',
  'cmd',
  'bash',
  'sh',
  'shell_command',
  'pwsh',
  'powershell',
  'install',
  'before_install',
  'after_success',
  'after_failure',
]);
const FLOW: CodeSyntax = { comments: ['#'], blockComments: false, tripleQuotes: false, backtick: 'none' };
const ENV_KEYS = new Set(['env', 'environment', 'variables']);
const KEY = /^(-[ \t]+)?([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const PIN = /^DOCKER_API_VERSION[ \t]*[:=][ \t]*["']?v?(\d{1,2}\.\d{1,3})["']?[ \t]*$/;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
  readonly blank: boolean;
}

/** CI YAML: the shell of `run:`/`script:` values and list items, and `env:` pins with the block they cover. */
export function yamlRegions(text: string): FileRegions {
  const lines: Line[] = lineStarts(text).map((start) => {
    const end = lineEnd(text, start);
    const indent = indentOf(text, start);
    const rest = text.slice(start + indent, end).trim();
    return { start, end, indent, blank: rest === '' || rest.startsWith('#') };
  });
  const regions: Region[] = [];
  const pins: PinScope[] = [];
  const argv: Word[][] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as Line;
    if (line.blank) continue;
    const body = text.slice(line.start + line.indent, line.end).replace(/\r$/, '');
    const match = KEY.exec(body);
    if (!match) continue;
    const key = match[2] ?? '';
    const keyIndent = line.indent + (match[1]?.length ?? 0);
    const value = match[3] ?? '';
    const valueAt = line.start + line.indent + body.length - value.length;
    if (ENV_KEYS.has(key)) {
      pins.push(...envPins(text, lines, n, keyIndent));
      continue;
    }
    if (!SHELL_KEYS.has(key) && key !== 'entrypoint') continue;
    if (value.startsWith('[')) {
      // `command: ["docker", "run", …]`: a flow sequence is the program's argument list.
      argv.push(...codeCommands(text, FLOW, valueAt, line.end).argv);
      continue;
    }
    if (!SHELL_KEYS.has(key)) continue;
    if (value === '' || value.startsWith('#')) {
      // A list of commands below the key.
      for (let m = n + 1; m < lines.length; m++) {
        const item = lines[m] as Line;
        if (item.blank) continue;
        if (item.indent < keyIndent || (item.indent === keyIndent && text[item.start + item.indent] !== '-'))
          break;
        if (text[item.start + item.indent] !== '-') continue;
        const from = item.start + item.indent + 1;
        const itemValue = text.slice(from, item.end).trimStart();
        m = scalar(
          text,
          lines,
          m,
          item.indent,
          from + (text.slice(from, item.end).length - itemValue.length),
          regions,
        );
      }
      continue;
    }
    n = scalar(text, lines, n, keyIndent, valueAt, regions);
  }
  return { regions, pins, argv };
}

/** One scalar value at `at` on line `n`: plain, quoted, or a `|`/`>` block below. Returns the last line used. */
function scalar(
  text: string,
  lines: readonly Line[],
  n: number,
  indent: number,
  at: number,
  out: Region[],
): number {
  const line = lines[n] as Line;
  const head = text.slice(at, line.end).replace(/\r$/, '');
  if (/^[|>][-+]?\d?[ \t]*(#.*)?$/.test(head)) {
    let last = n;
    for (let m = n + 1; m < lines.length; m++) {
      const next = lines[m] as Line;
      if (!next.blank && next.indent <= indent) break;
      if (!next.blank || text.slice(next.start, next.end).trim() === '') last = m;
    }
    const start = lines[n + 1]?.start ?? line.end;
    const end = (lines[last] as Line).end;
    if (last > n) out.push({ start, end, newlineEnds: head[0] === '|' });
    return last;
  }
  const quote = head[0];
  if (quote === '"' || quote === "'") {
    const close = head.lastIndexOf(quote);
    out.push({ start: at + 1, end: at + (close > 0 ? close : head.length) });
    return n;
  }
  out.push({ start: at, end: at + head.replace(/[ \t]+#.*$/, '').length });
  return n;
}

/** `DOCKER_API_VERSION: "1.41"` below an env key covers the mapping that holds the key. */
function envPins(text: string, lines: readonly Line[], n: number, keyIndent: number): PinScope[] {
  const pins: PinScope[] = [];
  let m = n + 1;
  for (; m < lines.length; m++) {
    const line = lines[m] as Line;
    if (line.blank) continue;
    if (line.indent <= keyIndent) break;
    const body = text.slice(line.start + line.indent, line.end).replace(/\r$/, '');
    const match = PIN.exec(body.replace(/^-[ \t]+/, ''));
    if (match?.[1]) {
      const at = line.start + line.indent + body.lastIndexOf(match[1]);
      const [from, to] = parentBlock(text, lines, n, keyIndent);
      pins.push({ version: normalizeApiVersion(match[1]), at, from, to });
    }
  }
  return pins;
}

/** The mapping an env key sits in: from the line that opens it to the first line indented no deeper than that opener. */
function parentBlock(text: string, lines: readonly Line[], n: number, keyIndent: number): [number, number] {
  let opener = -1;
  for (let m = n; m >= 0; m--) {
    const line = lines[m] as Line;
    if (line.blank) continue;
    const dash = text[line.start + line.indent] === '-';
    if (
      line.indent < keyIndent ||
      (dash && m === n) ||
      (dash && line.indent + 2 <= keyIndent && line.indent < keyIndent)
    ) {
      opener = m;
      break;
    }
  }
  if (opener === -1) return [0, text.length];
  const openIndent = (lines[opener] as Line).indent;
  let end = text.length;
  for (let m = opener + 1; m < lines.length; m++) {
    const line = lines[m] as Line;
    if (!line.blank && line.indent <= openIndent) {
      end = line.start;
      break;
    }
  }
  return [(lines[opener] as Line).start, end];
}
