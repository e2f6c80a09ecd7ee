/**
 * What consent in Xero gives: a Linked connection only when the source accounts exist first
 * (Codat's rule), `connection.failed` for a cancelled or refused consent, Xero's limit of 25
 * organisations at consent, and a feed removed inside Xero.
 */
import { describe, expect, it } from 'vitest';
import type { FakeCodatOptions } from '@bankfeeds/mocks';
import { gbpAccount } from './accounts';
import { startFake } from './helpers';
import { SECRET } from './svix';

function startWithWebhooks(options: FakeCodatOptions = {}) {
  const started = startFake({ ...options, webhooks: { secret: SECRET } });
  const events = async () => {
    await started.fake.webhooks.flush();
    return started.fake.webhooks.sent.map((message) => message.event);
  };
  return { ...started, events };
}

/** Opens a fresh link and presses the page's button, as the user would. */
async function consent(
  call: ReturnType<typeof startFake>['call'],
  path: string,
  button: 'authorize' | 'deny',
) {
  const link = (await call('GET', path)).body.linkUrl as string;
  const html = await (await fetch(link)).text();
  const action = new RegExp(`action="(${button}\\?otp=\\d{6})"`).exec(html)![1]!;
  return fetch(new URL(action, link), { method: 'POST' });
}

describe('consent needs source accounts first', () => {
  it('leaves a connection without source accounts PendingAuth, with a 403 error and connection.failed', async () => {
    const { call, connectionPath, events } = startWithWebhooks({ scenario: 'empty' });
    const reply = await consent(call, connectionPath, 'authorize');
    const connection = await reply.json();
    expect(connection.status).toBe('PendingAuth');
    expect(connection.dataConnectionErrors).toEqual([
      expect.objectContaining({
        statusCode: '403',
        statusText: 'Bank feeds scope missing',
        errorMessage: expect.stringContaining('no source accounts'),
        status: 'Active',
      }),
    ]);
    expect((await call('GET', connectionPath)).body.status).toBe('PendingAuth');
    const [failed, ...rest] = await events();
    expect(rest).toEqual([]);
    expect(failed).toMatchObject({
      eventType: 'connection.failed',
      payload: {
        connection: { status: 'PendingAuth', dataConnectionErrors: [{ statusCode: '403' }] },
      },
    });
  });

  it('links once the accounts exist, and marks the earlier error resolved', async () => {
    const { call, connectionPath } = startFake({ scenario: 'empty' });
    await consent(call, connectionPath, 'authorize');
    const created = await call(
      'POST',
      `${connectionPath}/connectionInfo/bankFeedAccounts`,
      gbpAccount('acc-1'),
    );
    expect(created.status).toBe(200);
    const linked = await (await consent(call, connectionPath, 'authorize')).json();
    expect(linked.status).toBe('Linked');
    expect(linked.dataConnectionErrors[0].status).toBe('Resolved');
  });
});

describe('connection.failed for a cancelled consent', () => {
  it("keeps PendingAuth and lists Codat's cancelled-linking error", async () => {
    const { call, connectionPath, events } = startWithWebhooks({ scenario: 'needsAuth' });
    const connection = await (await consent(call, connectionPath, 'deny')).json();
    const error = {
      statusCode: '403',
      statusText: 'User cancelled linking',
      errorMessage: 'User cancelled',
      status: 'Active',
    };
    expect(connection).toMatchObject({ status: 'PendingAuth', dataConnectionErrors: [error] });
    const sent = await events();
    expect(sent.map((event) => event.eventType)).toEqual(['connection.failed']);
    expect(sent[0]!.payload).toMatchObject({
      connection: { status: 'PendingAuth', dataConnectionErrors: [error] },
    });
  });
});

describe("Xero's organisation limit shows at consent", () => {
  it('fails consent past xeroOrganisationLimit with connection.failed; companies are not refused', async () => {
    // The scenario's connection is the first Linked organisation of 2.
    const { call, events } = startWithWebhooks({ xeroOrganisationLimit: 2 });
    const ids: string[] = [];
    for (const name of ['Second Ltd', 'Third Ltd']) {
      const company = await call('POST', '/companies', { name });
      expect(company.status).toBe(200);
      const connection = (
        await call('POST', `/companies/${company.body.id}/connections`, { platformKey: 'gbol' })
      ).body;
      const path = `/companies/${company.body.id}/connections/${connection.id}`;
      await call('POST', `${path}/connectionInfo/bankFeedAccounts`, gbpAccount('acc-1'));
      ids.push(path);
    }
    expect((await (await consent(call, ids[0]!, 'authorize')).json()).status).toBe('Linked');
    const refused = await (await consent(call, ids[1]!, 'authorize')).json();
    expect(refused.status).toBe('PendingAuth');
    expect(refused.dataConnectionErrors[0]).toMatchObject({
      statusCode: '403',
      statusText: 'Xero organisation limit reached',
      status: 'Active',
    });
    expect((await events()).at(-1)).toMatchObject({ eventType: 'connection.failed' });
  });

  it('allows 25 Linked organisations by default and refuses the 26th at consent', async () => {
    const { call, fake } = startFake();
    let last = '';
    for (let i = 2; i <= 26; i++) {
      const company = fake.createCompany({ name: `Company ${i}` });
      const connection = fake.createConnection(company.id, { platformKey: 'gbol' });
      fake.createSourceAccount(company.id, connection.id, gbpAccount('acc-1'));
      last = `/companies/${company.id}/connections/${connection.id}`;
      if (i < 26) expect(fake.authorizeConnection(company.id, connection.id).status).toBe('Linked');
    }
    const refused = await (await consent(call, last, 'authorize')).json();
    expect(refused.status).toBe('PendingAuth');
    expect(refused.dataConnectionErrors[0].statusText).toBe('Xero organisation limit reached');
  });
});

describe('a feed disconnected inside Xero', () => {
  it('turns the source account disconnected and sends bankFeeds.sourceAccount.disconnected', async () => {
    const { call, fake, companyId, connectionId, connectionPath, events } = startWithWebhooks();
    const account = fake.disconnectFeedInXero(companyId, connectionId, 'acc-001');
    expect(account.status).toBe('disconnected');
    const listed = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body;
    expect(listed.find((a: { id: string }) => a.id === 'acc-001').status).toBe('disconnected');
    const sent = await events();
    expect(sent.map((event) => event.eventType)).toEqual(['bankFeeds.sourceAccount.disconnected']);
    expect(sent[0]!.payload).toMatchObject({
      connectionId,
      sourceAccount: { id: 'acc-001', status: 'disconnected' },
    });
    expect(() => fake.disconnectFeedInXero(companyId, connectionId, 'acc-002')).toThrow(/no feed/);
  });
});
