import { tryParseApiVersion } from '../versions/api-version.ts';
import { cleanDaemonText } from './sanitize.ts';

/** The members of `GET /version` this tool uses, checked. */
export interface VersionAnswer {
  /** The daemon's version as it reports it, e.g. `20.10.24+dfsg1`. */
  readonly version: string;
  readonly apiVersion: string;
  /** Absent from daemons older than API 1.24's MinAPIVersion field; null then. */
  readonly minApiVersion: string | null;
  readonly os: string;
  readonly arch: string;
  readonly kernelVersion: string | null;
  readonly experimental: boolean;
  /** Component names other than Docker's own (`Podman Engine`), to tell other engines apart. */
  readonly engineName: string | null;
  /** That component's version (Podman's own), when it says. */
  readonly engineVersion: string | null;
}

/**
 * Reads a `GET /version` body. Returns undefined when it is not a Docker
 * version answer (not JSON, or no valid ApiVersion): then the server is not a
 * Docker daemon.
 */
export function parseVersionAnswer(body: string | undefined): VersionAnswer | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body ?? '');
  } catch {
    return undefined;
  }
  if (!isRecord(json)) return undefined;
  const apiVersion = stringField(json, 'ApiVersion');
  if (apiVersion === undefined || !tryParseApiVersion(apiVersion)) return undefined;
  const minApiVersion = stringField(json, 'MinAPIVersion');
  return {
    version: stringField(json, 'Version') ?? '',
    apiVersion,
    minApiVersion: minApiVersion !== undefined && tryParseApiVersion(minApiVersion) ? minApiVersion : null,
    os: stringField(json, 'Os') ?? '',
    arch: stringField(json, 'Arch') ?? '',
    kernelVersion: stringField(json, 'KernelVersion') ?? null,
    experimental: json.Experimental === true || json.Experimental === 'true',
    ...engineComponent(json),
  };
}

function engineComponent(json: Record<string, unknown>): {
  engineName: string | null;
  engineVersion: string | null;
} {
  const components = Array.isArray(json.Components) ? json.Components : [];
  for (const component of components) {
    if (!isRecord(component)) continue;
    const name = stringField(component, 'Name');
    if (name !== undefined && /engine$/i.test(name) && name !== 'Engine')
      return { engineName: name, engineVersion: stringField(component, 'Version') ?? null };
  }
  return { engineName: null, engineVersion: null };
}

function stringField(json: Record<string, unknown>, key: string): string | undefined {
  const value = json[key];
  if (typeof value !== 'string') return undefined;
  const clean = cleanDaemonText(value);
  return clean === '' ? undefined : clean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
