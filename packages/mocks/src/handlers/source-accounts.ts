import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { badRequest } from '../fake/errors';
import { readJson, type Route } from './pipeline';
import { empty, json } from './respond';

const ACCOUNTS = '/companies/:companyId/connections/:connectionId/connectionInfo/bankFeedAccounts';

/** Source accounts: create, batch create, list, update, delete (and the QBO/Sage-only calls). */
export function sourceAccountHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  const notForXero = (what: string) => () => {
    throw badRequest(`${what}; this connection is to Xero.`);
  };
  return [
    route(
      'post',
      base,
      `${ACCOUNTS}/credentials`,
      notForXero('Bank feed credentials are used by QuickBooks Online only'),
    ),
    route(
      'delete',
      base,
      `${ACCOUNTS}/credentials`,
      notForXero('Bank feed credentials are used by QuickBooks Online only'),
    ),
    route(
      'post',
      base,
      '/companies/:companyId/connections/:connectionId/bankFeeds/otp',
      notForXero('One-time passwords are used by Sage only'),
    ),
    route('post', base, `${ACCOUNTS}/batch`, async ({ params, request }) => {
      const result = fake.createSourceAccounts(
        params.companyId!,
        params.connectionId!,
        await readJson(request),
      );
      return json(result.body, result.status);
    }),
    route('post', base, ACCOUNTS, async ({ params, request }) =>
      json(
        fake.createSourceAccount(params.companyId!, params.connectionId!, await readJson(request)),
      ),
    ),
    route('get', base, ACCOUNTS, ({ params }) =>
      json(fake.listSourceAccounts(params.companyId!, params.connectionId!)),
    ),
    route('patch', base, `${ACCOUNTS}/:accountId`, async ({ params, request }) =>
      json(
        fake.updateSourceAccount(
          params.companyId!,
          params.connectionId!,
          params.accountId!,
          await readJson(request),
        ),
      ),
    ),
    route('delete', base, `${ACCOUNTS}/:accountId`, ({ params }) => {
      fake.deleteSourceAccount(params.companyId!, params.connectionId!, params.accountId!);
      return empty(204);
    }),
  ];
}
