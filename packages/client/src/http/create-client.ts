import { ENDPOINT_SCHEMAS } from '@bankfeeds/model';
import { companyCreateBody, resultsOfBatchConflict } from './as-codat-does';
import { browserMethods, endpointSender, pageQuery, type EndpointReading } from './browser-methods';
import { requesterFromOptions } from './requester-from-options';
import type { BankFeedsClient, BankFeedsClientOptions } from './types';

/**
 * Creates the typed Codat Bank Feeds client. Every body is checked and every reply parsed with the
 * model's schemas: the client for servers (`@bankfeeds/server` uses it) and for a browser that
 * talks to Codat itself with a company token. A browser that talks to the bank's own server, which
 * has already checked what Codat sent, uses `createProxyClient` instead.
 *
 * @example
 * ```ts
 * const client = createBankFeedsClient({
 *   baseUrl: 'https://api.codat.io',
 *   auth: { type: 'apiKey', apiKey: process.env.CODAT_API_KEY! },
 * });
 * const accounts = await client.listSourceAccounts(companyId, connectionId);
 * ```
 * @throws BankFeedsError `api-key-in-browser` when given an API key in a browser page.
 */
export function createBankFeedsClient(options: BankFeedsClientOptions): BankFeedsClient {
  const request = requesterFromOptions(options);

  // Every body checked and every reply parsed with the endpoint's schemas in the model's table.
  const send = endpointSender(request, (name) => ENDPOINT_SCHEMAS[name] as EndpointReading);

  const client: BankFeedsClient = {
    // The browser's endpoints, written once with the proxy client's: the same calls, parsed here.
    ...browserMethods(send),
    listCompanies: (query, call) =>
      send('listCompanies', {}, call, { query: { ...pageQuery(query), tags: query?.tags } }),
    createCompany: (body, call) =>
      send('createCompany', {}, call, { body: companyCreateBody(body) }),
    updateCompany: (companyId, body, call) => send('updateCompany', { companyId }, call, { body }),
    replaceCompany: (companyId, body, call) =>
      send('replaceCompany', { companyId }, call, { body }),
    deleteCompany: (companyId, call) => send('deleteCompany', { companyId }, call),
    getAccessToken: (companyId, call) => send('getAccessToken', { companyId }, call),

    createSourceAccount: (companyId, connectionId, account, call) =>
      send('createSourceAccount', { companyId, connectionId }, call, { body: account }),
    createSourceAccounts: async (companyId, connectionId, accounts, call) => {
      try {
        return await send('createSourceAccounts', { companyId, connectionId }, call, {
          body: accounts,
        });
      } catch (error) {
        const results = resultsOfBatchConflict(error);
        if (results) return results;
        throw error;
      }
    },
    deleteSourceAccount: (companyId, connectionId, accountId, call) =>
      send('deleteSourceAccount', { companyId, connectionId, accountId }, call),

    pushBankTransactions: (companyId, connectionId, accountId, transactions, call) =>
      send('pushBankTransactions', { companyId, connectionId, accountId }, call, {
        query: {
          timeoutInMinutes: call?.timeoutInMinutes,
          allowSyncOnPushComplete: call?.allowSyncOnPushComplete,
        },
        body: { accountId, transactions },
      }),
    async *iteratePushOperations(companyId, query, call) {
      let page = query?.page ?? 1;
      for (;;) {
        const result = await client.listPushOperations(companyId, { ...query, page }, call);
        yield* result.results;
        // `_links.next` is the API's own "there is more"; the count guards against a missing link.
        const seen = (page - 1) * result.pageSize + result.results.length;
        if (!result._links.next || result.results.length === 0 || seen >= result.totalResults) {
          return;
        }
        page++;
      }
    },
  };
  return client;
}
