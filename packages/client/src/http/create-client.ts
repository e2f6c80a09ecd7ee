import {
  ENDPOINT_SCHEMAS,
  ENDPOINTS,
  XERO_PLATFORM_KEY,
  type EndpointName,
  type EndpointPath,
  type EndpointSchemas,
  type EndpointSchemaTable,
  type PageQuery,
  type PathParams,
} from '@bankfeeds/model';
import { resolveClock } from '../internal/clock';
import { createAuthenticator } from './auth';
import { companyCreateBody, resultsOfBatchConflict } from './as-codat-does';
import { BankFeedsError } from './errors';
import { createRequester, type Parser, type RequestSpec } from './request';
import { resolveRetry } from './retry';
import type { BankFeedsClient, BankFeedsClientOptions, CallOptions } from './types';

/** Per-attempt time limit when none is given. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** What an endpoint's reply schema parses to (`void` when the reply is not read). */
type ReplyOf<Name extends EndpointName> = EndpointSchemaTable[Name] extends {
  reply: Parser<infer Reply>;
}
  ? Reply
  : void;

function pageQuery(query: PageQuery | undefined) {
  return {
    page: query?.page,
    pageSize: query?.pageSize,
    query: query?.query,
    orderBy: query?.orderBy,
  };
}

/**
 * Creates the typed Codat Bank Feeds client.
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
  const fetchImpl = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (!fetchImpl) {
    throw new BankFeedsError('No fetch is available; pass one in the options.', {
      code: 'invalid-request',
      retryable: false,
    });
  }
  const request = createRequester({
    baseUrl: options.baseUrl,
    fetch: fetchImpl,
    auth: createAuthenticator(options.auth),
    retry: resolveRetry(options.retry),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    headers: options.headers ?? {},
    clock: resolveClock(options.clock),
    log: options.log,
    maxConcurrentPerCompany: options.maxConcurrentPerCompany,
    rateHolds: options.rateHolds,
  });

  /**
   * One request to an endpoint of the model's table: the method, the path template (filled with
   * `params`, typed from it), the body and reply schemas, and whether a retry is safe all come
   * from the table, so no method writes a path or a schema of its own.
   */
  const send = <Name extends EndpointName>(
    name: Name,
    params: PathParams<EndpointPath<Name>>,
    options: CallOptions | undefined,
    rest: Pick<RequestSpec<unknown>, 'query' | 'body'> = {},
  ): Promise<ReplyOf<Name>> => {
    const { method, path, idempotent } = ENDPOINTS[name];
    const schemas: EndpointSchemas = ENDPOINT_SCHEMAS[name];
    return request<ReplyOf<Name>>({
      method,
      path,
      params,
      ...rest,
      bodySchema: schemas.body as Parser<unknown> | undefined,
      schema: schemas.reply as Parser<ReplyOf<Name>> | undefined,
      idempotent,
      signal: options?.signal,
    });
  };

  const client: BankFeedsClient = {
    listCompanies: (query, call) =>
      send('listCompanies', {}, call, { query: { ...pageQuery(query), tags: query?.tags } }),
    createCompany: (body, call) =>
      send('createCompany', {}, call, { body: companyCreateBody(body) }),
    getCompany: (companyId, call) => send('getCompany', { companyId }, call),
    updateCompany: (companyId, body, call) => send('updateCompany', { companyId }, call, { body }),
    replaceCompany: (companyId, body, call) =>
      send('replaceCompany', { companyId }, call, { body }),
    deleteCompany: (companyId, call) => send('deleteCompany', { companyId }, call),
    getAccessToken: (companyId, call) => send('getAccessToken', { companyId }, call),

    listConnections: (companyId, query, call) =>
      send('listConnections', { companyId }, call, { query: pageQuery(query) }),
    createConnection: (companyId, body = { platformKey: XERO_PLATFORM_KEY }, call) =>
      send('createConnection', { companyId }, call, { body }),
    getConnection: (companyId, connectionId, call) =>
      send('getConnection', { companyId, connectionId }, call),
    unlinkConnection: (companyId, connectionId, call) =>
      send('unlinkConnection', { companyId, connectionId }, call, {
        body: { status: 'Unlinked' },
      }),
    deleteConnection: (companyId, connectionId, call) =>
      send('deleteConnection', { companyId, connectionId }, call),

    listSourceAccounts: (companyId, connectionId, call) =>
      send('listSourceAccounts', { companyId, connectionId }, call),
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
    updateSourceAccount: (companyId, connectionId, update, call) =>
      send('updateSourceAccount', { companyId, connectionId, accountId: update.id }, call, {
        body: update,
      }),
    disconnectSourceAccount: (companyId, connectionId, accountId, call) =>
      client.updateSourceAccount(
        companyId,
        connectionId,
        { id: accountId, status: 'disconnected' },
        call,
      ),
    deleteSourceAccount: (companyId, connectionId, accountId, call) =>
      send('deleteSourceAccount', { companyId, connectionId, accountId }, call),

    getMappings: (companyId, connectionId, call) =>
      send('getMappings', { companyId, connectionId }, call),
    createMapping: (companyId, connectionId, body, call) =>
      send('createMapping', { companyId, connectionId }, call, { body }),

    getCompanyInformation: (companyId, connectionId, call) =>
      send('getCompanyInformation', { companyId, connectionId }, call),

    pushBankTransactions: (companyId, connectionId, accountId, transactions, call) =>
      send('pushBankTransactions', { companyId, connectionId, accountId }, call, {
        query: {
          timeoutInMinutes: call?.timeoutInMinutes,
          allowSyncOnPushComplete: call?.allowSyncOnPushComplete,
        },
        body: { accountId, transactions },
      }),
    getPushOperation: (companyId, pushOperationKey, call) =>
      send('getPushOperation', { companyId, pushOperationKey }, call),
    listPushOperations: (companyId, query, call) =>
      send('listPushOperations', { companyId }, call, { query: pageQuery(query) }),
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
