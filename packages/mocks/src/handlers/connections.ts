import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { pageQueryOf } from './companies';
import { endpointRoutes } from './endpoint-route';
import { readJson, type Route } from './pipeline';
import { empty, json } from './respond';

/** Connections: create (`PendingAuth`), list, get, unlink, delete. */
export function connectionHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  const endpoint = endpointRoutes(route, base);
  return [
    endpoint('createConnection', async ({ params, request }) =>
      json(fake.createConnection(params.companyId, await readJson(request))),
    ),
    endpoint('listConnections', ({ params, url }) =>
      json(fake.listConnections(params.companyId, pageQueryOf(url))),
    ),
    endpoint('getConnection', ({ params }) =>
      json(fake.getConnection(params.companyId, params.connectionId)),
    ),
    endpoint('unlinkConnection', async ({ params, request }) =>
      json(fake.unlinkConnection(params.companyId, params.connectionId, await readJson(request))),
    ),
    endpoint('deleteConnection', ({ params }) => {
      fake.deleteConnection(params.companyId, params.connectionId);
      // Codat answers a connection delete with 200 and no body.
      return empty(200);
    }),
  ];
}
