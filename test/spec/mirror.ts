import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../src/package-root.ts';

/**
 * The upstream specs for tests: env DOCKER_API_SPECS_DIR, else the shared
 * folder beside the checkout. Undefined when neither exists: suites skip.
 */
export const mirror: string | undefined = (() => {
  const dir = process.env.DOCKER_API_SPECS_DIR
    ? resolve(process.env.DOCKER_API_SPECS_DIR)
    : resolve(packageRoot, '../shared/specs/docker-engine');
  return existsSync(join(dir, 'v1.25.yaml')) ? dir : undefined;
})();

export const skipReason =
  'upstream specs not found (set DOCKER_API_SPECS_DIR or place them beside the checkout)';

export function specFile(version: string): string {
  if (!mirror) throw new Error(skipReason);
  return join(mirror, version === '1.24' ? 'v1.24.md' : `v${version}.yaml`);
}
