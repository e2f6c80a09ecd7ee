import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '@bankfeeds/model';
import { startFake } from './helpers';
import { line, pushPath } from './lines';

const MINUTE = 60_000;

const DUPLICATE_TEXT =
  'An error occurred in a downstream service. Message: duplicate-statement: statement lines with these ids were already written to this bank account.';
const DUPLICATE_LINE =
  'duplicate-statement: a statement line with this id was already written to this account.';

describe('lines Xero already holds (D1)', () => {
  it('refuses a push whole when any of its lines was already written to the account', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake();
    await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t1', 1, 12451.2), line('t2', 1, 12452.2)],
    });
    const again = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t2', 1, 12452.2), line('t3', 1, 12453.2), line('t1', 1, 12451.2)],
    });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('Pending');
    const operation = (
      await call('GET', `/companies/${companyId}/push/${again.body.pushOperationKey}`)
    ).body;
    expect(operation).toMatchObject({
      status: 'Failed',
      statusCode: 409,
      errorMessage: DUPLICATE_TEXT,
      changes: [],
      validation: {
        errors: [
          { itemId: 't2', message: DUPLICATE_LINE, validatorName: 'duplicate-statement' },
          { itemId: 't1', message: DUPLICATE_LINE, validatorName: 'duplicate-statement' },
        ],
        warnings: [],
      },
    });
    expect(errorCodeOf({ body: operation })).toBe('duplicate-statement');
    // Nothing of the refused request is written: t3 is not there, the balance did not move.
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1', 't2']);
    const account = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
      .body[0];
    expect(account.balance).toBe(12452.2);
  });

  it('judges duplicates when Xero writes, so of two identical pushes in flight only the first lands', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake({
      xeroWriteMinutes: 2,
    });
    const body = { accountId: 'acc-001', transactions: [line('t1', 1, 12451.2)] };
    const first = await call('POST', pushPath(connectionPath), body);
    const second = await call('POST', pushPath(connectionPath), body);
    fake.advanceClock(2 * MINUTE);
    const read = async (key: string) =>
      (await call('GET', `/companies/${companyId}/push/${key}`)).body;
    expect((await read(first.body.pushOperationKey)).status).toBe('Success');
    expect(await read(second.body.pushOperationKey)).toMatchObject({
      status: 'Failed',
      statusCode: 409,
    });
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
  });

  it('keeps each account apart: the same id may be written to another account', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake();
    await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
    });
    await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t1', 1, 12451.2)],
    });
    const other = await call('POST', pushPath(connectionPath, 'acc-002'), {
      accountId: 'acc-002',
      transactions: [line('t1', 1, 40001)],
    });
    expect(
      (await call('GET', `/companies/${companyId}/push/${other.body.pushOperationKey}`)).body
        .status,
    ).toBe('Success');
    expect(fake.statementLines(connectionId, 'acc-002').map((l) => l.id)).toEqual(['t1']);
  });
});

describe('a write Codat gave up on (D2)', () => {
  const body = { accountId: 'acc-001', transactions: [line('t1', 100, 12550.2)] };

  it('still lands when Xero finishes: TimedOut stays, changes list the lines created', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake({
      xeroWriteMinutes: 10,
    });
    const pushed = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=5`, body);
    const read = async () =>
      (await call('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`)).body;
    fake.advanceClock(5 * MINUTE);
    expect(await read()).toMatchObject({ status: 'TimedOut', changes: [], statusCode: 202 });
    expect(fake.statementLines(connectionId, 'acc-001')).toEqual([]);

    fake.advanceClock(5 * MINUTE);
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
    const landed = await read();
    expect(landed).toMatchObject({
      status: 'TimedOut',
      statusCode: 202,
      errorMessage: null,
      validation: { errors: [], warnings: [] },
      changes: [
        {
          type: 'Created',
          recordRef: { id: 't1', dataType: 'bankTransactions' },
          attachmentId: null,
        },
      ],
    });
    expect(landed.completedOnUtc).toBeUndefined();
    const account = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
      .body[0];
    expect(account.balance).toBe(12550.2);
  });

  it('lands through the duplicate check: a resend that Xero wrote first leaves the late write refused', async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake({
      xeroWriteMinutes: 10,
    });
    const slow = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=1`, body);
    fake.advanceClock(MINUTE);
    // Xero has not written the first request yet when the caller resends the same line.
    const resend = await call('POST', pushPath(connectionPath), body);
    fake.advanceClock(10 * MINUTE);
    const read = async (key: string) =>
      (await call('GET', `/companies/${companyId}/push/${key}`)).body;
    // Oldest first: the timed-out request lands, the resend is the duplicate.
    expect((await read(slow.body.pushOperationKey)).changes).toHaveLength(1);
    expect(await read(resend.body.pushOperationKey)).toMatchObject({
      status: 'Failed',
      statusCode: 409,
    });
    expect(fake.statementLines(connectionId, 'acc-001').map((l) => l.id)).toEqual(['t1']);
  });

  it("with timedOutWrites: 'never', never lands", async () => {
    const { call, fake, connectionPath, connectionId, companyId } = startFake({
      xeroWriteMinutes: 10,
      timedOutWrites: 'never',
    });
    const pushed = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=5`, body);
    fake.advanceClock(60 * MINUTE);
    const operation = (
      await call('GET', `/companies/${companyId}/push/${pushed.body.pushOperationKey}`)
    ).body;
    expect(operation).toMatchObject({ status: 'TimedOut', changes: [] });
    expect(fake.statementLines(connectionId, 'acc-001')).toEqual([]);
  });
});
