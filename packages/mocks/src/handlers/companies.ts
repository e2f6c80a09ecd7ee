import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import type { RawPageQuery } from '../fake/paging';
import { endpointRoutes } from './endpoint-route';
import { readJson, type Route } from './pipeline';
import { empty, json } from './respond';

/** Paging parameters of a list URL. */
export function pageQueryOf(url: URL): RawPageQuery {
  const get = (name: string) => url.searchParams.get(name);
  return {
    page: get('page'),
    pageSize: get('pageSize'),
    query: get('query'),
    orderBy: get('orderBy'),
  };
}

/** Companies and their access tokens. */
export function companyHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  const endpoint = endpointRoutes(route, base);
  return [
    endpoint('createCompany', async ({ request }) =>
      json(fake.createCompany(await readJson(request))),
    ),
    endpoint('listCompanies', ({ url }) =>
      json(fake.listCompanies({ ...pageQueryOf(url), tags: url.searchParams.get('tags') })),
    ),
    endpoint('getCompany', ({ params }) => json(fake.getCompany(params.companyId))),
    endpoint('replaceCompany', async ({ params, request }) =>
      json(fake.updateCompany(params.companyId, await readJson(request), true)),
    ),
    endpoint('updateCompany', async ({ params, request }) =>
      json(fake.updateCompany(params.companyId, await readJson(request), false)),
    ),
    endpoint('deleteCompany', ({ params }) => {
      fake.deleteCompany(params.companyId);
      return empty(204);
    }),
    endpoint('getAccessToken', ({ params }) => json(fake.getAccessToken(params.companyId))),
  ];
}
