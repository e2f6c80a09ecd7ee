import type { CodatWebhookEvent } from './events';

/** The public shapes of the fake's webhook delivery: options, headers, attempts and records. */

/** How the fake sends Codat's webhooks (`FakeCodatOptions.webhooks`). */
export interface FakeWebhookOptions {
  /**
   * The endpoint's signing secret, as Codat's portal shows it: `whsec_` then base64. Every
   * delivery is signed with it as Svix signs Codat's; give the receiver the same secret.
   */
  secret: string;
  /**
   * Receives each delivery attempt (headers and raw body, signed). A throw or a rejected promise
   * is a failed attempt. When set, `url` is not used.
   */
  deliver?: (delivery: WebhookDelivery) => void | Promise<void>;
  /**
   * Where to `POST` each delivery with `fetch`, as Codat would. A reply other than 2xx, a network
   * error, or no reply within 15 seconds (Codat's limit) is a failed attempt. Without `deliver`
   * or `url`, messages are signed and recorded in `fake.webhooks.sent` as delivered.
   */
  url?: string;
  /**
   * Most attempts per message. Attempts follow `retryScheduleMs` on the fake's clock; after the
   * last failed one the message is recorded with `delivered: false`. @default 8 (Codat's whole
   * schedule, about 28 hours)
   */
  attempts?: number;
  /**
   * Milliseconds on the fake's clock before each attempt: the first entry before the first attempt
   * (counted from the change), each next one after the previous attempt failed. A schedule
   * shorter than `attempts` repeats its last entry. @default {@link CODAT_RETRY_SCHEDULE_MS}
   */
  retryScheduleMs?: readonly number[];
  /**
   * The clock each attempt's `webhook-timestamp` (and `svix-timestamp`) is read from: `'fake'`,
   * the fake's own clock (from 09:00 UTC on `today`, so runs repeat exactly), or `'wall'`, the
   * machine's real time, as Codat stamps its deliveries. A receiver in another process checks the
   * timestamp against its own clock (Svix allows five minutes either way), so the standalone
   * server (`startMockServer`, `bankfeeds-mock`) defaults to `'wall'`. The schedule of retries and
   * each event's `generatedDate` stay on the fake's clock either way.
   * @default 'fake' (in process), 'wall' (the standalone server)
   */
  signingClock?: 'fake' | 'wall';
}

/**
 * Codat's (Svix's) delivery schedule: immediately, then 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and
 * 10 h after each failed attempt (`docs/using-the-api/webhooks/troubleshooting.md`).
 */
export const CODAT_RETRY_SCHEDULE_MS: readonly number[] = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/**
 * The headers of a delivery. Codat's docs show the standard `webhook-*` names; Svix also sends
 * the same values as `svix-*`, so both sets are sent and a receiver may read either.
 */
export interface WebhookHeaders {
  'content-type': 'application/json';
  /** The message id: the same on every attempt of a message (Codat's idempotency key). */
  'webhook-id': string;
  /** Seconds since the epoch when this attempt was signed, on the `signingClock`. */
  'webhook-timestamp': string;
  /** `v1,<base64 HMAC-SHA256 of "${webhook-id}.${webhook-timestamp}.${body}">`. */
  'webhook-signature': string;
  /** The same as `webhook-id`. */
  'svix-id': string;
  /** The same as `webhook-timestamp`. */
  'svix-timestamp': string;
  /** The same as `webhook-signature`. */
  'svix-signature': string;
}

/** One delivery attempt, as handed to `deliver`. */
export interface WebhookDelivery {
  /** The Svix message id (`msg_…`), the same on every attempt. */
  messageId: string;
  /** 1 for the first attempt of the message, then 2, 3… */
  attempt: number;
  /** `FakeWebhookOptions.url`, or `null`. */
  url: string | null;
  headers: WebhookHeaders;
  /** The raw JSON body the signature covers: send it unchanged. */
  body: string;
  /** The body, parsed. */
  event: CodatWebhookEvent;
}

/** A message the fake finished with: delivered, or given up after its last attempt. */
export interface SentWebhook {
  messageId: string;
  event: CodatWebhookEvent;
  /** The raw JSON body that was signed. */
  body: string;
  /** The headers of the last attempt. */
  headers: WebhookHeaders;
  /** Attempts made. */
  attempts: number;
  delivered: boolean;
  /** Why the last attempt failed; `null` when delivered. */
  error: string | null;
}

/** The fake's webhooks, to wait for and inspect in tests (`fake.webhooks`). */
export interface FakeWebhooks {
  /** Whether the fake sends webhooks (the `webhooks` option was given). */
  readonly enabled: boolean;
  /** Messages finished with, in the order they finished (a copy). */
  readonly sent: readonly SentWebhook[];
  /** Messages queued, being delivered, or waiting for a retry. */
  readonly pending: number;
  /**
   * When the earliest message waiting for a retry is due, in milliseconds on the fake's clock
   * (compare with `fake.clockTime()`), or `null` when none waits.
   */
  readonly nextRetryAt: number | null;
  /**
   * Resolves once every message that is due on the fake's clock is finished or waiting for a
   * retry, including messages that the receiver's handling of earlier ones caused. A failed
   * attempt waits for the next one on Codat's schedule, on the fake's clock: move it with
   * `fake.advanceClock()` (past `nextRetryAt`), then flush again. Never rejects: a message given
   * up after its last attempt is recorded in `sent` with `delivered: false`.
   */
  flush(): Promise<void>;
}

/** The sending side: {@link FakeWebhooks} plus the queue's entrance. */
export interface WebhookOutbox extends FakeWebhooks {
  /** Queues an event; it is signed and delivered after the current request's turn. */
  enqueue(event: CodatWebhookEvent): void;
  /** The fake's clock moved: retries that are now due are attempted. */
  clockMoved(): void;
}
