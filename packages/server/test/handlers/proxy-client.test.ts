/**
 * The browser's client of the recommended set-up, `createProxyClient`, on this server's proxy:
 * the server has parsed Codat's replies with the model, so taking its JSON as sent gives the
 * browser what parsing it again would, and the server's refusals reach it as the same errors.
 */
import { isBankFeedsError, type BankFeedsError } from '@bankfeeds/client';
import {
  BROWSER_ENDPOINTS,
  ENDPOINT_SCHEMAS,
  ENDPOINTS,
  fillPath,
  type EndpointSchemas,
} from '@bankfeeds/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUpAndAuthorise, startHarness, TODAY, type Harness } from './support/harness';

let harness: Harness;
beforeEach(() => {
  harness = startHarness();
});
afterEach(() => harness.close());

async function failure(promise: Promise<unknown>): Promise<BankFeedsError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!isBankFeedsError(error)) throw new Error(`expected a BankFeedsError, got ${String(error)}`);
  return error;
}

describe('createProxyClient on the proxy', () => {
  it('sends replies that parsing again would not change, so the browser need not parse them', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const proxy = harness.browserClient('cust-acme');
    await proxy.createMapping(companyId, connectionId, {
      sourceAccountId: 'acc-acme-current',
      feedStartDate: TODAY,
    });
    const ids: Record<string, string> = { companyId, connectionId };
    // Every read of the browser's endpoints whose ids the set-up gives (no push has run yet).
    const reads = BROWSER_ENDPOINTS.filter(
      (name) =>
        ENDPOINTS[name].method === 'GET' &&
        [...ENDPOINTS[name].path.matchAll(/\{(\w+)\}/g)].every(([, id]) => id! in ids),
    );
    expect(reads.length).toBeGreaterThanOrEqual(6);
    for (const name of reads) {
      const path = fillPath(ENDPOINTS[name].path as string, ids);
      const reply = await harness.call('cust-acme', 'GET', `/api/codat${path}`);
      expect(reply.status, name).toBe(200);
      const schemas: EndpointSchemas = ENDPOINT_SCHEMAS[name];
      expect(schemas.reply!.safeParse(reply.body), name).toEqual({
        success: true,
        data: reply.body,
      });
    }
    const stopped = await proxy.disconnectSourceAccount(companyId, connectionId, 'acc-acme-card');
    expect(stopped.status).toBe('disconnected');
  });

  it('gets the server’s refusal of a body as a Codat-shaped bad-request', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const proxy = harness.browserClient('cust-acme');
    const refused = await failure(
      proxy.createMapping(companyId, connectionId, {
        sourceAccountId: 'acc-acme-current',
        feedStartDate: '2020-01-01',
      }),
    );
    expect(refused).toMatchObject({ code: 'bad-request', status: 400 });
    expect(refused.message).toContain('feed start date');
    expect(refused.validation.errors.length).toBeGreaterThan(0);
    // Only a stop may be sent for an account: the server says so, not the browser's client.
    const renamed = await failure(
      proxy.updateSourceAccount(companyId, connectionId, {
        id: 'acc-acme-current',
        accountName: 'Mine now',
      }),
    );
    expect(renamed).toMatchObject({ code: 'bad-request', status: 400 });
  });

  it('fails for another customer’s company as the validating client does', async () => {
    const { companyId } = await setUpAndAuthorise(harness, 'cust-acme');
    const intruder = await failure(harness.browserClient('cust-globex').getCompany(companyId));
    const same = await failure(
      harness.browserClient('cust-globex', 'validating').getCompany(companyId),
    );
    expect({ ...intruder.toJSON(), correlationId: null }).toEqual({
      ...same.toJSON(),
      correlationId: null,
    });
  });

  it('takes a removed connection’s empty reply as no content', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const proxy = harness.browserClient('cust-acme');
    await expect(proxy.deleteConnection(companyId, connectionId)).resolves.toBeUndefined();
  });
});
