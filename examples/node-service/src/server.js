import { createServer } from 'node:http';
import { createSandbox, removeSandbox, sandboxStats, startSandbox } from './engine.js';

// The service's own routes: not Docker Engine paths, and not reported.
const routes = {
  'POST /sandboxes': async (body) => {
    const created = await createSandbox(body.name, body.image);
    await startSandbox(created.body.Id);
    return created.body;
  },
  'GET /info': async () => ({ service: 'sandbox', version: '1.0.0' }),
  'GET /version': async () => ({ version: '1.0.0' }),
};

createServer(async (req, res) => {
  const handler = routes[`${req.method} ${req.url}`];
  if (!handler) return res.writeHead(404).end();
  res.end(JSON.stringify(await handler({})));
}).listen(8080);

export { removeSandbox, sandboxStats };
