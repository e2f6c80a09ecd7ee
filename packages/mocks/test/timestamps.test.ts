/**
 * Codat's timestamps carry a 7-digit fraction of a second (`2023-03-21T17:17:58.9235368Z`), and
 * parsers tested only on whole seconds break on them, so the fake sends the same form.
 */
import { describe, expect, it } from 'vitest';
import { gbpAccount } from './accounts';
import { TODAY, startFake } from './helpers';

/** The keys whose values are instants (feed start dates are calendar dates, I2). */
const INSTANT_KEYS = new Set([
  'created',
  'lastSync',
  'modifiedDate',
  'requestedOnUtc',
  'completedOnUtc',
  'erroredOnUtc',
  'resolvedOnUtc',
]);

/** Every instant in a reply body, by key. */
function instantsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(instantsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    INSTANT_KEYS.has(key) && typeof item === 'string' ? [item] : instantsIn(item),
  );
}

/** Drives the fake through every kind of reply that carries a timestamp. */
async function everyTimestamp(): Promise<string[]> {
  const { call, fake, companyId, connectionPath } = startFake({ xeroWriteMinutes: 0 });
  const bodies: unknown[] = [];
  const keep = async (method: string, path: string, body?: unknown) => {
    const reply = await call(method, path, body);
    bodies.push(reply.body);
    return reply;
  };
  const company = await keep('POST', '/companies', { name: 'Stamps Ltd' });
  const connection = await keep('POST', `/companies/${company.body.id}/connections`, {
    platformKey: 'gbol',
  });
  fake.denyConnection(company.body.id, connection.body.id);
  // Codat needs the source accounts before consent (A1).
  fake.createSourceAccount(company.body.id, connection.body.id, gbpAccount('stamp-0'));
  fake.authorizeConnection(company.body.id, connection.body.id);
  await keep('GET', `/companies/${company.body.id}`);
  const accounts = `${connectionPath}/connectionInfo/bankFeedAccounts`;
  await keep('POST', accounts, {
    id: 'stamp-1',
    accountName: 'Stamp',
    accountType: 'checking',
    accountNumber: '12345678',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 1,
  });
  await keep('POST', `${connectionPath}/bankFeedAccounts/mapping`, { sourceAccountId: 'stamp-1' });
  await keep('GET', accounts);
  const pushed = await keep(
    'POST',
    `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`,
    { accountId: 'acc-001', transactions: [{ id: 's1', date: TODAY, amount: -1, balance: 1 }] },
  );
  await keep('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`);
  await keep('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`);
  return bodies.flatMap(instantsIn);
}

describe('timestamps', () => {
  it('carry a 7-digit fraction of a second in UTC, as Codat sends them', async () => {
    const stamps = await everyTimestamp();
    // Every kind: created, lastSync, modifiedDate, requested/completed/errored/resolved on.
    expect(stamps.length).toBeGreaterThan(20);
    for (const stamp of stamps) {
      expect(stamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/);
      expect(Number.isNaN(Date.parse(stamp))).toBe(false);
    }
    // Not all the same fraction: a parser that ignores the digits would still pass otherwise.
    expect(new Set(stamps.map((stamp) => stamp.slice(-8))).size).toBeGreaterThan(1);
  });

  it('repeat exactly from one run to the next, and keep their order', async () => {
    const first = await everyTimestamp();
    expect(await everyTimestamp()).toEqual(first);
    const created = first.filter((_, index) => index < 3);
    expect([...created].sort()).toEqual(created);
  });
});
