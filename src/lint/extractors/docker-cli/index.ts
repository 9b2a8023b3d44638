import { normalizeApiVersion } from '../../../versions/api-version.ts';
import type { Usage } from '../../usage.ts';
import { apiPinExtractor } from '../api-pin/index.ts';
import type { ExtractInput, Extractor } from '../types.ts';
import { readInvocation } from './command.ts';
import { readFile } from './regions/select.ts';
import type { PinScope, Region } from './regions/types.ts';
import { cliData } from './table.ts';
import { EXTRACTOR_ID, pinUsage, requestUsage } from './usages.ts';
import { splitCommands, type Word } from './words.ts';

const EXPORT = /^DOCKER_API_VERSION=v?(\d{1,2}\.\d{1,3})$/;

/**
 * docker command lines in shell scripts, Makefile recipes, CI YAML, docs
 * console blocks, Dockerfile RUN lines and argument lists in code: one
 * request per command, its flags as the Engine elements they set
 * (data/docker-cli.json), and DOCKER_API_VERSION pins. See docs/cli.md.
 */
export const dockerCliExtractor: Extractor = {
  id: EXTRACTOR_ID,
  title: 'docker command lines (scripts, Makefiles, CI, docs, subprocess calls)',
  files: {},
  enablers: ['docker'],
  extract: (input) => extractCli(input),
};

function extractCli({ file, lines }: ExtractInput): Usage[] {
  const text = file.text;
  const reading = readFile(file.path, text);
  if (!reading) return [];
  const usages: Usage[] = [];
  const scopes: PinScope[] = reading.kind === 'regions' ? [...reading.regions.pins] : [];
  // A pin text the api-pin extractor does not read (`export DOCKER_API_VERSION := 1.41`) is reported here.
  let pinLines: Set<number> | undefined;
  const pinAt = (at: number, version: string): void => {
    pinLines ??= new Set(apiPinExtractor.extract({ file, lines, tree: () => undefined }).map((u) => u.line));
    const usage = pinUsage(file.path, lines, text, at, version);
    if (!pinLines.has(usage.line)) usages.push(usage);
  };
  for (const scope of scopes) pinAt(scope.at, scope.version);
  const commands: { words: Word[]; region?: Region }[] = [];
  if (reading.kind === 'regions') {
    for (const words of reading.regions.argv ?? []) commands.push({ words });
    for (const region of reading.regions.regions)
      for (const words of splitCommands(text, region.start, region.end, region))
        commands.push({ words, region });
  } else {
    for (const words of reading.code.argv) commands.push({ words });
    for (const region of reading.code.shell)
      for (const words of splitCommands(text, region.start, region.end)) commands.push({ words, region });
  }
  // `bash -c "docker run …"`: the string is a command line of its own (read once, not nested further).
  for (const { words, region } of [...commands]) {
    const script = shellString(words);
    if (script)
      for (const inner of splitCommands(text, script.start, script.end))
        commands.push({ words: inner, region });
  }
  for (const { words, region } of commands) {
    const first = words[0];
    if (!first) continue;
    const exported = exportPin(words);
    if (exported && region) {
      const at = exported.offsets[exported.text.indexOf('=') + 1] ?? exported.start;
      const version = normalizeApiVersion(EXPORT.exec(exported.text)?.[1] ?? '');
      const scope = {
        version,
        at,
        from: first.start,
        to: region.end === text.length ? text.length : region.end,
      };
      scopes.push(scope);
      pinAt(at, version);
      continue;
    }
    // The command table is read when a command line is first found, not for files without one.
    const invocation = readInvocation(cliData(), words);
    if (!invocation) continue;
    if (invocation.pin) pinAt(invocation.pin.at, invocation.pin.version);
    const pin = invocation.pin?.version ?? coveringPin(scopes, first.start);
    const usage = requestUsage(invocation, file.path, lines, text, pin);
    if (usage) usages.push(usage);
  }
  return usages.sort((a, b) => a.line - b.line || a.column - b.column);
}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ash', '/bin/sh', '/bin/bash']);

/** The file range of the script in `sh -c "…"`, when it is written as one quoted word. */
function shellString(words: readonly Word[]): { start: number; end: number } | undefined {
  const at = words.findIndex((w, k) => w.text === '-c' && k > 0 && SHELLS.has(words[k - 1]?.text ?? ''));
  const script = at === -1 ? undefined : words[at + 1];
  const first = script?.offsets[0];
  const last = script?.offsets.at(-1);
  return first === undefined || last === undefined || !/\bdocker\b/.test(script?.text ?? '')
    ? undefined
    : { start: first, end: last + 1 };
}

// `export DOCKER_API_VERSION=1.41`: the word that sets it.
function exportPin(words: readonly Word[]): Word | undefined {
  if (words[0]?.text !== 'export') return undefined;
  return words.slice(1).find((w) => EXPORT.test(w.text));
}

/** The pin of the narrowest scope that covers `at`; a later export wins over an earlier one. */
function coveringPin(scopes: readonly PinScope[], at: number): string | undefined {
  let best: PinScope | undefined;
  for (const scope of scopes) {
    if (at < scope.from || at >= scope.to) continue;
    if (!best || scope.to - scope.from < best.to - best.from || scope.from > best.from) best = scope;
  }
  return best?.version;
}
