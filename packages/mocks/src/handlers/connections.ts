import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { pageQueryOf } from './companies';
import { readJson, type Route } from './pipeline';
import { empty, json } from './respond';

const CONNECTION = '/companies/:companyId/connections/:connectionId';

/** Connections: create (`PendingAuth`), list, get, unlink, delete. */
export function connectionHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  return [
    route('post', base, '/companies/:companyId/connections', async ({ params, request }) =>
      json(fake.createConnection(params.companyId!, await readJson(request))),
    ),
    route('get', base, '/companies/:companyId/connections', ({ params, url }) =>
      json(fake.listConnections(params.companyId!, pageQueryOf(url))),
    ),
    route('get', base, CONNECTION, ({ params }) =>
      json(fake.getConnection(params.companyId!, params.connectionId!)),
    ),
    route('patch', base, CONNECTION, async ({ params, request }) =>
      json(fake.unlinkConnection(params.companyId!, params.connectionId!, await readJson(request))),
    ),
    route('delete', base, CONNECTION, ({ params }) => {
      fake.deleteConnection(params.companyId!, params.connectionId!);
      // Codat answers a connection delete with 200 and no body.
      return empty(200);
    }),
  ];
}
