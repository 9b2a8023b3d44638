import { withJsGuards } from '../../guards/index.ts';
import type { RequestUsage } from '../../usage.ts';
import { bodyObjectFields, shift } from '../shared/body-object.ts';
import { elementUses } from '../shared/element-uses.ts';
import { afterWindow, detectMethod } from '../shared/method.ts';
import { paramsObjectKeys } from '../shared/params.ts';
import { ENGINE_ROOT_LITERALS, findPathStarts } from '../shared/path-starts.ts';
import { readRequestSite } from '../shared/request-site.ts';
import { isRouteDeclaration } from '../shared/route-declaration.ts';
import { snippet } from '../shared/snippet.ts';
import type { ExtractInput, Extractor } from '../types.ts';

/** Engine paths written anywhere in text: string literals, URLs, docs, config. */
export const rawHttpExtractor: Extractor = {
  id: 'raw-http',
  title: 'Engine API paths in any text file',
  files: {},
  enablers: ENGINE_ROOT_LITERALS,
  context: {
    // Sockets, hosts and ports of a daemon, and the clients of languages without an extractor yet.
    literals: [
      'docker.sock',
      'DOCKER_HOST',
      'com.github.dockerjava',
      'Docker.DotNet',
      'github.com/docker/docker/client',
      'moby/moby/client',
      'docker.from_env',
      'docker.DockerClient',
      'docker.APIClient',
    ],
    patterns: [
      /:237[56]\b/,
      /\bbollard\b/,
      /^[ \t]{0,8}(?:import docker\b|from docker(?:\.[a-z_.]{1,40})? import\b)/m,
    ],
  },
  extract: (input) => withJsGuards(input, extractRawHttp(input)),
};

function extractRawHttp({ file, lines }: ExtractInput): RequestUsage[] {
  const text = file.text;
  const starts = findPathStarts(text);
  const usages: RequestUsage[] = [];
  let consumed = 0;
  let next = 0;
  for (const start of starts) {
    // A root inside a path already read (`/containers/{}/exec`) starts nothing.
    if (start < consumed) continue;
    const site = readRequestSite(text, start);
    if (!site) continue;
    consumed = site.end;
    const { line, column } = lines.position(start);
    const lineStart = start - column + 1;
    const anchored = site.versioned || site.origin === 'docker';
    if (!anchored && isRouteDeclaration(text, start, lineStart)) continue;
    while ((starts[next] ?? Number.POSITIVE_INFINITY) < site.end) next++;
    const nextPath = starts[next] ?? text.length;
    const method = detectMethod(text, start, site.end, statementStart(text, lineStart), nextPath);
    const after = afterWindow(text, site.end, nextPath);
    const params = paramsObjectKeys(after).map((field) => ({ ...shift(field, site.end), name: field.path }));
    // Bodies span lines: a longer window than the method's, still ending at the next path.
    const bodyWindow = text.slice(site.end, Math.min(nextPath, site.end + MAX_BODY_WINDOW));
    const body = bodyObjectFields(bodyWindow).map((field) => ({
      ...shift(field, site.end),
      name: field.path,
    }));
    usages.push({
      kind: 'request',
      extractor: rawHttpExtractor.id,
      file: file.path,
      line,
      column,
      ...(method && { method }),
      path: site.template,
      ...(site.pin && { pin: site.pin }),
      elements: [
        ...elementUses('query', [...site.query, ...params], lines),
        ...elementUses('body', body, lines),
      ],
      anchored,
      text: snippet(text, start, site.end),
    });
  }
  return usages;
}

/**
 * Where the statement holding a path starts: its own line, or the line
 * before when the path is an argument on a line of its own
 * (`fetch(\n  '/containers/json',\n  { method: 'POST' })`).
 */
/** How far after a path a body object may start and end. */
const MAX_BODY_WINDOW = 4096;

/** A previous line longer than this is not searched for the statement head. */
const MAX_LINE_BACK = 400;

function statementStart(text: string, lineStart: number): number {
  let start = lineStart;
  // Builder chains (`.method(Method::POST)\n  .uri(…)`) and arguments on their own line.
  for (let hops = 0; hops < 4 && start > 0; hops++) {
    const head = text.slice(start, start + 40);
    if (!/^\s*(?:[.]|(?:f|r|b)?["'`])/.test(head)) break;
    const from = Math.max(0, start - MAX_LINE_BACK);
    const previous = text.slice(from, start - 1).lastIndexOf('\n');
    if (previous === -1 && from > 0) break;
    start = previous === -1 ? 0 : from + previous + 1;
  }
  return start;
}
