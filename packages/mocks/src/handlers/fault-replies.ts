import { delay, HttpResponse } from 'msw';
import type { FaultRule } from '../faults';

/** Resolves when the caller aborts the request, or after `ms` when given. */
export function waitOrAbort(signal: AbortSignal, ms: number | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
    if (ms !== undefined) setTimeout(resolve, ms);
  });
}

const GATEWAY_TITLES: Readonly<Record<number, string>> = {
  502: '502 Bad Gateway',
  503: '503 Service Temporarily Unavailable',
  504: '504 Gateway Time-out',
};

/**
 * The page a gateway or load balancer in front of Codat answers with (HTML, not Codat's JSON),
 * the kind of body a client sees when the gateway gave up on a request Codat went on to apply.
 */
export function gatewayReply(status: number): Response | null {
  const title = GATEWAY_TITLES[status];
  if (!title) return null;
  return new HttpResponse(
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`,
    { status, headers: { 'Content-Type': 'text/html' } },
  );
}

/** The real reply with its body cut in half: mid-JSON, so no parser reads it. */
async function cutReply(response: Response): Promise<Response> {
  const text = await response.text();
  // A reply with no body (204) has nothing to cut.
  if (text === '') return new HttpResponse(null, response);
  return new HttpResponse(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
    status: response.status,
    headers: response.headers,
  });
}

/**
 * The reply of a fault that strikes after the fake applied the request (`when: 'after'`):
 * `response` is the fake's real reply, and `codatReply` builds Codat's error body for a status.
 */
export async function afterFaultReply(
  rule: FaultRule,
  request: Request,
  response: Response,
  codatReply: (status: number) => Response,
): Promise<Response> {
  switch (rule.kind) {
    case 'latency':
      await delay(rule.delayMs ?? 1000);
      return response;
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      await waitOrAbort(request.signal, rule.delayMs);
      return HttpResponse.error();
    case 'malformed':
      return cutReply(response);
    default: {
      const status = rule.status ?? 500;
      return gatewayReply(status) ?? codatReply(status);
    }
  }
}
