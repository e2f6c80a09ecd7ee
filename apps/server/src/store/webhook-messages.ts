/**
 * Where a webhook message stands: `claimed` now by this caller, already being handled by another
 * delivery (`in-progress`), or handled before (`done`).
 */
export type MessageClaim = 'claimed' | 'in-progress' | 'done';

/**
 * The webhook messages already handled, by their `svix-id` (the same on every retry of one
 * message), so a retried delivery never runs its effect twice. Keep them in your database:
 * `claim` must be atomic (an insert that fails on a duplicate key), and a claim left by a
 * process that died needs a lease or an expiry so the next retry can take it.
 */
export interface WebhookMessages {
  /** Takes the message for handling, unless it is being handled or was handled already. */
  claim(messageId: string): Promise<MessageClaim>;
  /** The message was handled: later deliveries of it are answered without running it. */
  finish(messageId: string): Promise<void>;
  /** Handling failed: let the next delivery (Codat retries) claim it again. */
  release(messageId: string): Promise<void>;
}

/**
 * Codat (through Svix) retries a failed message for a few days; remembering ids for a week
 * covers every retry. Entries older than that are dropped as new claims come in.
 */
export const MESSAGE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;

/** In-memory {@link WebhookMessages}, for the example and tests. */
export function createMemoryWebhookMessages(now: () => number = Date.now): WebhookMessages {
  const messages = new Map<string, { done: boolean; at: number }>();
  const forgetOld = () => {
    for (const [id, entry] of messages) {
      if (now() - entry.at > MESSAGE_RETENTION_MS) messages.delete(id);
    }
  };
  return {
    async claim(messageId) {
      forgetOld();
      const entry = messages.get(messageId);
      if (entry) return entry.done ? 'done' : 'in-progress';
      messages.set(messageId, { done: false, at: now() });
      return 'claimed';
    },
    async finish(messageId) {
      messages.set(messageId, { done: true, at: now() });
    },
    async release(messageId) {
      messages.delete(messageId);
    },
  };
}
