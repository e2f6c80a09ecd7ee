import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import type { RawPageQuery } from '../fake/paging';
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
  return [
    route('post', base, '/companies', async ({ request }) =>
      json(fake.createCompany(await readJson(request))),
    ),
    route('get', base, '/companies', ({ url }) =>
      json(fake.listCompanies({ ...pageQueryOf(url), tags: url.searchParams.get('tags') })),
    ),
    route('get', base, '/companies/:companyId', ({ params }) =>
      json(fake.getCompany(params.companyId!)),
    ),
    route('put', base, '/companies/:companyId', async ({ params, request }) =>
      json(fake.updateCompany(params.companyId!, await readJson(request), true)),
    ),
    route('patch', base, '/companies/:companyId', async ({ params, request }) =>
      json(fake.updateCompany(params.companyId!, await readJson(request), false)),
    ),
    route('delete', base, '/companies/:companyId', ({ params }) => {
      fake.deleteCompany(params.companyId!);
      return empty(204);
    }),
    route('get', base, '/companies/:companyId/accessToken', ({ params }) =>
      json(fake.getAccessToken(params.companyId!)),
    ),
  ];
}
