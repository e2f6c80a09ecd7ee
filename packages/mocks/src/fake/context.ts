import type { CalendarDate } from '@bankfeeds/model';
import type { Random } from '../random';
import type { FakeChange } from './changes';
import type { FakeState } from './state';

/** Everything a domain module needs: the database, the seeded generator, the clock, settings. */
export interface FakeContext {
  state: FakeState;
  random: Random;
  /** The fake's "today", used by Xero's date rules. */
  today: CalendarDate;
  /** The next timestamp (7-digit fraction, as Codat's): deterministic, one second after the previous one. */
  now(): string;
  /** Milliseconds since the epoch that the next timestamp will carry, without taking it. */
  peekTime(): number;
  /** Base of every connection's `linkUrl`. */
  linkBaseUrl: string;
  /** Seeded generator of `linkUrl` one-time passwords (its own, so reads change no ids). */
  linkRandom: Random;
  /** Xero organisations one app may have connected at once (consent past it fails). */
  xeroOrganisationLimit: number;
  /** Most companies that may exist at once (402 past it). */
  companyLimit: number;
  /** Reads that still answer `connecting` / `Pending` before a mapping or push settles. */
  pendingReads: { mapping: number; push: number };
  /** Reads after a mapping POST that answer `pending` before `connecting` (Codat: not saved yet). */
  mappingPendingReads?: number;
  /** Minutes Xero takes to write a push, on the fake's clock. */
  xeroWriteMinutes: number;
  /** Whether Xero still writes an operation Codat gave up on (`TimedOut`). */
  timedOutWrites: 'land' | 'never';
  /**
   * Reports a change Codat announces by webhook, once the record holds the new state. Does
   * nothing unless the fake sends webhooks (and never while a scenario is seeded).
   */
  changed(change: FakeChange): void;
}

/**
 * A timestamp with milliseconds, ISO 8601 in UTC (`2026-11-21T09:00:00.000Z`): the form of a
 * webhook's `generatedDate` in Codat's examples.
 */
export function stampOf(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * A timestamp as Codat writes them in replies: UTC with a 7-digit fraction of a second
 * (`2023-03-21T17:17:58.9235368Z`, Codat's push docs). The first three digits are the clock's
 * milliseconds, so `Date.parse` reads back the exact clock time; the last four (below a
 * millisecond) are derived from the time, so they vary between stamps yet repeat between runs.
 */
export function codatStampOf(ms: number): string {
  const subMillisecond = String((Math.floor(ms / 1000) * 7919 + ms) % 10000).padStart(4, '0');
  return new Date(ms).toISOString().replace(/Z$/, `${subMillisecond}Z`);
}

/** A deterministic clock: it moves only by timestamps taken and by tests moving it. */
export interface FakeClock {
  /** The next timestamp, one second after the previous one, so events keep their order. */
  now(): string;
  /** Milliseconds since the epoch that the next timestamp will carry, without taking it. */
  peek(): number;
  /** Moves the clock `ms` forward, as if that much time passed between requests. */
  advance(ms: number): void;
}

/**
 * A clock that starts at 09:00 UTC on `today` and moves one second per timestamp, so replies
 * repeat exactly between runs while still ordering events. Only tests move it further (a slow
 * Xero, a push deadline); it never reads the real time.
 */
export function createClock(today: CalendarDate): FakeClock {
  let time = Date.parse(`${today}T09:00:00.000Z`);
  return {
    now() {
      const stamp = codatStampOf(time);
      time += 1000;
      return stamp;
    },
    peek: () => time,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new Error(`The fake's clock only moves forward (got ${ms} ms)`);
      time += ms;
    },
  };
}
