// A synthetic source tree: many small text files in several languages, a few
// with Engine API calls, some binary and some oversized files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SNIPPETS = {
  js: (i) =>
    `export function handler${i}(req, res) {\n  const items = req.body.items.map((x) => x * ${i});\n  res.json({ items, at: Date.now() });\n}\n`,
  go: (i) => `func Handler${i}(w http.ResponseWriter, r *http.Request) {\n\tfmt.Fprintf(w, "%d", ${i})\n}\n`,
  py: (i) => `def handler_${i}(request):\n    return {"value": ${i}, "path": request.path}\n`,
  sh: (i) => `echo "step ${i}"\nmake -C build target-${i}\n`,
};
const DOCKER = {
  js: (i) => `await fetch(\`http://localhost/v1.41/containers/\${id${i}}/json?size=1\`);\n`,
  go: (i) => `resp, _ := c.do(ctx, http.MethodPost, fmt.Sprintf("/v1.41/containers/%s/start", id${i}))\n`,
  py: (i) => `r = session.post(f"http+unix://%2Fvar%2Frun%2Fdocker.sock/v1.41/containers/{cid${i}}/stop")\n`,
  sh: (i) =>
    `curl -s --unix-socket /var/run/docker.sock -X POST http://localhost/v1.41/containers/c${i}/restart\n`,
};

export function generateTree(root, { files = 20_000, linesPerFile = 60 } = {}) {
  const exts = Object.keys(SNIPPETS);
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `pkg${i % 200}`, `mod${i % 7}`);
    mkdirSync(dir, { recursive: true });
    const ext = exts[i % exts.length];
    let text = '';
    for (let line = 0; line < linesPerFile / 3; line++) text += SNIPPETS[ext](i * 100 + line);
    if (i % 20 === 0) text += DOCKER[ext](i);
    writeFileSync(path.join(dir, `file${i}.${ext}`), text);
  }
  for (let i = 0; i < 50; i++) writeFileSync(path.join(root, `blob${i}.bin`), Buffer.alloc(64 * 1024, i));
  for (let i = 0; i < 5; i++) writeFileSync(path.join(root, `huge${i}.log`), 'x'.repeat(3 * 1024 * 1024));
}
