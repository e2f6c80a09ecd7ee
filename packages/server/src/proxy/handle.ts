import type { Connection } from '@bankfeeds/model';
import type { BankFeedsContext } from '../context';
import { isXero } from '../feeds/setup';
import { notFound } from '../http/http-error';
import { empty, json, readJsonBody } from '../http/respond';
import { createRouter } from '../http/router';
import type { CompanyLink } from '../store/types';
import { PROXY_ROUTES, type ProxyCall, type ProxyRoute } from './allow-list';

/** Where the proxy is mounted; the browser's kit uses `<server>/api/codat` as its `baseUrl`. */
export const PROXY_PREFIX = '/api/codat';

const match = createRouter(PROXY_ROUTES);

/**
 * Whether the call may go to Codat for this customer: the company in the path is theirs, and so
 * is the connection, except for a `getConnection` while the link has none yet (a connection
 * Codat's component created may be adopted: see {@link adoptConnection}).
 */
function allowed(route: ProxyRoute, params: Record<string, string>, link: CompanyLink | null) {
  if (!link || params.companyId !== link.companyId) return false;
  const { connectionId } = params;
  if (connectionId === undefined || connectionId === link.connectionId) return true;
  return route.name === 'getConnection' && link.connectionId === null;
}

/**
 * Records a connection in the customer's link: one the browser created through the proxy, or a
 * Xero connection of their own company the link does not hold yet (created by Codat's component
 * directly, say), so the calls that follow with its id pass.
 */
async function adoptConnection(
  context: BankFeedsContext,
  link: CompanyLink,
  connection: Connection,
): Promise<void> {
  await context.store.links.set({ ...link, connectionId: connection.id });
  context.log.info('connection recorded', {
    customerId: link.customerId,
    companyId: link.companyId,
    connectionId: connection.id,
  });
}

/** What the reply tells about connections the link should hold, by endpoint. */
async function recordConnections(
  context: BankFeedsContext,
  route: ProxyRoute,
  link: CompanyLink,
  reply: unknown,
): Promise<void> {
  if (route.name === 'createConnection') {
    return adoptConnection(context, link, reply as Connection);
  }
  if (link.connectionId !== null) return;
  if (route.name === 'getConnection') {
    const connection = reply as Connection;
    if (isXero(connection)) return adoptConnection(context, link, connection);
    throw notFound();
  }
  if (route.name === 'listConnections') {
    const xero = (reply as { results: Connection[] }).results.filter(isXero);
    const chosen = xero.find((connection) => connection.status === 'Linked') ?? xero[0];
    if (chosen) await adoptConnection(context, link, chosen);
  }
}

/**
 * Forwards one allow-listed call for the signed-in customer, with the server's API key, after
 * checking that the company (and connection) in the path are that customer's own. Anything else
 * is a 404, whatever the reason (not allowed, another customer's company, unknown path), so the
 * proxy never tells one customer that another's company exists. The browser's abort
 * (`request.signal`) aborts the call to Codat.
 */
export async function handleProxy(
  context: BankFeedsContext,
  request: Request,
  path: string,
  customerId: string,
): Promise<Response> {
  const found = match(request.method, path);
  if (found.kind !== 'found') throw notFound();
  const { route } = found;
  const link = await context.store.links.get(customerId);
  if (!link || !allowed(route, found.params, link)) throw notFound();

  const body =
    route.method === 'GET' || route.method === 'DELETE' ? undefined : await readJsonBody(request);
  const reply = await route.run({
    codat: context.codat,
    // Matched against the route's own template: exactly its parameters.
    params: found.params as ProxyCall['params'],
    body,
    query: new URL(request.url).searchParams,
    today: context.today(),
    options: { signal: request.signal },
  });
  await recordConnections(context, route, link, reply);
  return reply === undefined ? empty(204) : json(200, reply);
}
