import { createRequire } from 'node:module';
import { PassThrough } from 'node:stream';

/** What docker-modem would have put on the wire for one request. */
export interface CapturedRequest {
  method: string;
  path: string;
  query: string[];
  /** Top-level keys of a JSON object body, `[]` for a JSON array, `file` for a stream or buffer. */
  body: string[] | 'file' | null;
  /** Registry headers only: the others are transport details. */
  headers: string[];
}

// dockerode ships no types; the test only needs an untyped handle on it.
type Untyped = Record<string, (...args: unknown[]) => unknown>;
interface StubbedDocker {
  docker: Untyped;
  receiver(cls: string): Untyped;
  captured: CapturedRequest[];
}

const require = createRequire(import.meta.url);

export const dockerodeVersion: string = (require('dockerode/package.json') as { version: string }).version;

/**
 * A real dockerode client whose docker-modem runs its own `dial` (query string,
 * JSON body, auth headers) and stops at `buildRequest`, where the request would
 * go to a socket. So the capture is docker-modem's own split, not a re-reading of it.
 */
export function stubbedDocker(): StubbedDocker {
  const Docker = require('dockerode') as new (opts: object) => Untyped & { modem: Record<string, unknown> };
  const docker = new Docker({ host: '127.0.0.1', port: 2375 });
  const captured: CapturedRequest[] = [];
  docker.modem.buildRequest = (
    options: { path: string; method: string; headers: Record<string, unknown> },
    context: { isStream?: boolean; hijack?: boolean },
    data: unknown,
    callback: (err: unknown, data: unknown) => void,
  ) => {
    const url = new URL(options.path, 'http://daemon');
    captured.push({
      method: options.method,
      path: url.pathname,
      query: [...new Set(url.searchParams.keys())],
      body: bodyKeys(data),
      headers: Object.keys(options.headers).filter((h) => h.startsWith('X-Registry-')),
    });
    const stream = new PassThrough();
    stream.end();
    const reply = context.isStream || context.hijack ? stream : { Id: 'newid', ID: 'newid', Name: 'newname' };
    setImmediate(() => callback(null, reply));
  };
  const receiver = (cls: string): Untyped => {
    if (cls === 'Docker') return docker;
    const getter = docker[`get${cls}`];
    if (!getter) throw new Error(`no getter for ${cls}`);
    return getter.call(docker, 'rid', 'remote') as Untyped;
  };
  return { docker, receiver, captured };
}

function bodyKeys(data: unknown): CapturedRequest['body'] {
  if (data === undefined) return null;
  if (typeof data !== 'string') return 'file';
  const parsed: unknown = JSON.parse(data);
  if (Array.isArray(parsed)) return ['[]'];
  return parsed !== null && typeof parsed === 'object' ? Object.keys(parsed) : [];
}

/** Markers: a key that is only ever a query parameter name and one that is only a body field. */
export const queryMarker = 'qmark';
export const bodyMarker = 'Bmark';

/**
 * Sample arguments for one call, built from the table's parameter names. The
 * callback form is used wherever there is one: `done` settles when dockerode
 * calls back, after the last request of chains such as `run`.
 */
export function sampleArgs(
  args: readonly string[],
  headerKeys: readonly string[],
): { values: unknown[]; done: Promise<void> } {
  let finish: (err?: unknown) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finish = (err) => (err ? reject(err) : resolve());
  });
  const opts = () => ({
    [queryMarker]: 'q',
    [bodyMarker]: { Inner: 1 },
    authconfig: { key: 'from-opts' },
    abortSignal: new AbortController().signal,
    ...Object.fromEntries(headerKeys.map((k) => [k, { base64: k }])),
  });
  const byName: Record<string, () => unknown> = {
    opts,
    createOptions: opts,
    startOptions: opts,
    'auth?': () => ({ key: 'from-arg' }),
    auth: () => ({ key: 'from-arg' }),
    callback: () => (err: unknown) => finish(err),
    file: () => Buffer.from('tar'),
    checkpoint: () => 'ckpt',
    repoTag: () => 'repo:tag',
    image: () => 'img',
    cmd: () => ['true'],
    streamo: () => null,
    id: () => 'rid',
    name: () => 'rid',
    remote: () => 'remote',
    stream: () => new PassThrough().end(),
    onFinished: () => (err: unknown) => finish(err),
    onProgress: () => () => {},
  };
  const values = args.map((a) => {
    const make = byName[a];
    if (!make) throw new Error(`no sample for parameter ${a}`);
    return make();
  });
  return { values, done };
}

/** Waits for a call: its callback, or the promise it returned when it takes none. */
export async function settle(result: unknown, done: Promise<void>, hasCallback: boolean): Promise<void> {
  await (hasCallback ? done : result);
}
