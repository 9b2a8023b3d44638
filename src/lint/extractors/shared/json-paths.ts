/**
 * Field paths of a JSON-ish request body: `{"HostConfig":{"Mounts":[{"Type":…}]}}`
 * → `HostConfig`, `HostConfig.Mounts`, `HostConfig.Mounts[].Type`. Tolerant of
 * what shells and templates put in bodies (`$VAR` values, single quotes,
 * unquoted keys, trailing commas); one pass, no recursion.
 */

const MAX_BODY_CHARS = 64 * 1024;

interface Frame {
  readonly kind: 'object' | 'array';
  readonly prefix: string;
}

export function jsonFieldPaths(body: string): string[] {
  const text = body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body;
  const paths = new Set<string>();
  const stack: Frame[] = [];
  let pendingKey: string | undefined;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    const top = stack.at(-1);
    if (c === '{' || c === '[') {
      const prefix = childPrefix(top, pendingKey);
      stack.push({ kind: c === '{' ? 'object' : 'array', prefix: c === '[' ? `${prefix}[]` : prefix });
      pendingKey = undefined;
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      pendingKey = undefined;
      i++;
    } else if (c === '"' || c === "'") {
      const end = skipString(text, i);
      if (top?.kind === 'object' && pendingKey === undefined && nextNonSpace(text, end) === ':') {
        pendingKey = text.slice(i + 1, end - 1);
        paths.add(join(top.prefix, pendingKey));
      } else {
        pendingKey = undefined;
      }
      i = end;
    } else if (top?.kind === 'object' && pendingKey === undefined && /[A-Za-z_]/.test(c)) {
      let end = i;
      while (end < text.length && /[A-Za-z0-9_]/.test(text.charAt(end))) end++;
      if (nextNonSpace(text, end) === ':') {
        pendingKey = text.slice(i, end);
        paths.add(join(top.prefix, pendingKey));
      }
      i = end;
    } else {
      if (c === ',') pendingKey = undefined;
      i++;
    }
  }
  return [...paths].sort();
}

function childPrefix(top: Frame | undefined, key: string | undefined): string {
  if (!top) return '';
  if (top.kind === 'array') return top.prefix;
  return key === undefined ? top.prefix : join(top.prefix, key);
}

function join(prefix: string, key: string): string {
  return prefix === '' ? key : prefix.endsWith('[]') && key === '' ? prefix : `${prefix}.${key}`;
}

function skipString(text: string, start: number): number {
  const quote = text.charAt(start);
  let i = start + 1;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return i;
}

function nextNonSpace(text: string, at: number): string {
  let i = at;
  while (i < text.length && /\s/.test(text.charAt(i))) i++;
  return text.charAt(i);
}
