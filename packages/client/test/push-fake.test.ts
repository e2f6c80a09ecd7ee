import { describe, expect, it } from 'vitest';
import { createPushStore, pushTransactions, type PushCheckpoint, type PushProgress } from '../src';
import { sleep } from '../src/internal/clock';
import { fakeClient, fastClock, makeLines, startFake, TODAY } from './fake-helpers';

async function connectedAccount(fake: ReturnType<typeof startFake>) {
  const accounts = await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId);
  return accounts.find((a) => a.status === 'connected')!;
}

function sentIds(fake: ReturnType<typeof startFake>): string[] {
  return fake.requests
    .filter((r) => r.method === 'POST' && r.path.endsWith('/bankTransactions'))
    .flatMap((r) =>
      (r.body as { transactions: Array<{ id: string }> }).transactions.map((t) => t.id),
    );
}

const options = () => ({ today: TODAY, clock: fastClock().clock });

describe('pushTransactions against the fake', () => {
  it('sends 2,500 lines in three ordered requests, follows each operation, reports progress', async () => {
    const fake = startFake({ pendingReads: { push: 1 } });
    const account = await connectedAccount(fake);
    const lines = makeLines(2500);
    const progress: PushProgress[] = [];
    const result = await pushTransactions(
      { client: fakeClient(), ...fake, accountId: account.id },
      lines,
      {
        ...options(),
        onProgress: (p) => progress.push(p),
      },
    );
    expect(result.status).toBe('success');
    expect(result.operations.map((o) => o.status)).toEqual(['Success', 'Success', 'Success']);
    expect(sentIds(fake)).toEqual(lines.map((l) => l.id));
    expect(progress.at(-1)).toMatchObject({ confirmedLines: 2500, sentLines: 2500, phase: 'done' });
    const confirmed = progress.map((p) => p.confirmedLines);
    expect(confirmed).toEqual([...confirmed].sort((a, b) => a - b));
  });

  it('stops on rule errors before any request and returns warnings otherwise', async () => {
    const fake = startFake();
    const account = await connectedAccount(fake);
    const bad = makeLines(3);
    bad[2] = { ...bad[2]!, date: '2027-01-01' };
    const invalid = await pushTransactions(
      { client: fakeClient(), ...fake, accountId: account.id },
      bad,
      options(),
    );
    expect(invalid.status).toBe('invalid');
    expect(invalid.validation.errors[0]!.rule).toBe('date-in-future');
    expect(sentIds(fake)).toEqual([]);

    const odd = makeLines(3);
    odd[1] = { ...odd[1]!, transactionType: 'Debit', amount: Math.abs(odd[1]!.amount) };
    const warned = await pushTransactions(
      { client: fakeClient(), ...fake, accountId: account.id },
      odd,
      options(),
    );
    expect(warned.status).toBe('success');
    expect(warned.validation.warnings.map((w) => w.rule)).toContain('amount-sign-mismatch');
  });

  it('refuses a push to an account that is not connected, when the status is known', async () => {
    const fake = startFake();
    const accounts = await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId);
    const pending = accounts.find((a) => a.status !== 'connected')!;
    const result = await pushTransactions(
      { client: fakeClient(), ...fake, accountId: pending.id },
      makeLines(2),
      { ...options(), accountStatus: pending.status },
    );
    expect(result.status).toBe('invalid');
    expect(result.validation.errors[0]!.rule).toBe('account-not-connected');
  });

  it('resumes after a refused request (a 4xx before writing) without sending any line twice', async () => {
    const fake = startFake({
      faults: [
        { kind: 'status', status: 400, method: 'POST', path: /bankTransactions$/, times: 1 },
      ],
    });
    const account = await connectedAccount(fake);
    const lines = makeLines(2500);
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    let saved: PushCheckpoint | null = null;
    await expect(
      pushTransactions(target, lines, { ...options(), onCheckpoint: (c) => (saved = c) }),
    ).rejects.toMatchObject({ code: 'bad-request', status: 400 });
    // A 4xx is Codat refusing before it writes: nothing in doubt.
    expect(saved!.chunks.map((c) => c.state)).toEqual(['pending', 'pending', 'pending']);
    const resumed = await pushTransactions(target, lines, { ...options(), checkpoint: saved });
    expect(resumed.status).toBe('success');
    // The refused request reached the fake but was not taken; every line was taken once.
    const taken = fake.requests
      .filter((r) => r.method === 'POST' && r.path.endsWith('/bankTransactions'))
      .slice(1);
    expect(
      taken.flatMap((r) =>
        (r.body as { transactions: Array<{ id: string }> }).transactions.map((t) => t.id),
      ),
    ).toEqual(lines.map((l) => l.id));
  });

  it('resumes after an interruption mid-way from the checkpoint', async () => {
    const fake = startFake();
    const account = await connectedAccount(fake);
    const lines = makeLines(2500);
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    const controller = new AbortController();
    let saved: PushCheckpoint | null = null;
    await expect(
      pushTransactions(target, lines, {
        ...options(),
        signal: controller.signal,
        onCheckpoint: (c) => {
          saved = c;
          if (c.chunks[0]!.state === 'success') controller.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'aborted' });
    expect(saved!.chunks.map((c) => c.state)).toEqual(['success', 'pending', 'pending']);
    const resumed = await pushTransactions(target, JSON.parse(JSON.stringify(lines)), {
      ...options(),
      checkpoint: JSON.parse(JSON.stringify(saved)),
    });
    expect(resumed.status).toBe('success');
    expect(sentIds(fake)).toEqual(lines.map((l) => l.id));
  });

  it('waits for an asynchronous save before each request leaves', async () => {
    const fake = startFake();
    const account = await connectedAccount(fake);
    const lines = makeLines(1500);
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    // What the "database" held when each request reached the fake.
    let stored: PushCheckpoint | null = null;
    const storedAtRequest: string[][] = [];
    const posts = () =>
      fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/bankTransactions'));
    let seen = 0;
    const result = await pushTransactions(target, lines, {
      ...options(),
      onCheckpoint: async (c) => {
        await sleep(5);
        for (; seen < posts().length; seen++)
          storedAtRequest.push(stored!.chunks.map((k) => k.state));
        stored = c;
      },
    });
    expect(result.status).toBe('success');
    // Each request found its own `sending` record already stored.
    expect(storedAtRequest).toEqual([
      ['sending', 'pending'],
      ['success', 'sending'],
    ]);
  });

  it('sends nothing more when a save fails', async () => {
    const fake = startFake();
    const account = await connectedAccount(fake);
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    const result = pushTransactions(target, makeLines(1500), {
      ...options(),
      onCheckpoint: () => Promise.reject(new Error('database unavailable')),
    });
    await expect(result).rejects.toThrow('database unavailable');
    expect(sentIds(fake)).toEqual([]);
  });

  it('sends again, in the same run, a request that got no reply once Codat shows it never took it', async () => {
    const fake = startFake({
      faults: [{ kind: 'network', method: 'POST', path: /bankTransactions$/, times: 1 }],
    });
    const account = await connectedAccount(fake);
    const lines = makeLines(1500);
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    const states: string[] = [];
    const result = await pushTransactions(target, lines, {
      ...options(),
      onCheckpoint: (c) => states.push(c.chunks[0]!.state),
    });
    expect(result.status).toBe('success');
    expect(states.slice(0, 3)).toEqual(['sending', 'uncertain', 'sending']);
    // The fault answered instead of the fake: the first copy never reached Codat.
    const ids = lines.map((l) => l.id);
    expect(sentIds(fake)).toEqual([...ids.slice(0, 1000), ...ids]);
  });

  it('refuses a checkpoint saved for other lines', async () => {
    const fake = startFake();
    const account = await connectedAccount(fake);
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    const first = await pushTransactions(target, makeLines(10, 'a'), options());
    await expect(
      pushTransactions(target, makeLines(10, 'b'), { ...options(), checkpoint: first.checkpoint }),
    ).rejects.toMatchObject({ code: 'invalid-request' });
  });

  it('reports Xero refusing bank feeds', async () => {
    const fake = startFake({ scenario: 'bankFeedsDisabled' });
    const accounts = await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId);
    await expect(
      pushTransactions(
        { client: fakeClient(), ...fake, accountId: accounts[0]!.id },
        makeLines(2),
        options(),
      ),
    ).rejects.toMatchObject({ code: 'bank-feeds-disabled', status: 403 });
  });

  it('reports a failed operation with its validation items', async () => {
    const fake = startFake();
    const accounts = await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId);
    const pending = accounts.find((a) => a.status !== 'connected')!;
    // Without a known status the client cannot tell; Codat's verdict comes back.
    const outcome = await pushTransactions(
      { client: fakeClient(), ...fake, accountId: pending.id },
      makeLines(2),
      options(),
    );
    expect(outcome).toMatchObject({
      status: 'failed',
      stoppedAt: 0,
      error: { code: 'push-failed' },
    });
    expect(outcome.error!.validation.errors[0]!.validatorName).toBe('account-not-connected');
    expect(outcome.checkpoint.chunks[0]!.state).toBe('failed');
  });

  it('reports a timed-out operation when Xero is slower than timeoutInMinutes, and resends it on resume only when nothing landed', async () => {
    const fake = startFake({ xeroWriteMinutes: 10 });
    const account = await connectedAccount(fake);
    const target = { client: fakeClient(), ...fake, accountId: account.id };
    // The client's waits between polls pass on the fake's clock: no real waiting.
    const clock = {
      sleep: (ms: number, signal?: AbortSignal) => {
        fake.fake.advanceClock(ms);
        return sleep(0, signal);
      },
      random: () => 0.5,
    };
    const lines = makeLines(1500);
    const options = { today: TODAY, clock, timeoutInMinutes: 1 };
    const result = await pushTransactions(target, lines, options);
    expect(result).toMatchObject({
      status: 'timed-out',
      stoppedAt: 0,
      error: { code: 'push-timed-out', retryable: false },
    });
    expect(result.error!.message).toBe('Codat stopped waiting for Xero; the write may still land.');
    expect(result.operations.map((o) => o.status)).toEqual(['TimedOut']);
    expect(result.operations[0]!.timeoutInMinutes).toBe(1);
    expect(result.checkpoint.chunks.map((c) => c.state)).toEqual(['timed-out', 'pending']);
    // It stopped at the timed-out request: the second one never went out.
    expect(sentIds(fake)).toEqual(lines.slice(0, 1000).map((l) => l.id));

    // Resuming reads the operation again: nothing landed (this fake never writes after the
    // deadline), so the request goes again, and times out again; it is not sent a third time.
    const resumed = await pushTransactions(target, lines, {
      ...options,
      checkpoint: result.checkpoint,
    });
    expect(resumed).toMatchObject({ status: 'timed-out', stoppedAt: 0 });
    const firstIds = lines.slice(0, 1000).map((l) => l.id);
    expect(sentIds(fake)).toEqual([...firstIds, ...firstIds]);
    // Codat wrote nothing after the deadline: the account's balance did not move.
    const after = (await fakeClient().listSourceAccounts(fake.companyId, fake.connectionId)).find(
      (a) => a.id === account.id,
    )!;
    expect(after.balance).toBe(account.balance);
  });

  it('tracks a push per account in the push store and refuses a concurrent one', async () => {
    const fake = startFake();
    const account = await connectedAccount(fake);
    const store = createPushStore({ client: fakeClient(), ...fake, defaults: options() });
    const running = store.getState().pushTransactions(account.id, makeLines(1200));
    await expect(store.getState().pushTransactions(account.id, makeLines(3))).rejects.toMatchObject(
      {
        code: 'conflict',
      },
    );
    expect(store.getState().runs[account.id]!.status).toBe('running');
    await running;
    expect(store.getState().runs[account.id]).toMatchObject({
      status: 'success',
      progress: { confirmedLines: 1200 },
    });
  });
});
