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
  if (!/version/i.test(text)) return [];
  const pins: ClientPin[] = [];
  for (const match of text.matchAll(CLIENT_PIN)) {
    const [whole, name = '', version = ''] = match;
    if (/DOCKER_API_VERSION/.test(name)) continue;
    const quote = whole.search(/["']v?\d/);
    pins.push({ pin: normalizeApiVersion(version), offset: match.index + quote + 1 });
  }
  return pins;
}
