import { expect, it } from 'vitest';
import { describeEachStore } from '../support/stores';

describeEachStore('connection events', ({ store }) => {
  it('has no event for a connection Codat never reported on', async () => {
    expect(await store().connectionEvents.get('connection-1')).toBeNull();
  });

  it('keeps the newest event and ignores an older one delivered late', async () => {
    const events = store().connectionEvents;
    await events.set('connection-1', { lost: true, at: '2026-03-02T10:00:00.1234567Z' });
    await events.set('connection-1', { lost: false, at: '2026-03-01T09:00:00Z' });
    expect(await events.get('connection-1')).toEqual({
      lost: true,
      at: '2026-03-02T10:00:00.1234567Z',
    });

    await events.set('connection-1', { lost: false, at: '2026-03-02T11:00:00Z' });
    expect(await events.get('connection-1')).toEqual({ lost: false, at: '2026-03-02T11:00:00Z' });
    expect(await events.get('connection-2')).toBeNull();
  });

  it('compares times, not strings: an offset moves an event earlier or later', async () => {
    const events = store().connectionEvents;
    await events.set('connection-1', { lost: true, at: '2026-03-02T09:00:00Z' });
    // 10:00 at +02:00 is 08:00 UTC: older, even though its text sorts later.
    await events.set('connection-1', { lost: false, at: '2026-03-02T10:00:00+02:00' });
    expect(await events.get('connection-1')).toEqual({ lost: true, at: '2026-03-02T09:00:00Z' });
  });
});

describeEachStore('rate holds', ({ store, openAnother }) => {
  it('holds nothing on a scope never held', async () => {
    expect(await store().rateHolds.get('*')).toBe(0);
  });

  it('keeps the later of two holds, per scope', async () => {
    const holds = store().rateHolds;
    await holds.hold('company-1', 1_800_000_000_500);
    await holds.hold('company-1', 1_800_000_000_000);
    expect(await holds.get('company-1')).toBe(1_800_000_000_500);

    await holds.hold('company-1', 1_800_000_001_000);
    expect(await holds.get('company-1')).toBe(1_800_000_001_000);
    expect(await holds.get('*')).toBe(0);
  });

  it('shares a hold between instances on the same data', async () => {
    await store().rateHolds.hold('*', 1_800_000_000_123);
    const other = await openAnother();
    expect(await other.rateHolds.get('*')).toBe(1_800_000_000_123);
  });
});
