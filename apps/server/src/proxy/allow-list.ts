import type { BankFeedsClient, CallOptions } from '@bankfeeds/client';
import {
  BankFeedAccountMappingSchema,
  checkFeedStartDate,
  SourceAccountUpdateSchema,
  toCalendarDate,
  UnlinkConnectionBodySchema,
  type PageQuery,
} from '@bankfeeds/model';
import { HttpError } from '../http/respond';

/** What a proxied call gets: the server's client, path parameters, the checked body, the query. */
export interface ProxyCall {
  codat: BankFeedsClient;
  params: Record<string, string>;
  body: unknown;
  query: URLSearchParams;
  today: string;
  options: CallOptions;
}

/** One call the browser may make through the proxy. Anything not listed here is a 404. */
export interface ProxyRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Relative to the proxy's base, always under `/companies/{companyId}`. */
  path: string;
  /** Makes the call with the server's client; `undefined` means "no content". */
  run(call: ProxyCall): Promise<unknown>;
}

const COMPANY = '/companies/{companyId}';
const CONNECTION = `${COMPANY}/connections/{connectionId}`;
const ACCOUNTS = `${CONNECTION}/connectionInfo/bankFeedAccounts`;
// Codat serves the mapping outside `connectionInfo/` (its OpenAPI file says so).
const MAPPING = `${CONNECTION}/bankFeedAccounts/mapping`;

function invalid(message: string, issues: readonly { message: string }[] = []): HttpError {
  return new HttpError(400, message, 'invalid-request', {
    validation: {
      errors: issues.map((issue) => ({
        itemId: null,
        message: issue.message,
        validatorName: 'proxy',
      })),
      warnings: [],
    },
  });
}

function pageQuery(query: URLSearchParams): PageQuery {
  const number = (name: string) => {
    const value = query.get(name);
    return value && /^\d{1,4}$/.test(value) ? Number(value) : undefined;
  };
  return {
    page: number('page'),
    pageSize: number('pageSize'),
    query: query.get('query') ?? undefined,
    orderBy: query.get('orderBy') ?? undefined,
  };
}

/**
 * The few calls the kit's UI makes, and nothing else: reading the company, its Xero connection,
 * source accounts, mapping options, the Xero organisation and write operations; saving a mapping;
 * disconnecting a feed; unlinking or removing the connection. Creating companies or connections,
 * registering accounts, pushing transactions and minting tokens stay on the server.
 *
 * Each call goes through the typed client, so the request is checked against the model on the
 * way out and the reply on the way in.
 */
export const PROXY_ROUTES: readonly ProxyRoute[] = [
  {
    method: 'GET',
    path: COMPANY,
    run: ({ codat, params, options }) => codat.getCompany(params.companyId!, options),
  },
  {
    method: 'GET',
    path: `${COMPANY}/connections`,
    run: ({ codat, params, query, options }) =>
      codat.listConnections(params.companyId!, pageQuery(query), options),
  },
  {
    method: 'GET',
    path: CONNECTION,
    run: ({ codat, params, options }) =>
      codat.getConnection(params.companyId!, params.connectionId!, options),
  },
  {
    method: 'PATCH',
    path: CONNECTION,
    run: ({ codat, params, body, options }) => {
      const parsed = UnlinkConnectionBodySchema.safeParse(body);
      if (!parsed.success)
        throw invalid('Only {"status":"Unlinked"} may be sent.', parsed.error.issues);
      return codat.unlinkConnection(params.companyId!, params.connectionId!, options);
    },
  },
  {
    method: 'DELETE',
    path: CONNECTION,
    run: ({ codat, params, options }) =>
      codat.deleteConnection(params.companyId!, params.connectionId!, options),
  },
  {
    method: 'GET',
    path: ACCOUNTS,
    run: ({ codat, params, options }) =>
      codat.listSourceAccounts(params.companyId!, params.connectionId!, options),
  },
  {
    method: 'PATCH',
    path: `${ACCOUNTS}/{accountId}`,
    run: ({ codat, params, body, options }) => {
      // The customer may stop a feed, nothing more: names and balances are the bank's to set.
      const parsed = SourceAccountUpdateSchema.safeParse(body);
      if (!parsed.success) throw invalid('The update is not valid.', parsed.error.issues);
      const update = parsed.data;
      if (update.id !== params.accountId || update.status !== 'disconnected') {
        throw invalid('Only {"id": <this account>, "status": "disconnected"} may be sent.');
      }
      if (update.accountName !== undefined || update.balance !== undefined) {
        throw invalid('The account name and balance are set by the bank.');
      }
      return codat.disconnectSourceAccount(
        params.companyId!,
        params.connectionId!,
        update.id,
        options,
      );
    },
  },
  {
    method: 'GET',
    path: MAPPING,
    run: ({ codat, params, options }) =>
      codat.getMappings(params.companyId!, params.connectionId!, options),
  },
  {
    method: 'POST',
    path: MAPPING,
    run: ({ codat, params, body, today, options }) => {
      const parsed = BankFeedAccountMappingSchema.safeParse(body);
      if (!parsed.success) throw invalid('The mapping is not valid.', parsed.error.issues);
      const { feedStartDate } = parsed.data;
      // Codat does not check the start date; Xero silently refuses lines older than a year.
      if (feedStartDate) {
        const problem = checkFeedStartDate(toCalendarDate(feedStartDate) ?? '', today);
        if (problem)
          throw invalid(`The feed start date is not allowed (${problem}).`, [{ message: problem }]);
      }
      return codat.createMapping(params.companyId!, params.connectionId!, parsed.data, options);
    },
  },
  {
    method: 'GET',
    path: `${CONNECTION}/bankFeeds/info`,
    run: ({ codat, params, options }) =>
      codat.getCompanyInformation(params.companyId!, params.connectionId!, options),
  },
  {
    method: 'GET',
    path: `${COMPANY}/push`,
    run: ({ codat, params, query, options }) =>
      codat.listPushOperations(params.companyId!, pageQuery(query), options),
  },
  {
    method: 'GET',
    path: `${COMPANY}/push/{pushOperationKey}`,
    run: ({ codat, params, options }) =>
      codat.getPushOperation(params.companyId!, params.pushOperationKey!, options),
  },
];
