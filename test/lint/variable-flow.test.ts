import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { extractFile } from '../../src/lint/extract.ts';
import { passedFields } from '../../src/lint/extractors/shared/passed-by-name.ts';
import { siblingsOf } from '../../src/lint/scan/siblings.ts';
import type { RequestUsage } from '../../src/lint/usage.ts';

/** A request call, the path marked by `@`, and the body and query names it sends. */
const ROWS: readonly [string, string, string[], string[]][] = [
  [
    'python item assignment and update',
    'params = {"t": tag}\nparams["platform"] = p\nparams.update(target=t)\nbody = {"Image": i}\nbody[\'WorkingDir\'] = w\ns.post(u("@/build"), params=params, json=body)',
    ['Image', 'WorkingDir'],
    ['t', 'platform', 'target'],
  ],
  [
    'go map with a nested assignment',
    'spec := map[string]any{\n"Image": i,\n"HostConfig": map[string]any{"Init": true},\n}\nspec["HostConfig"].(map[string]any)["Privileged"] = true\nc.do(ctx, "POST", "@/containers/create", spec)',
    ['Image', 'HostConfig', 'HostConfig.Init', 'HostConfig.Privileged'],
    [],
  ],
  [
    'go struct literal through its json tags',
    'type execCreate struct {\n\tDir string `json:"WorkingDir,omitempty"`\n\tCmd []string `json:"Cmd"`\n}\ncfg := execCreate{Dir: d, Cmd: c}\nc.do(ctx, "POST", "@/exec", cfg)',
    ['WorkingDir', 'Cmd'],
    [],
  ],
  [
    'php keyed arrays',
    "$body = ['Image' => $i, 'HostConfig' => ['AutoRemove' => true]];\n$query = [];\n$query['name'] = $n;\n$this->request('POST', '@/containers/create', ['query' => $query, 'json' => $body]);",
    ['Image', 'HostConfig', 'HostConfig.AutoRemove'],
    ['name'],
  ],
  [
    'c# anonymous object',
    'var body = new\n{\n    Image = image,\n    HostConfig = new { CgroupnsMode = "private" },\n};\nawait http.PostAsJsonAsync("@/containers/create", body);',
    ['Image', 'HostConfig', 'HostConfig.CgroupnsMode'],
    [],
  ],
  [
    'js spread of a constant',
    "const defaults = { Tty: false };\nconst spec = { ...defaults, Image: i };\ncall('POST', '@/containers/create', spec);",
    ['Tty', 'Image'],
    [],
  ],
  [
    'an options object is not a body',
    "const opts = { method: 'POST' };\nfetch('@/containers/create', opts);",
    [],
    [],
  ],
];

describe('a body or query passed by name', () => {
  test.each(ROWS)('%s', (_, source, body, query) => {
    const pathStart = source.indexOf('@');
    const text = source.replace('@', '/');
    const pathEnd = text.indexOf(text.includes('"/') ? '"' : "'", pathStart);
    const lineEnd = text.indexOf('\n', pathEnd);
    const found = passedFields(text, pathEnd, lineEnd === -1 ? text.length : lineEnd, pathStart);
    expect(found.body.map((f) => f.path)).toEqual(body);
    expect(found.query.map((f) => f.path)).toEqual(query);
  });
});

describe('siblings of the same package, as the scan reads them', () => {
  const folder = join(import.meta.dirname, '../fixtures/shapes-corpus/go/engine');
  const path = 'go/engine/wait.go';
  const file = { path, text: readFileSync(join(folder, 'wait.go'), 'utf8') };
  const requests = (usages: ReturnType<typeof extractFile>) =>
    usages.filter((u): u is RequestUsage => u.kind === 'request');

  test('a single Engine path passed to a helper defined in a sibling with Docker context is kept, with its pin', () => {
    const [wait] = requests(
      extractFile(file, undefined, siblingsOf({ path, location: join(folder, 'wait.go') })),
    );
    expect(wait?.path).toBe('/containers/{}/wait');
    expect(wait?.pin).toBe('1.25');
  });

  test('without its siblings the same file has no Docker context', () => {
    expect(requests(extractFile(file))).toEqual([]);
  });
});
