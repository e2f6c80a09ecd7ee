/**
 * Codat's delivery, as its docs describe it: the standard `webhook-*` headers (and Svix's `svix-*`
 * copies), and retries immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 10 h after each
 * failure, on the fake's clock: a failed delivery waits until the clock is moved.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { startFake } from './helpers';
import { SECRET, hasValidSignature } from './svix';

const RECEIVER = 'https://bank.example/webhooks/codat';
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** A fake posting its webhooks to a receiver over HTTP that fails as long as `down` says. */
function startWithReceiver(down: (attempt: number) => boolean) {
  const started = startFake({ webhooks: { secret: SECRET, url: RECEIVER } });
  const received: { headers: Record<string, string>; body: string; at: number }[] = [];
  started.server.use(
    http.post(RECEIVER, async ({ request }) => {
      received.push({
        headers: Object.fromEntries(request.headers),
        body: await request.text(),
        at: started.fake.clockTime(),
      });
      return down(received.length)
        ? new HttpResponse('down', { status: 503 })
        : new HttpResponse(null, { status: 204 });
    }),
  );
  return { ...started, received };
}

describe('webhook delivery as Codat delivers', () => {
  it('sends webhook-id/-timestamp/-signature and the same values as svix-*', async () => {
    const { fake, companyId, connectionId, received } = startWithReceiver(() => false);
    fake.deauthorizeConnection(companyId, connectionId);
    await fake.webhooks.flush();
    const [{ headers, body }] = received as [(typeof received)[number]];
    expect(headers['webhook-id']).toMatch(/^msg_[0-9A-Za-z]{27}$/);
    for (const name of ['id', 'timestamp', 'signature'])
      expect(headers[`svix-${name}`]).toBe(headers[`webhook-${name}`]);
    // The standard names verify on their own.
    const standard = {
      'svix-id': headers['webhook-id']!,
      'svix-timestamp': headers['webhook-timestamp']!,
      'svix-signature': headers['webhook-signature']!,
    };
    expect(hasValidSignature(SECRET, standard, body)).toBe(true);
  });

  it("retries on Codat's schedule, on the fake's clock, and waits while the clock stands still", async () => {
    const { fake, companyId, connectionId, received } = startWithReceiver(() => true);
    fake.deauthorizeConnection(companyId, connectionId);
    await fake.webhooks.flush();
    expect(received).toHaveLength(1);
    // A failed delivery waits: flushing again without moving the clock sends nothing.
    await fake.webhooks.flush();
    expect(received).toHaveLength(1);
    expect(fake.webhooks.pending).toBe(1);
    expect(fake.webhooks.sent).toEqual([]);

    const gaps = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR];
    for (const [i, gap] of gaps.entries()) {
      expect(fake.webhooks.nextRetryAt).toBe(received[i]!.at + gap);
      fake.advanceClock(gap - SECOND);
      await fake.webhooks.flush();
      expect(received).toHaveLength(i + 1); // not yet due
      fake.advanceClock(SECOND);
      await fake.webhooks.flush();
      expect(received).toHaveLength(i + 2);
      expect(received[i + 1]!.at - received[i]!.at).toBe(gap);
    }
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(fake.webhooks.pending).toBe(0);
    expect(fake.webhooks.nextRetryAt).toBeNull();
    expect(fake.webhooks.sent).toEqual([
      expect.objectContaining({ delivered: false, attempts: 8, error: `${RECEIVER} answered 503` }),
    ]);
  });

  it('lets later messages overtake one waiting for its retry', async () => {
    const { fake, companyId, connectionId, received } = startWithReceiver((n) => n === 1);
    fake.deauthorizeConnection(companyId, connectionId);
    await fake.webhooks.flush();
    fake.authorizeConnection(companyId, connectionId);
    await fake.webhooks.flush();
    const types = () =>
      received.map((r) => (JSON.parse(r.body) as { eventType: string }).eventType);
    expect(types()).toEqual(['connection.disconnected', 'connection.reconnected']);
    fake.advanceClock(5 * SECOND);
    await fake.webhooks.flush();
    expect(types()).toEqual([
      'connection.disconnected',
      'connection.reconnected',
      'connection.disconnected',
    ]);
    expect(fake.webhooks.sent.map((m) => [m.event.eventType, m.attempts])).toEqual([
      ['connection.reconnected', 1],
      ['connection.disconnected', 2],
    ]);
  });
});
