import {
  BankFeedAccountMappingResponseSchema,
  BankFeedAccountMappingSchema,
  BankFeedMappingListSchema,
  CompanyAccessTokenSchema,
  CompanyInformationSchema,
  CompanyRequestBodySchema,
  CompanySchema,
  ConnectionSchema,
  CreateBankTransactionsResponseSchema,
  CreateBankTransactionsSchema,
  CreateConnectionBodySchema,
  pagedSchema,
  PushOperationSchema,
  SourceAccountBatchBodySchema,
  SourceAccountBatchResultsSchema,
  SourceAccountPrototypeSchema,
  SourceAccountListSchema,
  SourceAccountSchema,
  SourceAccountUpdateSchema,
  UnlinkConnectionBodySchema,
  XERO_PLATFORM_KEY,
  type Company,
  type Connection,
  type Page,
  type PageQuery,
  type PushOperation,
} from '@bankfeeds/model';
import { resolveClock } from '../internal/clock';
import { createAuthenticator } from './auth';
import { BankFeedsError, isBankFeedsError } from './errors';
import { createRequester, type HttpMethod, type Parser, type RequestSpec } from './request';
import { resolveRetry } from './retry';
import type { BankFeedsClient, BankFeedsClientOptions, CallOptions } from './types';

/** Per-attempt time limit when none is given. */
export const DEFAULT_TIMEOUT_MS = 30_000;

const CompanyPageSchema = pagedSchema(CompanySchema) as unknown as Parser<Page<Company>>;
const ConnectionPageSchema = pagedSchema(ConnectionSchema) as unknown as Parser<Page<Connection>>;
const PushOperationPageSchema = pagedSchema(PushOperationSchema) as unknown as Parser<
  Page<PushOperation>
>;

const COMPANY = '/companies/{companyId}';
const CONNECTION = `${COMPANY}/connections/{connectionId}`;
const ACCOUNTS = `${CONNECTION}/connectionInfo/bankFeedAccounts`;
// Mapping is not under `connectionInfo` (see the OpenAPI file).
const MAPPING = `${CONNECTION}/bankFeedAccounts/mapping`;

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
  });

  /**
   * One request of a typed method. Every method but POST reads or sets a state (doing it twice
   * leaves it as doing it once, unlinking included), so it is idempotent and may be retried; a
   * POST is retried only after a 429, when it was refused whole.
   */
  const send = <T>(
    method: HttpMethod,
    path: string,
    params: Record<string, string>,
    call: CallOptions | undefined,
    rest: Pick<RequestSpec<T>, 'query' | 'body' | 'bodySchema' | 'schema'> = {},
  ) =>
    request<T>({
      method,
      path,
      params,
      ...rest,
      idempotent: method !== 'POST',
      signal: call?.signal,
    });

  const client: BankFeedsClient = {
    listCompanies: (query, call) =>
      send('GET', '/companies', {}, call, {
        query: { ...pageQuery(query), tags: query?.tags },
        schema: CompanyPageSchema,
      }),
    createCompany: (body, call) =>
      send('POST', '/companies', {}, call, {
        body,
        bodySchema: CompanyRequestBodySchema,
        schema: CompanySchema,
      }),
    getCompany: (companyId, call) =>
      send('GET', COMPANY, { companyId }, call, { schema: CompanySchema }),
    updateCompany: (companyId, body, call) =>
      send('PATCH', COMPANY, { companyId }, call, { body, schema: CompanySchema }),
    replaceCompany: (companyId, body, call) =>
      send('PUT', COMPANY, { companyId }, call, {
        body,
        bodySchema: CompanyRequestBodySchema,
        schema: CompanySchema,
      }),
    deleteCompany: (companyId, call) => send('DELETE', COMPANY, { companyId }, call),
    getAccessToken: (companyId, call) =>
      send('GET', `${COMPANY}/accessToken`, { companyId }, call, {
        schema: CompanyAccessTokenSchema,
      }),

    listConnections: (companyId, query, call) =>
      send('GET', `${COMPANY}/connections`, { companyId }, call, {
        query: pageQuery(query),
        schema: ConnectionPageSchema,
      }),
    createConnection: (companyId, body = { platformKey: XERO_PLATFORM_KEY }, call) =>
      send('POST', `${COMPANY}/connections`, { companyId }, call, {
        body,
        bodySchema: CreateConnectionBodySchema,
        schema: ConnectionSchema,
      }),
    getConnection: (companyId, connectionId, call) =>
      send('GET', CONNECTION, { companyId, connectionId }, call, { schema: ConnectionSchema }),
    unlinkConnection: (companyId, connectionId, call) =>
      send('PATCH', CONNECTION, { companyId, connectionId }, call, {
        body: { status: 'Unlinked' },
        bodySchema: UnlinkConnectionBodySchema,
        schema: ConnectionSchema,
      }),
    deleteConnection: (companyId, connectionId, call) =>
      send('DELETE', CONNECTION, { companyId, connectionId }, call),

    listSourceAccounts: (companyId, connectionId, call) =>
      send('GET', ACCOUNTS, { companyId, connectionId }, call, { schema: SourceAccountListSchema }),
    createSourceAccount: (companyId, connectionId, account, call) =>
      send('POST', ACCOUNTS, { companyId, connectionId }, call, {
        body: account,
        bodySchema: SourceAccountPrototypeSchema,
        schema: SourceAccountSchema,
      }),
    createSourceAccounts: async (companyId, connectionId, accounts, call) => {
      try {
        return await send('POST', `${ACCOUNTS}/batch`, { companyId, connectionId }, call, {
          body: accounts,
          bodySchema: SourceAccountBatchBodySchema,
          schema: SourceAccountBatchResultsSchema,
        });
      } catch (error) {
        // A 409 carries the same per-item array as a 207: hand it over parsed.
        if (isBankFeedsError(error) && error.status === 409 && Array.isArray(error.details)) {
          const parsed = SourceAccountBatchResultsSchema.safeParse(error.details);
          if (parsed.success) {
            throw new BankFeedsError(error.message, { ...error.toJSON(), details: parsed.data });
          }
        }
        throw error;
      }
    },
    updateSourceAccount: (companyId, connectionId, update, call) =>
      send(
        'PATCH',
        `${ACCOUNTS}/{accountId}`,
        { companyId, connectionId, accountId: update.id },
        call,
        {
          body: update,
          bodySchema: SourceAccountUpdateSchema,
          schema: SourceAccountSchema,
        },
      ),
    disconnectSourceAccount: (companyId, connectionId, accountId, call) =>
      client.updateSourceAccount(
        companyId,
        connectionId,
        { id: accountId, status: 'disconnected' },
        call,
      ),
    deleteSourceAccount: (companyId, connectionId, accountId, call) =>
      send('DELETE', `${ACCOUNTS}/{accountId}`, { companyId, connectionId, accountId }, call),

    getMappings: (companyId, connectionId, call) =>
      send('GET', MAPPING, { companyId, connectionId }, call, {
        schema: BankFeedMappingListSchema,
      }),
    createMapping: (companyId, connectionId, body, call) =>
      send('POST', MAPPING, { companyId, connectionId }, call, {
        body,
        bodySchema: BankFeedAccountMappingSchema,
        schema: BankFeedAccountMappingResponseSchema,
      }),

    getCompanyInformation: (companyId, connectionId, call) =>
      send('GET', `${CONNECTION}/bankFeeds/info`, { companyId, connectionId }, call, {
        schema: CompanyInformationSchema,
      }),

    pushBankTransactions: (companyId, connectionId, accountId, transactions, call) =>
      send(
        'POST',
        `${CONNECTION}/push/bankAccounts/{accountId}/bankTransactions`,
        { companyId, connectionId, accountId },
        call,
        {
          query: {
            timeoutInMinutes: call?.timeoutInMinutes,
            allowSyncOnPushComplete: call?.allowSyncOnPushComplete,
          },
          body: { accountId, transactions },
          bodySchema: CreateBankTransactionsSchema,
          schema: CreateBankTransactionsResponseSchema,
        },
      ),
    getPushOperation: (companyId, pushOperationKey, call) =>
      send('GET', `${COMPANY}/push/{pushOperationKey}`, { companyId, pushOperationKey }, call, {
        schema: PushOperationSchema,
      }),
    listPushOperations: (companyId, query, call) =>
      send('GET', `${COMPANY}/push`, { companyId }, call, {
        query: pageQuery(query),
        schema: PushOperationPageSchema,
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
