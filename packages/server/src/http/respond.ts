import { HttpError } from './http-error';

/** Largest request body accepted from a browser. The kit's bodies are a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The header of the 404 a handler answers for a path it does not own, so an adapter (Express's
 * `next()`) can hand the request on instead of answering it.
 */
export const UNMATCHED_HEADER = 'x-bankfeeds-unmatched';

/** A JSON reply. `no-store`: replies carry per-customer data and tokens. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/** A reply with no body (a 204). */
export function empty(status = 204): Response {
  return new Response(null, { status, headers: { 'cache-control': 'no-store' } });
}

/** Sends the browser elsewhere with a 303 (the next request is always a GET). */
export function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

/** The 404 for a path the handlers do not own: see {@link UNMATCHED_HEADER}. */
export function unmatched(): Response {
  return json(
    404,
    { statusCode: 404, error: 'Not found.', code: 'not-found' },
    { [UNMATCHED_HEADER]: '1' },
  );
}

/** Whether a reply is the handlers' "not mine" 404. */
export function isUnmatched(response: Response): boolean {
  return response.status === 404 && response.headers.get(UNMATCHED_HEADER) === '1';
}

const tooLarge = () => new HttpError(413, 'The request body is too large.', 'too-large');

/**
 * Reads a body as the bytes sent (a webhook's signature covers them exactly); more than
 * `maxBytes` is a 413, found out without reading more than that.
 */
export async function readRawBody(
  request: Request,
  maxBytes = MAX_BODY_BYTES,
): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a JSON body. An empty body reads as `undefined`; anything that is not JSON, or is larger
 * than {@link MAX_BODY_BYTES}, is a 400/413 before any handler sees it.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = new TextDecoder().decode(await readRawBody(request));
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not JSON.', 'invalid-request');
  }
}
