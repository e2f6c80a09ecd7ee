import { afterEach, describe, expect, it } from 'vitest';
import type { FaultRule } from '@bankfeeds/mocks';
import type { MockServer, MockServerOptions } from '@bankfeeds/mocks/server';
import type { BankFeedsStore } from '../../src/store/types';
import type { WriteReport } from '../../src/push/types';
import { createTestBank, historyStart } from './bank';
import { describeEachStore } from '../support/stores';
import { linesInXero, provision, pushJob, startFake, TODAY } from './harness';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const GLOBEX = 'acc-globex-current';
const globex = {
  id: 'cust-globex',
  businessName: 'Globex Trading',
  accounts: [{ id: GLOBEX, lines: 3 }],
};
const acme = {
  id: 'cust-acme',
  businessName: 'Acme Bakery Ltd',
  accounts: [
    { id: 'acc-acme-current', lines: 5 },
    { id: 'acc-acme-card', lines: 3 },
  ],
};
const LAST_GLOBEX_LINE = `${GLOBEX}-tx-3`;

/** The transactions push, whose reply a fault can lose after Codat took it. */
const PUSH_PATH =
  '/companies/:companyId/connections/:connectionId/push/bankAccounts/:accountId/bankTransactions';
/** Codat's list of a company's writes, which reconciliation reads. */
const LIST_PATH = '/companies/:companyId/push';

const replyLost: FaultRule = {
  kind: 'network',
  when: 'after',
  method: 'POST',
  path: PUSH_PATH,
  times: 1,
};
const listingFails: FaultRule = { kind: 'network', method: 'GET', path: LIST_PATH };

describeEachStore('unsettled pushes', ({ store: testStore }) => {
  const start = async (customers: (typeof globex)[], fake: MockServerOptions = {}) => {
    server = await startFake(fake);
    const store: BankFeedsStore = testStore();
    const bank = createTestBank(customers, TODAY);
    const [ids] = await provision(server, store, customers, historyStart(TODAY));
    return { store, ...ids!, ...pushJob(server, store, bank) };
  };
  /** Each write Codat took for the company, once listed (listing settles them in the fake). */
  const writes = (companyId: string) => server!.fake.listPushOperations(companyId).results;
  const report = (
    connectionId: string,
    pushOperationKey: string,
    status: WriteReport['status'],
  ): WriteReport => ({ pushOperationKey, status, connectionId });

  describe('a push Codat has not finished (timed-out)', () => {
    // Seven reads answer Pending; the job looks five times per run.
    const slowCodat = { pendingReads: { push: 7 } };

    it('is saved, and the next run asks Codat again instead of sending the lines twice', async () => {
      const { store, job, companyId } = await start([globex], slowCodat);
      const [first] = (await job.pushCustomer(globex.id))!.results;
      expect(first).toMatchObject({ outcome: 'timed-out', sent: 0 });
      const state = await store.pushes.get(companyId, GLOBEX);
      expect(state.saved?.checkpoint.chunks).toEqual([
        expect.objectContaining({
          state: 'accepted',
          pushOperationKey: first!.pushOperationKeys[0],
        }),
      ]);
      expect(state.cursor).toBeNull();

      const [second] = (await job.pushCustomer(globex.id))!.results;
      expect(second).toMatchObject({ outcome: 'success', sent: 3 });
      expect(await store.pushes.get(companyId, GLOBEX)).toEqual({
        saved: null,
        cursor: { lastTransactionId: LAST_GLOBEX_LINE, lastDate: TODAY },
      });
      const [third] = (await job.pushCustomer(globex.id))!.results;
      expect(third).toMatchObject({ outcome: 'skipped' });
      expect(writes(companyId)).toHaveLength(1);
    });

    it('is settled by a successful write report, and the account carries on', async () => {
      const { store, job, companyId, connectionId } = await start([globex], slowCodat);
      const [first] = (await job.pushCustomer(globex.id))!.results;
      const key = first!.pushOperationKeys[0]!;

      const settled = await job.settleWrite(globex.id, report(connectionId, key, 'Success'));
      expect(settled).toMatchObject({ sourceAccountId: GLOBEX, settled: true, adopted: false });
      // Nothing newer to send once it settled.
      expect(settled?.pushed).toMatchObject({ outcome: 'skipped', sent: 0 });
      expect(await store.pushes.get(companyId, GLOBEX)).toEqual({
        saved: null,
        cursor: { lastTransactionId: LAST_GLOBEX_LINE, lastDate: TODAY },
      });
      const [next] = (await job.pushCustomer(globex.id))!.results;
      expect(next).toMatchObject({ outcome: 'skipped' });
      expect(writes(companyId)).toHaveLength(1);
    });

    it('a Failed write report: nothing was written, the lines go again', async () => {
      const { store, job, logs, companyId, connectionId } = await start([globex], slowCodat);
      const [first] = (await job.pushCustomer(globex.id))!.results;
      const key = first!.pushOperationKeys[0]!;

      await job.settleWrite(globex.id, report(connectionId, key, 'Failed'));
      expect(await store.pushes.get(companyId, GLOBEX)).toEqual({ saved: null, cursor: null });
      expect(logs).toContainEqual(
        expect.objectContaining({
          level: 'error',
          message: 'push write failed',
          pushOperationKey: key,
        }),
      );

      const [next] = (await job.pushCustomer(globex.id))!.results;
      expect(next?.pushOperationKeys).toHaveLength(1);
      expect(next?.pushOperationKeys[0]).not.toBe(key);
    });

    it('a TimedOut write report: still open, the next run asks again', async () => {
      const { store, job, companyId, connectionId } = await start([globex], slowCodat);
      const [first] = (await job.pushCustomer(globex.id))!.results;
      const key = first!.pushOperationKeys[0]!;

      const settled = await job.settleWrite(globex.id, report(connectionId, key, 'TimedOut'));
      expect(settled).toMatchObject({ settled: false });
      const state = await store.pushes.get(companyId, GLOBEX);
      expect(state.saved?.checkpoint.chunks[0]).toMatchObject({
        state: 'timed-out',
        pushOperationKey: key,
      });
      expect(state.cursor).toBeNull();
    });
  });

  describe('a push whose request went out without a reply (uncertain)', () => {
    it("is reconciled in the same run from Codat's record of writes, never sent again", async () => {
      const { store, job, companyId, connectionId } = await start([globex], {
        faults: [replyLost],
      });
      const [first] = (await job.pushCustomer(globex.id))!.results;
      expect(first).toMatchObject({ outcome: 'success', sent: 3 });
      expect(first!.pushOperationKeys).toEqual([writes(companyId)[0]!.pushOperationKey]);
      expect(writes(companyId)).toHaveLength(1);
      expect((await store.pushes.get(companyId, GLOBEX)).saved).toBeNull();
      expect(linesInXero(server!, connectionId, GLOBEX).size).toBe(3);
    });

    it('is saved, never sent again, and settled by the write report that created its lines', async () => {
      const { store, job, companyId, connectionId } = await start([globex], {
        faults: [replyLost, listingFails],
      });
      const [first] = (await job.pushCustomer(globex.id))!.results;
      expect(first).toMatchObject({ outcome: 'error', code: 'network-error', sent: 0 });
      expect((await store.pushes.get(companyId, GLOBEX)).saved?.checkpoint.chunks).toEqual([
        expect.objectContaining({ state: 'uncertain', pushOperationKey: null }),
      ]);

      // Codat's record still cannot be read: the request is neither sent again nor settled.
      const [second] = (await job.pushCustomer(globex.id))!.results;
      expect(second).toMatchObject({ outcome: 'error', code: 'network-error', sent: 0 });
      const [taken] = writes(companyId);
      expect(writes(companyId)).toHaveLength(1);

      const settled = await job.settleWrite(
        globex.id,
        report(connectionId, taken!.pushOperationKey, 'Success'),
      );
      expect(settled).toMatchObject({ settled: true, adopted: true });
      expect(await store.pushes.get(companyId, GLOBEX)).toMatchObject({
        saved: null,
        cursor: { lastTransactionId: LAST_GLOBEX_LINE },
      });
      const [third] = (await job.pushCustomer(globex.id))!.results;
      expect(third).toMatchObject({ outcome: 'skipped' });
      expect(writes(companyId)).toHaveLength(1);
    });

    it('is not settled by a write of other lines', async () => {
      const { store, job, companyId, connectionId } = await start([acme], {
        faults: [replyLost, listingFails],
      });
      // The current account's reply is lost; the card's push goes through.
      const results = (await job.pushCustomer(acme.id))!.results;
      expect(results.map((result) => result.outcome)).toEqual(['error', 'success']);
      const cardKey = results[1]!.pushOperationKeys[0]!;

      expect(await job.settleWrite(acme.id, report(connectionId, cardKey, 'Success'))).toBeNull();
      const { saved } = await store.pushes.get(companyId, 'acc-acme-current');
      expect(saved?.checkpoint.chunks[0]).toMatchObject({ state: 'uncertain' });
      const [again] = (await job.pushCustomer(acme.id))!.results;
      expect(again).toMatchObject({ sourceAccountId: 'acc-acme-current', outcome: 'error' });
    });
  });

  describe('pushes of one account never overlap', () => {
    it('a webhook and two "sync now" at once send each line once', async () => {
      const { job, companyId } = await start([acme]);
      const [webhook, ...syncs] = await Promise.all([
        job.pushAccountIfConnected(acme.id, 'acc-acme-current'),
        job.pushCustomer(acme.id),
        job.pushCustomer(acme.id),
      ]);
      // One write per account, and each line reported sent once, by whichever run held the
      // account; the others found it busy or found nothing left.
      expect(writes(companyId)).toHaveLength(2);
      const results = [webhook!, ...syncs.flatMap((summary) => summary!.results)];
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(8);
      for (const result of results.filter((item) => item.sent === 0))
        expect(result.outcome).toBe('skipped');
    });
  });
});
