import type { CodeUsage } from '../../src/impact/code-usage.ts';
import { toCodeUsage } from '../../src/impact/collect.ts';
import { resolveUsage } from '../../src/lint/resolve-usage.ts';
import type { ElementPlace, ElementUse, RequestUsage } from '../../src/lint/usage.ts';

/**
 * A usage as an extractor would report it, from a request line:
 * `POST /v1.41/containers/create` (method optional), with body fields and
 * query names, resolved against the shipped data.
 */
export function request(
  line: number,
  text: string,
  parts: { body?: string[]; query?: string[]; headers?: string[]; file?: string } = {},
): CodeUsage {
  const match = /^(?:([A-Z]+) )?\/(?:v(\d+\.\d+)\/)?(.*)$/.exec(text);
  if (!match) throw new Error(`bad request line ${text}`);
  const [, method, pin, rest = ''] = match;
  const usage: RequestUsage = {
    kind: 'request',
    extractor: 'test',
    file: parts.file ?? 'app.sh',
    line,
    column: 1,
    ...(method && { method }),
    path: `/${rest}`,
    ...(pin && { pin }),
    elements: [
      ...uses('query', parts.query, line),
      ...uses('header', parts.headers, line),
      ...uses('body', parts.body, line),
    ],
    anchored: true,
  };
  const [resolved] = toCodeUsage(usage, (each) => resolveUsage(each));
  if (!resolved) throw new Error(`${text} matches no operation`);
  return resolved;
}

/** `DOCKER_API_VERSION=<pin>` in a settings file. */
export function pinSetting(line: number, pin: string, file = 'ci.env'): CodeUsage {
  const [usage] = toCodeUsage({ kind: 'pin', extractor: 'test', file, line, column: 1, pin }, () => {
    throw new Error('a pin setting resolves nothing');
  });
  return usage as CodeUsage;
}

/** `HostConfig.CgroupnsMode=private` → the field with its value, all on the request's line. */
function uses(place: ElementPlace, names: readonly string[] = [], line = 1): ElementUse[] {
  return names.map((written) => {
    const equals = written.indexOf('=');
    const at = { line, column: 1 };
    return equals === -1
      ? { in: place, name: written, at }
      : { in: place, name: written.slice(0, equals), value: written.slice(equals + 1), at };
  });
}
