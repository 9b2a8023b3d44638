import { normalizeApiVersion } from '../../../versions/api-version.ts';
import { holdsLiteral } from '../../text/find-literal.ts';
import type { PinUsage } from '../../usage.ts';
import type { ExtractInput, Extractor } from '../types.ts';

/**
 * Pins outside request paths:
 * - `DOCKER_API_VERSION=1.41` as scripts, CI YAML, Dockerfiles, compose files
 *   and code set it (`ENV DOCKER_API_VERSION 1.41`, `DOCKER_API_VERSION: "1.41"`,
 *   `os.Setenv("DOCKER_API_VERSION", "1.41")`); reading the variable is not a pin;
 * - SDK client version options: Go `client.WithVersion("1.41")`, Python
 *   `docker.DockerClient(version="1.41")` / `APIClient(…)` / `from_env(…)`,
 *   docker-java `withApiVersion("1.41")` and `RemoteApiVersion.VERSION_1_41`.
 *   (dockerode's `new Docker({ version })` belongs to the dockerode extractor.)
 */
// Each pattern with a literal it needs: most files lack it, and `includes` is cheaper than the regex.
const PINS: readonly (readonly [string, RegExp])[] = [
  [
    'DOCKER_API_VERSION',
    /\bDOCKER_API_VERSION["'\]]{0,2}[ \t]{0,4}[:=,]?[ \t]{0,4}["']?v?(\d{1,2}\.\d{1,3})(?![\d.])/g,
  ],
  ['WithVersion(', /\bWithVersion\(\s{0,4}["'`]v?(\d{1,2}\.\d{1,3})["'`]/g],
  [
    'Client(',
    /\b(?:DockerClient|APIClient)\([^)]{0,300}?\bversion\s{0,2}=\s{0,2}["']v?(\d{1,2}\.\d{1,3})["']/g,
  ],
  ['from_env(', /\bfrom_env\([^)]{0,300}?\bversion\s{0,2}=\s{0,2}["']v?(\d{1,2}\.\d{1,3})["']/g],
  ['withApiVersion(', /\bwithApiVersion\(\s{0,4}"v?(\d{1,2}\.\d{1,3})"/g],
  ['RemoteApiVersion.', /\bRemoteApiVersion\.VERSION_(\d{1,2})_(\d{1,3})\b/g],
];
const MAX_TEXT = 120;

export const apiPinExtractor: Extractor = {
  id: 'api-pin',
  title: 'API versions pinned by DOCKER_API_VERSION and SDK client options',
  files: {},
  enablers: [
    'DOCKER_API_VERSION',
    'WithVersion(',
    'Client(',
    'from_env(',
    'withApiVersion(',
    'RemoteApiVersion.',
  ],
  context: { literals: ['DOCKER_API_VERSION'] },
  extract: (input) => extractPins(input),
};

function extractPins({ file, lines }: ExtractInput): PinUsage[] {
  const usages: PinUsage[] = [];
  for (const [literal, pattern] of PINS) {
    if (!holdsLiteral(file.text, literal)) continue;
    for (const match of file.text.matchAll(pattern)) {
      const version = match[2] === undefined ? (match[1] ?? '') : `${match[1]}.${match[2]}`;
      // At the version text, where an SDK extractor reading the same call puts it too.
      const at = match[2] === undefined ? match.index + match[0].lastIndexOf(version) : match.index;
      const { line, column } = lines.position(at);
      usages.push({
        kind: 'pin',
        extractor: apiPinExtractor.id,
        file: file.path,
        line,
        column,
        pin: normalizeApiVersion(version),
        text: match[0].slice(0, MAX_TEXT),
      });
    }
  }
  return usages.sort((a, b) => a.line - b.line || a.column - b.column);
}
