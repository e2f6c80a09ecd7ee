import type { Random } from '../random';
import type { CodatWebhookEvent } from './events';
import {
  CODAT_RETRY_SCHEDULE_MS,
  type FakeWebhookOptions,
  type FakeWebhooks,
  type SentWebhook,
  type WebhookDelivery,
  type WebhookHeaders,
  type WebhookOutbox,
} from './delivery-types';
import { createWebhookSigner } from './sign';

export * from './delivery-types';

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
 * it, as with Svix. Each attempt is signed afresh, stamped on the fake's clock (`clockMs`) or the
 * real one (`signingClock: 'wall'`); message ids come from `random`, so they repeat between runs.
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
  const signingClock = options.signingClock ?? 'fake';
  if (signingClock !== 'fake' && signingClock !== 'wall')
    throw new Error(`webhooks.signingClock must be 'fake' or 'wall' (got ${String(signingClock)})`);
  const stampMs = signingClock === 'wall' ? () => Date.now() : clockMs;
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
    const timestamp = String(Math.floor(stampMs() / 1000));
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
