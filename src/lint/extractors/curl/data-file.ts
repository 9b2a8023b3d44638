import type { SourceFile } from '../../source-file.ts';
import type { WrittenName } from '../shared/element-uses.ts';
import { jsonFields } from '../shared/json-paths.ts';
import type { ShellWord } from './shell-words.ts';

/**
 * A body read from elsewhere: `--data @-` with a heredoc (`<<EOF`, `<<'EOF'`,
 * `<<-EOF`) after the command, whose keys are placed where they are written;
 * or `--data @file.json` naming a file beside the script, whose keys are
 * placed at the `@file` word (a position names no other file).
 */
const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);
const MAX_HEREDOC_CHARS = 16 * 1024;

export function dataFromElsewhere(
  text: string,
  words: readonly ShellWord[],
  commandEnd: number,
  siblings: (() => readonly SourceFile[]) | undefined,
): WrittenName[] {
  const at = words.findIndex(
    (word, i) => DATA_OPTIONS.has(word.value) && words[i + 1]?.value.startsWith('@'),
  );
  const source = at === -1 ? undefined : words[at + 1];
  if (!source) return [];
  if (source.value === '@-') return heredocFields(text, words, commandEnd);
  const name = source.value.slice(1);
  if (name.includes('/') || !siblings) return [];
  const file = siblings().find((sibling) => sibling.path.slice(sibling.path.lastIndexOf('/') + 1) === name);
  if (!file) return [];
  return jsonFields(file.text).map((field) => ({ name: field.path, offset: source.start }));
}

function heredocFields(text: string, words: readonly ShellWord[], commandEnd: number): WrittenName[] {
  const redirect = words.find(
    (word) => /^<<-?\S/.test(word.value) || word.value === '<<' || word.value === '<<-',
  );
  if (!redirect) return [];
  const index = words.indexOf(redirect);
  const delimiter = /^<<-?(.+)$/.exec(redirect.value)?.[1] ?? words[index + 1]?.value;
  if (!delimiter) return [];
  const bodyStart = text.indexOf('\n', commandEnd) + 1;
  if (bodyStart === 0) return [];
  const window = text.slice(bodyStart, bodyStart + MAX_HEREDOC_CHARS);
  const close = new RegExp(`^[ \\t]*${delimiter.replace(/[^\w]/g, '\\$&')}[ \\t]*$`, 'm').exec(window);
  if (!close) return [];
  return jsonFields(window.slice(0, close.index)).map((field) => ({
    name: field.path,
    offset: bodyStart + field.offset,
    ...(field.value !== undefined && {
      value: field.value,
      valueOffset: bodyStart + (field.valueOffset ?? 0),
    }),
  }));
}
