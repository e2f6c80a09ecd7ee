/**
 * The one table of Codat Bank Feeds endpoints: name, method, path template and whether a retry
 * is safe. The client's methods, the mocks' routes and a proxy's allow-list are all derived from
 * it. The body and reply schemas of each endpoint are in `ENDPOINT_SCHEMAS` (`./schemas`), kept
 * apart so that routing alone (the mocks, a proxy) never bundles zod.
 */

/** HTTP methods the Codat API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One endpoint of the table. */
export interface EndpointRoute {
  readonly method: HttpMethod;
  /** The path template, parameters in braces: `/companies/{companyId}`. */
  readonly path: `/${string}`;
  /**
   * Whether sending it twice has the same effect as once, so a retry after a failure that may
   * have reached Codat is safe. GET, PUT, DELETE and the PATCHes (each sets a state) are; a POST
   * creates something each time and is not (the client retries it only after a 429, which Codat
   * refuses whole).
   */
  readonly idempotent: boolean;
}

const read = { method: 'GET', idempotent: true } as const;
const create = { method: 'POST', idempotent: false } as const;
const replace = { method: 'PUT', idempotent: true } as const;
const change = { method: 'PATCH', idempotent: true } as const;
const remove = { method: 'DELETE', idempotent: true } as const;

/**
 * Every Codat endpoint the kit calls or fakes, by name (the client's method names). Paths follow
 * Codat's OpenAPI file; the mapping is not under `connectionInfo/` there, and neither is it here.
 */
export const ENDPOINTS = {
  listCompanies: { ...read, path: '/companies' },
  createCompany: { ...create, path: '/companies' },
  getCompany: { ...read, path: '/companies/{companyId}' },
  updateCompany: { ...change, path: '/companies/{companyId}' },
  replaceCompany: { ...replace, path: '/companies/{companyId}' },
  deleteCompany: { ...remove, path: '/companies/{companyId}' },
  getAccessToken: { ...read, path: '/companies/{companyId}/accessToken' },

  listConnections: { ...read, path: '/companies/{companyId}/connections' },
  createConnection: { ...create, path: '/companies/{companyId}/connections' },
  getConnection: { ...read, path: '/companies/{companyId}/connections/{connectionId}' },
  unlinkConnection: { ...change, path: '/companies/{companyId}/connections/{connectionId}' },
  deleteConnection: { ...remove, path: '/companies/{companyId}/connections/{connectionId}' },

  listSourceAccounts: {
    ...read,
    path: '/companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts',
  },
  createSourceAccount: {
    ...create,
    path: '/companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts',
  },
  createSourceAccounts: {
    ...create,
    path: '/companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts/batch',
  },
  updateSourceAccount: {
    ...change,
    path: '/companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts/{accountId}',
  },
  deleteSourceAccount: {
    ...remove,
    path: '/companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts/{accountId}',
  },

  getMappings: {
    ...read,
    path: '/companies/{companyId}/connections/{connectionId}/bankFeedAccounts/mapping',
  },
  createMapping: {
    ...create,
    path: '/companies/{companyId}/connections/{connectionId}/bankFeedAccounts/mapping',
  },
  getCompanyInformation: {
    ...read,
    path: '/companies/{companyId}/connections/{connectionId}/bankFeeds/info',
  },

  pushBankTransactions: {
    ...create,
    path: '/companies/{companyId}/connections/{connectionId}/push/bankAccounts/{accountId}/bankTransactions',
  },
  listPushOperations: { ...read, path: '/companies/{companyId}/push' },
  getPushOperation: { ...read, path: '/companies/{companyId}/push/{pushOperationKey}' },

  // QuickBooks Online and Sage only: the client has no method for them, the fake refuses them
  // for a Xero connection as Codat does.
  generateBankFeedCredentials: {
    ...create,
    path: '/companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts/credentials',
  },
  deleteBankFeedCredentials: {
    ...remove,
    path: '/companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts/credentials',
  },
  generateOneTimePassword: {
    ...create,
    path: '/companies/{companyId}/connections/{connectionId}/bankFeeds/otp',
  },
} as const satisfies Record<string, EndpointRoute>;

/** The table's type. */
export type Endpoints = typeof ENDPOINTS;
/** An endpoint's name in the table. */
export type EndpointName = keyof Endpoints;
/** The path template of an endpoint. */
export type EndpointPath<Name extends EndpointName> = Endpoints[Name]['path'];

/** Every endpoint name, in the table's order. */
export const ENDPOINT_NAMES = /* @__PURE__ */ Object.keys(ENDPOINTS) as EndpointName[];
