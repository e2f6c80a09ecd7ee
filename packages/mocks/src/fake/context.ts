import type { CalendarDate } from '@bankfeeds/model';
import type { Random } from '../random';
import type { FakeState } from './state';

/** Everything a domain module needs: the database, the seeded generator, the clock, settings. */
export interface FakeContext {
  state: FakeState;
  random: Random;
  /** The fake's "today", used by Xero's date rules. */
  today: CalendarDate;
  /** The next timestamp: deterministic, one second after the previous one. */
  now(): string;
  /** Base of every connection's `linkUrl`. */
  linkBaseUrl: string;
  /** Most companies that may exist at once (402 past it). */
  companyLimit: number;
  /** Reads that still answer `connecting` / `Pending` before a mapping or push settles. */
  pendingReads: { mapping: number; push: number };
}

/**
 * A clock that starts at 09:00 UTC on `today` and moves one second per timestamp, so replies
 * repeat exactly between runs while still ordering events.
 */
export function createClock(today: CalendarDate): () => string {
  const start = Date.parse(`${today}T09:00:00.000Z`);
  let ticks = 0;
  return () => new Date(start + ticks++ * 1000).toISOString().replace('.000Z', 'Z');
}
