import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '@bankfeeds/model';
import { TODAY, startFake } from './helpers';

const line = (
  id: string,
  date: string,
  amount: number,
  balance: number,
  transactionType = amount >= 0 ? 'Credit' : 'Debit',
) => ({
  id,
  date,
  description: `Line ${id}`,
  amount,
  balance,
  transactionType,
});

function pushPath(connectionPath: string, accountId = 'acc-001') {
  return `${connectionPath}/push/bankAccounts/${accountId}/bankTransactions`;
}

describe('pushing bank transactions', () => {
  it('answers Pending, reads Success next, and the balance follows the last line', async () => {
    const { call, connectionPath, companyId } = startFake();
    const body = {
      accountId: 'acc-001',
      transactions: [
        line('t1', '2026-11-20T10:00:00', 100, 12550.2),
        line('t2', '2026-11-21', -50.2, 12500),
      ],
    };
    const pushed = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=5`, body);
    expect(pushed.status).toBe(200);
    expect(pushed.body).toMatchObject({
      status: 'Pending',
      statusCode: 202,
      dataType: 'bankTransactions',
      companyId,
      timeoutInMinutes: 5,
      data: body,
    });
    expect(pushed.body.completedOnUtc).toBeUndefined();
    const key = pushed.body.pushOperationKey;
    const settled = await call('GET', `/companies/${companyId}/push/${key}`);
    expect(settled.body).toMatchObject({
      status: 'Success',
      statusCode: 200,
      errorMessage: null,
      validation: { errors: [], warnings: [] },
    });
    expect(settled.body.completedOnUtc).toEqual(expect.any(String));
    expect(settled.body.changes).toEqual([
      {
        type: 'Created',
        recordRef: { id: 't1', dataType: 'bankTransactions' },
        attachmentId: null,
      },
      {
        type: 'Created',
        recordRef: { id: 't2', dataType: 'bankTransactions' },
        attachmentId: null,
      },
    ]);
    const account = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
      .body[0];
    expect(account.balance).toBe(12500);
    const mapping = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body[0];
    expect(mapping.sourceBalance).toBe(12500);
    expect(mapping.targetAccountOptions[0].balance).toBe(12500);
  });

  it('keeps Pending for pendingReads.push reads so polling can be tested', async () => {
    const { call, connectionPath, companyId } = startFake({ pendingReads: { push: 2 } });
    const key = (
      await call('POST', pushPath(connectionPath), {
        accountId: 'acc-001',
        transactions: [line('t1', TODAY, 1, 12451.2)],
      })
    ).body.pushOperationKey;
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call('GET', `/companies/${companyId}/push/${key}`)).body.status);
    expect(statuses).toEqual(['Pending', 'Pending', 'Success', 'Success']);
  });

  it('reports a wrongly signed line and a balance that does not add up as warnings on a Success', async () => {
    const { call, connectionPath, companyId } = startFake();
    const key = (
      await call('POST', pushPath(connectionPath), {
        accountId: 'acc-001',
        transactions: [line('t1', TODAY, 100, 12550.2, 'Debit'), line('t2', TODAY, 10, 99)],
      })
    ).body.pushOperationKey;
    const operation = (await call('GET', `/companies/${companyId}/push/${key}`)).body;
    expect(operation.status).toBe('Success');
    expect(
      operation.validation.warnings.map((w: { validatorName: string }) => w.validatorName),
    ).toEqual(['amount-sign-mismatch', 'balance-mismatch']);
    expect(operation.validation.warnings[0]).toMatchObject({ itemId: 't1' });
  });

  it('fails the operation with one validation error per broken Xero rule', async () => {
    const { call, connectionPath, companyId } = startFake();
    const key = (
      await call('POST', pushPath(connectionPath), {
        accountId: 'acc-001',
        transactions: [
          line('future', '2026-11-22', 1, 12451.2),
          line('old', '2025-11-20', 1, 12452.2),
          { id: 'no-balance', date: '2026-11-01', amount: 5 },
          line('future', '2026-11-02', 1, 1),
        ],
      })
    ).body.pushOperationKey;
    const operation = (await call('GET', `/companies/${companyId}/push/${key}`)).body;
    expect(operation).toMatchObject({
      status: 'Failed',
      statusCode: 400,
      errorMessage:
        'An error occurred in a downstream service. See the validation property for more information.',
      changes: [],
    });
    const rules = operation.validation.errors.map(
      (e: { validatorName: string }) => e.validatorName,
    );
    expect(rules).toEqual([
      'date-in-future',
      'date-too-old',
      'not-chronological',
      'missing-balance',
      'duplicate-id',
    ]);
    expect(operation.validation.errors[0]).toMatchObject({
      itemId: 'future',
      message: 'Line 1 (future) is dated 2026-11-22, after today (2026-11-21).',
    });
    expect(errorCodeOf({ body: operation })).toBe('unknown');
    // A failed push leaves the balance alone.
    expect(
      (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body[0].balance,
    ).toBe(12450.2);
  });

  it('fails a push to an account whose feed is not connected', async () => {
    const { call, connectionPath, companyId } = startFake();
    const key = (
      await call('POST', pushPath(connectionPath, 'acc-002'), {
        accountId: 'acc-002',
        transactions: [line('t1', TODAY, 1, 40001)],
      })
    ).body.pushOperationKey;
    const operation = (await call('GET', `/companies/${companyId}/push/${key}`)).body;
    expect(operation.status).toBe('Failed');
    expect(operation.validation.errors[0]).toMatchObject({
      itemId: 'acc-002',
      validatorName: 'account-not-connected',
    });
  });

  it('answers 400 for more than 1000 lines, a body for another account, or no transactions array', async () => {
    const { call, connectionPath } = startFake();
    const many = Array.from({ length: 1001 }, (_, i) => line(`t${i}`, TODAY, 1, 12451.2 + i));
    const tooMany = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: many,
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.validation.errors[0]).toMatchObject({
      validatorName: 'too-many-transactions',
    });
    const other = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-002',
      transactions: [],
    });
    expect(other.status).toBe(400);
    expect(other.body.error).toBe(
      "The body's accountId (acc-002) is not the account in the path (acc-001).",
    );
    expect((await call('POST', pushPath(connectionPath), { accountId: 'acc-001' })).status).toBe(
      400,
    );
    const unknown = await call('POST', pushPath(connectionPath, 'nope'), {
      accountId: 'nope',
      transactions: [],
    });
    expect(unknown.status).toBe(404);
  });

  it('answers Xero 403 when the organisation has no bank feeds', async () => {
    const { call, fake, connectionPath, connectionId } = startFake();
    fake.updateOrganisation(connectionId, { bankFeedsEnabled: false });
    const reply = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t1', TODAY, 1, 12451.2)],
    });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({
      statusCode: 403,
      service: 'Xero',
      error:
        'invalid-organization-bank-feeds: Invalid Organization. The organization does not support automated bank feeds.',
    });
    expect(errorCodeOf({ status: reply.status, body: reply.body })).toBe('bank-feeds-disabled');
  });

  it('answers 400 on a connection that is not Linked', async () => {
    const { call, connectionPath } = startFake({ scenario: 'deauthorized' });
    const reply = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t1', TODAY, 1, 12451.2)],
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error).toContain('is Deauthorized, not Linked');
  });

  it('lists push operations in pages; listing settles them', async () => {
    const { call, connectionPath, companyId } = startFake();
    for (let i = 0; i < 3; i++)
      await call('POST', pushPath(connectionPath), {
        accountId: 'acc-001',
        transactions: [line(`t${i}`, TODAY, 1, 12451.2 + i)],
      });
    const first = await call('GET', `/companies/${companyId}/push?page=1&pageSize=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ pageNumber: 1, pageSize: 2, totalResults: 3 });
    expect(first.body._links.next).toEqual({
      href: `/companies/${companyId}/push?page=2&pageSize=2`,
    });
    expect(first.body.results.map((o: { status: string }) => o.status)).toEqual([
      'Success',
      'Success',
    ]);
    const failed = await call('GET', `/companies/${companyId}/push?query=status%3DFailed`);
    expect(failed.body.totalResults).toBe(0);
    const newest = await call(
      'GET',
      `/companies/${companyId}/push?orderBy=-requestedOnUtc&pageSize=1`,
    );
    expect(newest.body.results[0].requestedOnUtc > first.body.results[0].requestedOnUtc).toBe(true);
  });

  it('answers 404 for an unknown push operation', async () => {
    const { call, companyId } = startFake();
    const reply = await call(
      'GET',
      `/companies/${companyId}/push/00000000-0000-4000-8000-000000000000`,
    );
    expect(reply.status).toBe(404);
    expect(reply.body.error).toBe('Push operation 00000000-0000-4000-8000-000000000000 not found');
  });
});

describe('a slow Xero and timeoutInMinutes', () => {
  const MINUTE = 60_000;
  const body = { accountId: 'acc-001', transactions: [line('t1', TODAY, 100, 12550.2)] };

  it('reads TimedOut once the timeout runs out before Xero finishes, and with timedOutWrites: never writes nothing', async () => {
    const { call, fake, connectionPath, companyId } = startFake({
      xeroWriteMinutes: 10,
      timedOutWrites: 'never',
    });
    const pushed = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=5`, body);
    const read = () => call('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`);
    expect((await read()).body.status).toBe('Pending');
    fake.advanceClock(4 * MINUTE);
    expect((await read()).body.status).toBe('Pending');
    fake.advanceClock(MINUTE);
    const timedOut = await read();
    expect(timedOut.status).toBe(200);
    // Codat's docs: TimedOut changes the status only; nothing else of a Pending read moves.
    expect(timedOut.body).toMatchObject({
      status: 'TimedOut',
      timeoutInMinutes: 5,
      statusCode: 202,
      errorMessage: null,
      changes: [],
      validation: { errors: [], warnings: [] },
    });
    expect(timedOut.body.completedOnUtc).toBeUndefined();

    // Asked to, Codat does not process it after the deadline, even once Xero would have finished.
    fake.advanceClock(60 * MINUTE);
    expect((await read()).body.status).toBe('TimedOut');
    const account = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
      .body[0];
    expect(account.balance).toBe(12450.2);
    expect(fake.statementLines(fake.ids.connectionId, 'acc-001')).toEqual([]);
    const listed = await call('GET', `/companies/${companyId}/push?query=status%3DTimedOut`);
    expect(
      listed.body.results.map((o: { pushOperationKey: string }) => o.pushOperationKey),
    ).toEqual([pushed.body.pushOperationKey]);
  });

  it('times out an operation nobody read until after both the deadline and Xero passed', async () => {
    const { call, fake, connectionPath, companyId } = startFake({ xeroWriteMinutes: 10 });
    const pushed = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=5`, body);
    fake.advanceClock(30 * MINUTE);
    const page = await call('GET', `/companies/${companyId}/push`);
    expect(page.body.results[0]).toMatchObject({
      pushOperationKey: pushed.body.pushOperationKey,
      status: 'TimedOut',
    });
  });

  it('succeeds when Xero finishes within the timeout; the write time shows in completedOnUtc', async () => {
    const { call, fake, connectionPath, companyId } = startFake({ xeroWriteMinutes: 3 });
    const pushed = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=5`, body);
    const read = () => call('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`);
    fake.advanceClock(2 * MINUTE);
    expect((await read()).body.status).toBe('Pending');
    fake.advanceClock(MINUTE);
    const settled = (await read()).body;
    expect(settled).toMatchObject({ status: 'Success', statusCode: 200 });
    expect(
      Date.parse(settled.completedOnUtc) - Date.parse(settled.requestedOnUtc),
    ).toBeGreaterThanOrEqual(3 * MINUTE);
    const account = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
      .body[0];
    expect(account.balance).toBe(12550.2);
  });

  it('waits for Xero however long it takes when the push sets no timeout', async () => {
    const { call, fake, connectionPath, companyId } = startFake({ xeroWriteMinutes: 24 * 60 });
    const pushed = await call('POST', pushPath(connectionPath), body);
    expect(pushed.body.timeoutInMinutes).toBeNull();
    const read = () => call('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`);
    fake.advanceClock(23 * 60 * MINUTE);
    expect((await read()).body.status).toBe('Pending');
    fake.advanceClock(60 * MINUTE);
    expect((await read()).body.status).toBe('Success');
  });

  it('keeps pendingReads.push for after Xero has finished', async () => {
    const { call, fake, connectionPath, companyId } = startFake({
      xeroWriteMinutes: 1,
      pendingReads: { push: 1 },
    });
    const pushed = await call('POST', pushPath(connectionPath), body);
    const read = async () =>
      (await call('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`)).body
        .status;
    expect([await read(), await read()]).toEqual(['Pending', 'Pending']);
    fake.advanceClock(MINUTE);
    expect([await read(), await read()]).toEqual(['Pending', 'Success']);
  });

  it('moves timestamps with the clock, only forward, and refuses a negative write time', async () => {
    const { call, fake } = startFake();
    const before = (await call('POST', '/companies', { name: 'Before' })).body.created;
    fake.advanceClock(90 * MINUTE);
    const after = (await call('POST', '/companies', { name: 'After' })).body.created;
    expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(90 * MINUTE);
    expect(() => fake.advanceClock(-1)).toThrow(/only moves forward/);
    expect(() => startFake({ xeroWriteMinutes: -1 })).toThrow(/xeroWriteMinutes/);
  });
});
