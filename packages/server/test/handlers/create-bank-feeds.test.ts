import { afterEach, describe, expect, it } from 'vitest';
import { createBankFeeds } from '../../src/bank-feeds';
import { BankFeedsOptionsError, type BankFeedsOptions } from '../../src/options';
import { BANK, CUSTOMER_HEADER, readReply, startHarness, type Harness } from './support/harness';

let harness: Harness;
afterEach(() => harness.close());

describe('createBankFeeds', () => {
  it('refuses options it cannot work with, naming the option', () => {
    harness = startHarness();
    const create = (change: Partial<Record<keyof BankFeedsOptions, unknown>>) => () =>
      createBankFeeds({ ...harness.options, ...change } as BankFeedsOptions);
    const cases: [Partial<Record<keyof BankFeedsOptions, unknown>>, RegExp][] = [
      [{ portalUrl: undefined }, /portalUrl must be an absolute http\(s\) address/],
      [{ signInUrl: '/sign-in' }, /signInUrl must be an absolute/],
      [{ codatBaseUrl: 'ftp://codat' }, /codatBaseUrl/],
      [{ allowedOrigins: 'https://portal.bank.test' }, /allowedOrigins must be a list/],
      [{ allowedOrigins: ['https://portal.bank.test/'] }, /not an origin/],
      [{ webhookSecret: undefined }, /webhookSecret is required/],
      [{ webhookSecret: 'secret' }, /webhookSecret must be the endpoint signing secret/],
      [{ resolveCustomer: 'x-customer' }, /resolveCustomer must be a function/],
      [{ store: undefined }, /store is required/],
      [{ basePath: 'bank/' }, /basePath/],
      [{ timeZone: 'Europe/Nowhere' }, /timeZone/],
    ];
    for (const [change, message] of cases) {
      expect(create(change)).toThrow(BankFeedsOptionsError);
      expect(create(change)).toThrow(message);
    }
    expect(create({})).not.toThrow();
  });

  it('answers only its own paths, under its base path; others get the unmatched 404', async () => {
    harness = startHarness({ options: { basePath: '/bank' } });
    const get = (path: string, method = 'GET') =>
      harness.feeds.handler(new Request(`${BANK}${path}`, { method })).then(readReply);
    for (const path of ['/healthz', '/api/bank-feeds/state', '/bank/elsewhere', '/bankfeeds']) {
      const reply = await get(path);
      expect([path, reply.status, reply.headers.get('x-bankfeeds-unmatched')]).toEqual([
        path,
        404,
        '1',
      ]);
    }
    expect((await get('/bank/healthz')).body).toEqual({ ok: true });
    // Its own paths: a 401, a 405 naming the method, a 404 that is not "unmatched".
    expect((await get('/bank/api/bank-feeds/state')).status).toBe(401);
    const wrongMethod = await get('/bank/api/bank-feeds/setup');
    expect([wrongMethod.status, wrongMethod.headers.get('allow')]).toEqual([405, 'POST']);
    const webhookGet = await get('/bank/webhooks/codat');
    expect([webhookGet.status, webhookGet.headers.get('allow')]).toEqual([405, 'POST']);
    const proxyMiss = await harness.feeds.handler(
      new Request(`${BANK}/bank/api/codat/companies`, { headers: { [CUSTOMER_HEADER]: 'c' } }),
    );
    expect(proxyMiss.status).toBe(404);
    expect(proxyMiss.headers.get('x-bankfeeds-unmatched')).toBeNull();
  });

  it('reads the customer from the trusted header, trimmed, and nobody from an empty one', async () => {
    harness = startHarness();
    const state = (value: string) =>
      harness.feeds.handler(
        new Request(`${BANK}/api/bank-feeds/state`, { headers: { [CUSTOMER_HEADER]: value } }),
      );
    expect((await state('  cust-acme ')).status).toBe(200);
    expect((await state('   ')).status).toBe(401);
  });

  it('stops taking requests once closed, after those being served', async () => {
    harness = startHarness();
    const serving = harness.call('cust-acme', 'POST', '/api/bank-feeds/setup');
    await harness.feeds.close();
    expect((await serving).status).toBe(200);
    expect((await harness.call('cust-acme', 'GET', '/api/bank-feeds/state')).status).toBe(503);
  });
});
