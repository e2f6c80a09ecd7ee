/**
 * Faults that strike AFTER the fake has applied a request, as a gateway or a broken connection
 * in front of Codat would: the write happened, the client never learns it. Plus, until the fake
 * refuses duplicates and lands timed-out writes itself, a small "Xero" wrapper that does both.
 * The lead may switch these tests to the fake's own after-faults; keep this the one place.
 */
/** What replaces the reply: lost (network drop), garbled (cut body, real status), or a gateway status. */
export type AfterFault = 'network' | 'garbled' | 502 | 504;

/** Which request a fault hits: method, pathname, the request's number among those seen (0-based). */
export type FaultPicker = (method: string, path: string, index: number) => AfterFault | null;

/** A `fetch` that sends every request on (to the MSW fake), then throws the reply away when `pick` says so. */
export function fetchWithAfterFaults(pick: FaultPicker, inner: typeof fetch = fetch): typeof fetch {
  let index = 0;
  return async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = new URL(String(input)).pathname;
    const fault = pick(method, path, index++);
    const response = await inner(input, init);
    if (!fault) return response;
    // The fake has applied the request; read its reply to the end, then lose it.
    const text = await response.text();
    if (fault === 'network') throw new TypeError('fetch failed');
    if (fault === 'garbled') {
      return new Response(text.slice(0, Math.floor(text.length / 2)), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    }
    return new Response(`<html><body>${fault} Gateway error</body></html>`, {
      status: fault,
      headers: { 'content-type': 'text/html' },
    });
  };
}

/** Hits the first `times` transaction POSTs with `fault`. */
export function onPosts(fault: AfterFault, times = 1): FaultPicker {
  let left = times;
  return (method, path) =>
    method === 'POST' && path.endsWith('/bankTransactions') && left-- > 0 ? fault : null;
}
