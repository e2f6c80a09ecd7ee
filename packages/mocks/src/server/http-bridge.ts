import { once } from 'node:events';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** Answers one web `Request`; `undefined` when nothing handles it. */
export type WebHandler = (request: Request) => Promise<Response | undefined>;

/** Methods the server answers; `OPTIONS` lists them in `Allow`. */
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  // rawHeaders keeps repeated headers apart (two `Cookie` lines stay two values).
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  return headers;
}

/** The request's path and query, also from an absolute-form target (`GET http://host/path`). */
function pathOf(target: string | undefined): string {
  if (!target || target.startsWith('/')) return target || '/';
  try {
    const url = new URL(target);
    return `${url.pathname}${url.search}`;
  } catch {
    return '/';
  }
}

async function toWebRequest(
  req: IncomingMessage,
  origin: string,
  signal: AbortSignal,
): Promise<Request> {
  // HEAD is answered as GET without the body, as HTTP says (the handlers know only GET).
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  const body = method === 'GET' ? undefined : await readBody(req);
  // The URL is built on the server's own origin, whatever `Host` the client sent, so the
  // handlers (which match on the full URL) answer a client that reached us by another name.
  return new Request(`${origin}${pathOf(req.url)}`, {
    method,
    headers: headersOf(req),
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    signal,
  });
}

async function writeResponse(
  response: Response,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // `Response.error()` (an injected network fault): drop the connection without a reply.
  if (response.type === 'error') {
    res.destroy();
    return;
  }
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers)
    if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (req.method === 'HEAD' || !response.body) {
    await response.body?.cancel();
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    // Chunk by chunk, as bytes, waiting for the socket when it is full.
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (res.destroyed) return;
      if (!res.write(next.value)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    res.end();
  } catch {
    // A body that fails half way (a cut reply): the client sees the connection end early.
    res.destroy();
  } finally {
    reader.releaseLock();
  }
}

function plainJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * A `node:http` listener that hands each request to `handle` as a web `Request` on `origin()`
 * and writes the `Response` back: status, headers, and the body streamed as bytes. The request's
 * `signal` aborts when the client goes away (a `timeout` fault waits for it). `OPTIONS` answers
 * 204 with `Allow` and no CORS headers: the server is for back ends, not for browser pages
 * of other origins.
 */
export function createHttpBridge(origin: () => string, handle: WebHandler): RequestListener {
  return (req, res) => {
    if (req.method === 'OPTIONS') {
      req.resume();
      res.writeHead(204, { Allow: ALLOW });
      res.end();
      return;
    }
    const aborter = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) aborter.abort();
    });
    void (async () => {
      try {
        const response = await handle(await toWebRequest(req, origin(), aborter.signal));
        if (res.destroyed) return;
        if (!response) plainJson(res, 404, { error: `Nothing answers ${req.method} ${req.url}` });
        else await writeResponse(response, req, res);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        plainJson(res, 500, { error: `bankfeeds-mock failed: ${message}` });
      }
    })();
  };
}
