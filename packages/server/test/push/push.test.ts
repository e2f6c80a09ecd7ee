import { afterEach, expect, it } from 'vitest';
import type { MockServer } from '@bankfeeds/mocks/server';
import { addDays, createTestBank, historyStart } from './bank';
import { describeEachStore } from '../support/stores';
import { linesInXero, provision, pushJob, startFake, TODAY } from './harness';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const acme = {
  id: 'cust-acme',
  businessName: 'Acme Bakery Ltd',
  accounts: [
    { id: 'acc-acme-current', lines: 20 },
    { id: 'acc-acme-card', lines: 10 },
  ],
};

describeEachStore('pushCustomer', ({ store: testStore }) => {
  const start = async () => {
    server = await startFake();
    const store = testStore();
    const bank = createTestBank([acme], TODAY);
    return { store, bank, ...pushJob(server, store, bank) };
  };

  it('sends connected accounts’ lines from the feed start date, then only new ones', async () => {
    const { store, bank, job } = await start();
    // Two days back: older lines stay out.
    const feedStart = addDays(TODAY, -1);
    const { companyId, connectionId } = (await provision(server!, store, [acme], feedStart))[0]!;
    const expected = (id: string) => bank.linesOf(id).filter((line) => line.date >= feedStart);

    const summary = await job.pushCustomer('cust-acme');
    expect(summary).toMatchObject({ customerId: 'cust-acme', companyId });
    expect(summary?.results).toEqual([
      expect.objectContaining({
        sourceAccountId: 'acc-acme-current',
        outcome: 'success',
        sent: expected('acc-acme-current').length,
      }),
      expect.objectContaining({
        sourceAccountId: 'acc-acme-card',
        outcome: 'success',
        sent: expected('acc-acme-card').length,
      }),
    ]);
    for (const account of acme.accounts) {
      const inXero = linesInXero(server!, connectionId, account.id);
      expect([...inXero.keys()]).toEqual(expected(account.id).map((line) => line.id));
    }

    const again = await job.pushCustomer('cust-acme');
    expect(again?.results.map((result) => result.outcome)).toEqual(['skipped', 'skipped']);
    expect(server!.fake.listPushOperations(companyId).results).toHaveLength(2);
    // Every run is recorded for the bank's operators, newest first.
    const runs = await store.pushes.listRuns(companyId, 10);
    expect(runs.map((run) => run.outcome)).toEqual(['skipped', 'skipped', 'success', 'success']);
  });

  it('leaves accounts that are not connected alone', async () => {
    const { store, job } = await start();
    await provision(server!, store, [acme], historyStart(TODAY), {
      connect: (id) => id === 'acc-acme-card',
    });
    const summary = await job.pushCustomer('cust-acme');
    expect(summary?.results).toEqual([
      expect.objectContaining({ sourceAccountId: 'acc-acme-card', outcome: 'success', sent: 10 }),
    ]);
  });

  it('reports a Xero refusal with its code and keeps the lines for the next run', async () => {
    const { store, job } = await start();
    const { connectionId } = (await provision(server!, store, [acme], historyStart(TODAY)))[0]!;
    server!.fake.updateOrganisation(connectionId, { bankFeedsEnabled: false });

    const refused = await job.pushCustomer('cust-acme');
    expect(refused?.results[0]).toMatchObject({
      outcome: 'error',
      code: 'bank-feeds-disabled',
      sent: 0,
    });

    server!.fake.updateOrganisation(connectionId, { bankFeedsEnabled: true });
    const retried = await job.pushCustomer('cust-acme');
    expect(retried?.results[0]).toMatchObject({ outcome: 'success', sent: 20 });
    expect(linesInXero(server!, connectionId, 'acc-acme-current').size).toBe(20);
  });

  it('answers null before the customer is set up', async () => {
    const { job } = await start();
    expect(await job.pushCustomer('cust-acme')).toBeNull();
    expect(await job.pushAccountIfConnected('cust-acme', 'acc-acme-card')).toBeNull();
  });

  it('pushAccountIfConnected pushes only an account Codat says is connected', async () => {
    const { store, job } = await start();
    await provision(server!, store, [acme], historyStart(TODAY), {
      connect: (id) => id === 'acc-acme-card',
    });
    expect(await job.pushAccountIfConnected('cust-acme', 'acc-acme-current')).toBeNull();
    expect(await job.pushAccountIfConnected('cust-acme', 'acc-acme-card')).toMatchObject({
      outcome: 'success',
      sent: 10,
    });
  });
});
