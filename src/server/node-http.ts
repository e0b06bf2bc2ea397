import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MailSetupHandler } from './handler.js';

export interface NodeListenerOptions {
  /** Requests with a body larger than this are answered `413` without reading on. Default 1 MiB (the handler's own cap is lower). */
  readonly maxBodyBytes?: number;
}

/**
 * Adapts a Fetch-API handler to `node:http` (and to Express, whose `req`/`res`
 * are node's): the request's signal fires when the client goes away, and the
 * response body is streamed, so a staged check's lines arrive as they happen.
 */
export function toNodeListener(handler: MailSetupHandler, options: NodeListenerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  return (req, res) => {
    void serve(handler, req, res, maxBodyBytes).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}

async function serve(handler: MailSetupHandler, req: IncomingMessage, res: ServerResponse, maxBodyBytes: number): Promise<void> {
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req, maxBodyBytes);
  if (body === null) {
    res.writeHead(413, { 'content-type': 'text/plain', connection: 'close' }).end('Request body too large');
    return;
  }
  const headers = new Headers();
  for (let index = 0; index < req.rawHeaders.length; index += 2) headers.append(req.rawHeaders[index]!, req.rawHeaders[index + 1]!);
  const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const url = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
  const request = new Request(url, { method: req.method ?? 'GET', headers, signal: gone.signal, ...(body ? { body: Uint8Array.from(body) } : {}) });
  const response = await handler(request);

  const outgoing: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') outgoing[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) outgoing['set-cookie'] = cookies;
  res.writeHead(response.status, outgoing);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  gone.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
  for (;;) {
    const { done, value } = await reader.read();
    if (done || gone.signal.aborted) break;
    res.write(value);
  }
  res.end();
}

/** The body, or null past `max` bytes. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        resolve(null);
        req.pause();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export interface ListenOptions {
  readonly port?: number;
  /** Default `127.0.0.1`. A development handler may only listen on loopback. */
  readonly host?: string;
  readonly development?: boolean;
}

/** Serves a handler with `node:http`; returns the server, its URL and `close()`. */
export async function listen(
  handler: MailSetupHandler,
  options: ListenOptions = {},
): Promise<{ server: Server; url: string; close: () => Promise<void> }> {
  const host = options.host ?? '127.0.0.1';
  if (options.development && !['127.0.0.1', '::1', 'localhost'].includes(host)) {
    throw new Error('Development mode listens on loopback only (127.0.0.1, ::1 or localhost)');
  }
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
