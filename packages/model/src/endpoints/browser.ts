import type { EndpointName } from './routes';

/**
 * The endpoints of the table a browser calls, and nothing else: reading the company, its Xero
 * connection, source accounts, mapping options, the Xero organisation and write operations;
 * saving a mapping; disconnecting a feed; unlinking or removing the connection; creating a Xero
 * connection (Codat's connection component does, and only for Xero). Creating companies,
 * registering accounts, pushing transactions and minting tokens stay on the bank's server.
 *
 * One list for both ends: `@bankfeeds/server`'s proxy allows exactly these (anything else is a
 * 404), and `createProxyClient` in `@bankfeeds/client` has exactly these methods (plus
 * `disconnectSourceAccount`, built on `updateSourceAccount`). Every path is under
 * `/companies/{companyId}`, so a proxy can check the company against the signed-in customer's own.
 */
export const BROWSER_ENDPOINTS = [
  'getCompany',
  'listConnections',
  'createConnection',
  'getConnection',
  'unlinkConnection',
  'deleteConnection',
  'listSourceAccounts',
  'updateSourceAccount',
  'getMappings',
  'createMapping',
  'getCompanyInformation',
  'listPushOperations',
  'getPushOperation',
] as const satisfies readonly EndpointName[];

/** An endpoint a browser may call (through the bank's server). */
export type BrowserEndpoint = (typeof BROWSER_ENDPOINTS)[number];
