/**
 * The fake's webhooks: each event goes out after the change that causes it, with Codat's event
 * type and payload, signed as Svix signs Codat's (checked here with node:crypto), and timestamped
 * on the fake's clock. Payloads are checked against Codat's own schemas where its OpenAPI file
 * has them.
 */
import { describe, expect, it } from 'vitest';
import type { FakeCodatOptions, SentWebhook } from '@bankfeeds/mocks';
import { codatBankFeedsOpenApi } from '../../model/test/openapi';
import { TODAY, startFake } from './helpers';
import { SECRET, hasValidSignature } from './svix';
import { gbpAccount } from './accounts';

const openApi = codatBankFeedsOpenApi();

function expectSchema(schema: string, value: unknown) {
  expect(openApi.validateSchema(schema, value).errors.join('\n'), schema).toBe('');
}

/** A fake that sends webhooks (recorded only), with helpers to read what it sent. */
function startWebhookFake(options: FakeCodatOptions = {}) {
  const started = startFake({ ...options, webhooks: { secret: SECRET } });
  const { fake } = started;
  /** Waits for the deliveries on their way and answers every message sent so far. */
  async function sent(): Promise<SentWebhook[]> {
    await fake.webhooks.flush();
    return [...fake.webhooks.sent];
  }
  /** The messages sent since the last call, after waiting for those on their way. */
  let seen = 0;
  async function sentSince(): Promise<SentWebhook[]> {
    const all = await sent();
    const fresh = all.slice(seen);
    seen = all.length;
    return fresh;
  }
  return { ...started, sent, sentSince };
}

/** The event types of messages. */
const types = (messages: SentWebhook[]) => messages.map((message) => message.event.eventType);

/** What every message must be: delivered, signed, with the body it carries. */
function expectSigned(message: SentWebhook) {
  expect(message.delivered).toBe(true);
  expect(message.headers['content-type']).toBe('application/json');
  expect(message.headers['svix-id']).toMatch(/^msg_[0-9A-Za-z]{27}$/);
  expect(message.headers['svix-timestamp']).toMatch(/^\d{10}$/);
  expect(hasValidSignature(SECRET, message.headers, message.body)).toBe(true);
  expect(JSON.parse(message.body)).toEqual(message.event);
}

const line = (id: string, date: string, amount: number, balance: number) => ({
  id,
  date,
  description: `Line ${id}`,
  amount,
  balance,
  transactionType: amount >= 0 ? 'Credit' : 'Debit',
});

describe('connection events', () => {
  it('created, connected, disconnected, reconnected and deleted, each after its cause', async () => {
    const { call, fake, companyId, sentSince } = startWebhookFake({ scenario: 'empty' });
    const created = await call('POST', `/companies/${companyId}/connections`, {
      platformKey: 'gbol',
    });
    const path = `/companies/${companyId}/connections/${created.body.id}`;
    const [createdEvent, ...none] = await sentSince();
    expect(none).toEqual([]);
    expect(createdEvent!.event).toMatchObject({
      eventType: 'connection.created',
      payload: {
        referenceCompany: {
          id: companyId,
          name: 'Harbour Coffee Roasters Ltd',
          links: { portal: `https://app.codat.io/companies/${companyId}/summary` },
          tags: {},
        },
        // Every copy of a connection carries a fresh single-use link.
        connection: { ...created.body, linkUrl: expect.stringMatching(/\/start\?otp=\d{6}$/) },
      },
    });

    // Codat: the source accounts must exist before consent.
    fake.createSourceAccount(companyId, created.body.id, gbpAccount('acc-1'));
    fake.authorizeConnection(companyId, created.body.id);
    const connected = await sentSince();
    expect(types(connected)).toEqual(['connection.connected']);
    expect(connected[0]!.event.payload).toMatchObject({ connection: { status: 'Linked' } });

    await call('PATCH', path, { status: 'Unlinked' });
    const unlinked = await sentSince();
    expect(types(unlinked)).toEqual(['connection.disconnected']);
    expect(unlinked[0]!.event.payload).toMatchObject({ connection: { status: 'Unlinked' } });

    fake.authorizeConnection(companyId, created.body.id);
    expect(types(await sentSince())).toEqual(['connection.reconnected']);

    fake.deauthorizeConnection(companyId, created.body.id);
    const revoked = await sentSince();
    expect(types(revoked)).toEqual(['connection.disconnected']);
    expect(revoked[0]!.event.payload).toMatchObject({
      connection: { status: 'Deauthorized', dataConnectionErrors: [{ status: 'Active' }] },
    });

    const before = (await call('GET', path)).body;
    expect((await call('DELETE', path)).status).toBe(200);
    const deleted = await sentSince();
    expect(types(deleted)).toEqual(['connection.deleted']);
    expect(deleted[0]!.event.payload).toMatchObject({
      connection: { ...before, linkUrl: expect.any(String) },
    });

    for (const message of await fakeSent(fake)) {
      expectSigned(message);
      const payload = message.event.payload as { referenceCompany: unknown; connection: unknown };
      expectSchema(
        '#/components/schemas/Company/definitions/companyReference',
        payload.referenceCompany,
      );
      expectSchema('Connection', payload.connection);
    }
  });

  it('sends nothing when the status does not change', async () => {
    const { fake, companyId, connectionId, sentSince } = startWebhookFake();
    fake.authorizeConnection(companyId, connectionId); // already Linked
    expect(await sentSince()).toEqual([]);
  });

  it('sends nothing for the state a scenario starts in', async () => {
    const { sent } = startWebhookFake({ scenario: 'deauthorized' });
    expect(await sent()).toEqual([]);
  });
});

describe('bankFeeds.sourceAccount events', () => {
  it('connected once the mapping settles (not while connecting), with the account as Codat has it', async () => {
    const { call, fake, companyId, connectionId, connectionPath, sentSince } = startWebhookFake({
      pendingReads: { mapping: 1 },
    });
    const mapping = `${connectionPath}/bankFeedAccounts/mapping`;
    const target = fake.getOrganisation(connectionId).targets.find((t) => t.currency === 'EUR')!;
    await call('POST', mapping, {
      sourceAccountId: 'acc-003',
      targetAccountId: target.id,
      feedStartDate: '2026-11-01T00:00:00',
    });
    await call('GET', mapping); // still connecting
    expect(await sentSince()).toEqual([]);

    await call('GET', mapping);
    const [message, ...rest] = await sentSince();
    expect(rest).toEqual([]);
    expectSigned(message!);
    const account = (
      await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)
    ).body.find((item: { id: string }) => item.id === 'acc-003');
    expect(message!.event).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      eventType: 'bankFeeds.sourceAccount.connected',
      // Milliseconds, as in Codat's webhook examples (replies carry 7 digits).
      generatedDate: expect.stringMatching(new RegExp(`^${TODAY}T09:\\d\\d:\\d\\d\\.\\d{3}Z$`)),
      payload: {
        referenceCompany: expect.objectContaining({ id: companyId }),
        connectionId,
        sourceAccount: account,
      },
    });
    expect(account).toMatchObject({ status: 'connected', feedStartDate: '2026-11-01' });
    expectSchema('SourceAccountWebhook', message!.event);
  });

  it('disconnected after a PATCH to disconnected', async () => {
    const { call, connectionPath, connectionId, sentSince } = startWebhookFake();
    await call('PATCH', `${connectionPath}/connectionInfo/bankFeedAccounts/acc-001`, {
      id: 'acc-001',
      status: 'disconnected',
    });
    const [message, ...rest] = await sentSince();
    expect(rest).toEqual([]);
    expectSigned(message!);
    expect(message!.event).toMatchObject({
      eventType: 'bankFeeds.sourceAccount.disconnected',
      payload: { connectionId, sourceAccount: { id: 'acc-001', status: 'disconnected' } },
    });
    expectSchema('SourceAccountWebhook', message!.event);

    // Renaming it, or disconnecting it again, changes no status: nothing more is sent.
    await call('PATCH', `${connectionPath}/connectionInfo/bankFeedAccounts/acc-001`, {
      id: 'acc-001',
      accountName: 'Renamed',
      status: 'disconnected',
    });
    expect(await sentSince()).toEqual([]);
  });
});

describe('bankTransactions.write events', () => {
  const pushPath = (connectionPath: string) =>
    `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`;

  it('successful once the operation settles, naming the operation', async () => {
    const { call, companyId, connectionId, connectionPath, sentSince } = startWebhookFake();
    const pushed = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t1', '2026-11-20', 100, 12550.2)],
    });
    expect(await sentSince()).toEqual([]); // Pending: nothing settled yet
    const key = pushed.body.pushOperationKey;
    const settled = (await call('GET', `/companies/${companyId}/push/${key}`)).body;
    const [message, ...rest] = await sentSince();
    expect(rest).toEqual([]);
    expectSigned(message!);
    expect(message!.event).toMatchObject({
      eventType: 'bankTransactions.write.successful',
      payload: {
        id: key,
        type: 'Create',
        referenceCompany: { id: companyId },
        connectionId,
        requestedOnDate: settled.requestedOnUtc,
        completedOnDate: settled.completedOnUtc,
        status: 'Success',
        attachmentId: null,
      },
    });
    expect(message!.event.payload).not.toHaveProperty('record');
  });

  it('unsuccessful for a Failed operation, and for one that timed out (no completedOnDate)', async () => {
    const { call, fake, companyId, connectionPath, sentSince } = startWebhookFake({
      xeroWriteMinutes: 10,
    });
    const failed = await call('POST', pushPath(connectionPath), {
      accountId: 'acc-001',
      transactions: [line('t1', '2026-12-25', 100, 12550.2)], // in the future
    });
    const slow = await call('POST', `${pushPath(connectionPath)}?timeoutInMinutes=5`, {
      accountId: 'acc-001',
      transactions: [line('t2', '2026-11-20', 100, 12550.2)],
    });
    fake.advanceClock(5 * 60_000);
    await call('GET', `/companies/${companyId}/push`); // reads both: one TimedOut, one still Pending
    expect((await sentSince()).map((m) => m.event.payload)).toEqual([
      expect.objectContaining({ id: slow.body.pushOperationKey, status: 'TimedOut' }),
    ]);
    expect((await fakeSent(fake)).at(-1)!.event.payload).not.toHaveProperty('completedOnDate');

    fake.advanceClock(5 * 60_000);
    await call('GET', `/companies/${companyId}/push/${failed.body.pushOperationKey}`);
    const [message] = await sentSince();
    expect(message!.event).toMatchObject({
      eventType: 'bankTransactions.write.unsuccessful',
      payload: { id: failed.body.pushOperationKey, status: 'Failed' },
    });
    expect(message!.event.payload).toHaveProperty('completedOnDate');
    for (const sent of await fakeSent(fake)) expectSigned(sent);
    // A settled operation read again sends nothing more.
    await call('GET', `/companies/${companyId}/push`);
    expect(await sentSince()).toEqual([]);
  });
});

describe('signing and time', () => {
  it('timestamps on the fake’s clock, a fresh message id for each message', async () => {
    const { call, fake, companyId, connectionId, connectionPath, sent } = startWebhookFake();
    fake.advanceClock(3 * 60 * 60_000);
    const clock = Math.floor(fake.clockTime() / 1000);
    fake.deauthorizeConnection(companyId, connectionId);
    fake.authorizeConnection(companyId, connectionId);
    await call('PATCH', `${connectionPath}/connectionInfo/bankFeedAccounts/acc-001`, {
      id: 'acc-001',
      status: 'disconnected',
    });
    const messages = await sent();
    expect(types(messages)).toEqual([
      'connection.disconnected',
      'connection.reconnected',
      'bankFeeds.sourceAccount.disconnected',
    ]);
    for (const message of messages) {
      expectSigned(message);
      const timestamp = Number(message.headers['svix-timestamp']);
      expect(timestamp - clock).toBeGreaterThanOrEqual(0);
      expect(timestamp - clock).toBeLessThan(10);
      expect(Date.parse(message.event.generatedDate) / 1000 - clock).toBeLessThan(10);
      expect(
        hasValidSignature('whsec_b3RoZXIta2V5LW9mLTI0LWJ5dGVzLTAx', message.headers, message.body),
      ).toBe(false);
    }
    expect(new Set(messages.map((m) => m.messageId)).size).toBe(3);
    expect(new Set(messages.map((m) => m.event.id)).size).toBe(3);
    expect(messages.map((m) => m.headers['svix-id'])).toEqual(messages.map((m) => m.messageId));
  });

  it('changes nothing in the fake’s replies, ids and timestamps included', async () => {
    async function run(options: FakeCodatOptions) {
      const { call, fake, companyId, connectionPath } = startFake(options);
      const replies = [
        await call('POST', `/companies/${companyId}/connections`, { platformKey: 'gbol' }),
        await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
          sourceAccountId: 'acc-002',
        }),
        await call('GET', `${connectionPath}/bankFeedAccounts/mapping`),
        await call('POST', `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`, {
          accountId: 'acc-001',
          transactions: [line('t1', '2026-11-20', 100, 12550.2)],
        }),
        await call('GET', `/companies/${companyId}/push`),
        await call('GET', `/companies/${companyId}`),
      ];
      await fake.webhooks.flush();
      return { bodies: replies.map((reply) => reply.body), sent: fake.webhooks.sent.length };
    }
    const off = await run({});
    const on = await run({ webhooks: { secret: SECRET } });
    expect(on.bodies).toEqual(off.bodies);
    expect(off.sent).toBe(0);
    expect(on.sent).toBe(3); // connection.created, sourceAccount.connected, write.successful
  });
});

/** Every message a fake sent, after waiting for those on their way. */
async function fakeSent(fake: {
  webhooks: { flush(): Promise<void>; sent: readonly SentWebhook[] };
}) {
  await fake.webhooks.flush();
  return fake.webhooks.sent;
}
