import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';

export interface HttpRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body text ('' for none); JSON parsing is the handler's choice. */
  body: string;
  /** True when the caller presented a client certificate the server's CA verified (mTLS). */
  clientVerified: boolean;
}

/** Serve HTTPS and require a client certificate signed by `clientCa` (mutual TLS). */
export interface MutualTls {
  cert: string | Buffer;
  key: string | Buffer;
  clientCa: string | Buffer;
}

export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export type Handler = (req: HttpRequest) => Promise<HttpResponse> | HttpResponse;

/** Routes by `METHOD /path`; a route ending in `/*` matches a prefix. */
export type Routes = Record<string, Handler>;

export const maxBodyBytes = 1_000_000;

export function json(status: number, value: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The host of a server's own URL: one listening on every address (HOST=0.0.0.0 or ::) is
 * reached from this machine by loopback; an IPv6 address goes in brackets.
 */
export function reachableHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** A small HTTP server on `host` (loopback unless given): body size limit, routing, JSON errors that never leak internals. */
export function startHttpServer(routes: Routes, port = 0, host = '127.0.0.1', tls?: MutualTls, bodyLimit = maxBodyBytes): Promise<RunningServer> {
  const listener = (req: IncomingMessage, res: ServerResponse) => void handle(routes, req, res, bodyLimit);
  const server: Server = tls ? createTlsServer({ cert: tls.cert, key: tls.key, ca: tls.clientCa, requestCert: true, rejectUnauthorized: true }, listener) : createServer(listener);
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: actual,
        url: `${tls ? 'https' : 'http'}://${reachableHost(host)}:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function handle(routes: Routes, req: IncomingMessage, res: ServerResponse, bodyLimit: number): Promise<void> {
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const handler = findRoute(routes, req.method ?? 'GET', url.pathname);
    const body = await readBody(req, bodyLimit);
    if (body === null) return send(res, json(413, { errors: [{ message: `Request body larger than ${bodyLimit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }));
    if (!handler) return send(res, json(404, { error: 'not found' }));
    const clientVerified = (req.socket as TLSSocket).authorized === true;
    send(res, await handler({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body, clientVerified }));
  } catch (error) {
    if (error instanceof SyntaxError) return send(res, json(400, { error: 'malformed JSON body' }));
    send(res, json(500, { error: 'internal error' }));
    if (process.env.LOG_LEVEL === 'debug') console.error(error);
  }
}

function findRoute(routes: Routes, method: string, path: string): Handler | undefined {
  const exact = routes[`${method} ${path}`];
  if (exact) return exact;
  for (const [key, handler] of Object.entries(routes)) {
    const [m, p] = key.split(' ');
    if (m === method && p?.endsWith('/*') && path.startsWith(p.slice(0, -1))) return handler;
  }
  return undefined;
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: HttpResponse): void {
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}
