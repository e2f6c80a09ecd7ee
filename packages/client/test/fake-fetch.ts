import { vi } from 'vitest';

/** A request as a fake fetch saw it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

type Reply = Response | Promise<Response>;

/** JSON reply helper. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/**
 * A `fetch` that answers from a handler and records every request; a handler may return a
 * promise that never settles (it rejects on abort, like a real fetch).
 */
export function fakeFetch(handler: (request: SeenRequest, index: number) => Reply) {
  const seen: SeenRequest[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const request: SeenRequest = {
      method: init?.method ?? 'GET',
      url: new URL(String(input)),
      headers,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    seen.push(request);
    const signal = init?.signal;
    if (signal?.aborted) throw signal.reason;
    const reply = handler(request, seen.length - 1);
    if (!signal) return reply;
    return Promise.race([
      reply,
      new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      ),
    ]);
  });
  return { fetch: fn as unknown as typeof fetch, seen };
}

/** A reply that never comes. */
export const hang = (): Promise<Response> => new Promise(() => {});
