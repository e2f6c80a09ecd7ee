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
import { createRequester, type Parser } from './request';
import { resolveRetry } from './retry';
import type { BankFeedsClient, BankFeedsClientOptions } from './types';

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
  });

  const client: BankFeedsClient = {
    listCompanies: (query, call) =>
      request({
        method: 'GET',
        path: '/companies',
        query: pageQuery(query),
        schema: CompanyPageSchema,
        idempotent: true,
        signal: call?.signal,
      }),
    createCompany: (body, call) =>
      request({
        method: 'POST',
        path: '/companies',
        body,
        bodySchema: CompanyRequestBodySchema,
        schema: CompanySchema,
        idempotent: false,
        signal: call?.signal,
      }),
    getCompany: (companyId, call) =>
      request({
        method: 'GET',
        path: COMPANY,
        params: { companyId },
        schema: CompanySchema,
        idempotent: true,
        signal: call?.signal,
      }),
    updateCompany: (companyId, body, call) =>
      request({
        method: 'PATCH',
        path: COMPANY,
        params: { companyId },
        body,
        schema: CompanySchema,
        idempotent: true,
        signal: call?.signal,
      }),
    replaceCompany: (companyId, body, call) =>
      request({
        method: 'PUT',
        path: COMPANY,
        params: { companyId },
        body,
        bodySchema: CompanyRequestBodySchema,
        schema: CompanySchema,
        idempotent: true,
        signal: call?.signal,
      }),
    deleteCompany: (companyId, call) =>
      request({
        method: 'DELETE',
        path: COMPANY,
        params: { companyId },
        idempotent: true,
        signal: call?.signal,
      }),
    getAccessToken: (companyId, call) =>
      request({
        method: 'GET',
        path: `${COMPANY}/accessToken`,
        params: { companyId },
        schema: CompanyAccessTokenSchema,
        idempotent: true,
        signal: call?.signal,
      }),

    listConnections: (companyId, query, call) =>
      request({
        method: 'GET',
        path: `${COMPANY}/connections`,
        params: { companyId },
        query: pageQuery(query),
        schema: ConnectionPageSchema,
        idempotent: true,
        signal: call?.signal,
      }),
    createConnection: (companyId, body = { platformKey: XERO_PLATFORM_KEY }, call) =>
      request({
        method: 'POST',
        path: `${COMPANY}/connections`,
        params: { companyId },
        body,
        bodySchema: CreateConnectionBodySchema,
        schema: ConnectionSchema,
        idempotent: false,
        signal: call?.signal,
      }),
    getConnection: (companyId, connectionId, call) =>
      request({
        method: 'GET',
        path: CONNECTION,
        params: { companyId, connectionId },
        schema: ConnectionSchema,
        idempotent: true,
        signal: call?.signal,
      }),
    unlinkConnection: (companyId, connectionId, call) =>
      request({
        method: 'PATCH',
        path: CONNECTION,
        params: { companyId, connectionId },
        body: { status: 'Unlinked' },
        bodySchema: UnlinkConnectionBodySchema,
        schema: ConnectionSchema,
        // Setting a state: doing it twice leaves it as doing it once.
        idempotent: true,
        signal: call?.signal,
      }),
    deleteConnection: (companyId, connectionId, call) =>
      request({
        method: 'DELETE',
        path: CONNECTION,
        params: { companyId, connectionId },
        idempotent: true,
        signal: call?.signal,
      }),

    listSourceAccounts: (companyId, connectionId, call) =>
      request({
        method: 'GET',
        path: ACCOUNTS,
        params: { companyId, connectionId },
        schema: SourceAccountListSchema,
        idempotent: true,
        signal: call?.signal,
      }),
    createSourceAccount: (companyId, connectionId, account, call) =>
      request({
        method: 'POST',
        path: ACCOUNTS,
        params: { companyId, connectionId },
        body: account,
        bodySchema: SourceAccountPrototypeSchema,
        schema: SourceAccountSchema,
        idempotent: false,
        signal: call?.signal,
      }),
    createSourceAccounts: async (companyId, connectionId, accounts, call) => {
      try {
        return await request({
          method: 'POST',
          path: `${ACCOUNTS}/batch`,
          params: { companyId, connectionId },
          body: accounts,
          bodySchema: SourceAccountBatchBodySchema,
          schema: SourceAccountBatchResultsSchema,
          idempotent: false,
          signal: call?.signal,
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
      request({
        method: 'PATCH',
        path: `${ACCOUNTS}/{accountId}`,
        params: { companyId, connectionId, accountId: update.id },
        body: update,
        bodySchema: SourceAccountUpdateSchema,
        schema: SourceAccountSchema,
        idempotent: true,
        signal: call?.signal,
      }),
    disconnectSourceAccount: (companyId, connectionId, accountId, call) =>
      client.updateSourceAccount(
        companyId,
        connectionId,
        { id: accountId, status: 'disconnected' },
        call,
      ),
    deleteSourceAccount: (companyId, connectionId, accountId, call) =>
      request({
        method: 'DELETE',
        path: `${ACCOUNTS}/{accountId}`,
        params: { companyId, connectionId, accountId },
        idempotent: true,
        signal: call?.signal,
      }),

    getMappings: (companyId, connectionId, call) =>
      request({
        method: 'GET',
        path: MAPPING,
        params: { companyId, connectionId },
        schema: BankFeedMappingListSchema,
        idempotent: true,
        signal: call?.signal,
      }),
    createMapping: (companyId, connectionId, body, call) =>
      request({
        method: 'POST',
        path: MAPPING,
        params: { companyId, connectionId },
        body,
        bodySchema: BankFeedAccountMappingSchema,
        schema: BankFeedAccountMappingResponseSchema,
        idempotent: false,
        signal: call?.signal,
      }),

    getCompanyInformation: (companyId, connectionId, call) =>
      request({
        method: 'GET',
        path: `${CONNECTION}/bankFeeds/info`,
        params: { companyId, connectionId },
        schema: CompanyInformationSchema,
        idempotent: true,
        signal: call?.signal,
      }),

    pushBankTransactions: (companyId, connectionId, accountId, transactions, call) =>
      request({
        method: 'POST',
        path: `${CONNECTION}/push/bankAccounts/{accountId}/bankTransactions`,
        params: { companyId, connectionId, accountId },
        query: {
          timeoutInMinutes: call?.timeoutInMinutes,
          allowSyncOnPushComplete: call?.allowSyncOnPushComplete,
        },
        body: { accountId, transactions },
        bodySchema: CreateBankTransactionsSchema,
        schema: CreateBankTransactionsResponseSchema,
        idempotent: false,
        signal: call?.signal,
      }),
    getPushOperation: (companyId, pushOperationKey, call) =>
      request({
        method: 'GET',
        path: `${COMPANY}/push/{pushOperationKey}`,
        params: { companyId, pushOperationKey },
        schema: PushOperationSchema,
        idempotent: true,
        signal: call?.signal,
      }),
    listPushOperations: (companyId, query, call) =>
      request({
        method: 'GET',
        path: `${COMPANY}/push`,
        params: { companyId },
        query: pageQuery(query),
        schema: PushOperationPageSchema,
        idempotent: true,
        signal: call?.signal,
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
