import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { pageQueryOf } from './companies';
import { readJson, type Route } from './pipeline';
import { json } from './respond';

/** Bank transaction pushes and the push operations they create. */
export function pushHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  return [
    route(
      'post',
      base,
      '/companies/:companyId/connections/:connectionId/push/bankAccounts/:accountId/bankTransactions',
      async ({ params, request, url }) =>
        json(
          fake.pushBankTransactions(
            params.companyId!,
            params.connectionId!,
            params.accountId!,
            await readJson(request),
            {
              timeoutInMinutes: url.searchParams.get('timeoutInMinutes'),
              allowSyncOnPushComplete: url.searchParams.get('allowSyncOnPushComplete'),
            },
          ),
        ),
    ),
    route('get', base, '/companies/:companyId/push', ({ params, url }) =>
      json(fake.listPushOperations(params.companyId!, pageQueryOf(url))),
    ),
    route('get', base, '/companies/:companyId/push/:pushOperationKey', ({ params }) =>
      json(fake.getPushOperation(params.companyId!, params.pushOperationKey!)),
    ),
  ];
}
