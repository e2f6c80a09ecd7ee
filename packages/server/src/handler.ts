import type { BankFeedsContext } from './context';
import { toBrowserError } from './http/errors';
import { HttpError, methodNotAllowed } from './http/http-error';
import { json, unmatched } from './http/respond';
import { createRouter } from './http/router';
import { handleProxy, PROXY_PREFIX } from './proxy/handle';
import { getState, postPush, postSetup, postToken, type CustomerRoute } from './routes/bank-feeds';
import { CODAT_WEBHOOK_PATH } from './routes/codat-webhook';
import { getXeroEntry, signInFirst, XERO_ENTRY_PATH } from './routes/xero-entry';

/** A web-standard request handler: what `createBankFeeds` returns as `handler`. */
export type RequestHandler = (request: Request) => Promise<Response>;

const CUSTOMER_ROUTES: { method: string; path: string; handle: CustomerRoute }[] = [
  { method: 'POST', path: '/api/bank-feeds/setup', handle: postSetup },
  { method: 'GET', path: '/api/bank-feeds/state', handle: getState },
  { method: 'POST', path: '/api/bank-feeds/token', handle: postToken },
  { method: 'POST', path: '/api/bank-feeds/push', handle: postPush },
  { method: 'GET', path: XERO_ENTRY_PATH, handle: getXeroEntry },
];
const HEALTH_PATH = '/healthz';

const matchCustomerRoute = createRouter(CUSTOMER_ROUTES);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a state-changing request sent by a page of another origin (CSRF). */
function checkOrigin(context: BankFeedsContext, request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.get('origin');
  // Browsers always send Origin on these methods; its absence means a server-to-server caller.
  if (origin !== null && !context.allowedOrigins.includes(origin)) {
    throw new HttpError(403, 'Requests from this origin are not allowed.', 'forbidden');
  }
}

/** The path under the base path, or `null` when the request is not under it. */
function localPath(basePath: string, pathname: string): string | null {
  if (!basePath) return pathname;
  if (pathname === basePath) return '/';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}

const isProxyPath = (path: string) => path === PROXY_PREFIX || path.startsWith(`${PROXY_PREFIX}/`);

/**
 * The routes as one handler. Paths it does not own get {@link unmatched} (an adapter hands them
 * on); everything it answers, failures included, is JSON in Codat's error shape with secrets
 * redacted, or a redirect.
 */
export function createRequestHandler(
  context: BankFeedsContext,
  postWebhook: (request: Request) => Promise<Response>,
): RequestHandler {
  async function serve(request: Request, path: string): Promise<Response> {
    const { method } = request;
    checkOrigin(context, request);
    if (path === HEALTH_PATH) {
      if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed(['GET']);
      return json(200, { ok: true });
    }
    if (path === CODAT_WEBHOOK_PATH) {
      if (method !== 'POST') throw methodNotAllowed(['POST']);
      return postWebhook(request);
    }
    const proxyPath = isProxyPath(path) ? path.slice(PROXY_PREFIX.length) || '/' : null;
    const found = proxyPath === null ? matchCustomerRoute(method, path) : null;
    if (found?.kind === 'wrong-method') throw methodNotAllowed(found.allowed);

    const customerId = await context.resolveCustomer(request);
    if (!customerId) {
      if (path === XERO_ENTRY_PATH) return signInFirst(context);
      throw new HttpError(401, 'Sign in first.', 'unauthorized');
    }
    if (proxyPath !== null) return handleProxy(context, request, proxyPath, customerId);
    if (found?.kind !== 'found') throw new HttpError(404, 'Not found.', 'not-found');
    return found.route.handle(context, request, customerId);
  }

  const owns = (path: string) =>
    path === HEALTH_PATH ||
    path === CODAT_WEBHOOK_PATH ||
    isProxyPath(path) ||
    matchCustomerRoute('', path).kind !== 'none';

  return async (request) => {
    const pathname = new URL(request.url).pathname;
    const path = localPath(context.basePath, pathname);
    if (path === null || !owns(path)) return unmatched();
    try {
      return await serve(request, path);
    } catch (error) {
      // The browser left: nobody reads the answer, and it is no failure of the server's.
      if (request.signal.aborted) {
        context.log.info('request aborted', { method: request.method, path: pathname });
        return json(499, { statusCode: 499, error: 'The request was aborted.', code: 'aborted' });
      }
      const reply = toBrowserError(error);
      if (reply.status >= 500) {
        context.log.error('request failed', {
          method: request.method,
          path: pathname,
          status: reply.status,
          code: reply.body.code,
          error: error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown',
        });
      }
      const headers = error instanceof HttpError ? error.headers : {};
      return json(
        reply.status,
        { ...reply.body, error: context.redact(reply.body.error) },
        headers,
      );
    }
  };
}
