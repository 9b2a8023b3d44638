import { jsonFieldPaths } from '../shared/json-paths.ts';
import type { ShellWord } from './shell-words.ts';

/** What a curl, wget or httpie command line says about its request. */
export interface ParsedCommand {
  readonly method?: string;
  /** Words that may hold the URL. */
  readonly urls: readonly ShellWord[];
  readonly body: readonly string[];
  readonly query: readonly string[];
  readonly headers: readonly string[];
  /** `--unix-socket` names a Docker socket. */
  readonly dockerSocket: boolean;
}

export type Tool = 'curl' | 'wget' | 'http';

// Options that carry the request body.
const CURL_DATA = new Set([
  '-d',
  '--data',
  '--data-raw',
  '--data-binary',
  '--data-ascii',
  '--data-urlencode',
  '--json',
]);
// Options whose value is the next word (or `--opt=value`); others are flags.
const CURL_VALUE_OPTIONS = new Set([
  ...CURL_DATA,
  '-X',
  '--request',
  '-H',
  '--header',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '--url',
]);
const WGET_VALUE_OPTIONS = new Set([
  '--method',
  '--post-data',
  '--body-data',
  '--header',
  '-O',
  '--output-document',
  '-o',
  '--output-file',
  '-U',
  '--user-agent',
]);
const HTTP_METHODS = /^(GET|POST|PUT|DELETE|HEAD|PATCH)$/;

export function parseCommand(tool: Tool, words: readonly ShellWord[]): ParsedCommand {
  if (tool === 'http') return parseHttpie(words);
  const valueOptions = tool === 'curl' ? CURL_VALUE_OPTIONS : WGET_VALUE_OPTIONS;
  const values: { option: string; value: string }[] = [];
  const urls: ShellWord[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as ShellWord;
    const { option, inline } = splitOption(word.value, tool);
    if (valueOptions.has(option)) {
      const value = inline ?? words[++i]?.value ?? '';
      if (option === '--url' && words[i]) urls.push(words[i] as ShellWord);
      values.push({ option, value });
    } else if (word.value.startsWith('-')) {
      flags.add(word.value);
    } else {
      urls.push(word);
    }
  }
  return tool === 'curl' ? curlRequest(values, flags, urls) : wgetRequest(values, urls);
}

/** `-XPOST` → `-X`,`POST`; `--data=x` → `--data`,`x`. */
function splitOption(word: string, tool: Tool): { option: string; inline?: string } {
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    return eq === -1 ? { option: word } : { option: word.slice(0, eq), inline: word.slice(eq + 1) };
  }
  if (tool === 'curl' && /^-[XdHF]./.test(word)) return { option: word.slice(0, 2), inline: word.slice(2) };
  return { option: word };
}

function curlRequest(
  values: { option: string; value: string }[],
  flags: Set<string>,
  urls: ShellWord[],
): ParsedCommand {
  const explicit = values.findLast((v) => v.option === '-X' || v.option === '--request')?.value.toUpperCase();
  const data = values.filter((v) => CURL_DATA.has(v.option)).map((v) => v.value);
  const asQuery = flags.has('-G') || flags.has('--get');
  const implied = flags.has('-I') || flags.has('--head') ? 'HEAD' : data.length && !asQuery ? 'POST' : 'GET';
  return {
    method: explicit && HTTP_METHODS.test(explicit) ? explicit : implied,
    urls,
    body: asQuery ? [] : data.flatMap(bodyPaths),
    query: asQuery ? data.flatMap(formNames) : [],
    headers: values
      .filter((v) => v.option === '-H' || v.option === '--header')
      .flatMap((v) => headerName(v.value)),
    dockerSocket: values.some((v) => v.option === '--unix-socket' && /docker/i.test(v.value)),
  };
}

function wgetRequest(values: { option: string; value: string }[], urls: ShellWord[]): ParsedCommand {
  const explicit = values.find((v) => v.option === '--method')?.value.toUpperCase();
  const data = values
    .filter((v) => v.option === '--post-data' || v.option === '--body-data')
    .map((v) => v.value);
  return {
    method: explicit && HTTP_METHODS.test(explicit) ? explicit : data.length ? 'POST' : 'GET',
    urls,
    body: data.flatMap(bodyPaths),
    query: [],
    headers: values.filter((v) => v.option === '--header').flatMap((v) => headerName(v.value)),
    dockerSocket: false,
  };
}

/** httpie: `http [METHOD] URL [name==query] [name=body] [name:=json] [Header:value]`. */
function parseHttpie(words: readonly ShellWord[]): ParsedCommand {
  let method: string | undefined;
  const urls: ShellWord[] = [];
  const body: string[] = [];
  const query: string[] = [];
  const headers: string[] = [];
  for (const word of words) {
    const value = word.value;
    if (value.startsWith('-')) continue;
    if (!method && urls.length === 0 && HTTP_METHODS.test(value)) method = value;
    else if (urls.length === 0) urls.push(word);
    else {
      const item = /^([A-Za-z0-9_.[\]-]{1,100})(==|:=|=|:)(.*)$/s.exec(value);
      if (!item) continue;
      const [, name = '', separator, rest = ''] = item;
      if (separator === '==') query.push(name);
      else if (separator === ':') headers.push(name);
      else body.push(name, ...(separator === ':=' ? jsonFieldPaths(rest).map((p) => `${name}.${p}`) : []));
    }
  }
  return {
    method: method ?? (body.length ? 'POST' : 'GET'),
    urls,
    body,
    query,
    headers,
    dockerSocket: false,
  };
}

function bodyPaths(data: string): string[] {
  return data.trimStart().startsWith('@') ? [] : jsonFieldPaths(data);
}

function formNames(data: string): string[] {
  return data.split('&').flatMap((pair) => /^[A-Za-z0-9_.-]{1,100}/.exec(pair)?.[0] ?? []);
}

function headerName(header: string): string[] {
  const name = /^\s*([A-Za-z0-9-]{1,100})\s*:/.exec(header)?.[1];
  return name ? [name] : [];
}
