/**
 * How the fake delivers its webhooks: signed with Web Crypto exactly as Svix signs Codat's,
 * queued after the request that caused them (which never waits for them nor fails because of
 * them), one at a time and in order, retried on Codat's schedule on the fake's clock, recorded,
 * and awaited with `flush()`.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createFakeCodat, type FakeCodat, type WebhookDelivery } from '@bankfeeds/mocks';
import { createWebhookSigner } from '../src/webhooks/sign';
import { TODAY, startFake } from './helpers';
import { SECRET, hasValidSignature } from './svix';

/** Flushes, then moves the fake's clock to each retry in turn until no message waits. */
async function flushThroughRetries(fake: FakeCodat): Promise<void> {
  await fake.webhooks.flush();
  for (let at = fake.webhooks.nextRetryAt; at !== null; at = fake.webhooks.nextRetryAt) {
    fake.advanceClock(Math.max(0, at - fake.clockTime()));
    await fake.webhooks.flush();
  }
}

/** A fake that sends its webhooks to `deliver`; `revoke()` causes one `connection.disconnected`. */
function fakeDeliveringTo(
  deliver: (delivery: WebhookDelivery) => void | Promise<void>,
  attempts?: number,
) {
  const fake = createFakeCodat({ today: TODAY, webhooks: { secret: SECRET, deliver, attempts } });
  const { companyId, connectionId } = fake.ids;
  return {
    fake,
    revoke: () => fake.deauthorizeConnection(companyId, connectionId),
    relink: () => fake.authorizeConnection(companyId, connectionId),
  };
}

describe('signing', () => {
  it('matches the example delivery published in Codat’s and Svix’s documentation', async () => {
    const sign = createWebhookSigner('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw');
    expect(await sign('msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, '{"test": 2432232314}')).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('refuses a secret that is not whsec_ then base64, when the fake is made', () => {
    for (const secret of [
      '',
      'secret',
      'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      'whsec_',
      'whsec_not base64!',
    ])
      expect(() => createFakeCodat({ webhooks: { secret } }), secret).toThrow(/whsec_ then base64/);
    expect(() => createFakeCodat({ webhooks: { secret: SECRET, attempts: 0 } })).toThrow(
      /attempts/,
    );
  });
});

describe('without the option', () => {
  it('sends nothing and records nothing', async () => {
    const { call, fake, companyId, connectionId, connectionPath } = startFake();
    await call('PATCH', `/companies/${companyId}/connections/${connectionId}`, {
      status: 'Unlinked',
    });
    await call('PATCH', `${connectionPath}/connectionInfo/bankFeedAccounts/acc-001`, {
      id: 'acc-001',
      status: 'disconnected',
    });
    await fake.webhooks.flush();
    expect(fake.webhooks).toMatchObject({ enabled: false, sent: [], pending: 0 });
  });
});

describe('delivery', () => {
  it('never holds up or fails the request that caused it', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const underWay = new Promise<void>((resolve) => (started = resolve));
    const deliveries: WebhookDelivery[] = [];
    const { call, fake, companyId, connectionId } = startFake({
      webhooks: {
        secret: SECRET,
        deliver: async (delivery) => {
          deliveries.push(delivery);
          started();
          await held;
          throw new Error('the receiver is down');
        },
        attempts: 1,
      },
    });
    const path = `/companies/${companyId}/connections/${connectionId}`;
    const reply = await call('PATCH', path, { status: 'Unlinked' });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('Unlinked');
    expect(fake.webhooks.pending).toBe(1);
    await underWay;
    expect(deliveries).toHaveLength(1); // under way, and still unanswered
    expect(fake.webhooks.pending).toBe(1);
    expect((await call('GET', path)).body.status).toBe('Unlinked');

    release();
    await fake.webhooks.flush();
    expect(fake.webhooks.pending).toBe(0);
    expect(fake.webhooks.sent).toEqual([
      expect.objectContaining({ delivered: false, attempts: 1, error: 'the receiver is down' }),
    ]);
  });

  it('retries a failed message, re-signed each time under the same message id', async () => {
    const deliveries: WebhookDelivery[] = [];
    const { fake, revoke } = fakeDeliveringTo((delivery) => {
      deliveries.push(delivery);
      throw new Error(`refused attempt ${delivery.attempt}`);
    }, 3);
    revoke();
    await flushThroughRetries(fake);
    expect(deliveries.map((d) => d.attempt)).toEqual([1, 2, 3]);
    expect(new Set(deliveries.map((d) => d.headers['svix-id'])).size).toBe(1);
    for (const delivery of deliveries)
      expect(hasValidSignature(SECRET, delivery.headers, delivery.body)).toBe(true);
    const [sent] = fake.webhooks.sent;
    expect(sent).toMatchObject({
      messageId: deliveries[0]!.messageId,
      delivered: false,
      attempts: 3,
      error: 'refused attempt 3',
      headers: deliveries[2]!.headers,
    });
  });

  it('stops retrying once an attempt succeeds, and takes its own number of attempts', async () => {
    let calls = 0;
    const flaky = fakeDeliveringTo(() => {
      calls++;
      if (calls === 1) throw new Error('503');
    });
    flaky.revoke();
    await flushThroughRetries(flaky.fake);
    expect(flaky.fake.webhooks.sent).toEqual([
      expect.objectContaining({ delivered: true, attempts: 2, error: null }),
    ]);

    let tries = 0;
    const patient = fakeDeliveringTo(() => {
      tries++;
      return Promise.reject(new Error('down'));
    }, 5);
    patient.revoke();
    await flushThroughRetries(patient.fake);
    expect(tries).toBe(5);
  });

  it('delivers one message at a time, in the order of their causes', async () => {
    let busy = 0;
    let mostAtOnce = 0;
    const order: string[] = [];
    const { fake, revoke, relink } = fakeDeliveringTo(async (delivery) => {
      mostAtOnce = Math.max(mostAtOnce, ++busy);
      await new Promise((resolve) => setTimeout(resolve, 2));
      order.push(delivery.event.eventType);
      busy--;
    });
    revoke();
    relink();
    revoke();
    expect(fake.webhooks.pending).toBe(3);
    await fake.webhooks.flush();
    expect(mostAtOnce).toBe(1);
    expect(order).toEqual([
      'connection.disconnected',
      'connection.reconnected',
      'connection.disconnected',
    ]);
    expect(fake.webhooks.sent.map((m) => m.event.eventType)).toEqual(order);
  });

  it('flush() also waits for messages the receiver’s own calls cause', async () => {
    const seen: string[] = [];
    const { fake, revoke, relink } = fakeDeliveringTo(async (delivery) => {
      seen.push(delivery.event.eventType);
      // The receiver reacts to the loss by sending the customer through consent again.
      if (delivery.event.eventType === 'connection.disconnected') relink();
    });
    revoke();
    await fake.webhooks.flush();
    expect(seen).toEqual(['connection.disconnected', 'connection.reconnected']);
    expect(fake.webhooks.pending).toBe(0);
  });

  it('hands each attempt a copy: a receiver changing it leaves the record as sent', async () => {
    const { fake, revoke } = fakeDeliveringTo((delivery) => {
      delivery.headers['svix-id'] = 'changed';
      (delivery.event as { eventType: string }).eventType = 'changed';
    });
    revoke();
    await fake.webhooks.flush();
    const [sent] = fake.webhooks.sent;
    expect(sent!.headers['svix-id']).toBe(sent!.messageId);
    expect(sent!.event.eventType).toBe('connection.disconnected');
  });
});

describe('delivery to a URL', () => {
  const RECEIVER = 'https://bank.test/webhooks/codat';

  it('POSTs the signed body with Svix’s headers', async () => {
    const received: { headers: Record<string, string>; body: string }[] = [];
    const { server, fake, companyId, connectionId } = startFake({
      webhooks: { secret: SECRET, url: RECEIVER },
    });
    server.use(
      http.post(RECEIVER, async ({ request }) => {
        received.push({
          headers: Object.fromEntries(request.headers),
          body: await request.text(),
        });
        return new HttpResponse(null, { status: 204 });
      }),
    );
    fake.deauthorizeConnection(companyId, connectionId);
    await fake.webhooks.flush();
    expect(received).toHaveLength(1);
    const [{ headers, body }] = received as [(typeof received)[number]];
    expect(headers['content-type']).toBe('application/json');
    expect(hasValidSignature(SECRET, headers, body)).toBe(true);
    expect(JSON.parse(body)).toMatchObject({ eventType: 'connection.disconnected' });
    expect(fake.webhooks.sent).toEqual([
      expect.objectContaining({ delivered: true, attempts: 1, body }),
    ]);
  });

  it('counts a reply other than 2xx as a failed attempt', async () => {
    const { server, fake, companyId, connectionId } = startFake({
      webhooks: { secret: SECRET, url: RECEIVER },
    });
    let attempts = 0;
    server.use(
      http.post(RECEIVER, () => {
        attempts++;
        return new HttpResponse('busy', { status: 409 });
      }),
    );
    fake.deauthorizeConnection(companyId, connectionId);
    await flushThroughRetries(fake);
    expect(attempts).toBe(8);
    expect(fake.webhooks.sent).toEqual([
      expect.objectContaining({ delivered: false, error: `${RECEIVER} answered 409` }),
    ]);
  });
});
