// The one static file server of the Node tests that open pages in Chromium: files
// as they are on disk, on 127.0.0.1, with no rewriting and no module resolution.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/**
 * Serves `mounts` (URL path prefix → folder; the longest prefix wins) on a free
 * loopback port. A path ending in `/` means its `index.html`. Options:
 * - `fallback`: a file (relative to the `/` mount) answered for any path that names
 *   no file, as a single-page app's server does; without it such a path is a 404.
 * - `intercept(req, res, path)`: tried first; return true when it answered.
 * Returns `{ url, close() }`.
 */
export async function serveStatic(mounts, { fallback, intercept } = {}) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const fileFor = (path) => {
    const prefix = prefixes.find((candidate) => path.startsWith(candidate));
    if (prefix === undefined) return undefined;
    const dir = resolve(mounts[prefix]);
    let rest = path.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const file = join(dir, normalize(rest).replace(/^(\.\.[/\\])+/, ''));
    return file.startsWith(dir) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (intercept && (await intercept(req, res, path))) return;
    const file = fileFor(path) ?? (fallback === undefined ? undefined : fileFor(`/${fallback}`));
    if (file === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
