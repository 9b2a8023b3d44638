import type { GoRoute } from './go-routes.ts';

/** A registration with its path compiled the way gorilla/mux reads a template. */
export interface CompiledRoute extends GoRoute {
  readonly file: string;
  readonly pattern: RegExp;
}

/** How the router answers one request: a route's handler, or its own 404 or 405. */
export type MuxAnswer =
  | { readonly kind: 'route'; readonly route: CompiledRoute }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'method-not-allowed' };

/** `{name}` matches one segment, `{name:re}` the expression; the rest is literal. */
export function compileRoute(route: GoRoute, file: string): CompiledRoute {
  let source = '';
  let rest = route.template;
  while (rest !== '') {
    const open = rest.indexOf('{');
    if (open === -1) {
      source += literal(rest);
      break;
    }
    source += literal(rest.slice(0, open));
    const close = closingBrace(rest, open);
    const variable = rest.slice(open + 1, close);
    const colon = variable.indexOf(':');
    source += colon === -1 ? '[^/]+' : `(?:${variable.slice(colon + 1)})`;
    rest = rest.slice(close + 1);
  }
  return { ...route, file, pattern: new RegExp(`^${source}${route.prefix ? '' : '$'}`) };
}

// Variables may hold braces of their own (`{id:[0-9]{1,3}}`).
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '{') depth++;
    if (text[index] === '}' && --depth === 0) return index;
  }
  throw new Error(`unbalanced braces in ${text}`);
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * gorilla/mux's choice: the first route, in registration order, whose path,
 * queries and method all match. A route that matches but for its method
 * makes the answer 405 unless a later route matches fully; no path match is 404.
 */
export function matchRoute(
  routes: readonly CompiledRoute[],
  method: string,
  path: string,
  queryKeys: ReadonlySet<string> = new Set(),
): MuxAnswer {
  let methodMismatch = false;
  for (const route of routes) {
    if (!route.pattern.test(path)) continue;
    if (!route.queries.every((key) => queryKeys.has(key))) continue;
    if (route.methods.length > 0 && !route.methods.includes(method)) {
      methodMismatch = true;
      continue;
    }
    return { kind: 'route', route };
  }
  return { kind: methodMismatch ? 'method-not-allowed' : 'not-found' };
}
