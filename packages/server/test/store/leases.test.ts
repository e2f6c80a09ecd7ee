import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { describeEachStore } from '../support/stores';

/** Long enough never to run out during a test, however slow the machine. */
const HELD = 10 * 60_000;
/** A lease meant to run out: the tests wait past it before relying on it. */
const SHORT = 5;
/** Waits until a {@link SHORT} lease taken before the call has run out on the database's clock. */
const outlive = () => sleep(SHORT * 4);

describeEachStore('account leases', ({ store, openAnother }) => {
  it('gives a free account to the first holder and not to another while it runs', async () => {
    const pushes = store().pushes;
    expect(await pushes.claim('company-1', 'account-1', 'instance-a', HELD)).toBe(true);
    expect(await pushes.claim('company-1', 'account-1', 'instance-b', HELD)).toBe(false);
    // Other accounts stay free.
    expect(await pushes.claim('company-1', 'account-2', 'instance-b', HELD)).toBe(true);
    expect(await pushes.claim('company-2', 'account-1', 'instance-b', HELD)).toBe(true);
  });

  it('lets the holder claim again and renew', async () => {
    const pushes = store().pushes;
    expect(await pushes.claim('company-1', 'account-1', 'instance-a', HELD)).toBe(true);
    expect(await pushes.claim('company-1', 'account-1', 'instance-a', HELD)).toBe(true);
    expect(await pushes.renew('company-1', 'account-1', 'instance-a', HELD)).toBe(true);
    expect(await pushes.renew('company-1', 'account-1', 'instance-b', HELD)).toBe(false);
  });

  it('frees the account on release by its holder only', async () => {
    const pushes = store().pushes;
    await pushes.claim('company-1', 'account-1', 'instance-a', HELD);
    await pushes.release('company-1', 'account-1', 'instance-b');
    expect(await pushes.claim('company-1', 'account-1', 'instance-b', HELD)).toBe(false);

    await pushes.release('company-1', 'account-1', 'instance-a');
    expect(await pushes.claim('company-1', 'account-1', 'instance-b', HELD)).toBe(true);
  });

  it('lets another holder take over a lease that ran out; the first then cannot renew', async () => {
    const pushes = store().pushes;
    expect(await pushes.claim('company-1', 'account-1', 'instance-a', SHORT)).toBe(true);
    await outlive();
    expect(await pushes.claim('company-1', 'account-1', 'instance-b', HELD)).toBe(true);
    expect(await pushes.renew('company-1', 'account-1', 'instance-a', HELD)).toBe(false);
    expect(await pushes.claim('company-1', 'account-1', 'instance-a', HELD)).toBe(false);
    // Its late release does not free the account it lost.
    await pushes.release('company-1', 'account-1', 'instance-a');
    expect(await pushes.claim('company-1', 'account-1', 'instance-c', HELD)).toBe(false);
  });

  it('renews a lease that ran out while nobody took it', async () => {
    const pushes = store().pushes;
    await pushes.claim('company-1', 'account-1', 'instance-a', SHORT);
    await outlive();
    expect(await pushes.renew('company-1', 'account-1', 'instance-a', HELD)).toBe(true);
    expect(await pushes.claim('company-1', 'account-1', 'instance-b', HELD)).toBe(false);
  });

  it('has no renewal for an account never claimed', async () => {
    expect(await store().pushes.renew('company-1', 'account-1', 'instance-a', HELD)).toBe(false);
  });

  it('gives the account to exactly one of 20 holders claiming at once from two instances', async () => {
    const instances = [store(), await openAnother()];
    const claims = Array.from({ length: 20 }, (_, i) =>
      instances[i % 2]!.pushes.claim('company-1', 'account-1', `holder-${i}`, HELD),
    );
    const won = (await Promise.all(claims)).filter(Boolean);
    expect(won).toHaveLength(1);
  });

  it('shares a lease between instances on the same data', async () => {
    const other = await openAnother();
    expect(await store().pushes.claim('company-1', 'account-1', 'instance-a', HELD)).toBe(true);
    expect(await other.pushes.claim('company-1', 'account-1', 'instance-b', HELD)).toBe(false);
    await store().pushes.release('company-1', 'account-1', 'instance-a');
    expect(await other.pushes.claim('company-1', 'account-1', 'instance-b', HELD)).toBe(true);
  });
});
