/**
 * The HTTP method written near a request path. Looks at a capped window:
 * the text of the statement before the path (closest mention wins), then a
 * few lines after it (options objects, builder calls). Unknown stays undefined.
 */

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'PATCH'] as const;
export type HttpMethod = (typeof METHODS)[number];

/** How far to look, in characters, before and after the path. */
const BEFORE_CHARS = 200;
const AFTER_CHARS = 300;

// Each pattern has bounded quantifiers only; group 1 is the method name.
const BEFORE_PATTERNS: readonly RegExp[] = [
  /\b(?:method|Method|METHOD)\s{0,4}[:=]\s{0,4}["'`]?([A-Za-z]{3,6})\b/g,
  /\bhttp\.Method(Get|Post|Put|Delete|Head|Patch)\b/g,
  /\b(?:HttpMethod|Method|RequestMethod|HttpMethods)(?:\.|::)(GET|POST|PUT|DELETE|HEAD|PATCH)\b/g,
  /\.(get|post|put|delete|head|patch|del)\s{0,2}\(/gi,
  /["'`](GET|POST|PUT|DELETE|HEAD|PATCH)["'`]/g,
  /(?:-X|--request)\s{0,2}["']?(GET|POST|PUT|DELETE|HEAD|PATCH)\b/g,
  /^\s{0,8}(GET|POST|PUT|DELETE|HEAD|PATCH)\s/gm,
  /\b(GET|POST|PUT|DELETE|HEAD|PATCH)\s{1,3}$/g,
];

const AFTER_PATTERNS: readonly RegExp[] = [
  // The next argument of the same call: `n("/containers/x/kill", "POST")`.
  /^["'`]?\s{0,2},\s{0,2}["'`](GET|POST|PUT|DELETE|HEAD|PATCH)["'`]/g,
  /\b(?:method|Method|METHOD)\s{0,4}[:=]\s{0,4}["'`]?([A-Za-z]{3,6})\b/g,
  /\bhttp\.Method(Get|Post|Put|Delete|Head|Patch)\b/g,
  /\b(?:HttpMethod|RequestMethod)(?:\.|::)(GET|POST|PUT|DELETE|HEAD|PATCH)\b/g,
  /\.(GET|POST|PUT|DELETE|HEAD|PATCH)\s{0,2}\(/g,
  /\b(?:requests|session|httpx|axios|got|client|http|sess)\.(get|post|put|delete|head|patch)\s{0,2}\(/g,
  /\bhttp\.(Get|Post|Head)\s{0,2}\(/g,
];

/**
 * `pathStart`/`pathEnd` delimit the path; `statementStart` is where the
 * statement holding it begins (the caller knows the line), `nextPath` where the
 * next request path starts, so one request's options never name another's method.
 */
export function detectMethod(
  text: string,
  pathStart: number,
  pathEnd: number,
  statementStart: number,
  nextPath: number,
): HttpMethod | undefined {
  const before = text.slice(Math.max(statementStart, pathStart - BEFORE_CHARS), pathStart);
  const found = lastMatch(before, BEFORE_PATTERNS);
  if (found) return found;
  return firstMatch(afterWindow(text, pathEnd, nextPath), AFTER_PATTERNS);
}

/**
 * The rest of the path's line and the next two lines, but never the line of
 * the next request path: its own method is not this one's.
 */
export function afterWindow(text: string, pathEnd: number, nextPath: number): string {
  let end = Math.min(text.length, pathEnd + AFTER_CHARS);
  const capped = text.slice(pathEnd, end);
  let breaks = 0;
  for (let i = capped.indexOf('\n'); i !== -1; i = capped.indexOf('\n', i + 1)) {
    if (++breaks === 3) {
      end = pathEnd + i;
      break;
    }
  }
  if (nextPath < end) {
    // Search only between the two paths: on a one-line file a backward search would be quadratic.
    const nextLine = text.slice(pathEnd, nextPath).lastIndexOf('\n');
    end = nextLine === -1 ? nextPath : pathEnd + nextLine;
  }
  return text.slice(pathEnd, end);
}

/**
 * The matches of a global pattern, as matchAll finds them (none can be
 * empty), without the copy of the pattern matchAll makes on every call.
 */
function* matchesOf(window: string, pattern: RegExp): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) yield match;
}

function lastMatch(window: string, patterns: readonly RegExp[]): HttpMethod | undefined {
  let best: { at: number; method: HttpMethod } | undefined;
  for (const pattern of patterns) {
    for (const match of matchesOf(window, pattern)) {
      const method = asMethod(match[1]);
      if (method && (!best || match.index > best.at)) best = { at: match.index, method };
    }
  }
  return best?.method;
}

function firstMatch(window: string, patterns: readonly RegExp[]): HttpMethod | undefined {
  let best: { at: number; method: HttpMethod } | undefined;
  for (const pattern of patterns) {
    for (const match of matchesOf(window, pattern)) {
      const method = asMethod(match[1]);
      if (method && (!best || match.index < best.at)) best = { at: match.index, method };
      if (method) break;
    }
  }
  return best?.method;
}

function asMethod(word: string | undefined): HttpMethod | undefined {
  const upper = word?.toUpperCase();
  if (upper === 'DEL') return 'DELETE';
  return METHODS.find((method) => method === upper);
}
