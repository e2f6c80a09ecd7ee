import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { endpointRoutes } from './endpoint-route';
import { readJson, type Route } from './pipeline';
import { json } from './respond';

/** Account mapping and the connected organisation's information. */
export function mappingHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  const endpoint = endpointRoutes(route, base);
  return [
    endpoint('getMappings', ({ params }) =>
      json(fake.getMapping(params.companyId, params.connectionId)),
    ),
    endpoint('createMapping', async ({ params, request }) =>
      json(fake.createMapping(params.companyId, params.connectionId, await readJson(request))),
    ),
    endpoint('getCompanyInformation', ({ params }) =>
      json(fake.getCompanyInformation(params.companyId, params.connectionId)),
    ),
  ];
}
