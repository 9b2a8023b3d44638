/** A shell word with where its raw text sits in the source. */
export interface ShellWord {
  /** The word after quote removal; `$(…)`/backtick substitutions kept as written. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /**
   * Runs of the value copied verbatim from the source: `[valueIndex, sourceOffset]`
   * pairs, so an offset in the value maps back to the source (see sourceOffset).
   */
  readonly runs: readonly (readonly [number, number])[];
}

/** The source offset of the character at `index` in the word's value. */
export function sourceOffset(word: ShellWord, index: number): number {
  let run: readonly [number, number] = [0, word.start];
  for (const candidate of word.runs) {
    if (candidate[0] > index) break;
    run = candidate;
  }
  return run[1] + (index - run[0]);
}

/** Longest command read, continuation lines included. */
const MAX_COMMAND_CHARS = 16 * 1024;
/** Longest quoted word: a JSON body fits, a runaway quote costs little. */
const MAX_QUOTED_CHARS = 4 * 1024;

/**
 * Splits one shell command starting at `start` into words. Backslash-newline
 * continues the command; an unquoted newline, `;`, `|`, `&` or `)` ends it, and
 * so does a quote closing a string the command was embedded in (`exec('curl …')`).
 */
export function shellWords(text: string, start: number): { words: ShellWord[]; end: number } {
  const limit = Math.min(text.length, start + MAX_COMMAND_CHARS);
  const words: ShellWord[] = [];
  let i = start;
  while (i < limit) {
    while (i < limit && (text.charAt(i) === ' ' || text.charAt(i) === '\t' || isContinuation(text, i))) {
      i += isContinuation(text, i) ? continuationLength(text, i) : 1;
    }
    if (i >= limit || /[\r\n;|&)#]/.test(text.charAt(i))) break;
    const word = readWord(text, i, limit);
    if (word.end === i) break;
    words.push(word);
    i = word.end;
  }
  return { words, end: i };
}

function isContinuation(text: string, i: number): boolean {
  if (text.charAt(i) !== '\\') return false;
  const next = text.charAt(i + 1);
  return next === '\n' || (next === '\r' && text.charAt(i + 2) === '\n');
}

function continuationLength(text: string, i: number): number {
  return text.charAt(i + 1) === '\r' ? 3 : 2;
}

function readWord(text: string, start: number, limit: number): ShellWord {
  let value = '';
  const runs: [number, number][] = [];
  const mark = (at: number) => runs.push([value.length, at]);
  let i = start;
  while (i < limit) {
    const c = text.charAt(i);
    if (
      c === ' ' ||
      c === '\t' ||
      c === '\n' ||
      c === '\r' ||
      c === ';' ||
      c === '|' ||
      c === '&' ||
      c === ')'
    )
      break;
    if (c === '\\') {
      if (isContinuation(text, i)) break;
      mark(i + 1);
      value += text.charAt(i + 1);
      i += 2;
    } else if (c === "'" || c === '"') {
      const close = boundedIndexOf(text, c, i + 1, Math.min(limit, i + 1 + MAX_QUOTED_CHARS));
      // An unclosed quote usually ends a host-language string around the command.
      if (close === -1) break;
      mark(i + 1);
      value += text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '$' && text.charAt(i + 1) === '(') {
      const close = boundedIndexOf(text, ')', i, Math.min(limit, i + MAX_QUOTED_CHARS));
      const end = close === -1 ? Math.min(limit, i + 2) : close + 1;
      mark(i);
      value += text.slice(i, end);
      i = end;
    } else {
      if (
        runs.length === 0 ||
        (runs.at(-1) as [number, number])[1] + value.length - (runs.at(-1) as [number, number])[0] !== i
      )
        mark(i);
      value += c;
      i++;
    }
  }
  return { value, start, end: i, runs };
}

/** indexOf that never looks past `end`, so unclosed quotes cost a bounded scan. */
function boundedIndexOf(text: string, needle: string, from: number, end: number): number {
  const at = text.slice(from, end).indexOf(needle);
  return at === -1 ? -1 : from + at;
}
