import { describe, expect, it } from 'vitest';
import { TODAY, startFake } from './helpers';
import { line, pushPath } from './lines';

const MINUTE = 60_000;

describe("Xero's ledger: the statement lines written per source account", () => {
  it('holds every line Xero wrote, in write order, with its fields; the method answers a copy', async () => {
    const { call, fake, connectionPath, connectionId } = startFake();
    const first = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t1', 100, 12550.2), line('t2', -50.2, 12500)],
    });
    await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [{ ...line('t3', 10, 12510), counterparty: 'Beans Ltd', reference: 'INV-7' }],
    });
    const lines = fake.statementLines(connectionId, 'acc-001');
    expect(lines.map((l) => l.id)).toEqual(['t1', 't2', 't3']);
    expect(lines[0]).toMatchObject({
      id: 't1',
      date: TODAY,
      amount: 100,
      balance: 12550.2,
      description: 'Line t1',
      counterparty: null,
      reference: null,
      transactionType: 'Credit',
      pushOperationKey: first.body.pushOperationKey,
      writtenOnUtc: expect.any(String),
    });
    expect(lines[2]).toMatchObject({ counterparty: 'Beans Ltd', reference: 'INV-7' });
    (lines as unknown[]).length = 0;
    expect(fake.statementLines(connectionId, 'acc-001')).toHaveLength(3);
    expect(fake.statementLines(connectionId, 'acc-002')).toEqual([]);
  });

  it("writes at Xero's time on the fake's clock, oldest push first", async () => {
    const { call, fake, connectionPath, connectionId } = startFake({ xeroWriteMinutes: 5 });
    await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('a1', 1, 12451.2)],
    });
    fake.advanceClock(MINUTE);
    await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('b1', 1, 12452.2)],
    });
    expect(fake.statementLines(connectionId, 'acc-001')).toEqual([]);
    fake.advanceClock(4 * MINUTE);
    // Only the first push's time has come.
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['a1']);
    fake.advanceClock(MINUTE);
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['a1', 'b1']);
  });

  it('lands a push whose reply was lost without anyone reading the operation', async () => {
    const { call, fake, connectionPath, connectionId } = startFake({
      faults: [{ kind: 'network', when: 'after', method: 'POST', path: '*/bankTransactions' }],
    });
    await expect(
      call('POST', pushPath(connectionPath), {
        accountId: 'acc-001',
        transactions: [line('t1', 100, 12550.2)],
      }),
    ).rejects.toThrow(TypeError);
    // The next request of any kind on the company sees Xero's write: the balance moved.
    const accounts = await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`);
    expect(accounts.body[0].balance).toBe(12550.2);
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
  });

  it('writes while pendingReads.push still shows Pending (they only delay what a read shows)', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake({
      pendingReads: { push: 3 },
    });
    const key = (
      await call('POST', pushPath(connectionPath), {
        accountId: 'acc-001',
        transactions: [line('t1', 1, 12451.2)],
      })
    ).body.pushOperationKey;
    expect((await call('GET', `/companies/${companyId}/push/${key}`)).body.status).toBe('Pending');
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
  });

  it('writes nothing of a Failed push', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake();
    const key = (
      await call('POST', pushPath(connectionPath), {
        accountId: 'acc-001',
        transactions: [line('t1', 1, 12451.2), { ...line('t2', 1, 12452.2), date: '2099-01-01' }],
      })
    ).body.pushOperationKey;
    expect((await call('GET', `/companies/${companyId}/push/${key}`)).body.status).toBe('Failed');
    expect(fake.statementLines(connectionId, 'acc-001')).toEqual([]);
  });
});

describe('a push to a feed whose new Xero account is still on its way (B3)', () => {
  it('creates the new target and writes the lines, as a read of the mapping would', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake();
    const mapped = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
    });
    expect(mapped.body).toMatchObject({ status: 'connecting', targetAccountId: null });
    const key = (
      await call('POST', pushPath(connectionPath, 'acc-002'), {
        accountId: 'acc-002',
        transactions: [line('s1', 10, 40010)],
      })
    ).body.pushOperationKey;
    const operation = (await call('GET', `/companies/${companyId}/push/${key}`)).body;
    expect(operation).toMatchObject({ status: 'Success', statusCode: 200 });
    expect(fake.statementLines(connectionId, 'acc-002').map((l) => l.id)).toEqual(['s1']);
    const item = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body.find(
      (i: { sourceAccountId: string }) => i.sourceAccountId === 'acc-002',
    );
    expect(item).toMatchObject({ status: 'connected', targetAccountName: 'Business Savings' });
    expect(item.targetAccountId).toEqual(expect.any(String));
  });
});
