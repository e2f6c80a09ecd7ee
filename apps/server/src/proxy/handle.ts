import type { ServerDeps } from '../deps';
import { HttpError, readJsonBody, sendEmpty, sendJson } from '../http/respond';
import { createRouter, type RouteContext } from '../http/router';
import { PROXY_ROUTES, type ProxyCall } from './allow-list';

/** Where the proxy is mounted; the browser's kit uses `<server>/api/codat` as its `baseUrl`. */
export const PROXY_PREFIX = '/api/codat';

const match = createRouter(PROXY_ROUTES.map((route) => ({ ...route, handle: () => {} })));

// Not found, whatever the reason (not allowed, another customer's company, unknown path), so the
// proxy never tells one customer that another's company exists.
const notFound = () => new HttpError(404, 'Not found.', 'not-found');

/**
 * Forwards one allow-listed call for the signed-in customer, with the server's API key, after
 * checking that the company (and connection) in the path are that customer's own.
 */
export async function handleProxy(deps: ServerDeps, context: RouteContext, customerId: string) {
  const { req, res, url } = context;
  const path = url.pathname.slice(PROXY_PREFIX.length) || '/';
  const found = match(req.method ?? 'GET', path);
  if (found.kind !== 'found') throw notFound();

  const link = await deps.links.get(customerId);
  const { companyId, connectionId } = found.params;
  if (!link || companyId !== link.companyId) throw notFound();
  if (connectionId !== undefined && connectionId !== link.connectionId) throw notFound();

  const route = PROXY_ROUTES.find(
    (item) => item.method === found.route.method && item.path === found.route.path,
  )!;
  const body =
    route.method === 'GET' || route.method === 'DELETE' ? undefined : await readJsonBody(req);
  const controller = new AbortController();
  // The browser gave up: stop waiting on Codat too.
  res.on('close', () => controller.abort());
  const reply = await route.run({
    codat: deps.codat,
    // Matched against the route's own template: exactly its parameters.
    params: found.params as ProxyCall['params'],
    body,
    query: url.searchParams,
    today: deps.today(),
    options: { signal: controller.signal },
  });
  if (reply === undefined) sendEmpty(res, 204);
  else sendJson(res, 200, reply);
}
