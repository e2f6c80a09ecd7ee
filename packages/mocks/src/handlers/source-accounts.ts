import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { badRequest } from '../fake/errors';
import { endpointRoutes } from './endpoint-route';
import { readJson, type Route } from './pipeline';
import { empty, json } from './respond';

/** Source accounts: create, batch create, list, update, delete (and the QBO/Sage-only calls). */
export function sourceAccountHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  const endpoint = endpointRoutes(route, base);
  const notForXero = (what: string) => () => {
    throw badRequest(`${what}; this connection is to Xero.`);
  };
  // The fixed `/batch` and `/credentials` segments come before the `{accountId}` routes.
  return [
    endpoint(
      'generateBankFeedCredentials',
      notForXero('Bank feed credentials are used by QuickBooks Online only'),
    ),
    endpoint(
      'deleteBankFeedCredentials',
      notForXero('Bank feed credentials are used by QuickBooks Online only'),
    ),
    endpoint('generateOneTimePassword', notForXero('One-time passwords are used by Sage only')),
    endpoint('createSourceAccounts', async ({ params, request }) => {
      const result = fake.createSourceAccounts(
        params.companyId,
        params.connectionId,
        await readJson(request),
      );
      return json(result.body, result.status);
    }),
    endpoint('createSourceAccount', async ({ params, request }) =>
      json(
        fake.createSourceAccount(params.companyId, params.connectionId, await readJson(request)),
      ),
    ),
    endpoint('listSourceAccounts', ({ params }) =>
      json(fake.listSourceAccounts(params.companyId, params.connectionId)),
    ),
    endpoint('updateSourceAccount', async ({ params, request }) =>
      json(
        fake.updateSourceAccount(
          params.companyId,
          params.connectionId,
          params.accountId,
          await readJson(request),
        ),
      ),
    ),
    endpoint('deleteSourceAccount', ({ params }) => {
      fake.deleteSourceAccount(params.companyId, params.connectionId, params.accountId);
      return empty(204);
    }),
  ];
}
