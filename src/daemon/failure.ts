import { UsageError } from '../errors.ts';
import { type DaemonEndpoint, tlsUnsupported } from './host.ts';
import { DaemonRequestError } from './request.ts';
import { cleanDaemonText } from './sanitize.ts';

/**
 * Turns a failed exchange into the one line a user can act on. Anything not
 * recognised still becomes a UsageError naming the daemon: an unreachable
 * daemon is a problem of the environment, not a bug.
 */
export function daemonFailure(endpoint: DaemonEndpoint, error: unknown): UsageError {
  if (error instanceof UsageError) return error;
  const where = cleanDaemonText(endpoint.display);
  const code = error instanceof DaemonRequestError ? error.code : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOENT':
      return new UsageError(
        `no Docker daemon socket at ${where}: is the daemon running? (set DOCKER_HOST or pass the address)`,
      );
    case 'EACCES':
    case 'EPERM':
      return new UsageError(
        `permission denied on ${where}: run as a user allowed to use the Docker socket (often the docker group)`,
      );
    case 'ECONNREFUSED':
      return new UsageError(`connection refused by ${where}: is the daemon running and listening there?`);
    case 'ENOTSOCK':
      return new UsageError(`${where} is not a socket`);
    case 'ETIMEDOUT':
      return new UsageError(`no answer from ${where}: ${detail}; is it a Docker daemon?`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new UsageError(`cannot resolve the host of ${where}`);
    case 'ECONNRESET':
    case 'EPIPE':
      return new UsageError(`${where} closed the connection without an answer: is it a Docker daemon?`);
  }
  if (error instanceof DaemonRequestError && looksLikeTls(error.rawResponse)) {
    return tlsUnsupported(where, 'it answered with TLS');
  }
  if (code?.startsWith('HPE_')) {
    return new UsageError(`${where} did not answer in HTTP: it is not a Docker daemon`);
  }
  return new UsageError(`cannot reach the Docker daemon at ${where}: ${cleanDaemonText(firstLine(detail))}`);
}

// A TLS record starts with content type 0x15 (alert) or 0x16 (handshake), then version 3.x.
function looksLikeTls(raw: string | undefined): boolean {
  if (raw === undefined || raw.length < 2) return false;
  const type = raw.charCodeAt(0);
  return (type === 0x15 || type === 0x16) && raw.charCodeAt(1) === 0x03;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
