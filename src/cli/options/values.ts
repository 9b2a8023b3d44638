import type { Options } from 'yargs';
import { UsageError } from '../../errors.ts';

/**
 * Every option value is read here, with a reason when it is wrong: given
 * twice, given without a value, not a number, out of range, not one of the
 * choices. yargs hands over raw strings (numbers are declared as strings so
 * `abc`, `1.5` and `1e3` reach the check) and no defaults: a default would
 * silently stand in for a missing value, so commands apply their own.
 */

interface Common {
  readonly describe: string;
  readonly group?: string;
  readonly alias?: string;
  readonly demandOption?: boolean;
}

interface TextOptions extends Common {
  /** `--daemon` and `--removed` mean something without a value. */
  readonly empty?: boolean;
  /** What the value is, for the missing-value message: "a file", "a version". */
  readonly what?: string;
  /** A repeatable option that also takes several words at once (`--exclude-dir a b`). */
  readonly greedy?: boolean;
}

/** One string value. */
export function textOption(name: string, options: TextOptions): Options {
  return { ...yargsCommon(options), coerce: (raw: unknown) => text(name, once(name, raw), options) };
}

/** A repeatable string value (`--docker 20.10 --docker 27`). */
export function textsOption(name: string, options: TextOptions): Options {
  return {
    ...yargsCommon(options),
    array: true,
    ...(!options.greedy && { nargs: 1 }),
    coerce: (raw: unknown) => list(raw).map((value) => text(name, value, options)),
  };
}

interface IntegerOptions extends Common {
  readonly min: number;
  readonly max?: number;
  /** What is counted, for messages: "milliseconds", "bytes", "warnings". */
  readonly unit: string;
}

/** One whole number in a range. */
export function integerOption(name: string, options: IntegerOptions): Options {
  return { ...yargsCommon(options), coerce: (raw: unknown) => integer(name, once(name, raw), options) };
}

/** One value of a fixed set. */
export function choiceOption(name: string, choices: readonly string[], options: Common): Options {
  return {
    ...yargsCommon(options),
    choices,
    coerce: (raw: unknown) => choice(name, once(name, raw), choices),
  };
}

/** Repeatable values of a fixed set (`--in query --in body`). */
export function choicesOption(name: string, choices: readonly string[], options: Common): Options {
  return {
    ...yargsCommon(options),
    choices,
    array: true,
    coerce: (raw: unknown) => list(raw).map((value) => choice(name, value, choices)),
  };
}

function yargsCommon(options: Common): Options {
  return {
    type: 'string',
    describe: options.describe,
    ...(options.group !== undefined && { group: options.group }),
    ...(options.alias !== undefined && { alias: options.alias }),
    ...(options.demandOption && { demandOption: true }),
  };
}

/** A single-value option given twice reaches us as an array: say so instead of using either. */
export function once(name: string, raw: unknown): string {
  if (Array.isArray(raw)) {
    throw new UsageError(`--${name} given ${raw.length} times (${raw.map(String).join(', ')}): give it once`);
  }
  return raw === undefined || raw === null ? '' : String(raw);
}

function list(raw: unknown): string[] {
  return (Array.isArray(raw) ? raw : [raw]).map((value) =>
    value === undefined || value === null ? '' : String(value),
  );
}

function text(name: string, value: string, options: TextOptions): string {
  if (value === '' && !options.empty) throw new UsageError(`--${name} needs ${options.what ?? 'a value'}`);
  return value;
}

/** Decimal digits only: `1.5`, `1e3`, `0x10`, ` 3` and `-1` are all refused with the rule they break. */
export function integer(name: string, value: string, options: IntegerOptions): number {
  if (value.trim() === '') throw new UsageError(`--${name} needs a number of ${options.unit}`);
  if (!/^-?\d+$/.test(value)) {
    throw new UsageError(`--${name} ${value} is not a whole number of ${options.unit}`);
  }
  const number = Number(value);
  if (number < options.min) {
    throw new UsageError(`--${name} ${value} is too small: at least ${options.min} ${options.unit}`);
  }
  if (options.max !== undefined && number > options.max) {
    throw new UsageError(`--${name} ${value} is too large: at most ${options.max} ${options.unit}`);
  }
  return number;
}

function choice(name: string, value: string, choices: readonly string[]): string {
  if (value === '') throw new UsageError(`--${name} needs one of ${choices.join(', ')}`);
  if (!choices.includes(value)) {
    throw new UsageError(`--${name} ${value} is not one of ${choices.join(', ')}`);
  }
  return value;
}
