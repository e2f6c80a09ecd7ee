import { describe, expect, it } from 'vitest';
import { errorCodeOf } from '@bankfeeds/model';
import { gbpAccount } from './accounts';
import { startFake } from './helpers';

/** A valid v2 body (a GBP current account). */
const v2 = gbpAccount;

describe('source accounts', () => {
  it('creates a v2 account as pending and lists it', async () => {
    const { call, connectionPath } = startFake({ scenario: 'empty' });
    const created = await call(
      'POST',
      `${connectionPath}/connectionInfo/bankFeedAccounts`,
      v2('new-1'),
    );
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      id: 'new-1',
      status: 'pending',
      accountInfo: null,
    });
    // Not yet connected: no feed start date (left out, never null).
    expect(created.body).not.toHaveProperty('feedStartDate');
    const list = await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`);
    expect(list.body).toEqual([created.body]);
  });

  it('creates a v1 account (free accountType) and answers it in v1 form', async () => {
    const { call, connectionPath } = startFake({ scenario: 'empty' });
    const created = await call('POST', `${connectionPath}/connectionInfo/bankFeedAccounts`, {
      id: 'v1-1',
      accountName: 'Card',
      accountType: 'Credit',
      currency: 'GBP',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      id: 'v1-1',
      accountType: 'Credit',
      status: 'pending',
    });
    // v1 leaves out what the account does not have (no balance given), rather than sending null.
    expect(created.body).not.toHaveProperty('balance');
    expect('accountInfo' in created.body).toBe(false);
    // The connection is now a v1 one: a v2-only field is refused.
    const v2Field = await call(
      'POST',
      `${connectionPath}/connectionInfo/bankFeedAccounts`,
      v2('v1-2', { accountInfo: null }),
    );
    expect(v2Field.status).toBe(400);
  });

  it('holds a v2 connection to the v2 schema', async () => {
    const { call, connectionPath } = startFake();
    const v1 = await call('POST', `${connectionPath}/connectionInfo/bankFeedAccounts`, {
      id: 'v1-1',
      accountType: 'Credit',
    });
    expect(v1.status).toBe(400);
    expect(v1.body.validation.errors.map((e: { itemId: string }) => e.itemId)).toEqual(
      expect.arrayContaining(['accountName', 'accountType']),
    );
    const batch = await call('POST', `${connectionPath}/connectionInfo/bankFeedAccounts/batch`, [
      { id: 'v1-1' },
    ]);
    expect(batch.status).toBe(400);
  });

  it('refuses an id already on the connection with 400 and Codat text', async () => {
    const { call, connectionPath } = startFake();
    const reply = await call(
      'POST',
      `${connectionPath}/connectionInfo/bankFeedAccounts`,
      v2('acc-001'),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('A bank account already exists with the same Id');
    expect(errorCodeOf({ status: reply.status, body: reply.body })).toBe('source-account-exists');
    const invalid = await call('POST', `${connectionPath}/connectionInfo/bankFeedAccounts`, {
      accountName: 'no id',
    });
    expect(invalid.status).toBe(400);
  });

  it('batch-creates: 201 when all are created, 207 for a mixture, 409 when none are', async () => {
    const { call, connectionPath } = startFake();
    const path = `${connectionPath}/connectionInfo/bankFeedAccounts/batch`;
    const all = await call('POST', path, [v2('b-1'), v2('b-2')]);
    expect(all.status).toBe(201);
    expect(all.body[0]).toMatchObject({
      sourceAccountId: 'b-1',
      result: { statusCode: 201, account: { id: 'b-1', status: 'pending' } },
    });
    expect(all.body[0].result).not.toHaveProperty('error');

    const mixed = await call('POST', path, [v2('b-3'), v2('acc-001')]);
    expect(mixed.status).toBe(207);
    expect(mixed.body[1]).toEqual({
      sourceAccountId: 'acc-001',
      result: { statusCode: '409', error: 'A bank account already exists with the same Id' },
    });

    const none = await call('POST', path, [v2('b-1'), v2('b-2')]);
    expect(none.status).toBe(409);
    expect(
      none.body.map((item: { result: { statusCode: string } }) => item.result.statusCode),
    ).toEqual(['409', '409']);

    const inBatch = await call('POST', path, [v2('b-9'), v2('b-9')]);
    expect(inBatch.status).toBe(207);
    expect((await call('POST', path, { not: 'an array' })).status).toBe(400);
    expect(
      (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body,
    ).toHaveLength(6 + 4);
  });

  it('updates the name; other fields only when they repeat the stored value', async () => {
    const { call, connectionPath } = startFake();
    const path = `${connectionPath}/connectionInfo/bankFeedAccounts/acc-002`;
    const renamed = await call('PATCH', path, {
      id: 'acc-002',
      accountName: 'Rainy Day',
      currency: 'GBP',
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.accountName).toBe('Rainy Day');
    const currency = await call('PATCH', path, { id: 'acc-002', currency: 'EUR' });
    expect(currency.status).toBe(400);
    expect(currency.body.error).toBe(
      'Only accountName, status and balance can be updated; currency cannot be changed.',
    );
    const wrongId = await call('PATCH', path, { id: 'acc-003', accountName: 'x' });
    expect(wrongId.status).toBe(400);
    expect(
      (
        await call('PATCH', `${connectionPath}/connectionInfo/bankFeedAccounts/nope`, {
          id: 'nope',
        })
      ).status,
    ).toBe(404);
  });

  it('allows status only to disconnected, which frees the Xero account', async () => {
    const { call, connectionPath } = startFake();
    const accounts = `${connectionPath}/connectionInfo/bankFeedAccounts`;
    const connecting = await call('PATCH', `${accounts}/acc-001`, {
      id: 'acc-001',
      status: 'connected',
    });
    expect(connecting.status).toBe(400);
    expect(connecting.body.error).toBe(
      "A source account's status can only be set to disconnected, not connected.",
    );

    const mappingBefore = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    const target = mappingBefore[0].targetAccountId;
    const mapping = `${connectionPath}/bankFeedAccounts/mapping`;
    // Offered to acc-002 too (as Codat does), but refused while acc-001's feed holds it.
    const refused = await call('POST', mapping, {
      sourceAccountId: 'acc-002',
      targetAccountId: target,
    });
    expect(refused.body).toMatchObject({ status: 'Failed' });

    const disconnected = await call('PATCH', `${accounts}/acc-001`, {
      id: 'acc-001',
      status: 'disconnected',
    });
    expect(disconnected.body).toMatchObject({ status: 'disconnected' });
    expect(disconnected.body).not.toHaveProperty('feedStartDate');
    const mappingAfter = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    expect(mappingAfter[0]).toMatchObject({ status: 'disconnected' });
    expect(mappingAfter[0]).not.toHaveProperty('targetAccountId');
    expect(mappingAfter[1].targetAccountOptions.map((o: { id: string }) => o.id)).toContain(target);
    const taken = await call('POST', mapping, {
      sourceAccountId: 'acc-002',
      targetAccountId: target,
    });
    expect(taken.body).toMatchObject({ status: 'connecting', targetAccountId: target });
  });

  it('refuses a balance change while connected, allows it otherwise', async () => {
    const { call, connectionPath } = startFake();
    const accounts = `${connectionPath}/connectionInfo/bankFeedAccounts`;
    const refused = await call('PATCH', `${accounts}/acc-001`, { id: 'acc-001', balance: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe(
      'The balance of a connected account cannot be changed; it follows the transactions written to it.',
    );
    const same = await call('PATCH', `${accounts}/acc-001`, { id: 'acc-001', balance: 12450.2 });
    expect(same.status).toBe(200);
    const pending = await call('PATCH', `${accounts}/acc-002`, { id: 'acc-002', balance: 1 });
    expect(pending.body.balance).toBe(1);
  });

  it('deletes an account with 204, removing its mapping; the Xero account stays', async () => {
    const { call, fake, connectionPath, connectionId } = startFake();
    const accounts = `${connectionPath}/connectionInfo/bankFeedAccounts`;
    const targets = fake.getOrganisation(connectionId).targets.length;
    const deleted = await call('DELETE', `${accounts}/acc-001`);
    expect(deleted.status).toBe(204);
    const mapping = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    expect(mapping.map((item: { sourceAccountId: string }) => item.sourceAccountId)).not.toContain(
      'acc-001',
    );
    expect(fake.getOrganisation(connectionId).targets).toHaveLength(targets);
    expect((await call('DELETE', `${accounts}/acc-001`)).status).toBe(404);
  });

  it('answers the QuickBooks- and Sage-only calls with 400 on Xero', async () => {
    const { call, connectionPath } = startFake();
    expect(
      (await call('POST', `${connectionPath}/connectionInfo/bankFeedAccounts/credentials`, {}))
        .status,
    ).toBe(400);
    expect(
      (await call('DELETE', `${connectionPath}/connectionInfo/bankFeedAccounts/credentials`))
        .status,
    ).toBe(400);
    expect((await call('POST', `${connectionPath}/bankFeeds/otp`)).status).toBe(400);
  });
});
