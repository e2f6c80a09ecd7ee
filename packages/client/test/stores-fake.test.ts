import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createConnectionsStore,
  createSetupStore,
  selectConnectedFeeds,
  type SetupStore,
} from '../src';
import { fakeClient, fastClock, startFake, TODAY, until } from './fake-helpers';

const stores: Array<{ stop(): void }> = [];
afterEach(() => {
  while (stores.length) stores.pop()!.stop();
});

function setup(ids: { companyId: string; connectionId: string }, options = {}) {
  const { clock } = fastClock();
  const store = createSetupStore({ client: fakeClient(), ...ids, today: TODAY, clock, ...options });
  stores.push(store);
  return store;
}

const settled = (store: SetupStore) =>
  until(() => !['loading', 'submitting', 'confirming'].includes(store.getState().status));

describe('setup store against the fake', () => {
  it('loads, maps (existing and new), connects, and shows connected rows', async () => {
    const fake = startFake();
    const store = setup(fake);
    await settled(store);
    const state = store.getState();
    expect(state.status).toBe('mapping');
    expect(state.companyInfo?.companyName).toBeTruthy();
    const connected = state.rowIds.filter((id) => state.rows[id]!.phase === 'connected');
    expect(connected).toHaveLength(1);
    const open = state.rowIds.filter((id) => state.rows[id]!.phase === 'idle');
    // Codat also offers targets that already feed another source (refused at POST): pick a free one.
    const taken = new Set(connected.map((id) => state.rows[id]!.target?.id));
    const freeOption = (id: string) =>
      state.rows[id]!.targetOptions.find((option) => !taken.has(option.id));
    const withOption = open.find((id) => freeOption(id))!;
    const other = open.find((id) => id !== withOption)!;
    store.getState().chooseTarget(withOption, {
      kind: 'existing',
      targetAccountId: freeOption(withOption)!.id,
    });
    store.getState().chooseTarget(other, { kind: 'new' });
    store.getState().submit();
    store.getState().submit(); // a second click sends nothing more
    await settled(store);
    const done = store.getState();
    expect(done.status).toBe('done');
    expect(done.rows[withOption]!.phase).toBe('connected');
    expect(done.rows[other]!.target?.name).toBe(done.rows[other]!.newTargetName);
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/mapping'));
    expect(posts).toHaveLength(2);
    expect(
      posts.map((p) => (p.body as { sourceAccountId: string }).sourceAccountId).sort(),
    ).toEqual([withOption, other].sort());
    // The connected row from the start was never sent.
    expect(
      posts.some((p) =>
        connected.includes((p.body as { sourceAccountId: string }).sourceAccountId),
      ),
    ).toBe(false);
  });

  it('keeps every choice through a failed submit and resends only the failed rows', async () => {
    const fake = startFake({
      faults: [{ kind: 'status', status: 500, method: 'POST', path: /\/mapping$/, times: 1 }],
    });
    const store = setup(fake);
    await settled(store);
    const { rowIds, rows } = store.getState();
    const open = rowIds.filter((id) => rows[id]!.phase === 'idle').slice(0, 2);
    for (const id of open) store.getState().chooseTarget(id, { kind: 'new' });
    store.getState().setFeedStartDate(open[1]!, '2026-05-01');
    const drafts = open.map((id) => store.getState().rows[id]!.draft);
    store.getState().submit();
    await settled(store);
    const failed = store.getState();
    expect(failed.status).toBe('rowsFailed');
    const failedIds = open.filter((id) => failed.rows[id]!.phase === 'failed');
    expect(failedIds).toHaveLength(1);
    expect(failed.rows[failedIds[0]!]!.error).toMatchObject({ code: 'server-error', status: 500 });
    expect(open.map((id) => failed.rows[id]!.draft)).toEqual(drafts);
    store.getState().retry();
    await settled(store);
    expect(store.getState().status).toBe('done');
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/mapping'));
    expect(posts).toHaveLength(3);
  });

  it('reports a taken target from Xero as target-already-connected', async () => {
    const fake = startFake();
    const store = setup(fake);
    await settled(store);
    const { rowIds, rows } = store.getState();
    const connectedRow = rowIds.map((id) => rows[id]!).find((row) => row.phase === 'connected')!;
    // Another account of the same currency and class, pointed at the taken target behind the UI's back.
    const idle = rowIds.map((id) => rows[id]!).find((row) => row.phase === 'idle')!;
    const reply = await fakeClient().createMapping(fake.companyId, fake.connectionId, {
      sourceAccountId: idle.id,
      targetAccountId: connectedRow.target!.id,
    });
    expect(reply.status?.toLowerCase()).toBe('failed');
  });

  it('maps a 403 from an organisation without bank feeds to bank-feeds-disabled', async () => {
    const fake = startFake({ scenario: 'bankFeedsDisabled' });
    const store = setup(fake);
    await settled(store);
    const id = store.getState().rowIds.find((i) => store.getState().rows[i]!.phase === 'idle')!;
    store.getState().chooseTarget(id, { kind: 'new' });
    store.getState().submit();
    await settled(store);
    expect(store.getState().rows[id]!.error?.code).toBe('bank-feeds-disabled');
  });

  it('waits in needsAuth, watches the connection, and maps once Linked', async () => {
    const fake = startFake({ scenario: 'needsAuth' });
    const store = setup(fake);
    await until(() => store.getState().status === 'needsAuth');
    expect(store.getState().linkUrl).toMatch(/^https:\/\//);
    store.getState().watchConnection();
    expect(store.getState().status).toBe('awaitingAuth');
    await until(() => fake.requests.filter((r) => r.method === 'GET').length >= 3);
    fake.fake.authorizeConnection(fake.companyId, fake.connectionId);
    await until(() => store.getState().status === 'mapping');
    expect(store.getState().rowIds.length).toBeGreaterThan(0);
    expect(store.getState().status).not.toBe('awaitingAuth');
  });

  it('treats a Deauthorized connection as needsAuth', async () => {
    const fake = startFake({ scenario: 'deauthorized' });
    const store = setup(fake);
    await until(() => store.getState().status === 'needsAuth');
    expect(store.getState().connection?.status).toBe('Deauthorized');
  });

  it('fails loading with a typed error and loads again on retry, drafts intact', async () => {
    const fake = startFake({
      faults: [{ kind: 'status', status: 404, path: /bankFeedAccounts$/, times: 1 }],
    });
    const store = setup(fake);
    await settled(store);
    expect(store.getState()).toMatchObject({ status: 'loadFailed', error: { code: 'not-found' } });
    store.getState().retry();
    await settled(store);
    expect(store.getState().status).toBe('mapping');
  });

  it('loads 1,000 accounts and edits one row without touching the others', async () => {
    const fake = startFake({ scenario: 'large' });
    const store = setup(fake);
    await settled(store);
    const before = store.getState();
    expect(before.rowIds).toHaveLength(1000);
    const id = before.rowIds.find((i) => before.rows[i]!.phase === 'idle')!;
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.getState().chooseTarget(id, { kind: 'new' });
    unsubscribe();
    const after = store.getState();
    expect(listener).toHaveBeenCalledTimes(1);
    const changed = after.rowIds.filter((i) => after.rows[i] !== before.rows[i]);
    expect(changed).toEqual([id]);
  });
});

describe('setup store polling (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls GET mapping with backoff until the row is connected', async () => {
    const fake = startFake({ pendingReads: { mapping: 3 } });
    const store = createSetupStore({
      client: fakeClient({ clock: { random: () => 0.5 } }),
      companyId: fake.companyId,
      connectionId: fake.connectionId,
      today: TODAY,
      confirmPoll: { initialDelayMs: 1000, multiplier: 2, maxDelayMs: 3000 },
    });
    stores.push(store);
    await vi.advanceTimersByTimeAsync(10);
    const id = store.getState().rowIds.find((i) => store.getState().rows[i]!.phase === 'idle')!;
    store.getState().chooseTarget(id, { kind: 'new' });
    store.getState().submit();
    await vi.advanceTimersByTimeAsync(10);
    expect(store.getState().status).toBe('confirming');
    const gets = () =>
      fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/mapping')).length;
    const start = gets();
    // The POST came back within the first 10 ms; the first check is 1000 ms after it.
    await vi.advanceTimersByTimeAsync(970);
    expect(gets()).toBe(start);
    await vi.advanceTimersByTimeAsync(30); // first check (still connecting)
    expect(gets()).toBe(start + 1);
    await vi.advanceTimersByTimeAsync(1900);
    expect(gets()).toBe(start + 1);
    await vi.advanceTimersByTimeAsync(100); // +2000 ms: second
    await vi.advanceTimersByTimeAsync(3000); // +3000 ms (capped): third
    expect(gets()).toBe(start + 3);
    expect(store.getState().status).toBe('confirming');
    await vi.advanceTimersByTimeAsync(3000);
    expect(store.getState().status).toBe('done');
  });

  it('gives up after maxAttempts with timeout on the waiting rows', async () => {
    const fake = startFake({ pendingReads: { mapping: 100 } });
    const store = createSetupStore({
      client: fakeClient({ clock: { random: () => 0.5 } }),
      companyId: fake.companyId,
      connectionId: fake.connectionId,
      today: TODAY,
      confirmPoll: { initialDelayMs: 100, multiplier: 1, maxAttempts: 3 },
    });
    stores.push(store);
    await vi.advanceTimersByTimeAsync(10);
    const id = store.getState().rowIds.find((i) => store.getState().rows[i]!.phase === 'idle')!;
    store.getState().chooseTarget(id, { kind: 'new' });
    store.getState().submit();
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().status).toBe('rowsFailed');
    expect(store.getState().rows[id]!.error?.code).toBe('timeout');
  });
});

describe('connections store against the fake', () => {
  it('lists connected feeds with target, start date and the organisation, and disconnects one', async () => {
    const fake = startFake();
    const store = createConnectionsStore({ client: fakeClient(), ...fake });
    stores.push(store);
    await until(() => store.getState().status === 'ready');
    const feeds = selectConnectedFeeds(store.getState());
    expect(feeds).toHaveLength(1);
    expect(feeds[0]!.target?.name).toBeTruthy();
    expect(feeds[0]!.feedStartDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(store.getState().companyInfo?.companyName).toBeTruthy();
    expect(store.getState().needsReconnect).toBe(false);
    const untouched = store.getState().feedIds.find((id) => id !== feeds[0]!.id)!;
    const before = store.getState().feeds[untouched];
    await store.getState().disconnect(feeds[0]!.id);
    expect(store.getState().feeds[feeds[0]!.id]!.status).toBe('disconnected');
    expect(store.getState().feeds[untouched]).toBe(before);
    await store.getState().refresh();
    expect(selectConnectedFeeds(store.getState())).toHaveLength(0);
  });

  it('offers a fresh linkUrl when the connection is not Linked', async () => {
    const fake = startFake({ scenario: 'deauthorized' });
    const store = createConnectionsStore({ client: fakeClient(), ...fake });
    stores.push(store);
    await until(() => store.getState().status === 'ready');
    expect(store.getState().needsReconnect).toBe(true);
    await expect(store.getState().reconnect()).resolves.toMatch(/^https:\/\//);
    fake.fake.authorizeConnection(fake.companyId, fake.connectionId);
    await store.getState().refresh();
    expect(store.getState().needsReconnect).toBe(false);
    expect(store.getState().feedIds.length).toBeGreaterThan(0);
  });

  it('keeps a failed disconnect on the row', async () => {
    const fake = startFake({ faults: [{ kind: 'status', status: 403, method: 'PATCH' }] });
    const store = createConnectionsStore({ client: fakeClient(), ...fake });
    stores.push(store);
    await until(() => store.getState().status === 'ready');
    const id = selectConnectedFeeds(store.getState())[0]!.id;
    await expect(store.getState().disconnect(id)).rejects.toMatchObject({ code: 'forbidden' });
    expect(store.getState().feeds[id]).toMatchObject({
      pending: null,
      status: 'connected',
      error: { code: 'forbidden' },
    });
  });
});
