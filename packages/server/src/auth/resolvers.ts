import type { CustomerResolver } from '../options';

/**
 * Reads the customer from a header set by the bank's gateway or auth middleware after it has
 * checked the session (for example `x-authenticated-customer`). Only safe when every request
 * passes that gateway and the gateway removes any copy of the header sent by the browser.
 */
export function customerFromTrustedHeader(name: string): CustomerResolver {
  return (request) => request.headers.get(name)?.trim() || null;
}
