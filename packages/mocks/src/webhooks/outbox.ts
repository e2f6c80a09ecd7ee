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
   * Attempts per message, made one after another without waiting (Svix spaces its retries over
   * hours). After the last failed one the message is recorded with `delivered: false`. @default 3
   */
  attempts?: number;
}

/** The headers of a delivery, as Svix sends them. */
export interface WebhookHeaders {
  'content-type': 'application/json';
  /** The message id: the same on every attempt of a message. */
  'svix-id': string;
  /** Seconds since the epoch on the fake's clock, when this attempt was signed. */
  'svix-timestamp': string;
  /** `v1,<base64 HMAC-SHA256 of "${svix-id}.${svix-timestamp}.${body}">`. */
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
  /** Messages queued or being delivered. */
  readonly pending: number;
  /**
   * Resolves once every queued message is finished, including messages that the receiver's
   * handling of earlier ones caused. Never rejects: failures are recorded in `sent`.
   */
  flush(): Promise<void>;
}

/** The sending side: {@link FakeWebhooks} plus the queue's entrance. */
export interface WebhookOutbox extends FakeWebhooks {
  /** Queues an event; it is signed and delivered after the current request's turn. */
  enqueue(event: CodatWebhookEvent): void;
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

/**
 * A queue of webhook messages, delivered one at a time in the order they were queued, never
 * inside the API request that caused them. Each attempt is signed afresh with the fake's clock
 * (`clockMs`); message ids come from `random`, so they repeat between runs.
 */
export function createWebhookOutbox(
  options: FakeWebhookOptions,
  clockMs: () => number,
  random: Random,
): WebhookOutbox {
  const sign = createWebhookSigner(options.secret);
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new Error(`webhooks.attempts must be a whole number, 1 or more (got ${attempts})`);
  const url = options.url ?? null;
  const queue: { messageId: string; event: CodatWebhookEvent; body: string }[] = [];
  const sent: SentWebhook[] = [];
  let draining: Promise<void> | null = null;
  let inFlight = 0;

  async function deliverOnce(delivery: WebhookDelivery): Promise<void> {
    if (options.deliver) return options.deliver(delivery);
    if (url) return postTo(url, delivery);
  }

  async function send(message: (typeof queue)[number]): Promise<SentWebhook> {
    let error = '';
    let headers: WebhookHeaders | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const timestamp = Math.floor(clockMs() / 1000);
      headers = {
        'content-type': 'application/json',
        'svix-id': message.messageId,
        'svix-timestamp': String(timestamp),
        'svix-signature': '',
      };
      try {
        headers['svix-signature'] = await sign(message.messageId, timestamp, message.body);
        // The receiver gets its own copies: what it does with them leaves the record as sent.
        const event = JSON.parse(message.body) as CodatWebhookEvent;
        await deliverOnce({ ...message, event, attempt, url, headers: { ...headers } });
        return { ...message, headers, attempts: attempt, delivered: true, error: null };
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught);
      }
    }
    return { ...message, headers: headers!, attempts, delivered: false, error };
  }

  async function drain(): Promise<void> {
    // Let the request that caused the first event finish its turn first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let message = queue.shift(); message; message = queue.shift()) {
      inFlight = 1;
      sent.push(await send(message));
      inFlight = 0;
    }
    draining = null;
  }

  return {
    enabled: true,
    get sent() {
      return [...sent];
    },
    get pending() {
      return queue.length + inFlight;
    },
    async flush() {
      while (draining) await draining;
    },
    enqueue(event) {
      queue.push({ messageId: messageIdFrom(random), event, body: JSON.stringify(event) });
      draining ??= drain();
    },
  };
}
