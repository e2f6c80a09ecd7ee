import type { FaultRule } from '@bankfeeds/mocks';
import { describe, expect, it } from 'vitest';
import { pushTransactions, reconcilePush, type PushCheckpoint } from '../src';
import { sleep } from '../src/internal/clock';
import { fakeClient, makeLines, startFake, TODAY } from './fake-helpers';
import { duplicateRefusals, expectInXeroOnce, heldIds, type Feed } from './xero-record';

type Fake = ReturnType<typeof startFake>;
type FakeOptions = Parameters<typeof startFake>[0];

const MINUTE = 60_000;
const POSTS = { method: 'POST', path: /\/bankTransactions$/ } as const;

/** A fault on the first transaction POST that strikes after Codat took it. */
const afterFirstPost = (fault: Pick<FaultRule, 'kind' | 'status'>): FaultRule => ({
  ...fault,
  ...POSTS,
  when: 'after',
  times: 1,
});

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

/** Ids of every line POSTed, in order, as the fake received them. */
function postedIds(fake: Fake): string[] {
  return fake.requests
    .filter((r) => r.method === 'POST' && r.path.endsWith('/bankTransactions'))
    .flatMap((r) =>
      (r.body as { transactions: Array<{ id: string }> }).transactions.map((t) => t.id),
    );
}

async function setUp(fakeOptions: FakeOptions = {}) {
  const fake = startFake(fakeOptions);
  const accounts = await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId);
  const account = accounts.find((a) => a.status === 'connected')!;
  const client = fakeClient({ clock: fakeTime(fake) });
  const target = { client, ...fake, accountId: account.id };
  const feed: Feed = { ...target, fake: fake.fake };
  const options = { today: TODAY, clock: fakeTime(fake), chunkSize: 10 };
  return { fake, feed, target, options };
}

describe('a request whose outcome is unknown is reconciled, never resent blindly', () => {
  const cases: Array<[string, Pick<FaultRule, 'kind' | 'status'>]> = [
    ['a push whose 200 is lost is reconciled and never resent', { kind: 'network' }],
    ['a push whose 200 is garbled is reconciled and never resent', { kind: 'malformed' }],
    [
      'a 504 from a gateway after Codat took the push is reconciled and never resent',
      { kind: 'status', status: 504 },
    ],
    [
      'a 502 from a gateway after Codat took the push is reconciled and never resent',
      { kind: 'status', status: 502 },
    ],
  ];
  for (const [name, fault] of cases) {
    it(name, async () => {
      const { fake, feed, target, options } = await setUp({ faults: [afterFirstPost(fault)] });
      const lines = makeLines(25);
      const result = await pushTransactions(target, lines, options);
      expect(result.status).toBe('success');
      expect(postedIds(fake)).toEqual(lines.map((l) => l.id));
      expectInXeroOnce(feed, lines);
      expect(duplicateRefusals(feed)).toEqual([]);
      expect(result.checkpoint.chunks.map((c) => c.resolution ?? null)).toEqual([
        'reconciled',
        null,
        null,
      ]);
    });
  }

  it('a push whose reply is lost, then the process stops, is reconciled on resume and never resent', async () => {
    // Reconciliation's one read of Codat's record is lost too, so the run gives up uncertain.
    const { fake, feed, target, options } = await setUp({
      faults: [
        afterFirstPost({ kind: 'network' }),
        { kind: 'network', when: 'after', method: 'GET', path: '/companies/:id/push', times: 1 },
      ],
    });
    const lines = makeLines(15);
    let saved: PushCheckpoint | null = null;
    const oneTry = { ...target, client: fakeClient({ clock: fakeTime(fake), retry: false }) };
    await expect(
      pushTransactions(oneTry, lines, { ...options, onCheckpoint: (c) => (saved = c) }),
    ).rejects.toMatchObject({ code: 'network-error' });
    expect(saved!.chunks.map((c) => c.state)).toEqual(['uncertain', 'pending']);

    const resumed = await pushTransactions(target, lines, { ...options, checkpoint: saved });
    expect(resumed.status).toBe('success');
    expect(postedIds(fake)).toEqual(lines.map((l) => l.id));
    expectInXeroOnce(feed, lines);
    expect(duplicateRefusals(feed)).toEqual([]);
  });

  it('a request Codat never received (refused before the fake) is sent again in the same run', async () => {
    const { feed, target, options } = await setUp({
      faults: [{ kind: 'status', status: 502, ...POSTS, times: 1 }],
    });
    const lines = makeLines(12);
    const result = await pushTransactions(target, lines, options);
    expect(result.status).toBe('success');
    expectInXeroOnce(feed, lines);
  });

  it('stops uncertain when another write of the connection stays pending', async () => {
    const { fake, target, options } = await setUp({
      faults: [afterFirstPost({ kind: 'network' })],
      pendingReads: { push: 50 },
    });
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
  // Xero takes 10 minutes; the client lets Codat wait 1, and on resume waits as long as Xero.
  const slowXero = { xeroWriteMinutes: 10 };
  const patient = { poll: { initialDelayMs: MINUTE, maxDelayMs: MINUTE } };

  it('a TimedOut write that landed is not resent', async () => {
    const { fake, feed, target, options } = await setUp(slowXero);
    const lines = makeLines(15);
    const first = await pushTransactions(target, lines, { ...options, timeoutInMinutes: 1 });
    expect(first).toMatchObject({ status: 'timed-out', stoppedAt: 0 });
    expect(heldIds(feed)).toEqual([]);
    // Xero finishes the write after Codat stopped waiting.
    fake.fake.advanceClock(10 * MINUTE);
    expect(heldIds(feed)).toEqual(lines.slice(0, 10).map((l) => l.id));
    const resumed = await pushTransactions(target, lines, {
      ...patient,
      ...options,
      checkpoint: first.checkpoint,
    });
    expect(resumed.status).toBe('success');
    expect(resumed.checkpoint.chunks[0]).toMatchObject({
      state: 'success',
      resolution: 'reconciled',
    });
    // The first request went out once; only the second request's lines followed.
    expect(postedIds(fake)).toEqual(lines.map((l) => l.id));
    expectInXeroOnce(feed, lines);
    expect(duplicateRefusals(feed)).toEqual([]);
  });

  it('a TimedOut write that did not land is sent again on resume, once', async () => {
    const { fake, feed, target, options } = await setUp(slowXero);
    const lines = makeLines(5);
    const first = await pushTransactions(target, lines, { ...options, timeoutInMinutes: 1 });
    expect(first.status).toBe('timed-out');
    // Codat's record shows nothing of the first copy written; this time Codat waits for Xero.
    const resumed = await pushTransactions(target, lines, {
      ...patient,
      ...options,
      checkpoint: first.checkpoint,
    });
    expect(resumed.status).toBe('success');
    expect(postedIds(fake)).toEqual([...lines, ...lines].map((l) => l.id));
    // The first copy landed meanwhile, so Xero refused the second as a duplicate of exactly its
    // lines: written once, and counted as written.
    expect(resumed.alreadyWritten).toEqual([0]);
    expectInXeroOnce(feed, lines);
  });

  it('a TimedOut write sent again that times out too is found written by its first copy, not sent a third time', async () => {
    // Xero always outlasts Codat's wait: every copy reads TimedOut, only the first lists lines.
    const { fake, feed, target, options } = await setUp({ xeroWriteMinutes: 3 });
    const lines = makeLines(5);
    const run = (checkpoint: PushCheckpoint | null) =>
      pushTransactions(target, lines, { ...patient, ...options, timeoutInMinutes: 1, checkpoint });
    const first = await run(null);
    expect(first.status).toBe('timed-out');
    const second = await run(first.checkpoint);
    expect(second.status).toBe('timed-out');
    const third = await run(second.checkpoint);
    expect(third.status).toBe('success');
    expect(third.checkpoint.chunks[0]).toMatchObject({ resolution: 'reconciled' });
    expect(postedIds(fake)).toEqual([...lines, ...lines].map((l) => l.id));
    expectInXeroOnce(feed, lines);
  });

  it('a TimedOut write Codat dropped is sent again on resume and written by the second copy', async () => {
    const { fake, feed, target, options } = await setUp({
      ...slowXero,
      timedOutWrites: 'never',
    });
    const lines = makeLines(5);
    const first = await pushTransactions(target, lines, { ...options, timeoutInMinutes: 1 });
    expect(first.status).toBe('timed-out');
    const resumed = await pushTransactions(target, lines, {
      ...patient,
      ...options,
      checkpoint: first.checkpoint,
    });
    expect(resumed.status).toBe('success');
    expect(resumed.alreadyWritten).toEqual([]);
    expect(postedIds(fake)).toEqual([...lines, ...lines].map((l) => l.id));
    expectInXeroOnce(feed, lines);
    expect(duplicateRefusals(feed)).toEqual([]);
  });
});

describe("Xero's duplicate refusal", () => {
  it('a request whose lines Xero already holds is recognised as already written', async () => {
    const { feed, target, options } = await setUp();
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
    expectInXeroOnce(feed, lines);
  });

  it('a request only part of whose lines Xero holds stops failed with duplicate-statement', async () => {
    const { feed, target, options } = await setUp();
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
    expectInXeroOnce(feed, lines.slice(0, 5));
  });
});

describe('reconcilePush: settling a saved push without sending', () => {
  it('settles a request whose reply was lost from Codat’s record, and sends nothing', async () => {
    const { fake, target, options } = await setUp({
      faults: [
        afterFirstPost({ kind: 'network' }),
        { kind: 'network', when: 'after', method: 'GET', path: '/companies/:id/push', times: 1 },
      ],
    });
    const lines = makeLines(15);
    let saved: PushCheckpoint | null = null;
    const oneTry = { ...target, client: fakeClient({ clock: fakeTime(fake), retry: false }) };
    await expect(
      pushTransactions(oneTry, lines, { ...options, onCheckpoint: (c) => (saved = c) }),
    ).rejects.toMatchObject({ code: 'network-error' });
    const posts = postedIds(fake).length;

    const settled = await reconcilePush(target, saved!, options);
    expect(settled.checkpoint.chunks.map((c) => c.state)).toEqual(['success', 'pending']);
    expect(settled.checkpoint.chunks[0]).toMatchObject({ resolution: 'reconciled' });
    expect(settled).toMatchObject({ notWritten: [], undecided: [] });
    expect(postedIds(fake)).toHaveLength(posts);
  });

  it('finds a timed-out copy written by its first copy, as a resume would', async () => {
    const patient = { poll: { initialDelayMs: MINUTE, maxDelayMs: MINUTE } };
    // Xero always outlasts Codat's wait: the second copy reads TimedOut, only the first lists lines.
    const { fake, target, options } = await setUp({ xeroWriteMinutes: 3 });
    const lines = makeLines(5);
    const run = (checkpoint: PushCheckpoint | null) =>
      pushTransactions(target, lines, { ...patient, ...options, timeoutInMinutes: 1, checkpoint });
    const second = await run((await run(null)).checkpoint);
    expect(second.status).toBe('timed-out');
    const posts = postedIds(fake).length;

    const settled = await reconcilePush(target, second.checkpoint, { ...patient, ...options });
    expect(settled.checkpoint.chunks[0]).toMatchObject({ state: 'success' });
    expect(settled.notWritten).toEqual([]);
    expect(postedIds(fake)).toHaveLength(posts);
  });
});
