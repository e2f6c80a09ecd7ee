import type { HttpHandler } from 'msw';
import type { FakeCodat } from '../create-fake';
import { pageQueryOf } from './companies';
import { endpointRoutes } from './endpoint-route';
import { readJson, type Route } from './pipeline';
import { json } from './respond';

/** Bank transaction pushes and the push operations they create. */
export function pushHandlers(route: Route, base: string, fake: FakeCodat): HttpHandler[] {
  const endpoint = endpointRoutes(route, base);
  return [
    endpoint('pushBankTransactions', async ({ params, request, url }) =>
      json(
        fake.pushBankTransactions(
          params.companyId,
          params.connectionId,
          params.accountId,
          await readJson(request),
          {
            timeoutInMinutes: url.searchParams.get('timeoutInMinutes'),
            allowSyncOnPushComplete: url.searchParams.get('allowSyncOnPushComplete'),
          },
        ),
      ),
    ),
    endpoint('listPushOperations', ({ params, url }) =>
      json(fake.listPushOperations(params.companyId, pageQueryOf(url))),
    ),
    endpoint('getPushOperation', ({ params }) =>
      json(fake.getPushOperation(params.companyId, params.pushOperationKey)),
    ),
  ];
}
