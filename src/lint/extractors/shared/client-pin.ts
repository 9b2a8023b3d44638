import { normalizeApiVersion } from '../../../versions/api-version.ts';

/**
 * An API version a client keeps in a constant or a default argument, read
 * within the file: `API_DEFAULT_VERSION = "1.41"`, `const DockerAPIMinVersion
 * = "1.25"`, `private const string ApiVersion = "1.43"`, `string $apiVersion =
 * "v1.47"`. `DOCKER_API_VERSION` settings belong to the api-pin extractor.
 */
const CLIENT_PIN =
  /(?<![\w$])(\$?[A-Za-z_]{0,40}(?:api|API|Api)[A-Za-z_]{0,20}(?:version|Version|VERSION)[A-Za-z_]{0,20})[ \t]{0,4}(?::[ \t]{0,4}[\w?]{1,20}[ \t]{0,4})?=[ \t]{0,4}["']v?(\d{1,2}\.\d{1,3})["']/g;

export interface ClientPin {
  readonly pin: string;
  /** Offset of the version text. */
  readonly offset: number;
}

export function clientPins(text: string): ClientPin[] {
  const pins: ClientPin[] = [];
  // Only lines naming a version are searched: the pattern is costly to try at every character.
  let lineEnd = -1;
  for (const hit of text.matchAll(/ersion|ERSION/g)) {
    if (hit.index < lineEnd) continue;
    const lineStart = text.lastIndexOf('\n', hit.index) + 1;
    lineEnd = text.indexOf('\n', hit.index);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + MAX_LINE));
    for (const match of line.matchAll(CLIENT_PIN)) {
      const [whole, name = '', version = ''] = match;
      if (/DOCKER_API_VERSION/.test(name)) continue;
      const quote = whole.search(/["']v?\d/);
      pins.push({ pin: normalizeApiVersion(version), offset: lineStart + match.index + quote + 1 });
    }
  }
  return pins;
}

/** Lines longer than this (minified code) are searched up to here. */
const MAX_LINE = 400;
