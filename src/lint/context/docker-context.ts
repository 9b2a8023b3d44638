import type { Usage } from '../usage.ts';
import { isDistinctiveEnginePath, matchEnginePath } from './engine-paths.ts';

/**
 * Docker context: evidence in a file that its requests go to a Docker daemon.
 * A request path written without a version prefix or Docker endpoint in
 * front (`'/info'`, `` `${base}/containers/json` ``) is reported only when
 * the file has Docker context, because such paths also name routes of
 * unrelated REST services. A file has Docker context when it has:
 *
 * 1. a request that is anchored itself: a `/v1.NN/` prefix, or a Docker
 *    endpoint before the path (`unix://…docker.sock`, `http://docker`,
 *    `http://localhost` without port, ports 2375/2376, `$DOCKER_HOST`,
 *    `curl --unix-socket …docker.sock`);
 * 2. a Docker signal anywhere in the text: `docker.sock`, `DOCKER_HOST`,
 *    `DOCKER_API_VERSION`, ports 2375/2376, or a Docker SDK import (dockerode,
 *    docker-modem, the Go client `github.com/docker/docker/client` or
 *    `github.com/moby/moby/client`, Python `docker`, docker-java, bollard,
 *    Docker.DotNet);
 * 3. two or more distinct Engine-specific paths, ones with a literal segment
 *    after the first (`/containers/json`, `/images/{}/push`, `/swarm/init`);
 *    `/info`, `/version` or `/containers/{}` alone never count.
 */
/**
 * Literal signals. Each contains `ocker` or `OCKER`, so the text is searched
 * for those two only and each hit is checked against the list: a pass per
 * literal costs more than the whole check on large files.
 */
const OCKER_LITERALS: readonly string[] = [
  'docker.sock',
  'DOCKER_HOST',
  'DOCKER_API_VERSION',
  'dockerode',
  'docker-modem',
  'github.com/docker/docker/client',
  'com.github.dockerjava',
  'Docker.DotNet',
  'docker.from_env',
  'docker.DockerClient',
  'docker.APIClient',
];

/** `import docker` / `from docker.types import …` at the start of a line (Python). */
const PYTHON_IMPORT = /(?:import docker\b|from docker(?:\.[a-z_.]{1,40})? import\b)/y;

export function hasDockerSignal(text: string): boolean {
  for (const needle of ['ocker', 'OCKER']) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (OCKER_LITERALS.some((literal) => startsAround(text, at, needle, literal))) return true;
      if (needle === 'ocker' && pythonImportAt(text, at)) return true;
    }
  }
  return (
    text.includes('moby/moby/client') ||
    (text.includes(':237') && /:237[56]\b/.test(text)) ||
    (text.includes('bollard') && /\bbollard\b/.test(text))
  );
}

function startsAround(text: string, at: number, needle: string, literal: string): boolean {
  const offset = literal.indexOf(needle);
  return offset !== -1 && text.startsWith(literal, at - offset);
}

/** `at` is on the `ocker` of `docker`; the import must start its line (after indentation). */
function pythonImportAt(text: string, at: number): boolean {
  for (const offset of [8, 6]) {
    const start = at - offset;
    if (start < 0) continue;
    PYTHON_IMPORT.lastIndex = start;
    if (!PYTHON_IMPORT.test(text)) continue;
    let i = start - 1;
    while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\t') && start - i <= 8) i--;
    if (i < 0 || text.charAt(i) === '\n') return true;
  }
  return false;
}

export function hasDockerContext(text: string, usages: readonly Usage[]): boolean {
  if (usages.some((usage) => usage.kind === 'pin' || usage.anchored)) return true;
  if (hasDockerSignal(text)) return true;
  const distinctive = new Set<string>();
  for (const usage of usages) {
    if (usage.kind !== 'request') continue;
    const template = matchEnginePath(usage.path);
    if (template && isDistinctiveEnginePath(template)) distinctive.add(template);
  }
  return distinctive.size >= 2;
}

/** Drops unanchored requests from files without Docker context. */
export function applyDockerContext(text: string, usages: readonly Usage[]): Usage[] {
  if (usages.every((usage) => usage.kind === 'pin' || usage.anchored)) return [...usages];
  if (hasDockerContext(text, usages)) return [...usages];
  return usages.filter((usage) => usage.kind === 'pin' || usage.anchored);
}
