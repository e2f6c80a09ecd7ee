import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record, startHarness, type Harness } from './support/harness';

let harness: Harness;
beforeEach(() => {
  harness = startHarness();
});
afterEach(() => harness.close());

/** A customer with a company and no connection yet (the set-up's first step only). */
async function companyOnly(customerId: string) {
  const setup = record((await harness.call(customerId, 'POST', '/api/bank-feeds/setup')).body);
  const companyId = String(setup.companyId);
  await harness.store.links.set({ customerId, companyId, connectionId: null });
  harness.fake.deleteConnection(companyId, String(setup.connectionId));
  return companyId;
}

describe('connections made in the browser (Codat’s connection component)', () => {
  it('creates a Xero connection of the customer’s own company and records it in the link', async () => {
    const companyId = await companyOnly('cust-acme');
    const kit = harness.browserClient('cust-acme');
    const created = await kit.createConnection(companyId, { platformKey: 'gbol' });
    expect(created).toMatchObject({ status: 'PendingAuth', platformName: 'Xero' });
    expect(await harness.store.links.get('cust-acme')).toEqual({
      customerId: 'cust-acme',
      companyId,
      connectionId: created.id,
    });
    // The calls that follow with its id pass the proxy's check.
    expect((await kit.getConnection(companyId, created.id)).id).toBe(created.id);
    expect(await kit.listSourceAccounts(companyId, created.id)).toEqual([]);
  });

  it('creates no connection to another platform, nor for another customer’s company', async () => {
    const acme = await companyOnly('cust-acme');
    await companyOnly('cust-globex');
    const path = (companyId: string) => `/api/codat/companies/${companyId}/connections`;
    const otherPlatform = await harness.call('cust-acme', 'POST', path(acme), {
      body: { platformKey: 'qhyg' },
    });
    expect(otherPlatform.status).toBe(400);
    expect(record(otherPlatform.body)).toMatchObject({ code: 'invalid-request' });
    const malformed = await harness.call('cust-acme', 'POST', path(acme), {
      body: { platformKey: 'gbol', extra: 1 },
    });
    expect(malformed.status).toBe(400);
    const foreign = await harness.call('cust-globex', 'POST', path(acme), {
      body: { platformKey: 'gbol' },
    });
    expect(foreign.status).toBe(404);
    expect(harness.fake.listConnections(acme).totalResults).toBe(0);
    expect((await harness.store.links.get('cust-acme'))?.connectionId).toBeNull();
  });

  it('adopts a Xero connection of the customer’s own company the link does not hold yet', async () => {
    const companyId = await companyOnly('cust-acme');
    // Created at Codat without the proxy (by Codat's own component in token mode, say).
    const made = harness.fake.createConnection(companyId, { platformKey: 'gbol' });
    const kit = harness.browserClient('cust-acme');
    expect((await kit.getConnection(companyId, made.id)).id).toBe(made.id);
    expect((await harness.store.links.get('cust-acme'))?.connectionId).toBe(made.id);
  });

  it('adopts the Xero connection a listing of the customer’s connections shows', async () => {
    const companyId = await companyOnly('cust-acme');
    const made = harness.fake.createConnection(companyId, { platformKey: 'gbol' });
    const kit = harness.browserClient('cust-acme');
    expect((await kit.listConnections(companyId)).results.map((item) => item.id)).toEqual([
      made.id,
    ]);
    expect((await harness.store.links.get('cust-acme'))?.connectionId).toBe(made.id);
    expect(await kit.listSourceAccounts(companyId, made.id)).toEqual([]);
  });

  it('adopts nothing once the link holds a connection, and nothing of another company', async () => {
    const acme = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    const companyId = String(acme.companyId);
    const second = harness.fake.createConnection(companyId, { platformKey: 'gbol' });
    const reply = await harness.call(
      'cust-acme',
      'GET',
      `/api/codat/companies/${companyId}/connections/${second.id}`,
    );
    expect(reply.status).toBe(404);
    expect((await harness.store.links.get('cust-acme'))?.connectionId).toBe(acme.connectionId);

    const globex = await companyOnly('cust-globex');
    const intruder = await harness.call(
      'cust-globex',
      'GET',
      `/api/codat/companies/${globex}/connections/${String(acme.connectionId)}`,
    );
    expect(intruder.status).toBe(404);
    expect((await harness.store.links.get('cust-globex'))?.connectionId).toBeNull();
  });
});
