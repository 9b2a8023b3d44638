import type { ElementRow } from './format.ts';

/**
 * One operation's elements by key suffix, each row decoded on first access:
 * a lint resolves a few elements of an operation that has hundreds
 * (`POST /containers/create`), and decoding them all cost most of a cached
 * run's resolving.
 */
export class LazyElements<T> implements ReadonlyMap<string, T> {
  readonly #rows: Map<string, ElementRow>;
  readonly #decoded = new Map<string, T>();
  readonly #decode: (row: ElementRow) => T;

  constructor(rows: readonly ElementRow[], decode: (row: ElementRow) => T) {
    this.#rows = new Map(rows.map((row) => [row[0], row]));
    this.#decode = decode;
  }

  get size(): number {
    return this.#rows.size;
  }

  has(suffix: string): boolean {
    return this.#rows.has(suffix);
  }

  get(suffix: string): T | undefined {
    const done = this.#decoded.get(suffix);
    if (done !== undefined) return done;
    const row = this.#rows.get(suffix);
    if (row === undefined) return undefined;
    const value = this.#decode(row);
    this.#decoded.set(suffix, value);
    return value;
  }

  keys(): MapIterator<string> {
    return this.#rows.keys();
  }

  *values(): MapIterator<T> {
    for (const suffix of this.#rows.keys()) yield this.get(suffix) as T;
  }

  *entries(): MapIterator<[string, T]> {
    for (const suffix of this.#rows.keys()) yield [suffix, this.get(suffix) as T];
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }

  forEach(callback: (value: T, key: string, map: ReadonlyMap<string, T>) => void): void {
    for (const [suffix, value] of this.entries()) callback(value, suffix, this);
  }
}
