import { expect, it } from 'vitest';
import type { PushRunRecord, SavedPush } from '../../src/store/types';
import { describeEachStore } from '../support/stores';

const cursor = { lastTransactionId: 'tx-10', lastDate: '2026-03-01' };

const savedPush = (startAfterId: string | null): SavedPush => ({
  connectionId: 'connection-1',
  startAfterId,
  fromDate: '2026-02-01',
  chunkEndDates: ['2026-02-10', '2026-02-20'],
  checkpoint: {
    version: 1,
    accountId: 'account-1',
    totalLines: 3,
    chunkSize: 2,
    chunks: [
      {
        index: 0,
        count: 2,
        firstId: 'tx-11',
        lastId: 'tx-12',
        state: 'success',
        pushOperationKey: 'op-1',
        sentAt: '2026-03-02T10:00:00.000Z',
      },
      {
        index: 1,
        count: 1,
        firstId: 'tx-13',
        lastId: 'tx-13',
        state: 'uncertain',
        pushOperationKey: null,
      },
    ],
  },
});

const run = (overrides: Partial<PushRunRecord>): PushRunRecord => ({
  companyId: 'company-1',
  sourceAccountId: 'account-1',
  outcome: 'success',
  sent: 3,
  code: null,
  errors: [],
  startedAt: '2026-03-02T10:00:00.000Z',
  finishedAt: '2026-03-02T10:00:05.123Z',
  ...overrides,
});

describeEachStore('account pushes', ({ store }) => {
  it('has neither cursor nor saved push for an account never pushed', async () => {
    expect(await store().pushes.get('company-1', 'account-1')).toEqual({
      cursor: null,
      saved: null,
    });
    expect(await store().pushes.listUnsettled('company-1')).toEqual([]);
  });

  it('saves the cursor and the saved push together', async () => {
    await store().pushes.save('company-1', 'account-1', { cursor, saved: savedPush('tx-10') });
    expect(await store().pushes.get('company-1', 'account-1')).toEqual({
      cursor,
      saved: savedPush('tx-10'),
    });
  });

  it('leaves untouched what a save leaves out', async () => {
    await store().pushes.save('company-1', 'account-1', { cursor });
    await store().pushes.save('company-1', 'account-1', { saved: savedPush('tx-10') });
    expect(await store().pushes.get('company-1', 'account-1')).toEqual({
      cursor,
      saved: savedPush('tx-10'),
    });

    const moved = { lastTransactionId: 'tx-12', lastDate: '2026-03-05' };
    await store().pushes.save('company-1', 'account-1', { cursor: moved });
    expect(await store().pushes.get('company-1', 'account-1')).toEqual({
      cursor: moved,
      saved: savedPush('tx-10'),
    });
  });

  it('deletes the saved push on null and keeps the cursor', async () => {
    await store().pushes.save('company-1', 'account-1', { cursor, saved: savedPush(null) });
    await store().pushes.save('company-1', 'account-1', { saved: null });
    expect(await store().pushes.get('company-1', 'account-1')).toEqual({ cursor, saved: null });
    expect(await store().pushes.listUnsettled('company-1')).toEqual([]);
  });

  it('lists the unsettled pushes of one company only', async () => {
    await store().pushes.save('company-1', 'account-b', { saved: savedPush('tx-1') });
    await store().pushes.save('company-1', 'account-a', { saved: savedPush(null) });
    await store().pushes.save('company-1', 'account-c', { cursor });
    await store().pushes.save('company-2', 'account-a', { saved: savedPush('tx-9') });

    expect(await store().pushes.listUnsettled('company-1')).toEqual([
      { sourceAccountId: 'account-a', saved: savedPush(null) },
      { sourceAccountId: 'account-b', saved: savedPush('tx-1') },
    ]);
  });

  it('keeps push state apart from the lease on the same account', async () => {
    await store().pushes.save('company-1', 'account-1', { cursor, saved: savedPush('tx-10') });
    expect(await store().pushes.claim('company-1', 'account-1', 'instance-a', 60_000)).toBe(true);
    await store().pushes.release('company-1', 'account-1', 'instance-a');
    expect(await store().pushes.get('company-1', 'account-1')).toEqual({
      cursor,
      saved: savedPush('tx-10'),
    });
  });

  it('records runs and lists a company latest first, up to the limit', async () => {
    const older = run({ sourceAccountId: 'account-1', finishedAt: '2026-03-02T10:00:05.123Z' });
    const newer = run({
      sourceAccountId: 'account-2',
      outcome: 'failed',
      sent: 0,
      code: 'bank-feeds-disabled',
      errors: ['Bank feeds are disabled', 'Second error'],
      finishedAt: '2026-03-02T11:00:00.000Z',
    });
    await store().pushes.recordRun(newer);
    await store().pushes.recordRun(older);
    await store().pushes.recordRun(run({ companyId: 'company-2' }));

    expect(await store().pushes.listRuns('company-1', 10)).toEqual([newer, older]);
    expect(await store().pushes.listRuns('company-1', 1)).toEqual([newer]);
    expect(await store().pushes.listRuns('company-3', 10)).toEqual([]);
  });
});
