import { sameExtension } from '../../context/same-package.ts';
import { calleeBefore, definesFunction, offsetOf } from '../../context/sibling-context.ts';
import { withJsGuards } from '../../guards/index.ts';
import type { SourceFile } from '../../source-file.ts';
import { holdsLiteral } from '../../text/find-literal.ts';
import type { PinUsage, RequestUsage, Usage } from '../../usage.ts';
import { bodyObjectFields, shift } from '../shared/body-object.ts';
import { shapedRequests } from '../shared/body-shape.ts';
import { clientPins } from '../shared/client-pin.ts';
import { elementUses } from '../shared/element-uses.ts';
import { functionScopes } from '../shared/function-scope.ts';
import { afterWindow, detectMethod } from '../shared/method.ts';
import { paramsObjectKeys } from '../shared/params.ts';
import { passedFields } from '../shared/passed-by-name.ts';
import { ENGINE_ROOT_LITERALS } from '../shared/path-starts.ts';
import { requestSites } from '../shared/request-site.ts';
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
    patterns: [/:237[56]\b/, /\bbollard\b/],
    lineStarts: [
      { pattern: /import docker\b|from docker(?:\.[a-z_.]{1,40})? import\b/, indent: 8, holds: 'docker' },
    ],
  },
  extract: (input) =>
    withJsGuards(input, withClientPin(input, withShapedBodies(input, extractRawHttp(input)))),
};

function extractRawHttp(input: ExtractInput): RequestUsage[] {
  const { file, lines } = input;
  const text = file.text;
  const scopeOf = functionScopes(input);
  const sites = requestSites(text);
  const starts = sites.map((read) => read.start);
  const usages: RequestUsage[] = [];
  let consumed = 0;
  let next = 0;
  for (const { start, site } of sites) {
    // A root inside a path already read (`/containers/{}/exec`) starts nothing.
    if (start < consumed || !site) continue;
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
    let body = bodyObjectFields(bodyWindow).map((field) => ({
      ...shift(field, site.end),
      name: field.path,
    }));
    // A body or query passed by name: followed back to its literal and through its assignments.
    const passed = passedFields(text, site.end, site.end + after.length, start, scopeOf(start));
    if (body.length === 0) body = passed.body.map((field) => ({ ...field, name: field.path }));
    const named = new Set(params.map((field) => field.name));
    params.push(
      ...passed.query.filter((f) => !named.has(f.path)).map((field) => ({ ...field, name: field.path })),
    );
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

/** Bodies sent where no path is written, attributed by their shape (`via: 'shape'`). */
/** A key written PascalCase right after an opening brace: without one no literal can be an Engine body. */
const PASCAL_KEY = /[{[(]\s{0,40}(?:["'`]|\\")?[A-Z][a-z]\w{0,40}(?:["'`]|\\")?\s{0,2}(?::|=>|=)/;

const DOCKER_NAMES = ['docker', 'Docker', 'DOCKER'];

function withShapedBodies({ file, lines }: ExtractInput, requests: RequestUsage[]): RequestUsage[] {
  // Such a request counts only in a file with Docker context: one that never names Docker is passed
  // over, and so is one using dockerode, whose extractor reads the options it is passed.
  const text = file.text;
  if (
    !DOCKER_NAMES.some((name) => holdsLiteral(text, name)) ||
    holdsLiteral(text, 'dockerode') ||
    !PASCAL_KEY.test(text)
  )
    return requests;
  const taken = new Set(requests.flatMap((r) => r.elements.map((e) => `${e.at.line}:${e.at.column}`)));
  const isTaken = (offset: number) => {
    const { line, column } = lines.position(offset);
    return taken.has(`${line}:${column}`);
  };
  const shaped = shapedRequests(file.text, isTaken).map((found): RequestUsage => {
    const [method = '', template = ''] = found.operation.split(' ');
    return {
      kind: 'request',
      extractor: rawHttpExtractor.id,
      file: file.path,
      ...lines.position(found.callAt),
      method,
      path: template.replace(/\{[^}]+\}/g, '{}'),
      operation: found.operation,
      elements: elementUses(
        'body',
        found.fields.map((f) => ({ ...f, name: f.path })),
        lines,
      ),
      anchored: false,
      via: 'shape',
      text: snippet(file.text, found.callAt, found.callAt + 80),
    };
  });
  return [...requests, ...shaped];
}

/**
 * A client-wide pin (a version constant or default argument) applies to
 * every request of the file written without a version of its own.
 */
function withClientPin({ file, lines, siblings }: ExtractInput, requests: RequestUsage[]): Usage[] {
  if (requests.length === 0) return requests;
  const own = clientPins(file.text);
  if (own.length === 0 && siblings && requests.some((r) => r.pin === undefined && !r.anchored)) {
    const pin = siblingClientPin(file.text, requests, sameExtension(file.path, siblings()));
    return pin ? requests.map((r) => (r.pin === undefined ? { ...r, pin } : r)) : requests;
  }
  const pins: PinUsage[] = own.map(({ pin, offset }) => ({
    kind: 'pin',
    extractor: rawHttpExtractor.id,
    file: file.path,
    ...lines.position(offset),
    pin,
    text: snippet(file.text, offset, offset + pin.length),
  }));
  const versions = new Set(pins.map((p) => p.pin));
  const [only] = versions;
  if (versions.size !== 1 || only === undefined) return [...pins, ...requests];
  return [...pins, ...requests.map((r) => (r.pin === undefined ? { ...r, pin: only } : r))];
}

/** The one client pin of the sibling that defines the helper these requests are passed to. */
function siblingClientPin(
  text: string,
  requests: readonly RequestUsage[],
  siblings: readonly SourceFile[],
): string | undefined {
  const callees = new Set(
    requests
      .filter((r) => r.pin === undefined)
      .map((r) => calleeBefore(text, offsetOf(text, r.line, r.column)))
      .filter((name): name is string => name !== undefined),
  );
  if (callees.size === 0) return undefined;
  const versions = new Set(
    siblings
      .filter((s) => [...callees].some((name) => definesFunction(s.text, name)))
      .flatMap((s) => clientPins(s.text).map((p) => p.pin)),
  );
  return versions.size === 1 ? [...versions][0] : undefined;
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
