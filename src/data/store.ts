import { join } from 'node:path';
import { dataDir } from '../package-root.ts';
import { type EffectiveRecord, readEffective } from './effective-file.ts';
import { parseKeySuffix } from './element-key.ts';
import type { ElementFacts } from './element-types.ts';
import {
  ELEMENTS_FILE,
  ELEMENTS_FORMAT,
  type ElementRow,
  type ElementsHeader,
  parseSpans,
} from './format.ts';
import type { ShapeChange } from './history-types.ts';
import { LazyElements } from './lazy-elements.ts';
import { LineFile } from './line-file.ts';
import { templateShape } from './path-template.ts';

/** One decoded element: its public facts and its shape changes. */
export interface StoredElement {
  readonly facts: ElementFacts;
  readonly changes: readonly ShapeChange[];
}

/**
 * Read access to data/elements.jsonl. The file is read on first use and each
 * operation's line is parsed only when asked for, so one lookup costs one
 * file read and one small JSON.parse.
 */
export class ElementStore {
  readonly #file: string;
  readonly #directory: string;
  readonly #lines: LineFile;
  /** The daemon layer (effective.json), read with the first decoded line. */
  #effective: ReadonlyMap<string, EffectiveRecord> | undefined;
  #operations: readonly string[] | undefined;
  /** Byte offset of each operation's line. */
  #offsets: number[] = [];
  #lengths: readonly number[] = [];
  #index: Map<string, number> | undefined;
  #byShape: Map<string, number> | undefined;
  readonly #decoded = new Map<number, ReadonlyMap<string, StoredElement>>();
  /** Every decoded element by full key, so repeated lookups skip key parsing. */
  readonly #byKey = new Map<string, StoredElement>();

  constructor(directory: string = dataDir) {
    this.#directory = directory;
    this.#file = join(directory, ELEMENTS_FILE);
    this.#lines = new LineFile(this.#file);
  }

  /** Every operation key, sorted. */
  operations(): readonly string[] {
    if (!this.#operations) {
      const first = this.#lines.firstLine();
      const header = JSON.parse(first.text) as ElementsHeader;
      if (header.format !== ELEMENTS_FORMAT) {
        throw new Error(`${this.#file}: data format ${header.format}, expected ${ELEMENTS_FORMAT}`);
      }
      let offset = first.bytes;
      this.#offsets = header.lineBytes.map((length) => {
        const start = offset;
        offset += length;
        return start;
      });
      this.#lengths = header.lineBytes;
      this.#operations = header.operations;
    }
    return this.#operations;
  }

  /**
   * The canonical operation key for `method path`, accepting any names for
   * path parameters (`{name}` for `{id}`); undefined when there is none.
   */
  findOperation(method: string, path: string): string | undefined {
    const operations = this.operations();
    if (!this.#index) {
      this.#index = new Map(operations.map((operation, index) => [operation, index]));
      this.#byShape = new Map(operations.map((operation, index) => [templateShape(operation), index]));
    }
    const key = `${method} ${path}`;
    const index = this.#index.get(key) ?? this.#byShape?.get(templateShape(key));
    return index === undefined ? undefined : operations[index];
  }

  /** The elements of one operation by key suffix (`""` for the operation itself). */
  elementsOf(operation: string): ReadonlyMap<string, StoredElement> {
    const operations = this.operations();
    const index = this.#index?.get(operation) ?? operations.indexOf(operation);
    if (index === -1) return new Map();
    return (
      this.#decoded.get(index) ??
      this.#decode(index, this.#lines.read(this.#offsets[index] ?? 0, this.#lengths[index] ?? 0))
    );
  }

  #decode(index: number, line: string): ReadonlyMap<string, StoredElement> {
    const operation = this.operations()[index] ?? '';
    const rows = JSON.parse(line) as ElementRow[];
    this.#effective ??= readEffective(this.#directory);
    const effective = this.#effective;
    const decoded = new LazyElements(rows, (row) => {
      const stored = decodeRow(operation, row, effective);
      this.#byKey.set(stored.facts.key, stored);
      return stored;
    });
    this.#decoded.set(index, decoded);
    return decoded;
  }

  /** An already decoded element by its exact canonical key. */
  decodedElement(key: string): StoredElement | undefined {
    return this.#byKey.get(key);
  }

  /** Every element, in key order. */
  *all(): Generator<StoredElement> {
    const operations = this.operations();
    // Everything is wanted: one read of the whole file beats a read per line.
    if (this.#decoded.size < operations.length) {
      const whole = this.#lines.read(0, (this.#offsets.at(-1) ?? 0) + (this.#lengths.at(-1) ?? 0));
      operations.forEach((_, index) => {
        const start = this.#offsets[index] ?? 0;
        if (!this.#decoded.has(index))
          this.#decode(index, whole.slice(start, start + (this.#lengths[index] ?? 0)));
      });
    }
    for (const operation of operations) yield* this.elementsOf(operation).values();
  }
}

function decodeRow(
  operation: string,
  row: ElementRow,
  effective: ReadonlyMap<string, EffectiveRecord>,
): StoredElement {
  const [suffix, spansText, deprecated = null, changes = []] = row;
  const space = operation.indexOf(' ');
  const method = operation.slice(0, space);
  const path = operation.slice(space + 1);
  const parts = suffix === '' ? undefined : parseKeySuffix(suffix);
  const spans = parseSpans(spansText);
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last) throw new Error(`no spans for ${operation} ${suffix}`);
  const key = suffix === '' ? operation : `${operation} ${suffix}`;
  const daemon = effective.get(key);
  const facts: ElementFacts = {
    key,
    method,
    path,
    in: parts?.in ?? 'operation',
    ...(parts ? { name: parts.name } : {}),
    ...(parts?.value !== undefined ? { value: parts.value } : {}),
    since: first.since,
    deprecated,
    removed: last.removed,
    ...(spans.length > 1 ? { history: spans } : {}),
    ...(daemon?.effective ? { effective: daemon.effective } : {}),
    ...(daemon?.facts ? { facts: daemon.facts } : {}),
  };
  return {
    facts,
    changes: changes.map(([version, field, from, to]) => ({ version, field, from, to })),
  };
}

let defaultStore: ElementStore | undefined;

/** The store over the package's own data/ directory. */
export function elementStore(): ElementStore {
  defaultStore ??= new ElementStore();
  return defaultStore;
}
