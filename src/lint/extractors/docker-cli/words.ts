/**
 * A shell word splitter for command lines written in scripts, recipes, CI
 * steps and docs. It knows what decides where a docker argument starts and
 * ends: quotes, `\` line continuations, `;` `&&` `||` `|` separators,
 * comments, and expansions (`$X`, `${X}`, `$(cmd)`, `` `cmd` ``, make's
 * `$(IMAGE)`, CI's `${{ env.X }}`), which stay opaque words. One pass, linear.
 */
export interface Word {
  /** The word's text after quote removal; expansions are kept as written. */
  readonly text: string;
  /** Offset of the word's first character in the file. */
  readonly start: number;
  /** File offset of each character of `text` (for `--flag=value`, where the value starts). */
  readonly offsets: readonly number[];
  /** True when the word holds an expansion: its value is not known. */
  readonly opaque: boolean;
}

/** Commands of a stretch, and the insides of its command substitutions (`$(docker ps -q)`), read as commands too. */
export interface Split {
  readonly commands: Word[][];
  readonly nested: readonly { readonly start: number; readonly end: number }[];
}

export interface SplitOptions {
  /** Make recipes: `$$` is a dollar, `$(X)` a make variable. */
  readonly make?: boolean;
  /** A newline ends a command (false in folded YAML blocks, where lines join). */
  readonly newlineEnds?: boolean;
}

const SEPARATORS = new Set([';', '&', '|', '(', ')', '\n']);

/** Splits `text[start, end)` into commands, each a list of words; nested substitutions are read too. */
export function splitCommands(
  text: string,
  start: number,
  end: number,
  options: SplitOptions = {},
): Word[][] {
  const out: Word[][] = [];
  const pending = [{ start, end }];
  // Substitutions nest; each level reads its characters once, and depth is small in real files.
  let budget = 4 * (end - start) + 1024;
  for (let k = 0; k < pending.length; k++) {
    const next = pending[k];
    if (!next) break;
    budget -= next.end - next.start;
    if (budget < 0) break;
    const split = splitOnce(text, next.start, next.end, options);
    out.push(...split.commands);
    pending.push(...split.nested);
  }
  return out.sort((a, b) => (a[0]?.start ?? 0) - (b[0]?.start ?? 0));
}

function splitOnce(text: string, start: number, end: number, options: SplitOptions): Split {
  const nested: { start: number; end: number }[] = [];
  const newlineEnds = options.newlineEnds ?? true;
  const commands: Word[][] = [];
  let words: Word[] = [];
  let chars: string[] = [];
  let offsets: number[] = [];
  let opaque = false;
  let wordStart = -1;
  const flush = (): void => {
    if (wordStart !== -1) words.push({ text: chars.join(''), start: wordStart, offsets, opaque });
    chars = [];
    offsets = [];
    opaque = false;
    wordStart = -1;
  };
  const endCommand = (): void => {
    flush();
    if (words.length) commands.push(words);
    words = [];
  };
  const push = (c: string, at: number): void => {
    if (wordStart === -1) wordStart = at;
    chars.push(c);
    offsets.push(at);
  };
  // An expansion from `at`: returns the offset after it, pushing its text.
  const expansion = (at: number, shellInMake = false): number => {
    const close = closingOf(text, at, end, options.make === true && !shellInMake);
    // `$(…)` and `` `…` `` run commands of their own (not make's `$(VAR)`, nor `$((…))`).
    if (text[at] === '`' && close - at > 2 && text[close - 1] === '`')
      nested.push({ start: at + 1, end: close - 1 });
    else if (
      (!options.make || shellInMake) &&
      text[at + 1] === '(' &&
      text[at + 2] !== '(' &&
      close - at > 3 &&
      text[close - 1] === ')'
    )
      nested.push({ start: at + 2, end: close - 1 });
    for (let i = at; i < close; i++) push(text[i] ?? '', i);
    opaque = true;
    return close;
  };
  let i = start;
  while (i < end) {
    const c = text[i] ?? '';
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\r' && text[i + 2] === '\n') {
      i += 3;
      continue;
    }
    if (c === '\n' && !newlineEnds) {
      flush();
      i++;
      continue;
    }
    if (SEPARATORS.has(c)) {
      endCommand();
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      flush();
      i++;
      continue;
    }
    if (c === '#' && wordStart === -1) {
      while (i < end && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\\') {
      push(text[i + 1] ?? '', i + 1);
      i += 2;
      continue;
    }
    if (c === "'") {
      if (wordStart === -1) wordStart = i;
      i++;
      while (i < end && text[i] !== "'") push(text[i] ?? '', i++);
      i++;
      continue;
    }
    if (c === '"') {
      if (wordStart === -1) wordStart = i;
      i++;
      while (i < end && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < end) {
          push(text[i + 1] ?? '', i + 1);
          i += 2;
        } else if (text[i] === '$' || text[i] === '`') i = expansion(i);
        else push(text[i] ?? '', i++);
      }
      i++;
      continue;
    }
    if (c === '$' || c === '`') {
      if (options.make && c === '$' && text[i + 1] === '$') {
        // `$$VAR` in a recipe is the shell's `$VAR`; `$$(docker ps -q)` runs a command.
        i = expansion(i + 1, true);
        continue;
      }
      i = expansion(i);
      continue;
    }
    push(c, i++);
  }
  endCommand();
  return { commands, nested };
}

const PAIRS: Record<string, string> = { '(': ')', '{': '}' };

/** The offset after an expansion starting at `at` (`$X`, `${…}`, `$(…)`, `${{ … }}`, `` `…` ``). */
function closingOf(text: string, at: number, end: number, make: boolean): number {
  if (text[at] === '`') {
    const close = text.indexOf('`', at + 1);
    return close === -1 || close >= end ? end : close + 1;
  }
  const open = text[at + 1] ?? '';
  const closer = PAIRS[open];
  if (closer) {
    let depth = 0;
    for (let i = at + 1; i < end; i++) {
      const c = text[i];
      if (c === '\n' && !make && open === '{') return i;
      if (c === open) depth++;
      else if (c === closer && --depth === 0) return i + 1;
    }
    return end;
  }
  let i = at + 1;
  if (/[?#@*!$0-9-]/.test(open)) return i + 1;
  while (i < end && /\w/.test(text[i] ?? '')) i++;
  return i;
}
