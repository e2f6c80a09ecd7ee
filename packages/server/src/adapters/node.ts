import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isUnmatched } from '../http/respond';

/** A web-standard handler, as `createBankFeeds` returns. */
export type WebHandler = (request: Request) => Promise<Response>;

/** What `toExpressMiddleware` reads of a request that a body parser may have read first. */
interface ParsedRequest extends IncomingMessage {
  /** Express: the path from the app's root, before a mount point was taken off `url`. */
  originalUrl?: string;
  /** Set by a body parser (`express.json()`, `express.text()`, `express.raw()`). */
  body?: unknown;
  /** The bytes as sent, kept by some set-ups (`verify` callbacks, serverless wrappers). */
  rawBody?: unknown;
}

const BODILESS = new Set(['GET', 'HEAD']);

/**
 * The request body as a web stream read only when the handler reads it: nothing is taken from
 * the socket for a path the handler does not own, so the next middleware still gets it.
 */
function lazyBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let chunks: AsyncIterator<Buffer> | null = null;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        chunks ??= (req as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value));
      },
      async cancel() {
        await chunks?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** The body as a body parser left it, or `undefined` when none ran. */
function parsedBody(req: ParsedRequest): Uint8Array | string | undefined {
  const raw = req.rawBody;
  if (typeof raw === 'string' || raw instanceof Uint8Array) return raw;
  const { body } = req;
  // Without a parser Express leaves `body` undefined (Express 5) or unset; a parser that found
  // nothing to parse leaves `{}` on a request that had no body at all.
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (!req.readableEnded && Object.keys(body as object).length === 0) return undefined;
  return JSON.stringify(body);
}

/** A web `Request` for a Node request, aborted when the client goes away before the answer. */
function toRequest(req: ParsedRequest, res: ServerResponse, useParsedBody: boolean): Request {
  const host = req.headers.host ?? 'localhost';
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const url = new URL(req.originalUrl ?? req.url ?? '/', `${scheme}://${host}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
  if (!BODILESS.has(method)) {
    const parsed = useParsedBody ? parsedBody(req) : undefined;
    if (parsed !== undefined) {
      // The stream was read by the parser: the body is what it left, re-sent as sent (or as JSON).
      init.body = typeof parsed === 'string' ? parsed : new Uint8Array(parsed);
      headers.delete('content-length');
      headers.delete('transfer-encoding');
      if (typeof parsed === 'string' && typeof req.body === 'object' && req.rawBody === undefined)
        headers.set('content-type', 'application/json');
    } else {
      init.body = lazyBody(req);
      init.duplex = 'half';
    }
  }
  return new Request(url, init);
}

/** Writes a web `Response` to a Node response, streaming its body. */
async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) {
        await new Promise<void>((resolve) => {
          res.once('drain', resolve);
          res.once('close', resolve);
        });
      }
      if (res.destroyed) break;
    }
  } finally {
    reader.releaseLock();
    res.end();
  }
}

/** Answers a request the handler itself could not (a bug in an adapter or handler). */
function failed(res: ServerResponse): void {
  if (res.headersSent) return void res.end();
  res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
  res.end(
    JSON.stringify({
      statusCode: 500,
      error: 'Something went wrong on the server.',
      code: 'server-error',
    }),
  );
}

/**
 * The handler as a `node:http` request listener: `http.createServer(toNodeListener(handler))`.
 * The request's body is streamed to the handler, its `signal` aborts when the client goes away
 * (so a proxied call to Codat stops too), and the reply is streamed back.
 */
export function toNodeListener(handler: WebHandler): RequestListener {
  return (req, res) => {
    // Inside the promise: a request Node took but `Request` refuses (a malformed Host) is a 500.
    void Promise.resolve()
      .then(() => handler(toRequest(req, res, false)))
      .then((response) => writeResponse(response, res))
      .catch(() => failed(res));
  };
}

/**
 * The handler as Connect/Express middleware: `app.use(toExpressMiddleware(handler))`. Requests for
 * paths the handler does not own go on to `next()`, their body untouched.
 *
 * Mount it BEFORE `express.json()` (or any body parser): Codat's webhook signature covers the
 * body's exact bytes. When a parser ran first, the middleware uses `req.rawBody` when present,
 * a string or `Buffer` body as it is, and otherwise re-serialises a parsed `req.body` as JSON,
 * which serves the JSON routes but fails the webhook's signature check.
 */
export function toExpressMiddleware(
  handler: WebHandler,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    void Promise.resolve()
      .then(() => handler(toRequest(req, res, true)))
      .then((response) => (isUnmatched(response) ? next() : writeResponse(response, res)))
      .catch((error: unknown) => next(error));
  };
}
