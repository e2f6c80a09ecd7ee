import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { describeEachStore } from '../support/stores';

/** Long enough never to run out during a test, however slow the machine. */
const HELD = 10 * 60_000;
const SHORT = 5;
/** Waits until a {@link SHORT} claim made before the call has run out on the database's clock. */
const outlive = () => sleep(SHORT * 4);
const DAY = 24 * 60 * 60_000;

describeEachStore('webhook messages', ({ store, openAnother }) => {
  it('claims a new message once; later deliveries find it in progress, then done', async () => {
    const messages = store().webhookMessages;
    expect(await messages.claim('msg_1', HELD)).toBe('claimed');
    expect(await messages.claim('msg_1', HELD)).toBe('in-progress');
    await messages.finish('msg_1');
    expect(await messages.claim('msg_1', HELD)).toBe('done');
    expect(await messages.claim('msg_2', HELD)).toBe('claimed');
  });

  it('lets the next delivery claim a message whose handling failed', async () => {
    const messages = store().webhookMessages;
    await messages.claim('msg_1', HELD);
    await messages.release('msg_1');
    expect(await messages.claim('msg_1', HELD)).toBe('claimed');
  });

  it('never reopens a finished message on release', async () => {
    const messages = store().webhookMessages;
    await messages.claim('msg_1', HELD);
    await messages.finish('msg_1');
    await messages.release('msg_1');
    expect(await messages.claim('msg_1', HELD)).toBe('done');
  });

  it('lets the next delivery take over a claim whose lease ran out', async () => {
    const messages = store().webhookMessages;
    expect(await messages.claim('msg_1', SHORT)).toBe('claimed');
    await outlive();
    expect(await messages.claim('msg_1', HELD)).toBe('claimed');
    expect(await messages.claim('msg_1', HELD)).toBe('in-progress');
  });

  it('handles a message once across two instances on the same data', async () => {
    const other = await openAnother();
    expect(await store().webhookMessages.claim('msg_1', HELD)).toBe('claimed');
    expect(await other.webhookMessages.claim('msg_1', HELD)).toBe('in-progress');
    await store().webhookMessages.finish('msg_1');
    expect(await other.webhookMessages.claim('msg_1', HELD)).toBe('done');
  });

  it('gives one of 20 simultaneous deliveries to two instances the message', async () => {
    const instances = [store(), await openAnother()];
    const claims = Array.from({ length: 20 }, (_, i) =>
      instances[i % 2]!.webhookMessages.claim('msg_1', HELD),
    );
    const results = await Promise.all(claims);
    expect(results.filter((result) => result === 'claimed')).toHaveLength(1);
    expect(results.filter((result) => result === 'in-progress')).toHaveLength(19);
  });

  it('forgets messages handled before the given time, and only those', async () => {
    const messages = store().webhookMessages;
    await messages.claim('msg_done', HELD);
    await messages.finish('msg_done');
    await messages.claim('msg_running', HELD);

    expect(await messages.forget(Date.now() - DAY)).toBe(0);
    expect(await messages.claim('msg_done', HELD)).toBe('done');

    expect(await messages.forget(Date.now() + DAY)).toBe(1);
    expect(await messages.claim('msg_done', HELD)).toBe('claimed');
    expect(await messages.claim('msg_running', HELD)).toBe('in-progress');
  });

  it('forgets a claim whose lease ran out, as if it had never come', async () => {
    const messages = store().webhookMessages;
    await messages.claim('msg_abandoned', SHORT);
    await outlive();
    expect(await messages.forget(Date.now() + DAY)).toBe(1);
    expect(await messages.forget(Date.now() + DAY)).toBe(0);
    expect(await messages.claim('msg_abandoned', HELD)).toBe('claimed');
  });
});
