/** The browser's endpoints: one list, read by the server's proxy and the browser's client. */
import { describe, expect, it } from 'vitest';
import { BROWSER_ENDPOINTS, ENDPOINT_SCHEMAS, ENDPOINTS } from '../src';

describe('BROWSER_ENDPOINTS', () => {
  it('are all under the customer’s company, so a proxy can check it', () => {
    for (const name of BROWSER_ENDPOINTS) {
      expect(ENDPOINTS[name].path, name).toMatch(/^\/companies\/\{companyId\}(\/|$)/);
    }
  });

  it('have a reply to read exactly when they are not a DELETE (the proxy client reads by method)', () => {
    for (const name of BROWSER_ENDPOINTS) {
      const schemas: { reply?: unknown } = ENDPOINT_SCHEMAS[name];
      expect(schemas.reply !== undefined, name).toBe(ENDPOINTS[name].method !== 'DELETE');
    }
  });

  it('leave company set-up, account registration, pushes and tokens to the server', () => {
    for (const name of [
      'createCompany',
      'getAccessToken',
      'createSourceAccount',
      'createSourceAccounts',
      'pushBankTransactions',
    ]) {
      expect(BROWSER_ENDPOINTS as readonly string[], name).not.toContain(name);
    }
  });
});
