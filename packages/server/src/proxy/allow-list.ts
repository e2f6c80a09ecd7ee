import type { BankFeedsClient, CallOptions } from '@bankfeeds/client';
import {
  BROWSER_ENDPOINTS,
  checkFeedStartDate,
  ENDPOINT_SCHEMAS,
  ENDPOINTS,
  toCalendarDate,
  type BrowserEndpoint,
  type EndpointPath,
  type EndpointRoute,
  type PageQuery,
  type PathParamName,
  XERO_PLATFORM_KEY,
} from '@bankfeeds/model';
import { HttpError } from '../http/http-error';

// The list is the model's, shared with the browser's client (`createProxyClient`).
export { BROWSER_ENDPOINTS, type BrowserEndpoint };

/** What a proxied call gets: the server's client, path parameters, the body, the query. */
export interface ProxyCall<Name extends BrowserEndpoint = BrowserEndpoint> {
  codat: BankFeedsClient;
  /** The template's parameters, already checked against the customer's company and connection. */
  params: { readonly [Param in PathParamName<EndpointPath<Name>>]: string };
  body: unknown;
  query: URLSearchParams;
  today: string;
  options: CallOptions;
}

/** One call the browser may make through the proxy. Anything not listed here is a 404. */
export interface ProxyRoute extends EndpointRoute {
  name: BrowserEndpoint;
  /** Makes the call with the server's client; `undefined` means "no content". */
  run(call: ProxyCall): Promise<unknown>;
}

/**
 * A 400 for a body the proxy refuses. The model's own messages are in the text (after the
 * proxy's summary) and in `validation.errors`, as Codat reports its own validation failures.
 */
function invalid(message: string, issues: readonly { message: string }[] = []): HttpError {
  const detail = issues.map((issue) => issue.message).join('; ');
  return new HttpError(400, detail ? `${message} ${detail}` : message, 'invalid-request', {
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
 * How each allowed endpoint is made. Each goes through the typed client, so the request is checked
 * against the model on the way out and the reply on the way in; bodies are first checked here
 * with the table's body schema, as the browser may send only what the kit's UI sends.
 */
const RUN: { [Name in BrowserEndpoint]: (call: ProxyCall<Name>) => Promise<unknown> } = {
  getCompany: ({ codat, params, options }) => codat.getCompany(params.companyId, options),
  listConnections: ({ codat, params, query, options }) =>
    codat.listConnections(params.companyId, pageQuery(query), options),
  createConnection: ({ codat, params, body, options }) => {
    const parsed = ENDPOINT_SCHEMAS.createConnection.body.safeParse(body);
    if (!parsed.success) throw invalid('The connection is not valid.', parsed.error.issues);
    // Bank feeds go to Xero only: no other platform is connected through the bank's key.
    if (parsed.data.platformKey !== XERO_PLATFORM_KEY) {
      throw invalid(`Only Xero connections (platformKey "${XERO_PLATFORM_KEY}") may be created.`);
    }
    return codat.createConnection(params.companyId, parsed.data, options);
  },
  getConnection: ({ codat, params, options }) =>
    codat.getConnection(params.companyId, params.connectionId, options),
  unlinkConnection: ({ codat, params, body, options }) => {
    const parsed = ENDPOINT_SCHEMAS.unlinkConnection.body.safeParse(body);
    if (!parsed.success)
      throw invalid('Only {"status":"Unlinked"} may be sent.', parsed.error.issues);
    return codat.unlinkConnection(params.companyId, params.connectionId, options);
  },
  deleteConnection: ({ codat, params, options }) =>
    codat.deleteConnection(params.companyId, params.connectionId, options),
  listSourceAccounts: ({ codat, params, options }) =>
    codat.listSourceAccounts(params.companyId, params.connectionId, options),
  updateSourceAccount: ({ codat, params, body, options }) => {
    // The customer may stop a feed, nothing more: names and balances are the bank's to set.
    const parsed = ENDPOINT_SCHEMAS.updateSourceAccount.body.safeParse(body);
    if (!parsed.success) throw invalid('The update is not valid.', parsed.error.issues);
    const update = parsed.data;
    if (update.id !== params.accountId || update.status !== 'disconnected') {
      throw invalid('Only {"id": <this account>, "status": "disconnected"} may be sent.');
    }
    if (update.accountName !== undefined || update.balance !== undefined) {
      throw invalid('The account name and balance are set by the bank.');
    }
    return codat.disconnectSourceAccount(params.companyId, params.connectionId, update.id, options);
  },
  getMappings: ({ codat, params, options }) =>
    codat.getMappings(params.companyId, params.connectionId, options),
  createMapping: ({ codat, params, body, today, options }) => {
    const parsed = ENDPOINT_SCHEMAS.createMapping.body.safeParse(body);
    if (!parsed.success) throw invalid('The mapping is not valid.', parsed.error.issues);
    const { feedStartDate } = parsed.data;
    // Codat does not check the start date; Xero silently refuses lines older than a year.
    if (feedStartDate) {
      const problem = checkFeedStartDate(toCalendarDate(feedStartDate) ?? '', today);
      if (problem)
        throw invalid(`The feed start date is not allowed (${problem}).`, [{ message: problem }]);
    }
    return codat.createMapping(params.companyId, params.connectionId, parsed.data, options);
  },
  getCompanyInformation: ({ codat, params, options }) =>
    codat.getCompanyInformation(params.companyId, params.connectionId, options),
  listPushOperations: ({ codat, params, query, options }) =>
    codat.listPushOperations(params.companyId, pageQuery(query), options),
  getPushOperation: ({ codat, params, options }) =>
    codat.getPushOperation(params.companyId, params.pushOperationKey, options),
};

/** The allow-list as routes: method and path template from the model's table, by name. */
export const PROXY_ROUTES: readonly ProxyRoute[] = BROWSER_ENDPOINTS.map((name): ProxyRoute => ({
  name,
  ...ENDPOINTS[name],
  // The router fills exactly the template's parameters, so the narrower call type holds.
  run: RUN[name] as (call: ProxyCall) => Promise<unknown>,
}));
