import type { WrittenName } from '../shared/element-uses.ts';
import { jsonFields } from '../shared/json-paths.ts';
import { type ShellWord, sourceOffset } from './shell-words.ts';

/** What a curl, wget or httpie command line says about its request. */
export interface ParsedCommand {
  readonly method?: string;
  /** Words that may hold the URL. */
  readonly urls: readonly ShellWord[];
  readonly body: readonly WrittenName[];
  readonly query: readonly WrittenName[];
  readonly headers: readonly WrittenName[];
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

/** An option's value: its text, and the word it sits in from `from` on (for source offsets). */
interface OptionValue {
  readonly option: string;
  readonly value: string;
  readonly word?: ShellWord;
  readonly from: number;
}

export function parseCommand(tool: Tool, words: readonly ShellWord[]): ParsedCommand {
  if (tool === 'http') return parseHttpie(words);
  const valueOptions = tool === 'curl' ? CURL_VALUE_OPTIONS : WGET_VALUE_OPTIONS;
  const values: OptionValue[] = [];
  const urls: ShellWord[] = [];
  const flags = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as ShellWord;
    const { option, inline } = splitOption(word.value, tool);
    if (valueOptions.has(option)) {
      if (inline !== undefined)
        values.push({ option, value: inline, word, from: word.value.length - inline.length });
      else {
        const next = words[++i];
        values.push({ option, value: next?.value ?? '', ...(next && { word: next }), from: 0 });
      }
      if (option === '--url' && words[i]) urls.push(words[i] as ShellWord);
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

function curlRequest(values: OptionValue[], flags: Set<string>, urls: ShellWord[]): ParsedCommand {
  const explicit = values.findLast((v) => v.option === '-X' || v.option === '--request')?.value.toUpperCase();
  const data = values.filter((v) => CURL_DATA.has(v.option));
  const asQuery = flags.has('-G') || flags.has('--get');
  const implied = flags.has('-I') || flags.has('--head') ? 'HEAD' : data.length && !asQuery ? 'POST' : 'GET';
  return {
    method: explicit && HTTP_METHODS.test(explicit) ? explicit : implied,
    urls,
    body: asQuery ? [] : data.flatMap(bodyPaths),
    query: asQuery ? data.flatMap(formNames) : [],
    headers: values.filter((v) => v.option === '-H' || v.option === '--header').flatMap(headerName),
    dockerSocket: values.some((v) => v.option === '--unix-socket' && /docker/i.test(v.value)),
  };
}

function wgetRequest(values: OptionValue[], urls: ShellWord[]): ParsedCommand {
  const explicit = values.find((v) => v.option === '--method')?.value.toUpperCase();
  const data = values.filter((v) => v.option === '--post-data' || v.option === '--body-data');
  return {
    method: explicit && HTTP_METHODS.test(explicit) ? explicit : data.length ? 'POST' : 'GET',
    urls,
    body: data.flatMap(bodyPaths),
    query: [],
    headers: values.filter((v) => v.option === '--header').flatMap(headerName),
    dockerSocket: false,
  };
}

/** httpie: `http [METHOD] URL [name==query] [name=body] [name:=json] [Header:value]`. */
function parseHttpie(words: readonly ShellWord[]): ParsedCommand {
  let method: string | undefined;
  const urls: ShellWord[] = [];
  const body: WrittenName[] = [];
  const query: WrittenName[] = [];
  const headers: WrittenName[] = [];
  for (const word of words) {
    const value = word.value;
    if (value.startsWith('-')) continue;
    if (!method && urls.length === 0 && HTTP_METHODS.test(value)) method = value;
    else if (urls.length === 0) urls.push(word);
    else {
      const item = /^([A-Za-z0-9_.[\]-]{1,100})(==|:=|=|:)(.*)$/s.exec(value);
      if (!item) continue;
      const [, name = '', separator = '', rest = ''] = item;
      const written = { name, offset: sourceOffset(word, 0) };
      const restFrom = name.length + separator.length;
      if (separator === '==') query.push(written);
      else if (separator === ':') headers.push(written);
      else if (separator === '=')
        body.push({ ...written, value: rest, valueOffset: sourceOffset(word, restFrom) });
      else {
        body.push(written);
        const nested = { option: '', value: rest, word, from: restFrom };
        body.push(...bodyPaths(nested).map((field) => ({ ...field, name: `${name}.${field.name}` })));
      }
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

/** Where a character of an option's value is in the source. */
function offsetIn(value: OptionValue, index: number): number {
  return value.word ? sourceOffset(value.word, value.from + index) : 0;
}

function bodyPaths(data: OptionValue): WrittenName[] {
  if (data.value.trimStart().startsWith('@')) return [];
  return jsonFields(data.value).map((field) => ({
    name: field.path,
    offset: offsetIn(data, field.offset),
    ...(field.value !== undefined && { value: field.value }),
    ...(field.valueOffset !== undefined && { valueOffset: offsetIn(data, field.valueOffset) }),
  }));
}

function formNames(data: OptionValue): WrittenName[] {
  const names: WrittenName[] = [];
  let at = 0;
  for (const pair of data.value.split('&')) {
    const name = /^[A-Za-z0-9_.-]{1,100}/.exec(pair)?.[0];
    if (name) {
      const equals = pair.indexOf('=');
      const value = equals === -1 ? undefined : pair.slice(equals + 1);
      names.push({
        name,
        offset: offsetIn(data, at),
        ...(value !== undefined &&
          /^[\w.:-]{1,200}$/.test(value) && { value, valueOffset: offsetIn(data, at + equals + 1) }),
      });
    }
    at += pair.length + 1;
  }
  return names;
}

function headerName(header: OptionValue): WrittenName[] {
  const match = /^(\s*)([A-Za-z0-9-]{1,100})\s*:/.exec(header.value);
  return match?.[2] ? [{ name: match[2], offset: offsetIn(header, (match[1] ?? '').length) }] : [];
}
