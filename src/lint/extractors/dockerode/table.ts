import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../../package-root.ts';

/** The dockerode classes whose instances an extractor tracks as receivers. */
export const dockerodeClasses = [
  'Docker',
  'Container',
  'Image',
  'Network',
  'Volume',
  'Exec',
  'Service',
  'Task',
  'Node',
  'Plugin',
  'Secret',
  'Config',
] as const;
export type DockerodeClass = (typeof dockerodeClasses)[number];

/**
 * How docker-modem puts a method's options object on the wire: `query` (the
 * query string), `body` (a JSON body), `query+body` (both: the path ends in `?`
 * and the verb is POST, so the daemon picks what it reads), `none` (the
 * options never leave the client). Keys `_query` / `_body` override the object
 * for the query string / the body wherever that side is sent.
 */
export type Wire = 'query' | 'body' | 'query+body' | 'none';

/** One HTTP request a dockerode method makes. */
export interface DockerodeRequest {
  /** Operation key as in DESIGN.md, with the newest spec's path parameter names. */
  readonly op: string;
  /** Index in `args` of the options object whose keys are sent; absent when none is. */
  readonly opts?: number;
  readonly wire: Wire;
  /**
   * Options keys the daemon reads as query parameters: `*` = every key; a list
   * (only for `query+body` operations that take a JSON body) = these keys, the
   * others being body fields. Nested objects in the query are JSON strings, so
   * only top-level keys count here.
   */
  readonly query: '*' | readonly string[];
  /** Whether options keys not read from the query are request body fields (dot paths below them). */
  readonly body: boolean;
  /** Query parameters dockerode sets itself (`pull` sets `fromImage`, `tag`). */
  readonly fixedQuery?: readonly string[];
  /** Body fields dockerode sets itself (`run` fills a container config). */
  readonly fixedBody?: readonly string[];
  /** Options keys that dockerode turns into a header instead: key → header name. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Options keys dockerode reads for itself; they are sent too, but mean nothing to the daemon. */
  readonly clientKeys?: readonly string[];
  /** The body is a file or stream argument (a tar archive), not JSON. */
  readonly file?: true;
  /** The request is made only under this condition (`opts.version=2`: BuildKit session). */
  readonly when?: string;
  /** The operation is in no spec version: `experimental` (checkpoints) or `removed` before 1.24. */
  readonly outsideSpecs?: 'experimental' | 'removed';
}

/** One public method of a dockerode class. */
export interface DockerodeMethod {
  /**
   * Parameter names in dockerode's order. `auth?` first means an optional
   * leading auth object: with a single non-function argument, that argument is
   * the options object. `auth` is sent as header X-Registry-Auth.
   */
  readonly args: readonly string[];
  /** Class of the receiver the method returns (resolves to, or passes to its callback). */
  readonly returns?: DockerodeClass;
  /** When the result is a tuple (`run` resolves `[output, container]`), the receiver's index. */
  readonly returnsIndex?: number;
  /** First dockerode version with the method, when later than the table's lower bound. */
  readonly since?: string;
  /** Requests in the order made; empty for getters and client-side helpers. */
  readonly requests: readonly DockerodeRequest[];
  /** Operations older dockerode releases made instead (`before`: first version without it). */
  readonly history?: readonly { readonly before: string; readonly op: string }[];
}

export interface DockerodeTable {
  /** Range of dockerode releases the table describes. */
  readonly dockerode: string;
  /** Options keys every method strips before sending (docker-modem deletes them). */
  readonly clientKeys: readonly string[];
  readonly classes: Readonly<Record<DockerodeClass, Readonly<Record<string, DockerodeMethod>>>>;
}

let cached: DockerodeTable | undefined;

/** The shipped table, data/dockerode-methods.json, parsed once. */
export function dockerodeTable(): DockerodeTable {
  cached ??= JSON.parse(readFileSync(join(dataDir, 'dockerode-methods.json'), 'utf8')) as DockerodeTable;
  return cached;
}

let names: RegExp | undefined;

/** Every method name of the table as one anchored pattern, to select candidate calls in the parser. */
export function methodNamePattern(table: DockerodeTable): string {
  names ??= new RegExp(
    `^(?:${[...new Set(dockerodeClasses.flatMap((cls) => Object.keys(table.classes[cls])))].sort().join('|')})$`,
  );
  return names.source;
}
