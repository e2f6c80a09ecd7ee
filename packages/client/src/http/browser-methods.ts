import {
  ENDPOINTS,
  XERO_PLATFORM_KEY,
  type EndpointName,
  type EndpointPath,
  type EndpointSchemaTable,
  type PageQuery,
  type PathParams,
} from '@bankfeeds/model';
import type { Parser, Requester, RequestSpec } from './request';
import type { BrowserClient, CallOptions } from './types';

/** What an endpoint's reply schema parses to (`void` when the reply is not read). */
export type ReplyOf<Name extends EndpointName> = EndpointSchemaTable[Name] extends {
  reply: Parser<infer Reply>;
}
  ? Reply
  : void;

/**
 * One request to an endpoint of the model's table, by name: each client decides how the reply is
 * read (parsed by the model's schema, or taken as the JSON its own server sent).
 */
export type SendEndpoint = <Name extends EndpointName>(
  name: Name,
  params: PathParams<EndpointPath<Name>>,
  options: CallOptions | undefined,
  rest?: Pick<RequestSpec<unknown>, 'query' | 'body'>,
) => Promise<ReplyOf<Name>>;

/** How one endpoint's body is checked and its reply read (`undefined`: not checked, not read). */
export interface EndpointReading {
  body?: Parser<unknown> | undefined;
  reply?: Parser<unknown> | undefined;
}

/**
 * `send` over a requester: the method, the path template (filled with `params`, typed from it)
 * and whether a retry is safe come from the model's table, so no method writes a path of its own;
 * `readingOf` says how each client checks bodies and reads replies.
 */
export function endpointSender(
  request: Requester,
  readingOf: (name: EndpointName) => EndpointReading,
): SendEndpoint {
  return (name, params, options, rest = {}) => {
    const { method, path, idempotent } = ENDPOINTS[name];
    const reading = readingOf(name);
    return request({
      method,
      path,
      params,
      ...rest,
      bodySchema: reading.body,
      schema: reading.reply,
      idempotent,
      signal: options?.signal,
    }) as Promise<never>;
  };
}

/** A page query as the query string carries it. */
export function pageQuery(query: PageQuery | undefined) {
  return {
    page: query?.page,
    pageSize: query?.pageSize,
    query: query?.query,
    orderBy: query?.orderBy,
  };
}

/**
 * The methods of the browser's endpoints (the model's `BROWSER_ENDPOINTS`, plus
 * `disconnectSourceAccount`), written once for both clients: `createBankFeedsClient` and
 * `createProxyClient` differ only in `send`. Method, path and retry safety come from the model's
 * table through `send`; this table only says which parameters, query and body each call takes.
 */
export function browserMethods(send: SendEndpoint): BrowserClient {
  const methods: BrowserClient = {
    getCompany: (companyId, call) => send('getCompany', { companyId }, call),

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
    updateSourceAccount: (companyId, connectionId, update, call) =>
      send('updateSourceAccount', { companyId, connectionId, accountId: update.id }, call, {
        body: update,
      }),
    disconnectSourceAccount: (companyId, connectionId, accountId, call) =>
      methods.updateSourceAccount(
        companyId,
        connectionId,
        { id: accountId, status: 'disconnected' },
        call,
      ),

    getMappings: (companyId, connectionId, call) =>
      send('getMappings', { companyId, connectionId }, call),
    createMapping: (companyId, connectionId, body, call) =>
      send('createMapping', { companyId, connectionId }, call, { body }),

    getCompanyInformation: (companyId, connectionId, call) =>
      send('getCompanyInformation', { companyId, connectionId }, call),

    getPushOperation: (companyId, pushOperationKey, call) =>
      send('getPushOperation', { companyId, pushOperationKey }, call),
    listPushOperations: (companyId, query, call) =>
      send('listPushOperations', { companyId }, call, { query: pageQuery(query) }),
  };
  return methods;
}
