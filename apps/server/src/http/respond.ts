import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest request body accepted from a browser. The kit's bodies are a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A failure with the HTTP status and body the browser should get. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Writes a JSON reply. `no-store`: replies carry per-customer data and tokens. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Replies with no body (a 204, or a 200 with nothing to say). */
export function sendEmpty(res: ServerResponse, status = 204): void {
  res.writeHead(status, { 'cache-control': 'no-store' });
  res.end();
}

/** Sends the browser elsewhere with a 303 (the next request is always a GET). */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { location, 'cache-control': 'no-store' });
  res.end();
}

/**
 * Reads a body as the bytes sent (a webhook's signature covers them exactly); more than
 * `maxBytes` is a 413.
 */
export async function readRawBody(
  req: IncomingMessage,
  maxBytes = MAX_BODY_BYTES,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new HttpError(413, 'The request body is too large.', 'too-large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a JSON body. An empty body reads as `undefined`; anything that is not JSON, or is larger
 * than {@link MAX_BODY_BYTES}, is a 400/413 before any handler sees it.
 */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = (await readRawBody(req)).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not JSON.', 'invalid-request');
  }
}
