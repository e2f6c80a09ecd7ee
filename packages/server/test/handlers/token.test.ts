import { createBankFeedsClient, isBankFeedsError } from '@bankfeeds/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_KEY, CODAT, record, startHarness, type Harness } from './support/harness';

let harness: Harness;
beforeEach(() => {
  // Token mode relies on Bearer access Codat does not document: the fake takes it only when asked.
  harness = startHarness({ mock: { acceptBearerOnApi: true } });
});
afterEach(() => harness.close());

interface TokenReply {
  companyId: string;
  connectionId: string;
  baseUrl: string;
  accessToken: string;
  tokenType: string;
  expiresIn: number;
}

describe('POST /api/bank-feeds/token (token mode)', () => {
  it('sets the customer up when needed and hands over a token for their company only', async () => {
    const reply = await harness.call('cust-acme', 'POST', '/api/bank-feeds/token');
    expect(reply.status).toBe(200);
    const token = record(reply.body) as unknown as TokenReply;
    expect(token).toMatchObject({ baseUrl: CODAT, tokenType: 'Bearer', expiresIn: 86400 });
    expect(harness.fake.companyOfToken(token.accessToken)).toBe(token.companyId);
    expect(reply.text).not.toContain(API_KEY);
  });

  it('lets the kit in the browser read its own feeds with the token, and nothing else', async () => {
    const acme = record(
      (await harness.call('cust-acme', 'POST', '/api/bank-feeds/token')).body,
    ) as unknown as TokenReply;
    const globex = record(
      (await harness.call('cust-globex', 'POST', '/api/bank-feeds/token')).body,
    ) as unknown as TokenReply;
    const browser = createBankFeedsClient({
      baseUrl: acme.baseUrl,
      auth: { type: 'accessToken', getToken: () => acme.accessToken },
      retry: false,
    });
    const accounts = await browser.listSourceAccounts(acme.companyId, acme.connectionId);
    expect(accounts.map((account) => account.id)).toEqual(['acc-acme-current', 'acc-acme-card']);

    const foreign = await browser.listSourceAccounts(globex.companyId, globex.connectionId).then(
      () => null,
      (error: unknown) => error,
    );
    expect(isBankFeedsError(foreign) && foreign.status).toBeGreaterThanOrEqual(401);
  });

  it('answers 401 without a session', async () => {
    expect((await harness.call(null, 'POST', '/api/bank-feeds/token')).status).toBe(401);
  });
});
