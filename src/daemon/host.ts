import { UsageError } from '../errors.ts';

/** Where a Docker daemon listens, as DOCKER_HOST names it. */
export type DaemonEndpoint =
  | { readonly kind: 'unix'; readonly socketPath: string; readonly display: string }
  | { readonly kind: 'tcp'; readonly hostname: string; readonly port: number; readonly display: string };

export const DEFAULT_DOCKER_HOST = 'unix:///var/run/docker.sock';

// The Docker CLI's own default port for plain tcp:// without a port.
const DEFAULT_TCP_PORT = 2375;

/**
 * Parses a daemon address: `unix:///path`, a bare `/path`, `tcp://host[:port]`
 * or `http://host[:port]`. Without one, DOCKER_HOST is used, then the default
 * socket. TLS endpoints are refused with the reason (see tlsUnsupported).
 */
export function parseDaemonHost(
  host?: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): DaemonEndpoint {
  const text =
    (host === undefined || host.trim() === '' ? env.DOCKER_HOST : host)?.trim() || DEFAULT_DOCKER_HOST;
  if (text.startsWith('/')) return { kind: 'unix', socketPath: text, display: `unix://${text}` };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme === 'unix') {
    const socketPath = text.slice('unix://'.length);
    if (socketPath === '')
      throw new UsageError(`"${text}" names no socket path: expected unix:///path/to/docker.sock`);
    return { kind: 'unix', socketPath, display: text };
  }
  if (scheme === 'tcp' || scheme === 'http') {
    if (tlsRequested(env)) throw tlsUnsupported(text, 'DOCKER_TLS_VERIFY or DOCKER_TLS is set');
    return tcpEndpoint(text, scheme);
  }
  if (scheme === 'https') throw tlsUnsupported(text, 'it is an https:// address');
  if (scheme === 'ssh' || scheme === 'npipe' || scheme === 'fd') {
    throw new UsageError(
      `${scheme}:// daemon addresses are not supported ("${text}"): use unix:///path or tcp://host:port`,
    );
  }
  throw new UsageError(
    `"${text}" is not a daemon address: expected unix:///path/to/docker.sock or tcp://host:port`,
  );
}

function tcpEndpoint(text: string, scheme: string): DaemonEndpoint {
  let url: URL;
  try {
    url = new URL(`http://${text.slice(scheme.length + 3)}`);
  } catch {
    throw new UsageError(`"${text}" is not a daemon address: expected tcp://host:port`);
  }
  if (url.hostname === '') throw new UsageError(`"${text}" names no host: expected tcp://host:port`);
  const port = url.port === '' ? DEFAULT_TCP_PORT : Number(url.port);
  // URL keeps IPv6 literals bracketed; node:net wants them bare.
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { kind: 'tcp', hostname, port, display: `tcp://${url.host}${url.port === '' ? `:${port}` : ''}` };
}

// The Docker CLI turns TLS on when either variable is non-empty.
function tlsRequested(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.DOCKER_TLS_VERIFY) || Boolean(env.DOCKER_TLS);
}

/**
 * TLS daemons (DOCKER_TLS_VERIFY, DOCKER_CERT_PATH, https://) are not
 * supported: a client certificate is a credential, and this tool only reads
 * the daemon's version. Point it at a unix socket or a plain tcp:// endpoint.
 */
export function tlsUnsupported(address: string, why: string): UsageError {
  return new UsageError(
    `TLS daemon endpoints are not supported (${address}: ${why}); use a unix socket or a plain tcp:// endpoint`,
  );
}
