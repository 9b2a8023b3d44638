/**
 * The layout of the API 1.24 Markdown reference: one `#### ` section per
 * endpoint, a request line in backticks, then bold labels (`**Query
 * parameters**:`) each followed by a bullet list or example code.
 */

export interface EndpointSection {
  readonly method: string;
  /** Template with `{name}` parameters, as the Swagger specs write it. */
  readonly path: string;
  /** Query parameter names written into the request line itself (`?name=<plugin name>`). */
  readonly lineQuery: readonly string[];
  /** Label (lower case, no colon) → the lines under it, up to the next label. */
  readonly blocks: ReadonlyMap<string, readonly string[]>;
}

const REQUEST_LINE = /^`(GET|POST|PUT|DELETE|HEAD) ([^`]+?)(?: HTTP\/1\.1)?`\s*$/;
// Labels are bold (`**Query parameters**:`), except a few plain `JSON Parameters:` lines.
const LABEL = /^(?:\*\*([A-Za-z][A-Za-z ]*)\*\*:?|(JSON Parameters):)\s*$/;

// Errata of the 1.24 reference: a request line that shows an example value
// where the path has a parameter (upstream api/docs/v1.24.md, "Push a plugin").
const PATH_CORRECTIONS: Readonly<Record<string, string>> = {
  '/plugins/tiborvass/{name}/push': '/plugins/{name}/push',
};

export function endpointSections(text: string): EndpointSection[] {
  const sections: EndpointSection[] = [];
  for (const chunk of text.split(/^#### /m).slice(1)) {
    const lines = chunk.split('\n');
    const requestIndex = lines.findIndex((line) => REQUEST_LINE.test(line));
    if (requestIndex < 0) continue;
    const [, method = '', target = ''] = REQUEST_LINE.exec(lines[requestIndex] ?? '') ?? [];
    const { path, query } = splitTarget(target);
    sections.push({ method, path, lineQuery: query, blocks: labelledBlocks(lines.slice(requestIndex + 1)) });
  }
  return sections;
}

/** `/v1.24/containers/(id or name)/json?x=1` → `/containers/{id}/json` and `[x]`. */
export function splitTarget(target: string): { path: string; query: string[] } {
  const [rawPath = '', rawQuery = ''] = target.replace(/^\/v1\.\d+(?=\/)/, '').split('?');
  const path = rawPath.replace(/\(([^)]+)\)/g, (_match, inner: string) => `{${parameterName(inner)}}`);
  const query = rawQuery === '' ? [] : rawQuery.split('&').map((pair) => pair.split('=')[0] ?? '');
  return { path: PATH_CORRECTIONS[path] ?? path, query: query.filter((name) => name !== '') };
}

// `(id or name)` → `id`, `(plugin name)` → `name`: the first alternative's last word.
function parameterName(inner: string): string {
  const first = inner.split(/\s+or\s+/)[0] ?? inner;
  return first.trim().split(/\s+/).pop() ?? first;
}

function labelledBlocks(lines: readonly string[]): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const label = LABEL.exec(line);
    if (label) {
      current = [];
      const name = (label[1] ?? label[2] ?? '').trim().toLowerCase();
      if (!blocks.has(name)) blocks.set(name, current);
    } else {
      current?.push(line);
    }
  }
  return blocks;
}

/** A bullet `-   **Name** – text`, with its indentation. */
const BULLET = /^([ \t]*)[-*+][ \t]+\*\*([A-Za-z_][\w.-]*)\*\*/;

/** Top-level bullet names: query parameters, headers. */
export function topLevelBullets(lines: readonly string[] | undefined): string[] {
  return (lines ?? []).flatMap((line) => {
    const match = BULLET.exec(line);
    return match && match[1] === '' && match[2] ? [match[2]] : [];
  });
}

/** Nested bullets as name paths by indentation: `HostConfig` › `Binds` → `['HostConfig', 'Binds']`. */
export function nestedBullets(lines: readonly string[] | undefined): string[][] {
  const paths: string[][] = [];
  const stack: { indent: number; name: string }[] = [];
  for (const line of lines ?? []) {
    const match = BULLET.exec(line);
    if (!match?.[2]) continue;
    const indent = (match[1] ?? '').replace(/\t/g, '    ').length;
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    stack.push({ indent, name: match[2] });
    paths.push(stack.map((entry) => entry.name));
  }
  return paths;
}
