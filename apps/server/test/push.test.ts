import { afterEach, describe, expect, it } from 'vitest';
import {
  connectAllFeeds,
  record,
  setUpAndAuthorise,
  startHarness,
  TODAY,
  type Harness,
} from './harness';

let harness: Harness;
afterEach(() => harness.close());

interface Summary {
  companyId: string;
  results: {
    sourceAccountId: string;
    outcome: string;
    sent: number;
    code?: string;
    errors: string[];
  }[];
}

const summaryOf = (body: unknown) => record(body) as unknown as Summary;

describe('POST /api/bank-feeds/push', () => {
  it('sends connected accounts’ transactions from the feed start date, then only new ones', async () => {
    harness = await startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    // Two days back: the first three of the five current-account lines are older and stay out.
    const { companyId } = await connectAllFeeds(harness, 'cust-acme', '2026-11-18');

    const first = await harness.call('cust-acme', 'POST', '/api/bank-feeds/push');
    expect(first.status).toBe(200);
    const summary = summaryOf(first.body);
    expect(summary.companyId).toBe(companyId);
    expect(summary.results).toEqual([
      expect.objectContaining({ sourceAccountId: 'acc-acme-current', outcome: 'success', sent: 3 }),
      expect.objectContaining({ sourceAccountId: 'acc-acme-card', outcome: 'success', sent: 3 }),
    ]);
    const operations = harness.fake.listPushOperations(companyId).results;
    expect(operations).toHaveLength(2);
    expect(operations.every((operation) => operation.status === 'Success')).toBe(true);

    const again = summaryOf((await harness.call('cust-acme', 'POST', '/api/bank-feeds/push')).body);
    expect(again.results.map((result) => result.outcome)).toEqual(['skipped', 'skipped']);
    expect(harness.fake.listPushOperations(companyId).results).toHaveLength(2);
  });

  it('leaves accounts that are not connected alone', async () => {
    harness = await startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-globex');
    harness.fake.createMapping(companyId, connectionId, {
      sourceAccountId: 'acc-globex-current',
      feedStartDate: TODAY,
    });
    harness.fake.getMapping(companyId, connectionId);

    const summary = summaryOf(
      (await harness.call('cust-globex', 'POST', '/api/bank-feeds/push')).body,
    );
    expect(summary.results).toEqual([
      expect.objectContaining({
        sourceAccountId: 'acc-globex-current',
        outcome: 'success',
        sent: 1,
      }),
    ]);
  });

  it('reports a Xero refusal with its code and keeps the lines for the next run', async () => {
    harness = await startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', TODAY);
    harness.fake.updateOrganisation(connectionId, { bankFeedsEnabled: false });

    const refused = summaryOf(
      (await harness.call('cust-acme', 'POST', '/api/bank-feeds/push')).body,
    );
    expect(refused.results[0]).toMatchObject({
      outcome: 'error',
      code: 'bank-feeds-disabled',
      sent: 0,
    });

    harness.fake.updateOrganisation(connectionId, { bankFeedsEnabled: true });
    const retried = summaryOf(
      (await harness.call('cust-acme', 'POST', '/api/bank-feeds/push')).body,
    );
    expect(retried.results[0]).toMatchObject({ outcome: 'success', sent: 1 });
    expect(harness.fake.listPushOperations(companyId).results.length).toBeGreaterThan(0);
  });

  it('answers 409 before the customer is set up', async () => {
    harness = await startHarness();
    const reply = await harness.call('cust-acme', 'POST', '/api/bank-feeds/push');
    expect(reply.status).toBe(409);
    expect(record(reply.body).code).toBe('not-set-up');
  });
});
