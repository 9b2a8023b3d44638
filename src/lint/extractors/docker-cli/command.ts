import { normalizeApiVersion } from '../../../versions/api-version.ts';
import { type FlagLookup, findCommand, flagLookup } from './table.ts';
import type { CliCommand, CliData, CliFlag } from './table-types.ts';
import type { Word } from './words.ts';

/** One flag as written on a docker command line. */
export interface FlagUse {
  readonly name: string;
  /** The flag as written: `--gpus`, `-e` (one letter of `-it` is `-t`). */
  readonly written: string;
  readonly flag: CliFlag;
  /** The flag token (`--gpus`, `-e`, or the letter inside `-it`). */
  readonly at: number;
  /** The flag's value text and where it starts (`private` in `--cgroupns=private`). */
  readonly value?: string;
  readonly valueAt?: number;
  /** File offset of each character of `value`. */
  readonly valueOffsets?: readonly number[];
  readonly opaque?: boolean;
}

/** A docker command line: the command, the flags given to docker (not to the container), and an env pin. */
export interface Invocation {
  readonly id: string;
  readonly command: CliCommand;
  /** The last word of the command path (`run` in `docker container run`). */
  readonly word: Word;
  readonly first: Word;
  readonly flags: FlagUse[];
  /** The command's own positional arguments (`run`'s image, then the container's command). */
  readonly args: Word[];
  /** `DOCKER_API_VERSION=1.41 docker …`: the version and where it is written. */
  readonly pin?: { readonly version: string; readonly at: number };
}

// Words that run the next word as a command (`sudo docker …`, `env X=1 docker …`),
// with how many arguments of their own follow them (`timeout 30 docker …`).
const WRAPPERS: ReadonlyMap<string, number> = new Map([
  ['sudo', 0],
  ['doas', 0],
  ['env', 0],
  ['exec', 0],
  ['command', 0],
  ['time', 0],
  ['nohup', 0],
  ['nice', 0],
  ['xargs', 0],
  ['watch', 0],
  ['timeout', 1],
  // Shell keywords that start a command list: `if docker info; then`, `do docker rm …`.
  ['if', 0],
  ['then', 0],
  ['else', 0],
  ['elif', 0],
  ['do', 0],
  ['while', 0],
  ['until', 0],
  ['!', 0],
  ['{', 0],
]);
const ASSIGNMENT = /^[A-Za-z_]\w*=/;
const PIN = /^DOCKER_API_VERSION=v?(\d{1,2}\.\d{1,3})$/;

/** Reads a command's words as a docker invocation, or undefined when it does not run docker's own commands. */
export function readInvocation(data: CliData, words: readonly Word[]): Invocation | undefined {
  let i = 0;
  let pin: Invocation['pin'];
  for (; i < words.length; i++) {
    const text = words[i]?.text ?? '';
    const match = PIN.exec(text);
    if (match?.[1])
      pin = { version: normalizeApiVersion(match[1]), at: words[i]?.offsets[text.indexOf('=') + 1] ?? 0 };
    if (ASSIGNMENT.test(text)) continue;
    const own = WRAPPERS.get(text);
    if (own === undefined) break;
    i += own;
    // `sudo -E docker`, `sudo -u user docker`: skip the wrapper's own options.
    while (i + 1 < words.length && (words[i + 1]?.text ?? '').startsWith('-')) {
      i++;
      if (/^-[ugCDhprt]$/.test(words[i]?.text ?? '')) i++;
    }
  }
  const docker = words[i];
  if (!docker || !isDocker(docker.text)) return undefined;
  i++;
  i = skipFlags(words, i, flagLookup(data.globalFlags));
  const rest = words.slice(i, i + 3).map((w) => (w.opaque ? '\0' : w.text));
  const found = findCommand(data, rest);
  if (!found || found.command.group) return undefined;
  const word = words[i + found.length - 1];
  if (!word) return undefined;
  const args: Word[] = [];
  const flags = readFlags(words, i + found.length, found.command, args);
  // `docker run --help` prints help: nothing is sent.
  if (flags.some((f) => f.name === 'help')) return undefined;
  return { id: found.id, command: found.command, word, first: docker, flags, args, ...(pin ? { pin } : {}) };
}

const isDocker = (text: string): boolean =>
  text === 'docker' || text.endsWith('/docker') || text === 'docker.exe';

/** Skips flags given to docker itself (`-H tcp://x`, `--context prod`). */
function skipFlags(words: readonly Word[], from: number, lookup: FlagLookup): number {
  let i = from;
  while (i < words.length) {
    const text = words[i]?.text ?? '';
    if (!text.startsWith('-') || text === '-') break;
    const flag = text.startsWith('--')
      ? lookup.long.get(text.slice(2).split('=')[0] ?? '')
      : lookup.short.get(text.slice(1, 2));
    const inline = text.includes('=') || (!text.startsWith('--') && text.length > 2);
    i += flag?.value && !inline ? 2 : 1;
  }
  return i;
}

function readFlags(words: readonly Word[], from: number, command: CliCommand, args: Word[]): FlagUse[] {
  const lookup = flagLookup(command.flags);
  const uses: FlagUse[] = [];
  for (let i = from; i < words.length; i++) {
    const word = words[i];
    if (!word) break;
    const text = word.text;
    if (text === '--') {
      args.push(...words.slice(i + 1));
      break;
    }
    // An expansion is an argument, unless it visibly starts as a flag (`--workdir=$DIR`).
    if (!text.startsWith('-') || text === '-' || (word.opaque && !/^--[\w-]+=/.test(text))) {
      // The first argument ends docker's flags where the command stops at it (the image of `run`).
      if (command.interspersed === false) {
        args.push(...words.slice(i));
        break;
      }
      args.push(word);
      continue;
    }
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      const name = eq === -1 ? text.slice(2) : text.slice(2, eq);
      const flag = lookup.long.get(name) ?? (name === 'help' ? HELP : undefined);
      if (!flag) continue;
      const written = `--${name}`;
      if (eq !== -1) uses.push(withValue(written, flag, word.start, word, eq + 1));
      else if (flag.value) {
        const next = words[i + 1];
        uses.push(next ? withValue(written, flag, word.start, next, 0) : bare(written, flag, word.start));
        i++;
      } else uses.push(bare(written, flag, word.start));
      continue;
    }
    // `-it`, `-p80:80`, `-e X=1`: letters until one takes a value.
    for (let k = 1; k < text.length; k++) {
      const flag = lookup.short.get(text[k] ?? '') ?? (text === '-h' ? HELP : undefined);
      if (!flag) break;
      const at = k === 1 ? word.start : (word.offsets[k] ?? word.start);
      const written = `-${text[k]}`;
      if (!flag.value) {
        uses.push(bare(written, flag, at));
        continue;
      }
      if (k + 1 < text.length)
        uses.push(withValue(written, flag, at, word, text[k + 1] === '=' ? k + 2 : k + 1));
      else {
        const next = words[i + 1];
        uses.push(next ? withValue(written, flag, at, next, 0) : bare(written, flag, at));
        i++;
      }
      break;
    }
  }
  return uses;
}

// Every cobra command has --help, defined or not.
const HELP: CliFlag & { name: string } = { name: 'help', value: false, at: '' };

const bare = (written: string, flag: CliFlag & { name: string }, at: number): FlagUse => ({
  name: flag.name,
  written,
  flag,
  at,
});

function withValue(
  written: string,
  flag: CliFlag & { name: string },
  at: number,
  word: Word,
  from: number,
): FlagUse {
  return {
    name: flag.name,
    written,
    flag,
    at,
    value: word.text.slice(from),
    valueAt: word.offsets[from] ?? word.start,
    valueOffsets: word.offsets.slice(from),
    ...(word.opaque ? { opaque: true } : {}),
  };
}
