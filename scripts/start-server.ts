// `npm run start:server [-- --port N]`: the demo host against the reference
// backend on this machine. Development mode (loopback only, the demo's switches
// drive the development user), PGlite in .server-data/ (or DATABASE_URL), seeded
// with the in-browser demo's data on first start. The page is served by Vite in
// middleware mode, so edits in src/ and demo/ reload as with `npm start`.

import { createServer } from 'node:http';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createServer as createVite } from 'vite';
import { createDemoData } from '../src/adapter/in-memory-data.js';
import { createMailSetupHandler, loadKeyRing, openStore, toNodeListener } from '../src/server/index.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '5174' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port ${values.port} is not a port`);

const HOST = '127.0.0.1';
const USER = 'developer';
const dataDir = join(process.cwd(), '.server-data');
const keys = await loadKeyRing({ development: true, dataDir });
const store = await openStore({ keys, dataDir: join(dataDir, 'pglite') });
if (await store.seed(createDemoData(), USER)) console.log('start:server: seeded the demo data');

const api = toNodeListener(createMailSetupHandler({ store, development: true }));
const server = createServer();
const vite = await createVite({
  configFile: join(process.cwd(), 'demo/vite.config.ts'),
  server: { middlewareMode: true, ws: { server } },
  define: { __MAIL_SETUP_API__: JSON.stringify('/api/mail') },
});

server.on('request', (req, res) => {
  const path = req.url ?? '/';
  if (path === '/api/mail' || path.startsWith('/api/mail/') || path.startsWith('/api/mail?')) return api(req, res);
  if (path === '/__demo/reset' && req.method === 'POST' && req.headers['x-csrf-token']) {
    void store.resetTo(createDemoData(), USER).then(
      () => res.writeHead(204).end(),
      () => res.writeHead(500).end(),
    );
    return;
  }
  vite.middlewares(req, res);
});

await new Promise<void>((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, HOST, resolve);
});
console.log(`start:server: the demo against the reference backend at http://${HOST}:${port}/ (API /api/mail, data in ${dataDir})`);

const stop = () => {
  server.closeAllConnections();
  server.close();
  void vite
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
