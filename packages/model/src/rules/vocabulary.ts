/**
 * The fixed words of Codat's API the kit compares against: plain values, no zod, so a bundle
 * that only needs the words (a store, a component) never pulls in the schemas built from them.
 */

/** Platform key of Xero in Codat. */
export const XERO_PLATFORM_KEY = 'gbol';

/** States of a Codat data connection. */
export const CONNECTION_STATUSES = ['PendingAuth', 'Linked', 'Unlinked', 'Deauthorized'] as const;

/** Feed states of a source account. */
export const SOURCE_ACCOUNT_STATUSES = [
  'pending',
  'connecting',
  'connected',
  'disconnected',
  'unknown',
] as const;
