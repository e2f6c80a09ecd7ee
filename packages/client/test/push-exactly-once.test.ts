import { describe, expect, it } from 'vitest';
import { pushTransactions, type PushCheckpoint } from '../src';
import { sleep } from '../src/internal/clock';
import { fetchWithAfterFaults, onPosts, type AfterFault } from './after-faults';
import { fakeClient, makeLines, startFake, TODAY } from './fake-helpers';
import { xeroWrapper } from './xero-wrapper';

type Fake = ReturnType<typeof startFake>;

/** The client's clock is the fake's: reconciliation compares its times with Codat's. */
function fakeTime(fake: Fake) {
  return {
    now: () => fake.fake.clockTime(),
    sleep: (ms: number, signal?: AbortSignal) => {
      if (ms < 1_000_000) fake.fake.advanceClock(ms);
      return sleep(0, signal);
    },
    random: () => 0.5,
  };
}

async function connectedAccount(fake: Fake) {
  const accounts = await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId);
  return accounts.find((a) => a.status === 'connected')!;
}

/** Ids of every line POSTed, in order, as the fake received them. */
function postedIds(fake: Fake): string[] {
  return fake.requests
    .filter((r) => r.method === 'POST' && r.path.endsWith('/bankTransactions'))
    .flatMap((r) =>
      (r.body as { transactions: Array<{ id: string }> }).transactions.map((t) => t.id),
    );
}

/** Line ids in Xero by Codat's record: what the successful writes created, in order. */
function writtenIds(fake: Fake): string[] {
  return fake.fake
    .listPushOperations(fake.companyId, { pageSize: '5000' })
    .results.filter((o) => o.status === 'Success')
    .flatMap((o) => (o.changes ?? []).map((c) => c.recordRef!.id!));
}

async function setUp(
  fetch: (inner: typeof globalThis.fetch) => typeof globalThis.fetch,
  fakeOptions = {},
) {
  const fake = startFake(fakeOptions);
  const account = await connectedAccount(fake);
  const client = fakeClient({ fetch: fetch(globalThis.fetch), clock: fakeTime(fake) });
  const target = { client, ...fake, accountId: account.id };
  const options = { today: TODAY, clock: fakeTime(fake), chunkSize: 10 };
  return { fake, account, target, options };
}

describe('a request whose outcome is unknown is reconciled, never resent blindly', () => {
  const cases: Array<[string, AfterFault]> = [
    ['a push whose 200 is lost is reconciled and never resent', 'network'],
    ['a push whose 200 is garbled is reconciled and never resent', 'garbled'],
    ['a 504 from a gateway after Codat took the push is reconciled and never resent', 504],
    ['a 502 from a gateway after Codat took the push is reconciled and never resent', 502],
  ];
  for (const [name, fault] of cases) {
    it(name, async () => {
      const { fake, target, options } = await setUp((f) => fetchWithAfterFaults(onPosts(fault), f));
      const lines = makeLines(25);
      const result = await pushTransactions(target, lines, options);
      expect(result.status).toBe('success');
      expect(postedIds(fake)).toEqual(lines.map((l) => l.id));
      expect(writtenIds(fake)).toEqual(lines.map((l) => l.id));
      expect(result.checkpoint.chunks.map((c) => c.resolution ?? null)).toEqual([
        'reconciled',
        null,
        null,
      ]);
    });
  }

  it('a push whose reply is lost, then the process stops, is reconciled on resume and never resent', async () => {
    // Reconciliation's own reads fail too, so the run gives up with the request uncertain.
    let posted = false;
    const { fake, target, options } = await setUp((f) =>
      fetchWithAfterFaults((method, path) => {
        if (method === 'POST') {
          posted = true;
          return 'network';
        }
        return posted && path.endsWith('/push') ? 'network' : null;
      }, f),
    );
    const lines = makeLines(15);
    let saved: PushCheckpoint | null = null;
    await expect(
      pushTransactions(target, lines, { ...options, onCheckpoint: (c) => (saved = c) }),
    ).rejects.toMatchObject({ code: 'network-error' });
    expect(saved!.chunks.map((c) => c.state)).toEqual(['uncertain', 'pending']);

    const healthy = { ...target, client: fakeClient({ clock: fakeTime(fake) }) };
    const resumed = await pushTransactions(healthy, lines, { ...options, checkpoint: saved });
    expect(resumed.status).toBe('success');
    expect(writtenIds(fake)).toEqual(lines.map((l) => l.id));
    expect(postedIds(fake)).toEqual(lines.map((l) => l.id));
  });

  it('a request Codat never received (refused before the fake) is sent again in the same run', async () => {
    const fake = startFake({
      faults: [
        { kind: 'status', status: 502, method: 'POST', path: /bankTransactions$/, times: 1 },
      ],
    });
    const account = await connectedAccount(fake);
    const target = {
      client: fakeClient({ clock: fakeTime(fake) }),
      ...fake,
      accountId: account.id,
    };
    const lines = makeLines(12);
    const result = await pushTransactions(target, lines, {
      today: TODAY,
      clock: fakeTime(fake),
      chunkSize: 10,
    });
    expect(result.status).toBe('success');
    expect(writtenIds(fake)).toEqual(lines.map((l) => l.id));
  });

  it('stops uncertain when another write of the connection stays pending', async () => {
    const { fake, target, options } = await setUp(
      (f) => fetchWithAfterFaults(onPosts('network'), f),
      {
        pendingReads: { push: 50 },
      },
    );
    const result = await pushTransactions(target, makeLines(5), {
      ...options,
      poll: { maxAttempts: 3 },
    });
    expect(result).toMatchObject({ status: 'uncertain', stoppedAt: 0 });
    expect(result.checkpoint.chunks[0]!.state).toBe('uncertain');
    expect(postedIds(fake)).toHaveLength(5);
  });
});

describe('timed-out writes are followed up', () => {
  const slowXero = { xeroWriteMinutes: 10 };

  it('a TimedOut write that landed is not resent', async () => {
    const xero = { landTimedOut: false };
    const { fake, target, options } = await setUp((f) => xeroWrapper(f, xero).fetch, slowXero);
    const lines = makeLines(15);
    const first = await pushTransactions(target, lines, { ...options, timeoutInMinutes: 1 });
    expect(first).toMatchObject({ status: 'timed-out', stoppedAt: 0 });
    // Xero finishes the write after Codat stopped waiting.
    xero.landTimedOut = true;
    const resumed = await pushTransactions(target, lines, {
      ...options,
      checkpoint: first.checkpoint,
    });
    expect(resumed.checkpoint.chunks[0]).toMatchObject({
      state: 'success',
      resolution: 'reconciled',
    });
    // The first request went out once; only the second request's lines followed.
    expect(postedIds(fake)).toEqual(lines.map((l) => l.id));
  });

  it('a TimedOut write that did not land is sent again on resume, once', async () => {
    const { fake, target, options } = await setUp((f) => xeroWrapper(f).fetch, slowXero);
    const lines = makeLines(5);
    const first = await pushTransactions(target, lines, { ...options, timeoutInMinutes: 1 });
    expect(first.status).toBe('timed-out');
    // Codat's record shows nothing of the first copy written; this time Codat waits for Xero.
    const resumed = await pushTransactions(target, lines, {
      poll: { initialDelayMs: 60_000, maxDelayMs: 60_000 },
      ...options,
      checkpoint: first.checkpoint,
    });
    expect(resumed.status).toBe('success');
    expect(postedIds(fake)).toEqual([...lines, ...lines].map((l) => l.id));
  });
});

describe("Xero's duplicate refusal", () => {
  it('a request whose lines Xero already holds is recognised as already written', async () => {
    const { fake, target, options } = await setUp((f) => xeroWrapper(f).fetch);
    const lines = makeLines(15);
    await pushTransactions(target, lines.slice(0, 10), options);
    // A second process without the checkpoint pushes the same history.
    const again = await pushTransactions(target, lines, options);
    expect(again.status).toBe('success');
    expect(again.alreadyWritten).toEqual([0]);
    expect(again.checkpoint.chunks[0]).toMatchObject({
      state: 'success',
      resolution: 'already-written',
    });
    expect(writtenIds(fake)).toEqual(lines.map((l) => l.id));
  });

  it('a request only part of whose lines Xero holds stops failed with duplicate-statement', async () => {
    const { fake, target, options } = await setUp((f) => xeroWrapper(f).fetch);
    const lines = makeLines(15);
    await pushTransactions(target, lines.slice(0, 5), options);
    const again = await pushTransactions(target, lines, options);
    expect(again).toMatchObject({
      status: 'failed',
      stoppedAt: 0,
      error: { code: 'duplicate-statement' },
    });
    expect(again.error!.validation.errors.map((e) => e.itemId)).toEqual(
      lines.slice(0, 5).map((l) => l.id),
    );
    expect(again.alreadyWritten).toEqual([]);
    expect(writtenIds(fake)).toEqual(lines.slice(0, 5).map((l) => l.id));
  });
});
