import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRule } from '@bankfeeds/mocks';
import type { MockServer } from '@bankfeeds/mocks/server';
import type { WebhookDelivery } from '@bankfeeds/mocks';
import { createPostgresStore } from '../../src/store/postgres';
import type { BankFeedsStore } from '../../src/store/types';
import { createTestBank, historyStart, manyCustomers } from '../push/bank';
import { expectExactlyOnce, provision, startFake, TODAY, type Provisioned } from '../push/harness';
import { postgresConnectionString, uniqueName } from '../support/stores';
import type { InstanceConfig } from './instance-main';
import { buildInstance, logLinesOf, startInstance, type RunningInstance } from './instance-process';

// Two server PROCESSES on one PostgreSQL and the standalone fake of Codat (real sockets): pushes
// of 30 customers × 3 accounts with replies lost after Codat wrote, one instance killed with
// SIGKILL mid-push and started again with a short lease. At the end each line is in Xero once
// and each webhook was handled once.

const CUSTOMERS = { count: 30, accounts: 3, lines: 40 };
const TOTAL_LINES = CUSTOMERS.count * CUSTOMERS.accounts * CUSTOMERS.lines;
const WEBHOOK_SECRET = `whsec_${Buffer.from('multi-instance-webhook-secret-0001').toString('base64')}`;

const PUSH_PATH =
  '/companies/:companyId/connections/:connectionId/push/bankAccounts/:accountId/bankTransactions';
const faults: FaultRule[] = [
  { kind: 'status', status: 502, when: 'after', method: 'POST', path: PUSH_PATH, probability: 0.2 },
  {
    kind: 'network',
    when: 'after',
    method: 'GET',
    path: '/companies/:companyId/push/:key',
    probability: 0.1,
  },
];

let script = '';
let removeBuild = () => {};
beforeAll(async () => {
  ({ script, remove: removeBuild } = await buildInstance());
}, 120_000);
afterAll(() => removeBuild());

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for `condition`, looking every 50 ms, up to `limitMs` (then fails with `what`). */
async function until(what: string, condition: () => Promise<boolean> | boolean, limitMs: number) {
  const deadline = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await wait(50);
  }
}

describe('two server processes on one PostgreSQL', () => {
  const running: RunningInstance[] = [];
  let server: MockServer | undefined;
  let store: BankFeedsStore | undefined;
  afterAll(async () => {
    for (const instance of running)
      if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
    await server?.close();
    await store?.close();
  });

  it('push every line once and handle every webhook once, across a SIGKILL', async () => {
    const started = Date.now();
    const connectionString = postgresConnectionString();
    const schema = uniqueName('multi');
    store = await createPostgresStore({ connectionString }, { schema });

    // Codat's webhooks go to whichever instance is up, as a load balancer would send them; a
    // third of them also reach the other instance at once, as a retry racing the first try.
    let deliveries = 0;
    const live = () =>
      running.filter((instance) => instance.child.exitCode === null && !instance.child.killed);
    const post = (instance: RunningInstance, delivery: WebhookDelivery) =>
      fetch(`${instance.url}/webhooks/codat`, {
        method: 'POST',
        headers: { ...delivery.headers },
        body: delivery.body,
      });
    const deliver = async (delivery: WebhookDelivery) => {
      const targets = live();
      const index = deliveries++;
      const first = targets[index % targets.length];
      if (!first) throw new Error('no instance up');
      const second = targets[(index + 1) % targets.length];
      const [reply] = await Promise.all([
        post(first, delivery),
        index % 3 === 0 && second && second !== first
          ? post(second, delivery).catch(() => undefined)
          : undefined,
      ]);
      if (!reply.ok) throw new Error(`webhook answered ${reply.status}`);
    };
    server = await startFake({
      faults,
      seed: 11,
      latencyMs: 15,
      webhooks: { secret: WEBHOOK_SECRET, deliver },
    });

    const config = (name: string, leaseMs: number): InstanceConfig => ({
      name,
      connectionString,
      schema,
      codatUrl: server!.url,
      webhookSecret: WEBHOOK_SECRET,
      today: TODAY,
      customers: CUSTOMERS,
      leaseMs,
      webhookLeaseMs: 2000,
      pushEveryMs: 200,
      concurrency: 3,
    });
    running.push(await startInstance(script, config('a', 4000)));
    running.push(await startInstance(script, config('b', 4000)));

    // Customers set up while both run: each mapping's `sourceAccount.connected` webhook pushes
    // its account, and each instance's schedule pushes every account too.
    const bank = createTestBank(
      manyCustomers(CUSTOMERS.count, CUSTOMERS.accounts, CUSTOMERS.lines),
      TODAY,
    );
    const provisioned: Provisioned[] = await provision(
      server,
      store,
      bank.customers,
      historyStart(TODAY),
    );
    const linesInXero = () =>
      provisioned.reduce(
        (sum, { customerId, connectionId }) =>
          sum +
          bank.customers
            .find((customer) => customer.id === customerId)!
            .accounts.reduce(
              (count, account) =>
                count + server!.fake.statementLines(connectionId, account.id).length,
              0,
            ),
        0,
      );

    // Instance a dies mid-push, leases held and requests in flight; it comes back with a short lease.
    await until('a fifth of the lines', () => linesInXero() >= TOTAL_LINES / 5, 30_000);
    const killed = running[0]!;
    killed.child.kill('SIGKILL');
    await killed.exited;
    const linesAtKill = linesInXero();
    running.push(await startInstance(script, config('a-again', 1000)));

    const settled = async () => {
      for (const { customerId, companyId } of provisioned)
        for (const account of bank.customers.find((item) => item.id === customerId)!.accounts) {
          const { cursor, saved } = await store!.pushes.get(companyId, account.id);
          if (saved || cursor?.lastTransactionId !== bank.linesOf(account.id).at(-1)?.id)
            return false;
        }
      // Webhooks whose delivery failed (the instance died) are retried on Codat's schedule.
      const { webhooks } = server!.fake;
      if (webhooks.nextRetryAt !== null)
        server!.fake.advanceClock(Math.max(0, webhooks.nextRetryAt - server!.fake.clockTime()) + 1);
      await webhooks.flush();
      return webhooks.pending === 0;
    };
    await until('every account settled and every webhook delivered', settled, 60_000);
    const elapsedMs = Date.now() - started;

    for (const instance of live()) {
      instance.child.kill('SIGTERM');
      await instance.exited;
    }

    expect(expectExactlyOnce(server, provisioned, bank)).toBe(TOTAL_LINES);

    const sent = server.fake.webhooks.sent;
    expect(sent.filter((message) => !message.delivered)).toEqual([]);
    const handled = new Map<string, number>();
    for (const instance of running)
      for (const line of logLinesOf(instance))
        if (line.message === 'webhook handled')
          handled.set(String(line.messageId), (handled.get(String(line.messageId)) ?? 0) + 1);
    expect([...handled.values()].filter((count) => count !== 1)).toEqual([]);
    for (const message of sent) {
      expect(await store.webhookMessages.claim(message.messageId, 1000)).toBe('done');
    }
    // Each message handled once; a message cut short by the kill was handled by another.
    expect(sent.filter((message) => !handled.has(message.messageId))).toEqual([]);

    const byInstance = Object.fromEntries(
      running.map((instance) => [
        instance.name,
        logLinesOf(instance)
          .filter((line) => line.message === 'push')
          .reduce((sum, line) => sum + Number(line.sent ?? 0), 0),
      ]),
    );
    console.info(
      JSON.stringify({
        figures: 'multi-instance',
        lines: TOTAL_LINES,
        linesAtKill,
        webhooks: sent.length,
        webhookDeliveries: deliveries,
        sentByInstance: byInstance,
        elapsedMs,
      }),
    );
  }, 120_000);
});
