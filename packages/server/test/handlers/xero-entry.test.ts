import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  connectAllFeeds,
  PORTAL,
  PORTAL_ORIGIN,
  record,
  startHarness,
  TODAY,
  type Harness,
} from './support/harness';

let harness: Harness;
beforeEach(() => {
  harness = startHarness();
});
afterEach(() => harness.close());

const entry = (customerId: string | null) => harness.call(customerId, 'GET', '/bank-feeds/xero');

describe('GET /bank-feeds/xero (customers arriving from Xero)', () => {
  it('sends a visitor who is not signed in to the sign-in page, to come back afterwards', async () => {
    const reply = await entry(null);
    expect(reply.status).toBe(303);
    expect(reply.headers.get('location')).toBe(
      `${PORTAL_ORIGIN}/sign-in?returnTo=%2Fbank-feeds%2Fxero`,
    );
  });

  it('walks a customer through: set-up and Xero sign-in, then mapping, then their feeds', async () => {
    // Nothing yet: the server sets the customer up and sends them to authorise Xero.
    const fresh = await entry('cust-acme');
    expect(fresh.status).toBe(303);
    const state = record((await harness.call('cust-acme', 'GET', '/api/bank-feeds/state')).body);
    expect(state).toMatchObject({ state: 'needs-auth' });
    // Each read of the connection gives a fresh single-use link to the same connection.
    const link = /\/connections\/[^/]+\/start\?otp=\d{6}$/;
    expect(fresh.headers.get('location')).toMatch(link);
    expect(String(state.linkUrl)).toMatch(link);
    expect(fresh.headers.get('location')!.split('?')[0]).toBe(String(state.linkUrl).split('?')[0]);

    // Back from Xero, authorised: on to mapping.
    harness.fake.authorizeConnection(String(state.companyId), String(state.connectionId));
    const authorised = await entry('cust-acme');
    expect(authorised.headers.get('location')).toBe(`${PORTAL}?step=mapping`);

    // A feed is live: the feeds overview.
    await connectAllFeeds(harness, 'cust-acme', TODAY);
    const connected = await entry('cust-acme');
    expect(connected.headers.get('location')).toBe(`${PORTAL}?step=manage`);
  });

  it('sends a customer whose Xero access was lost back to Xero', async () => {
    await entry('cust-acme');
    const state = record((await harness.call('cust-acme', 'GET', '/api/bank-feeds/state')).body);
    const { companyId, connectionId } = state as { companyId: string; connectionId: string };
    harness.fake.authorizeConnection(companyId, connectionId);
    harness.fake.deauthorizeConnection(companyId, connectionId);
    const reply = await entry('cust-acme');
    expect(reply.headers.get('location')).toMatch(
      new RegExp(`/companies/${companyId}/connections/${connectionId}/start\\?otp=\\d{6}$`),
    );
  });

  it('sends a signed-out visitor back to the entry under the base path', async () => {
    await harness.close();
    harness = startHarness({ options: { basePath: '/bank' } });
    const reply = await harness.call(null, 'GET', '/bank/bank-feeds/xero');
    expect(reply.headers.get('location')).toBe(
      `${PORTAL_ORIGIN}/sign-in?returnTo=%2Fbank%2Fbank-feeds%2Fxero`,
    );
  });

  it('answers the state as JSON to a page that asks for it', async () => {
    const reply = await harness.call('cust-globex', 'GET', '/bank-feeds/xero', {
      headers: { accept: 'application/json' },
    });
    expect(reply.status).toBe(200);
    expect(record(reply.body)).toMatchObject({ state: 'needs-auth', connectedAccounts: 0 });
    expect(record(reply.body).location).toBe(record(reply.body).linkUrl);
  });
});
