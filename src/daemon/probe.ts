import { UsageError } from '../errors.ts';
import { type DataKnowledge, dataKnowledge } from './data-knowledge.ts';
import { daemonFailure } from './failure.ts';
import { type DaemonEndpoint, parseDaemonHost, tlsUnsupported } from './host.ts';
import { type DaemonResponse, daemonRequest } from './request.ts';
import { cleanDaemonText } from './sanitize.ts';
import { parseVersionAnswer, type VersionAnswer } from './version-answer.ts';

/** What a daemon says about itself, and what the data knows of it. */
export interface DaemonProbe {
  /** The address asked, normalised: `unix:///var/run/docker.sock`, `tcp://host:2375`. */
  readonly host: string;
  /** The daemon's version as reported, e.g. `20.10.24+dfsg1`. */
  readonly docker: string;
  /** Highest API version served (ApiVersion). */
  readonly api: string;
  /** Lowest API version served (MinAPIVersion); the API version itself when the daemon does not say. */
  readonly minApi: string;
  readonly os: string;
  readonly arch: string;
  readonly experimental: boolean;
  readonly known: DataKnowledge;
  /** Which engine answers: `docker` (dockerd), `podman`, or another engine's name in lower case. */
  readonly engine: string;
  /** The engine's own version: Podman's for Podman (`4.3.1`), the daemon's version for dockerd. */
  readonly engineVersion: string;
}

export interface ProbeOptions {
  /** Per request; a local daemon answers /version in milliseconds. */
  readonly timeoutMs?: number;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const DEFAULT_PROBE_TIMEOUT_MS = 3000;

/**
 * Asks a daemon `GET /version` (unversioned, so any daemon answers). Throws a
 * one-line UsageError when nothing answers or what answers is not a Docker
 * daemon.
 */
export async function probeDaemon(host?: string, options: ProbeOptions = {}): Promise<DaemonProbe> {
  const endpoint = parseDaemonHost(host, options.env);
  const response = await daemonRequest(endpoint, {
    method: 'GET',
    path: '/version',
    timeoutMs: options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    read: 'all',
    maxBodyBytes: 64 * 1024,
  }).catch((error: unknown) => {
    throw daemonFailure(endpoint, error);
  });
  if (response.status === 400 && /HTTP request to an HTTPS server/i.test(response.body ?? '')) {
    throw tlsUnsupported(endpoint.display, 'it answered with TLS');
  }
  const answer = response.status === 200 ? parseVersionAnswer(response.body) : undefined;
  if (!answer) throw notDocker(endpoint, response);
  const known = dataKnowledge(answer);
  return {
    host: cleanDaemonText(endpoint.display),
    docker: answer.version,
    api: answer.apiVersion,
    // Daemons before API 1.25 do not report a minimum; the data's default stands in.
    minApi: answer.minApiVersion ?? (known.kind === 'release' ? known.minApi : answer.apiVersion),
    os: answer.os,
    arch: answer.arch,
    experimental: answer.experimental,
    known,
    ...engineOf(answer),
  };
}

// Podman names itself in Components ("Podman Engine") and reports its own version.
function engineOf(answer: VersionAnswer): { engine: string; engineVersion: string } {
  if (answer.engineName === null) return { engine: 'docker', engineVersion: answer.version };
  const engine =
    cleanDaemonText(answer.engineName)
      .replace(/\s*engine$/i, '')
      .trim()
      .toLowerCase() || answer.engineName;
  return { engine, engineVersion: cleanDaemonText(answer.engineVersion ?? answer.version) };
}

// A Docker daemon sets Api-Version on every handled answer, errors included.
function notDocker(endpoint: DaemonEndpoint, response: DaemonResponse): UsageError {
  const status = response.status;
  if (response.headers['api-version'] !== undefined) {
    const message = errorMessage(response.body);
    return new UsageError(
      `the Docker daemon at ${endpoint.display} answered GET /version with ${status}${message ? `: ${message}` : ''}`,
    );
  }
  return new UsageError(
    `${endpoint.display} is not a Docker daemon (no Api-Version header, GET /version answered ${status})`,
  );
}

function errorMessage(body: string | undefined): string | undefined {
  try {
    const message = (JSON.parse(body ?? '') as { message?: unknown }).message;
    return typeof message === 'string' ? cleanDaemonText(message.split('\n')[0] ?? '') : undefined;
  } catch {
    return undefined;
  }
}
