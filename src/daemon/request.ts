import http from 'node:http';
import type { DaemonEndpoint } from './host.ts';

export interface DaemonRequest {
  readonly method: string;
  /** Path and query, e.g. `/v1.41/containers/json?all=1`. */
  readonly path: string;
  readonly body?: string;
  /** Whole exchange, connect to last byte read. */
  readonly timeoutMs: number;
  /**
   * Which bodies to read: `all`, or `errors` (status >= 400 only; success
   * bodies of streaming and hijacking endpoints may never end, so the request
   * is aborted once the status line and headers are in).
   */
  readonly read: 'all' | 'errors';
  /** Bodies are cut at this size; version answers and error messages are small. */
  readonly maxBodyBytes?: number;
}

export interface DaemonResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  /** Undefined when the body was not read (see DaemonRequest.read) or for HEAD. */
  readonly body?: string;
}

/** Why a request failed before a complete answer arrived. */
export class DaemonRequestError extends Error {
  override readonly name = 'DaemonRequestError';
  /** `ETIMEDOUT` for our own timeout, else the socket's error code (ENOENT, EACCES, ECONNREFUSED, …). */
  readonly code: string | undefined;
  /** What a server sent that was not HTTP, when Node's parser kept it (e.g. a TLS alert). */
  readonly rawResponse: string | undefined;
  constructor(message: string, code: string | undefined, rawResponse?: string) {
    super(message);
    this.code = code;
    this.rawResponse = rawResponse;
  }
}

const DEFAULT_MAX_BODY = 1 << 20;

/** One HTTP/1.1 exchange with a daemon over a unix socket or plain TCP. */
export function daemonRequest(endpoint: DaemonEndpoint, request: DaemonRequest): Promise<DaemonResponse> {
  const maxBody = request.maxBodyBytes ?? DEFAULT_MAX_BODY;
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (error: Error | undefined, response?: DaemonResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Destroying the request closes the socket, which also ends streams we chose not to read.
      req.destroy();
      if (error) reject(error);
      else if (response) resolve(response);
    };
    const req = http.request({
      ...(endpoint.kind === 'unix'
        ? { socketPath: endpoint.socketPath }
        : { host: endpoint.hostname, port: endpoint.port }),
      method: request.method,
      path: request.path,
      // A fresh connection per request: nothing stays open after the answer.
      agent: false,
      headers: {
        // Docker ignores Host on a socket; on TCP it is the address as given (IPv6 bracketed).
        Host: endpoint.kind === 'unix' ? 'docker' : endpoint.display.slice('tcp://'.length),
        ...(request.body !== undefined && {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(request.body),
        }),
      },
    });
    const timer = setTimeout(
      () => finish(new DaemonRequestError(`timed out after ${request.timeoutMs} ms`, 'ETIMEDOUT')),
      request.timeoutMs,
    );
    req.on('error', (error: NodeJS.ErrnoException) =>
      finish(new DaemonRequestError(error.message, error.code, rawOf(error))),
    );
    // A hijacking endpoint may switch protocols; its status line is all we need.
    req.on('upgrade', (res) => finish(undefined, { status: res.statusCode ?? 101, headers: res.headers }));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const wanted = request.method !== 'HEAD' && (request.read === 'all' || status >= 400);
      if (!wanted) {
        finish(undefined, { status, headers: res.headers });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const done = (): void =>
        finish(undefined, {
          status,
          headers: res.headers,
          body: Buffer.concat(chunks).subarray(0, maxBody).toString('utf8'),
        });
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= maxBody) done();
      });
      res.on('end', done);
      res.on('error', (error) => finish(new DaemonRequestError(error.message, undefined)));
    });
    req.end(request.body);
  });
}

// Node's parser error for a non-HTTP answer carries the bytes it got (e.g. a TLS alert).
function rawOf(error: NodeJS.ErrnoException): string | undefined {
  const raw = (error as { rawPacket?: unknown }).rawPacket;
  return Buffer.isBuffer(raw) ? raw.toString('latin1') : undefined;
}
