import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { readJson, type Route } from './pipeline';
import { json } from './respond';

const CONNECTION = '/companies/:companyId/connections/:connectionId';

/** Account mapping and the connected organisation's information. */
export function mappingHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  return [
    route('get', base, `${CONNECTION}/bankFeedAccounts/mapping`, ({ params }) =>
      json(fake.getMapping(params.companyId!, params.connectionId!)),
    ),
    route('post', base, `${CONNECTION}/bankFeedAccounts/mapping`, async ({ params, request }) =>
      json(fake.createMapping(params.companyId!, params.connectionId!, await readJson(request))),
    ),
    route('get', base, `${CONNECTION}/bankFeeds/info`, ({ params }) =>
      json(fake.getCompanyInformation(params.companyId!, params.connectionId!)),
    ),
  ];
}
