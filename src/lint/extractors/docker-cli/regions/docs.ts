import type { Word } from '../words.ts';
import { CODE_SYNTAX, codeCommands } from './code.ts';
import { dockerfileRegions } from './dockerfile.ts';
import { makeRegions } from './make.ts';
import {
  type FileRegions,
  indentOf,
  lineEnd,
  lineStarts,
  type PinScope,
  type Region,
  shifted,
} from './types.ts';
import { yamlRegions } from './yaml.ts';

// Code blocks in other languages are read as files of that kind would be.
const OTHER: Readonly<Record<string, (text: string) => FileRegions>> = {
  yaml: yamlRegions,
  yml: yamlRegions,
  makefile: makeRegions,
  make: makeRegions,
  dockerfile: dockerfileRegions,
};

// Info strings of code blocks that hold shell or console text.
const SHELL = new Set([
  '',
  'sh',
  'bash',
  'shell',
  'zsh',
  'console',
  'terminal',
  'shell-session',
  'shellsession',
  'ps1',
  'powershell',
  'bat',
  'cmd',
  'text',
  'none',
]);
const CONSOLE = new Set(['console', 'terminal', 'shell-session', 'shellsession']);
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})[ \t]*\{?\.?([\w+-]*)/;
const RST_BLOCK = /^\.\.[ \t]+(?:code-block|code|sourcecode|prompt)::[ \t]*([\w+-]*)/;
const PROMPT = /^(?:[\w@.~:/-]*[$#%>][ \t]+|PS[^>]{0,40}>[ \t]+)/;

/**
 * Markdown and reStructuredText: command lines in code blocks. In console
 * blocks (and on `$ `-prompted lines anywhere in a block) only prompted lines
 * and their continuations are commands; other lines are output.
 */
export function docsRegions(text: string): FileRegions {
  const regions: Region[] = [];
  const pins: PinScope[] = [];
  const argv: Word[][] = [];
  // A block in another language: its reading, moved to the block's place in the file.
  const other = (lang: string, from: number, to: number): boolean => {
    const start = starts[from] ?? text.length;
    const end = starts[to] ?? text.length;
    const reader = OTHER[lang];
    const syntax = CODE_SYNTAX[lang];
    if (reader) {
      const read = shifted(reader(text.slice(start, end)), start);
      regions.push(...read.regions);
      pins.push(...read.pins);
      argv.push(...(read.argv ?? []));
      return true;
    }
    if (!syntax) return false;
    const code = codeCommands(text, syntax, start, end);
    argv.push(...code.argv);
    regions.push(...code.shell);
    return true;
  };
  const starts = lineStarts(text);
  let n = 0;
  while (n < starts.length) {
    const start = starts[n] ?? 0;
    const line = text.slice(start, lineEnd(text, start));
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] ?? '```';
      const lang = (fence[2] ?? '').toLowerCase();
      let m = n + 1;
      while (
        m < starts.length &&
        !text
          .slice(starts[m] ?? 0, lineEnd(text, starts[m] ?? 0))
          .trim()
          .startsWith(marker)
      )
        m++;
      if (!other(lang, n + 1, m) && SHELL.has(lang))
        block(text, starts, n + 1, m, CONSOLE.has(lang), regions);
      n = m + 1;
      continue;
    }
    const rst = RST_BLOCK.exec(line.trim());
    if (rst || /::[ \t]*$/.test(line)) {
      const lang = (rst?.[1] ?? '').toLowerCase();
      const base = indentOf(text, start);
      let m = n + 1;
      while (m < starts.length) {
        const s = starts[m] ?? 0;
        const blank = text.slice(s, lineEnd(text, s)).trim() === '';
        if (!blank && indentOf(text, s) <= base) break;
        m++;
      }
      if (SHELL.has(lang) || !rst)
        block(text, starts, n + 1, m, CONSOLE.has(lang) || !rst || line.includes('prompt::'), regions);
      n = m;
      continue;
    }
    // An indented code block (four spaces) whose line starts with a prompt: `    $ docker ps`.
    if (/^(?: {4}|\t)[ \t]*(?:\$|#|>)[ \t]+(?:sudo[ \t]+)?docker[ \t]/.test(line))
      block(text, starts, n, n + 1, true, regions);
    n++;
  }
  return { regions, pins, argv };
}

/** Lines [from, to) of a code block; with `consoleOnly`, only prompted lines. */
function block(
  text: string,
  starts: readonly number[],
  from: number,
  to: number,
  consoleOnly: boolean,
  out: Region[],
): void {
  const prompted = consoleOnly || hasPrompt(text, starts, from, to);
  for (let n = from; n < to; n++) {
    const start = starts[n] ?? 0;
    let end = lineEnd(text, start);
    const indent = indentOf(text, start);
    const prompt = PROMPT.exec(text.slice(start + indent, Math.min(end, start + indent + 80)));
    if (prompted && !prompt) continue;
    while (n + 1 < to && /\\\r?$/.test(text.slice(start, end))) {
      n++;
      end = lineEnd(text, starts[n] ?? 0);
    }
    pushRegion(out, start + indent + (prompted ? (prompt?.[0].length ?? 0) : 0), end);
  }
}

function pushRegion(out: Region[], start: number, end: number): void {
  if (end > start) out.push({ start, end });
}

// A shell block whose lines start with `$ ` is a transcript: its other lines are output.
function hasPrompt(text: string, starts: readonly number[], from: number, to: number): boolean {
  for (let n = from; n < to; n++) {
    const start = starts[n] ?? 0;
    const head = text.slice(start + indentOf(text, start), start + indentOf(text, start) + 2);
    if (head === '$ ') return true;
  }
  return false;
}
