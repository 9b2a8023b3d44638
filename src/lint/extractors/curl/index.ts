import { withJsGuards } from '../../guards/index.ts';
import type { RequestUsage } from '../../usage.ts';
import { elementUses } from '../shared/element-uses.ts';
import { ENGINE_ROOT_LITERALS, findPathStarts } from '../shared/path-starts.ts';
import { readRequestSite, requestSites } from '../shared/request-site.ts';
import { snippet } from '../shared/snippet.ts';
import type { ExtractInput, Extractor } from '../types.ts';
import { type ParsedCommand, parseCommand, type Tool } from './command.ts';
import { dataFromElsewhere } from './data-file.ts';
import { shellWords } from './shell-words.ts';

/** Command names; each must be followed by a blank. */
const NAMES = ['curl', 'wget', 'http', 'https'] as const;
/** A command name must start a word: `xcurl` or `$http` are not commands. */
const WORD_CHAR = /[A-Za-z0-9_.\-/$]/;
/** What follows httpie's `http`: a method, an option, a URL or `:port`; prose ("http server") does not. */
const HTTPIE_NEXT =
  /^[ \t]{1,4}(?:(?:GET|POST|PUT|DELETE|HEAD|PATCH)[ \t]|-|:\d|[A-Za-z0-9.-]{1,60}:\d|localhost|[a-z+]{2,10}:\/\/)/;

/** curl, wget and httpie command lines, in scripts, docs, CI files or strings in code. */
export const curlExtractor: Extractor = {
  id: 'curl',
  title: 'curl, wget and httpie command lines',
  files: {},
  // Every command we report holds an Engine path, so the path literals are the prefilter.
  enablers: ENGINE_ROOT_LITERALS,
  extract: (input) => withJsGuards(input, extractCommands(input)),
};

function extractCommands({ file, lines, siblings }: ExtractInput): RequestUsage[] {
  const text = file.text;
  // Each usage is a site read at a path start of a URL: without one in the text, no command is worth reading.
  if (!requestSites(text).some((read) => read.site)) return [];
  const usages: RequestUsage[] = [];
  let resumeAt = 0;
  for (const { index, name } of findCommandNames(text)) {
    if (index < resumeAt || WORD_CHAR.test(text.charAt(index - 1))) continue;
    const tool: Tool = name === 'curl' ? 'curl' : name === 'wget' ? 'wget' : 'http';
    const nameEnd = index + name.length;
    if (tool === 'http' && !HTTPIE_NEXT.test(text.slice(nameEnd, nameEnd + 80))) continue;
    const { words, end } = shellWords(text, nameEnd);
    resumeAt = end;
    const parsed = parseCommand(tool, words);
    const command =
      tool === 'curl' && parsed.body.length === 0
        ? { ...parsed, body: dataFromElsewhere(text, words, end, siblings) }
        : parsed;
    for (const url of command.urls) {
      for (const start of findPathStarts(text, url.start, url.end)) {
        const usage = toUsage(text, start, command, file.path, lines);
        if (usage) usages.push(usage);
      }
    }
  }
  return usages;
}

/**
 * Where command names followed by a blank occur, in order. indexOf on each
 * name is several times faster than one regex alternation here, because the
 * names start with common letters; the blank is checked at each hit rather
 * than searched for, which halves the passes over large files. A name that
 * extends another (`https`) is checked at that one's hits, not searched again.
 */
function findCommandNames(text: string): { index: number; name: string }[] {
  const found: { index: number; name: string }[] = [];
  for (const [name, longer] of SEARCHED) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (blankAt(text, at + name.length)) found.push({ index: at, name });
      for (const other of longer)
        if (text.startsWith(other, at) && blankAt(text, at + other.length))
          found.push({ index: at, name: other });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Each name searched, with the names that extend it. */
const SEARCHED: readonly (readonly [string, readonly string[]])[] = NAMES.filter(
  (name) => !NAMES.some((other) => other !== name && name.startsWith(other)),
).map((name) => [name, NAMES.filter((other) => other !== name && other.startsWith(name))]);

function blankAt(text: string, at: number): boolean {
  const next = text.charCodeAt(at);
  return next === SPACE || next === TAB;
}

const SPACE = 0x20;
const TAB = 0x09;

function toUsage(
  text: string,
  start: number,
  command: ParsedCommand,
  file: string,
  lines: ExtractInput['lines'],
): RequestUsage | undefined {
  const site = readRequestSite(text, start);
  if (!site) return undefined;
  const { line, column } = lines.position(start);
  return {
    kind: 'request',
    extractor: curlExtractor.id,
    file,
    line,
    column,
    ...(command.method && { method: command.method }),
    path: site.template,
    ...(site.pin && { pin: site.pin }),
    elements: [
      ...elementUses('query', [...site.query, ...command.query], lines),
      ...elementUses('header', command.headers, lines),
      ...elementUses('body', command.body, lines),
    ],
    anchored: site.versioned || site.origin === 'docker' || command.dockerSocket,
    text: snippet(text, start, site.end),
  };
}
