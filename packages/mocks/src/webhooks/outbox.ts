import type { Random } from '../random';
import type { CodatWebhookEvent } from './events';
import { createWebhookSigner } from './sign';

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
  /** Seconds since the epoch on the fake's clock, when this attempt was signed. */
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

/** Codat expects an answer within 15 seconds. */
const DELIVERY_TIMEOUT_MS = 15_000;
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Svix's message id shape: `msg_` and 27 letters and digits. */
function messageIdFrom(random: Random): string {
  let id = 'msg_';
  for (let i = 0; i < 27; i++) id += BASE62[random.int(BASE62.length)];
  return id;
}

/** Fakes without the option: nothing is queued, nothing is sent. */
export const NO_WEBHOOKS: FakeWebhooks = {
  enabled: false,
  sent: [],
  pending: 0,
  nextRetryAt: null,
  flush: () => Promise.resolve(),
};

async function postTo(url: string, delivery: WebhookDelivery): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...delivery.headers },
    body: delivery.body,
    signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
  });
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

interface Message {
  messageId: string;
  event: CodatWebhookEvent;
  body: string;
  /** Attempts made so far. */
  attempts: number;
  /** When the next attempt is due, on the fake's clock. */
  dueAt: number;
  /** Queue order, to break ties between messages due at the same time. */
  order: number;
}

/**
 * A queue of webhook messages, never delivered inside the API request that caused them. Due
 * messages go one at a time, earliest due first (queue order among equals); a failed attempt
 * waits for its next slot on the schedule, on the fake's clock, so later messages may overtake
 * it, as with Svix. Each attempt is signed afresh with the fake's clock (`clockMs`); message ids
 * come from `random`, so they repeat between runs.
 */
export function createWebhookOutbox(
  options: FakeWebhookOptions,
  clockMs: () => number,
  random: Random,
): WebhookOutbox {
  const sign = createWebhookSigner(options.secret);
  const attempts = options.attempts ?? CODAT_RETRY_SCHEDULE_MS.length;
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new Error(`webhooks.attempts must be a whole number, 1 or more (got ${attempts})`);
  const schedule = options.retryScheduleMs ?? CODAT_RETRY_SCHEDULE_MS;
  if (schedule.length === 0 || schedule.some((ms) => !Number.isFinite(ms) || ms < 0))
    throw new Error('webhooks.retryScheduleMs must list at least one delay of 0 ms or more');
  const delayBefore = (attempt: number) => schedule[Math.min(attempt - 1, schedule.length - 1)]!;
  const url = options.url ?? null;
  const waiting: Message[] = [];
  const sent: SentWebhook[] = [];
  let draining: Promise<void> | null = null;
  let inFlight = 0;
  let queued = 0;

  async function deliverOnce(delivery: WebhookDelivery): Promise<void> {
    if (options.deliver) return options.deliver(delivery);
    if (url) return postTo(url, delivery);
  }

  /** One attempt: the headers it carried and why it failed (`null` when delivered). */
  async function attempt(
    message: Message,
  ): Promise<{ headers: WebhookHeaders; error: string | null }> {
    const timestamp = String(Math.floor(clockMs() / 1000));
    const id = message.messageId;
    const headers: WebhookHeaders = {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': '',
      'svix-id': id,
      'svix-timestamp': timestamp,
      'svix-signature': '',
    };
    try {
      const signature = await sign(id, Number(timestamp), message.body);
      headers['webhook-signature'] = signature;
      headers['svix-signature'] = signature;
      // The receiver gets its own copies: what it does with them leaves the record as sent.
      const event = JSON.parse(message.body) as CodatWebhookEvent;
      const { messageId, body } = message;
      await deliverOnce({
        messageId,
        body,
        event,
        attempt: message.attempts,
        url,
        headers: { ...headers },
      });
      return { headers, error: null };
    } catch (caught) {
      return { headers, error: caught instanceof Error ? caught.message : String(caught) };
    }
  }

  /** The message to attempt now: the earliest due, or `undefined` when none is due yet. */
  function nextDue(): Message | undefined {
    const now = clockMs();
    let next: Message | undefined;
    for (const message of waiting)
      if (
        message.dueAt <= now &&
        (!next ||
          message.dueAt < next.dueAt ||
          (message.dueAt === next.dueAt && message.order < next.order))
      )
        next = message;
    return next;
  }

  async function drain(): Promise<void> {
    // Let the request that caused the first event finish its turn first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let message = nextDue(); message; message = nextDue()) {
      waiting.splice(waiting.indexOf(message), 1);
      inFlight = 1;
      message.attempts++;
      const { headers, error } = await attempt(message);
      inFlight = 0;
      const { messageId, event, body } = message;
      const record = { messageId, event, body, headers, attempts: message.attempts };
      if (error === null) sent.push({ ...record, delivered: true, error: null });
      else if (message.attempts >= attempts) sent.push({ ...record, delivered: false, error });
      else {
        message.dueAt = clockMs() + delayBefore(message.attempts + 1);
        waiting.push(message);
      }
    }
    draining = null;
  }

  const start = () => {
    draining ??= drain();
  };

  return {
    enabled: true,
    get sent() {
      return [...sent];
    },
    get pending() {
      return waiting.length + inFlight;
    },
    get nextRetryAt() {
      const retrying = waiting.filter((message) => message.attempts > 0);
      return retrying.length ? Math.min(...retrying.map((message) => message.dueAt)) : null;
    },
    async flush() {
      while (draining) await draining;
    },
    enqueue(event) {
      const body = JSON.stringify(event);
      const dueAt = clockMs() + delayBefore(1);
      waiting.push({
        messageId: messageIdFrom(random),
        event,
        body,
        attempts: 0,
        dueAt,
        order: queued++,
      });
      start();
    },
    clockMoved() {
      if (nextDue()) start();
    },
  };
}
