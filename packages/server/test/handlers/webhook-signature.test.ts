import { afterEach, describe, expect, it } from 'vitest';
import { createBankFeeds } from '../../src/bank-feeds';
import { verifyWebhookSignature } from '../../src/webhooks/signature';
import { webhookSigningKey } from '../../src/webhooks/signing-key';
import {
  record,
  setUpAndAuthorise,
  startHarness,
  WEBHOOK_SECRET,
  type Harness,
} from './support/harness';
import { codatEvent, nowSeconds } from './support/signing';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** The example delivery of Svix's and Codat's documentation, with its published signature. */
const DOCUMENTED = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const documentedCheck = (
  headers: Record<string, string>,
  body = DOCUMENTED.body,
  nowSeconds = DOCUMENTED.timestamp,
) =>
  verifyWebhookSignature(
    webhookSigningKey(DOCUMENTED.secret),
    new Headers(headers),
    Buffer.from(body),
    { nowSeconds },
  );

const svixHeaders = (signature = DOCUMENTED.signature) => ({
  'svix-id': DOCUMENTED.id,
  'svix-timestamp': String(DOCUMENTED.timestamp),
  'svix-signature': signature,
});

describe('the signature check', () => {
  it('accepts the documented example delivery', () => {
    expect(documentedCheck(svixHeaders())).toEqual({
      ok: true,
      messageId: DOCUMENTED.id,
      timestamp: DOCUMENTED.timestamp,
    });
  });

  it('accepts the unbranded webhook-* headers Codat’s examples show', () => {
    const headers = {
      'webhook-id': DOCUMENTED.id,
      'webhook-timestamp': String(DOCUMENTED.timestamp),
      'webhook-signature': DOCUMENTED.signature,
    };
    expect(documentedCheck(headers)).toMatchObject({ ok: true });
  });

  it('accepts a match anywhere in a list of signatures (secret rotation), v1 only', () => {
    const other = 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    expect(documentedCheck(svixHeaders(`${other} ${DOCUMENTED.signature}`))).toMatchObject({
      ok: true,
    });
    const asV2 = DOCUMENTED.signature.replace('v1,', 'v2,');
    expect(documentedCheck(svixHeaders(asV2))).toMatchObject({
      ok: false,
      problem: 'no-matching-signature',
    });
  });

  it('refuses a changed body, another id and a signature cut short', () => {
    expect(documentedCheck(svixHeaders(), '{"test": 2432232315}')).toMatchObject({ ok: false });
    expect(
      documentedCheck({ ...svixHeaders(), 'svix-id': 'msg_p5jXN8AQM9LWM0D4loKWxJeK' }),
    ).toMatchObject({ ok: false, problem: 'no-matching-signature' });
    expect(documentedCheck(svixHeaders(DOCUMENTED.signature.slice(0, 20)))).toMatchObject({
      ok: false,
      problem: 'no-matching-signature',
    });
  });

  it('allows five minutes either way and no more', () => {
    const at = DOCUMENTED.timestamp;
    expect(documentedCheck(svixHeaders(), undefined, at + 300)).toMatchObject({ ok: true });
    expect(documentedCheck(svixHeaders(), undefined, at - 300)).toMatchObject({ ok: true });
    expect(documentedCheck(svixHeaders(), undefined, at + 301)).toMatchObject({
      ok: false,
      problem: 'stale-timestamp',
    });
    expect(documentedCheck(svixHeaders(), undefined, at - 301)).toMatchObject({
      ok: false,
      problem: 'future-timestamp',
    });
  });
});

describe('the webhook secret option', () => {
  it('is checked when the handlers are created, and never echoed when wrong', () => {
    const create = (webhookSecret: string) => () =>
      createBankFeeds({ ...harness!.options, webhookSecret });
    harness = startHarness();
    const wrong = 'whsec_not*base64*at*all*9f8e7d6c';
    expect(create(wrong)).toThrow(/webhookSecret must be the endpoint signing secret/);
    expect(create('whsec_c2hvcnQ=')).toThrow(/webhookSecret/);
    let message = '';
    try {
      create(wrong)();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('9f8e7d6c');
    expect(create(WEBHOOK_SECRET)).not.toThrow();
  });
});

describe('POST /webhooks/codat refuses what Codat did not sign', () => {
  const unknownEvent = () => codatEvent('client.rateLimit.reached', 'any-company', {});
  const refusalsLogged = (h: Harness) =>
    h.logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.message === 'webhook refused');

  it('answers a correctly signed delivery', async () => {
    harness = startHarness();
    const reply = await harness.deliver(unknownEvent());
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ received: true });
  });

  it('refuses unsigned, wrongly signed, tampered and stale deliveries alike, logging why', async () => {
    harness = startHarness();
    const event = unknownEvent();
    const replies = [
      await harness.deliver(event, {
        headers: { 'svix-id': undefined, 'svix-timestamp': undefined, 'svix-signature': undefined },
      }),
      await harness.deliver(event, {
        secret: `whsec_${Buffer.from('another-endpoint-secret-0000000').toString('base64')}`,
      }),
      await harness.deliver(event, {
        headers: { 'svix-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=' },
      }),
      await harness.deliver(event, { timestamp: nowSeconds() - 301 }),
      await harness.deliver(event, { timestamp: nowSeconds() + 301 }),
    ];
    expect(replies.map((reply) => reply.status)).toEqual([401, 401, 401, 401, 401]);
    // One answer for all: the caller cannot tell what was wrong.
    expect(new Set(replies.map((reply) => reply.text)).size).toBe(1);
    expect(record(replies[0]!.body)).toMatchObject({ code: 'unauthorized' });
    expect(refusalsLogged(harness).map((line) => line.reason)).toEqual([
      'missing-headers',
      'no-matching-signature',
      'no-matching-signature',
      'stale-timestamp',
      'future-timestamp',
    ]);
  });

  it('refuses a body changed after signing', async () => {
    harness = startHarness();
    const body = JSON.stringify(unknownEvent());
    const timestamp = nowSeconds();
    const { svixSignature } = await import('./support/signing');
    const signature = svixSignature(WEBHOOK_SECRET, 'msg_1', timestamp, body);
    const reply = await harness.deliver(body.replace('reached', 'reset'), {
      messageId: 'msg_1',
      timestamp,
      headers: { 'svix-signature': signature },
    });
    expect(reply.status).toBe(401);
  });

  it('answers 400 to a timestamp that is not a number of seconds', async () => {
    harness = startHarness();
    const reply = await harness.deliver(unknownEvent(), {
      headers: { 'svix-timestamp': '2026-11-20T09:00:00Z' },
    });
    expect(reply.status).toBe(400);
    expect(refusalsLogged(harness).map((line) => line.reason)).toEqual(['malformed-timestamp']);
  });

  it('never writes the secret to the log, nor a signature', async () => {
    harness = startHarness();
    const event = unknownEvent();
    await harness.deliver(event);
    await harness.deliver(event, { timestamp: nowSeconds() - 3600 });
    await harness.deliver(event, {
      secret: `whsec_${Buffer.from('x'.repeat(24)).toString('base64')}`,
    });
    const encoded = WEBHOOK_SECRET.slice('whsec_'.length);
    const all = harness.logs.join('\n');
    expect(harness.logs.length).toBeGreaterThan(2);
    expect(all).not.toContain(encoded);
    expect(all).not.toContain('v1,');
  });

  it('takes POST only, and needs no customer session', async () => {
    harness = startHarness();
    const reply = await harness.call(null, 'GET', '/webhooks/codat');
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('POST');
  });
});

describe('replayed and retried deliveries', () => {
  it('runs a message once, however often it is delivered, each delivery signed afresh', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const linked = codatEvent('connection.connected', companyId, {
      connection: { id: connectionId, status: 'Linked' },
    });
    const first = await harness.deliver(linked, { messageId: 'msg_linked' });
    expect(first.status).toBe(200);

    // The handler registers accounts missing at Codat: a second run would register this again.
    harness.fake.deleteSourceAccount(companyId, connectionId, 'acc-acme-card');
    const again = await harness.deliver(linked, {
      messageId: 'msg_linked',
      timestamp: nowSeconds() + 60,
    });
    expect(again.status).toBe(200);
    const ids = harness.fake.listSourceAccounts(companyId, connectionId).map((item) => item.id);
    expect(ids).toEqual(['acc-acme-current']);

    // A new message with the same event is new work.
    await harness.deliver(linked, { messageId: 'msg_linked_2' });
    const after = harness.fake.listSourceAccounts(companyId, connectionId).map((item) => item.id);
    expect(after.sort()).toEqual(['acc-acme-card', 'acc-acme-current']);
  });

  it('asks Codat to come back later while the same message is being handled', async () => {
    harness = startHarness();
    await harness.store.webhookMessages.claim('msg_busy', 60_000);
    const reply = await harness.deliver(codatEvent('client.rateLimit.reset', 'x', {}), {
      messageId: 'msg_busy',
    });
    expect(reply.status).toBe(409);
  });

  it('lets a failed message run again on Codat’s retry', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    harness.fake.deleteSourceAccount(companyId, connectionId, 'acc-acme-card');
    const linked = codatEvent('connection.reconnected', companyId, {
      connection: { id: connectionId, status: 'Linked' },
    });
    const working = harness.codatFetch;
    harness.codatFetch = async () =>
      new Response(JSON.stringify({ statusCode: 503, error: 'Service unavailable' }), {
        status: 503,
        headers: { 'content-type': 'application/json' },
      });
    const failed = await harness.deliver(linked, { messageId: 'msg_retry' });
    expect(failed.status).toBe(500);
    expect(record(failed.body)).toMatchObject({ code: 'webhook-failed' });

    harness.codatFetch = working;
    const retried = await harness.deliver(linked, { messageId: 'msg_retry' });
    expect(retried.status).toBe(200);
    const ids = harness.fake.listSourceAccounts(companyId, connectionId).map((item) => item.id);
    expect(ids.sort()).toEqual(['acc-acme-card', 'acc-acme-current']);
  });
});
