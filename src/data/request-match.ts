/**
 * Matching what code writes in a request against the data's names: concrete
 * paths against path templates, and field paths against element names.
 */

// Paths: matching concrete request paths against path templates. Literal segments
// outrank parameters, so `/containers/create` is not `/containers/{id}`. A
// `{name}` parameter may span several segments, because image references and
// plugin names contain slashes (the daemon routes them as `{name:.*}`); any
// other parameter is one segment.

/** Higher is better; undefined when the template does not match. */
export function matchScore(template: readonly string[], concrete: readonly string[]): number | undefined {
  return scoreFrom(template, 0, concrete, 0);
}

function scoreFrom(
  template: readonly string[],
  t: number,
  concrete: readonly string[],
  c: number,
): number | undefined {
  if (t === template.length) return c === concrete.length ? 0 : undefined;
  const segment = template[t] as string;
  if (c >= concrete.length) return undefined;
  if (!isParam(segment)) {
    if (segment !== concrete[c]) return undefined;
    const rest = scoreFrom(template, t + 1, concrete, c + 1);
    return rest === undefined ? undefined : rest + LITERAL;
  }
  let best: number | undefined;
  const last = segment === '{name}' ? concrete.length - (template.length - t - 1) : c + 1;
  for (let end = c + 1; end <= last; end++) {
    const rest = scoreFrom(template, t + 1, concrete, end);
    // Each extra segment a parameter swallows costs a little.
    const score = rest === undefined ? undefined : rest - (end - c - 1);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
}

const LITERAL = 1000;

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}');
}

/** Non-empty segments of a path: `/a/b/` → `['a', 'b']`. */
export function pathSegments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

// Fields: matching user-written field paths (`HostConfig.Mounts.0.Type`,
// `NetworkingConfig.EndpointsConfig.mynet.Aliases`) against element names
// (`HostConfig.Mounts[].Type`, `NetworkingConfig.EndpointsConfig{}.Aliases`).

/** A name as tokens; `*` stands for one map key. */
export function nameTokens(name: string): string[] {
  const tokens: string[] = [];
  for (const part of name.split('.')) {
    const base = part.replace(/(\[\]|\{\})+$/, '');
    if (base !== '') tokens.push(base);
    for (const marker of part.slice(base.length).match(/\[\]|\{\}/g) ?? []) {
      if (marker === '{}') tokens.push('*');
    }
  }
  return tokens;
}

/** Tokens of a user path: array indices and `[]` dropped. */
export function userTokens(path: string): string[] {
  return path
    .replace(/\[\d*\]/g, '')
    .replace(/\{\}/g, '.*')
    .split('.')
    .filter((token) => token !== '' && !/^\d+$/.test(token));
}

/** True when `user` tokens fit `pattern` tokens exactly (`*` takes one token). */
export function tokensMatch(pattern: readonly string[], user: readonly string[]): boolean {
  if (pattern.length !== user.length) return false;
  return pattern.every((token, index) => token === '*' || token === user[index]);
}

/** True when `pattern` fits the start of `user`. */
export function tokensPrefix(pattern: readonly string[], user: readonly string[]): boolean {
  return pattern.length < user.length && tokensMatch(pattern, user.slice(0, pattern.length));
}
