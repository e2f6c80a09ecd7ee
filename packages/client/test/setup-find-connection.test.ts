import { afterEach, describe, expect, it } from 'vitest';
import { createSetupStore, type SetupDomainEvent, type SetupStore } from '../src';
import { fakeClient, fastClock, startFake, TODAY, until } from './fake-helpers';

const stores: SetupStore[] = [];
afterEach(() => {
  while (stores.length) stores.pop()!.stop();
});

/** A setup store given the company alone, as Codat's own component is. */
function companyOnly(fake: ReturnType<typeof startFake>, events: SetupDomainEvent[] = []) {
  const store = createSetupStore({
    client: fakeClient(),
    companyId: fake.companyId,
    today: TODAY,
    clock: fastClock().clock,
    onEvent: (event) => events.push(event),
  });
  stores.push(store);
  return store;
}

const creates = (fake: ReturnType<typeof startFake>) =>
  fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/connections'));

describe('setup store mounted with a company alone', () => {
  it("creates the company's Xero connection when it has none, and reports it started", async () => {
    const fake = startFake({ scenario: 'empty' });
    fake.fake.deleteConnection(fake.companyId, fake.connectionId);
    const events: SetupDomainEvent[] = [];
    const store = companyOnly(fake, events);
    expect(store.getState().status).toBe('findingConnection');
    expect(store.getState().connectionId).toBeNull();
    await until(() => store.getState().status === 'needsAuth');
    const { connectionId, connection, sourceAccountCount } = store.getState();
    expect(connectionId).not.toBeNull();
    expect(connection?.status).toBe('PendingAuth');
    expect(sourceAccountCount).toBe(0);
    await until(() => creates(fake).length === 1);
    expect(creates(fake)[0]!.body).toEqual({ platformKey: 'gbol' });
    expect(events).toContainEqual({ type: 'connection.started', connectionId, created: true });
  });

  it('finds a pending Xero connection instead of creating another', async () => {
    const fake = startFake({ scenario: 'needsAuth' });
    const events: SetupDomainEvent[] = [];
    const store = companyOnly(fake, events);
    await until(() => store.getState().status === 'needsAuth');
    expect(store.getState().connectionId).toBe(fake.connectionId);
    expect(store.getState().sourceAccountCount).toBeGreaterThan(0);
    expect(creates(fake)).toHaveLength(0);
    expect(events).toContainEqual({
      type: 'connection.started',
      connectionId: fake.connectionId,
      created: false,
    });
  });

  it('finds a linked connection and goes straight to mapping, with no started event', async () => {
    const fake = startFake();
    const events: SetupDomainEvent[] = [];
    const store = companyOnly(fake, events);
    await until(() => store.getState().status === 'mapping');
    expect(store.getState().connectionId).toBe(fake.connectionId);
    expect(creates(fake)).toHaveLength(0);
    expect(events.map((e) => e.type)).not.toContain('connection.started');
  });

  it('reports a pending connection once, however often the flow reloads', async () => {
    const fake = startFake({ scenario: 'needsAuth' });
    const events: SetupDomainEvent[] = [];
    const store = companyOnly(fake, events);
    await until(() => store.getState().status === 'needsAuth');
    store.getState().reload();
    await until(() => store.getState().status === 'needsAuth');
    expect(events.filter((e) => e.type === 'connection.started')).toHaveLength(1);
  });

  it('creates a new connection when the one it found was deleted meanwhile', async () => {
    const fake = startFake();
    const store = companyOnly(fake);
    await until(() => store.getState().status === 'mapping');
    fake.fake.deleteConnection(fake.companyId, fake.connectionId);
    store.getState().reload();
    await until(() => store.getState().status === 'needsAuth');
    expect(store.getState().connectionId).not.toBe(fake.connectionId);
    expect(store.getState().rowIds).toEqual([]);
    expect(creates(fake)).toHaveLength(1);
  });

  it('keeps a given connection: a deleted one is an error, not a silent new connection', async () => {
    const fake = startFake();
    const store = createSetupStore({
      client: fakeClient(),
      companyId: fake.companyId,
      connectionId: fake.connectionId,
      today: TODAY,
      clock: fastClock().clock,
    });
    stores.push(store);
    await until(() => store.getState().status === 'mapping');
    fake.fake.deleteConnection(fake.companyId, fake.connectionId);
    store.getState().reload();
    await until(() => store.getState().status === 'loadFailed');
    expect(store.getState().error?.code).toBe('not-found');
    expect(creates(fake)).toHaveLength(0);
  });
});
