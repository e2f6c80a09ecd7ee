import { describe, expect, it } from 'vitest';
import { errorCodeOf, newTargetAccountName } from '@bankfeeds/model';
import { startFake } from './helpers';

type Item = {
  sourceAccountId: string;
  status: string;
  targetAccountId: string | null;
  targetAccountOptions: { id: string; name: string }[];
};
const byId = (items: Item[], id: string) => items.find((item) => item.sourceAccountId === id)!;

describe('mapping', () => {
  it('offers targets of the same currency and class, those feeding another source included', async () => {
    const { call, connectionPath } = startFake();
    const reply = await call<Item[]>('GET', `${connectionPath}/bankFeedAccounts/mapping`);
    expect(reply.status).toBe(200);
    expect(reply.body).toHaveLength(6);
    const names = (id: string) => byId(reply.body, id).targetAccountOptions.map((o) => o.name);
    // acc-001 (GBP checking) is connected to the current account; it still sees its own target.
    expect(byId(reply.body, 'acc-001')).toMatchObject({
      status: 'connected',
      targetAccountName: 'Business Current Account',
    });
    expect(names('acc-001')).toEqual(['Business Current Account', 'Business Reserve']);
    // Codat's own mapping example offers a target another source feeds; a POST refuses it.
    expect(names('acc-002')).toEqual(['Business Current Account', 'Business Reserve']);
    expect(names('acc-003')).toEqual(['Euro Account']);
    expect(names('acc-004')).toEqual(['Dollar Account']);
    expect(names('acc-005')).toEqual(['Company Credit Card']);
    expect(names('acc-006')).toEqual([]);
  });

  it('answers connecting, then connected on the next read, with the feed start date', async () => {
    const { call, connectionPath } = startFake();
    const options = (await call<Item[]>('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    const target = byId(options, 'acc-003').targetAccountOptions[0]!.id;
    const posted = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-003',
      targetAccountId: target,
      feedStartDate: '2026-06-01T00:00:00Z',
    });
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({
      sourceAccountId: 'acc-003',
      targetAccountId: target,
      status: 'connecting',
    });
    const after = (await call<Item[]>('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    expect(byId(after, 'acc-003')).toMatchObject({
      status: 'connected',
      targetAccountId: target,
      targetAccountName: 'Euro Account',
      feedStartDate: '2026-06-01T00:00:00',
    });
    const account = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
      .body[2];
    expect(account).toMatchObject({
      id: 'acc-003',
      status: 'connected',
      feedStartDate: '2026-06-01',
    });
  });

  it('keeps answering connecting for pendingReads.mapping reads (list reads count too)', async () => {
    const { call, connectionPath } = startFake({ pendingReads: { mapping: 2 } });
    await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
    });
    expect(
      byId((await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body, 'acc-002')
        .status,
    ).toBe('connecting');
    const listed = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body;
    expect(listed[1].status).toBe('connecting');
    expect(
      byId((await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body, 'acc-002')
        .status,
    ).toBe('connected');
  });

  it('creates a new Xero account named after the source (30 characters at most) when no target is given', async () => {
    const { call, fake, connectionPath, connectionId } = startFake();
    const posted = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-004',
    });
    expect(posted.body).toEqual({
      sourceAccountId: 'acc-004',
      targetAccountId: null,
      status: 'connecting',
    });
    const item = byId(
      (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body,
      'acc-004',
    );
    const expectedName = newTargetAccountName({
      id: 'acc-004',
      accountName: 'Harbour Coffee US Dollar Operating Account',
      accountNumber: null,
    });
    expect(expectedName).toHaveLength(30);
    expect(item).toMatchObject({ status: 'connected', targetAccountName: expectedName });
    const created = fake
      .getOrganisation(connectionId)
      .targets.find((t) => t.id === item.targetAccountId);
    expect(created).toMatchObject({
      name: expectedName,
      currency: 'USD',
      accountClass: 'Debit',
      balance: 3300,
    });
    // A credit card gets a CREDITCARD account.
    await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-006',
      targetAccountId: null,
    });
    const card = byId(
      (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body,
      'acc-006',
    );
    expect(
      fake.getOrganisation(connectionId).targets.find((t) => t.id === card.targetAccountId)
        ?.accountClass,
    ).toBe('Credit');
  });

  it('answers Failed with Codat text when the target already takes a feed', async () => {
    const { call, connectionPath } = startFake();
    const mapping = (await call<Item[]>('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    const taken = byId(mapping, 'acc-001').targetAccountId;
    const reply = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
      targetAccountId: taken,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      sourceAccountId: 'acc-002',
      targetAccountId: taken,
      status: 'Failed',
      error: 'A feed connection already exists to this account',
    });
    expect(errorCodeOf({ status: 200, body: reply.body })).toBe('target-already-connected');
  });

  it('answers Failed for a target of another currency or class, and for an account already connected', async () => {
    const { call, connectionPath } = startFake();
    const mapping = (await call<Item[]>('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    const euro = byId(mapping, 'acc-003').targetAccountOptions[0]!.id;
    const mismatch = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
      targetAccountId: euro,
    });
    expect(mismatch.body).toMatchObject({
      status: 'Failed',
      error: 'The target account does not have the currency and type of the source account.',
    });
    const again = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-001',
    });
    expect(again.body).toMatchObject({
      status: 'Failed',
      error: 'Source account acc-001 is already connected; disconnect it first.',
    });
  });

  it('answers Failed with Xero multi-currency text when the organisation lacks it', async () => {
    const { call, fake, connectionPath, connectionId } = startFake();
    fake.updateOrganisation(connectionId, { multicurrencyEnabled: false });
    const reply = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-004',
    });
    expect(reply.body.status).toBe('Failed');
    expect(errorCodeOf({ status: 200, body: reply.body })).toBe('multi-currency-disabled');
  });

  it('answers Codat 404 for unknown ids and 400 for a bad body', async () => {
    const { call, connectionPath, companyId } = startFake();
    const source = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'nope',
    });
    expect(source.status).toBe(404);
    expect(source.body).toMatchObject({
      statusCode: 404,
      error: 'Bank feed account nope not found',
    });
    const target = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
      targetAccountId: 'nope',
    });
    expect(target.status).toBe(404);
    expect(target.body.error).toBe('Target account nope not found');
    const connection = await call(
      'GET',
      `/companies/${companyId}/connections/00000000-0000-4000-8000-000000000000/bankFeedAccounts/mapping`,
    );
    expect(connection.status).toBe(404);
    expect(connection.body.error).toBe(
      'Data connection 00000000-0000-4000-8000-000000000000 not found',
    );
    expect(
      (await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, { targetAccountId: 'x' }))
        .status,
    ).toBe(400);
  });

  it('needs a Linked connection to map, and offers no options without one', async () => {
    const { call, connectionPath, fake, companyId, connectionId } = startFake({
      scenario: 'needsAuth',
    });
    const mapping = (await call<Item[]>('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    expect(mapping.every((item) => item.targetAccountOptions.length === 0)).toBe(true);
    const refused = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toContain('is PendingAuth, not Linked');
    fake.authorizeConnection(companyId, connectionId);
    expect(
      (
        await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
          sourceAccountId: 'acc-002',
        })
      ).body.status,
    ).toBe('connecting');
  });
});

describe('company information', () => {
  it('answers the Xero organisation once the user has consented', async () => {
    const { call, connectionPath } = startFake();
    const info = await call('GET', `${connectionPath}/bankFeeds/info`);
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      companyName: 'Harbour Coffee Roasters Ltd',
      baseCurrency: 'GBP',
      planType: 'Premium',
      multicurrencyEnabled: true,
      currencies: ['GBP', 'EUR', 'USD'],
    });
  });

  it('answers 400 before consent and keeps the name after Xero revoked access', async () => {
    const pending = startFake({ scenario: 'needsAuth' });
    expect((await pending.call('GET', `${pending.connectionPath}/bankFeeds/info`)).status).toBe(
      400,
    );
    pending.server.close();
    const revoked = startFake({ scenario: 'deauthorized' });
    expect(
      (await revoked.call('GET', `${revoked.connectionPath}/bankFeeds/info`)).body.companyName,
    ).toBe('Harbour Coffee Roasters Ltd');
  });
});

describe('mapping: taken targets and a mapping not saved yet', () => {
  it("refuses a target offered but feeding another source, with Codat's Failed text", async () => {
    const { call, connectionPath } = startFake();
    const mapping = `${connectionPath}/bankFeedAccounts/mapping`;
    const items = (await call<Item[]>('GET', mapping)).body;
    const taken = byId(items, 'acc-001').targetAccountId!;
    expect(byId(items, 'acc-002').targetAccountOptions.map((o) => o.id)).toContain(taken);
    const refused = await call('POST', mapping, {
      sourceAccountId: 'acc-002',
      targetAccountId: taken,
    });
    expect(refused.status).toBe(200);
    expect(refused.body).toEqual({
      sourceAccountId: 'acc-002',
      targetAccountId: taken,
      status: 'Failed',
      error: 'A feed connection already exists to this account',
    });
    expect(byId((await call<Item[]>('GET', mapping)).body, 'acc-002').status).toBe('pending');
  });

  it('answers pending for mappingPendingReads reads after a POST, then connecting, then connected', async () => {
    const { call, connectionPath } = startFake({
      mappingPendingReads: 2,
      pendingReads: { mapping: 1 },
    });
    const mapping = `${connectionPath}/bankFeedAccounts/mapping`;
    const accounts = `${connectionPath}/connectionInfo/bankFeedAccounts`;
    const posted = await call('POST', mapping, { sourceAccountId: 'acc-002' });
    expect(posted.body.status).toBe('connecting');
    const first = byId((await call<Item[]>('GET', mapping)).body, 'acc-002');
    expect(first.status).toBe('pending');
    expect(first).not.toHaveProperty('targetAccountId');
    // The account list is a read too, and says the same.
    const listed = (await call<{ id: string; status: string }[]>('GET', accounts)).body;
    expect(listed.find((a) => a.id === 'acc-002')!.status).toBe('pending');
    expect(byId((await call<Item[]>('GET', mapping)).body, 'acc-002').status).toBe('connecting');
    const connected = byId((await call<Item[]>('GET', mapping)).body, 'acc-002');
    expect(connected.status).toBe('connected');
    expect(connected.targetAccountId).toEqual(expect.any(String));
  });

  it('never answers pending after a POST by default', async () => {
    const { call, connectionPath } = startFake();
    const mapping = `${connectionPath}/bankFeedAccounts/mapping`;
    await call('POST', mapping, { sourceAccountId: 'acc-002' });
    expect(byId((await call<Item[]>('GET', mapping)).body, 'acc-002').status).toBe('connected');
  });
});
