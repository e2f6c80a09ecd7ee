import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ServerDeps } from './deps';
import { toBrowserError } from './http/errors';
import { HttpError, redirect, sendJson } from './http/respond';
import { createRouter, type RouteContext } from './http/router';
import { handleProxy, PROXY_PREFIX } from './proxy/handle';
import { getState, postPush, postSetup, postToken, type CustomerRoute } from './routes/bank-feeds';
import { CODAT_WEBHOOK_PATH, postCodatWebhook } from './routes/codat-webhook';
import { postDevAuthorizeXero, postDevSignIn } from './routes/dev-sign-in';
import { getXeroEntry } from './routes/xero-entry';

const XERO_ENTRY = '/bank-feeds/xero';

const CUSTOMER_ROUTES: { method: string; path: string; handle: CustomerRoute }[] = [
  { method: 'POST', path: '/api/bank-feeds/setup', handle: postSetup },
  { method: 'GET', path: '/api/bank-feeds/state', handle: getState },
  { method: 'POST', path: '/api/bank-feeds/token', handle: postToken },
  { method: 'POST', path: '/api/bank-feeds/push', handle: postPush },
  { method: 'GET', path: XERO_ENTRY, handle: getXeroEntry },
  { method: 'POST', path: '/dev/authorize-xero', handle: postDevAuthorizeXero },
];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a state-changing request sent by a page of another origin (CSRF). */
function checkOrigin(deps: ServerDeps, req: IncomingMessage): void {
  if (SAFE_METHODS.has(req.method ?? 'GET')) return;
  const origin = req.headers.origin;
  // Browsers always send Origin on these methods; its absence means a server-to-server caller.
  if (origin !== undefined && !deps.allowedOrigins.includes(origin)) {
    throw new HttpError(403, 'Requests from this origin are not allowed.', 'forbidden');
  }
}

/**
 * The example server as a Node request listener: `http.createServer(createApp(deps))`.
 *
 * - `POST /api/bank-feeds/setup`, `GET /api/bank-feeds/state`, `POST /api/bank-feeds/token`,
 *   `POST /api/bank-feeds/push`: the signed-in customer's bank feeds;
 * - `/api/codat/...`: the allow-listed proxy for the kit's UI (proxy mode);
 * - `GET /bank-feeds/xero`: the entry from Xero;
 * - `POST /webhooks/codat`: Codat's webhooks, signed (no customer session);
 * - `POST /dev/sign-in`, `POST /dev/authorize-xero`: development helpers, only when
 *   `deps.devSignIn` is set (404 otherwise);
 * - `GET /healthz`.
 */
export function createApp(deps: ServerDeps): RequestListener {
  const match = createRouter(
    CUSTOMER_ROUTES.map((route) => ({ method: route.method, path: route.path, handle: () => {} })),
  );

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://server.invalid');
    const method = req.method ?? 'GET';
    const context: RouteContext = { req, res, url, params: {} };
    checkOrigin(deps, req);

    if (method === 'GET' && url.pathname === '/healthz') return sendJson(res, 200, { ok: true });
    if (method === 'POST' && url.pathname === '/dev/sign-in') return postDevSignIn(deps, context);
    if (url.pathname === CODAT_WEBHOOK_PATH) {
      if (method === 'POST') return postCodatWebhook(deps, context);
      res.setHeader('allow', 'POST');
      throw new HttpError(405, 'Method not allowed.', 'method-not-allowed');
    }

    const isProxy = url.pathname === PROXY_PREFIX || url.pathname.startsWith(`${PROXY_PREFIX}/`);
    const found = isProxy ? null : match(method, url.pathname);
    if (found?.kind === 'none') throw new HttpError(404, 'Not found.', 'not-found');
    if (found?.kind === 'wrong-method') {
      res.setHeader('allow', found.allowed.join(', '));
      throw new HttpError(405, 'Method not allowed.', 'method-not-allowed');
    }

    const customerId = await deps.resolveCustomer(req);
    if (!customerId) {
      if (url.pathname === XERO_ENTRY) {
        const signIn = new URL(deps.signInUrl);
        signIn.searchParams.set('returnTo', XERO_ENTRY);
        return redirect(res, signIn.toString());
      }
      throw new HttpError(401, 'Sign in first.', 'unauthorized');
    }
    if (isProxy) return handleProxy(deps, context, customerId);
    const route = CUSTOMER_ROUTES.find(
      (item) => item.method === method && item.path === url.pathname,
    )!;
    return route.handle(deps, context, customerId);
  }

  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      const reply = toBrowserError(error);
      if (reply.status >= 500) {
        deps.log.error('request failed', {
          method: req.method,
          path: new URL(req.url ?? '/', 'http://server.invalid').pathname,
          status: reply.status,
          code: reply.body.code,
          error: error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown',
        });
      }
      if (res.headersSent) return void res.end();
      sendJson(res, reply.status, { ...reply.body, error: deps.redact(reply.body.error) });
    });
  };
}
