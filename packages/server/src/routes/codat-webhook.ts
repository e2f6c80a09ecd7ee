import type { BankFeedsContext } from '../context';
import { HttpError } from '../http/http-error';
import { json, readRawBody } from '../http/respond';
import { parseEvent } from '../webhooks/events';
import { handleEvent } from '../webhooks/handle-event';
import { verifyWebhookSignature } from '../webhooks/signature';

/** Where Codat delivers webhooks: register `https://<your server>/webhooks/codat` in its portal. */
export const CODAT_WEBHOOK_PATH = '/webhooks/codat';

/** Largest webhook accepted. Codat's events are a few kilobytes. */
const MAX_WEBHOOK_BYTES = 256 * 1024;

/**
 * Codat (through Svix) retries a failed message for a few days; remembering handled ids for a
 * week covers every retry. Older ones are dropped at most once an hour per instance.
 */
const MESSAGE_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
const FORGET_EVERY_MS = 60 * 60 * 1000;

/** One answer for every refused delivery: the caller learns nothing of why (the log does). */
const refused = () => new HttpError(401, 'The webhook could not be verified.', 'unauthorized');

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';

/**
 * `POST /webhooks/codat`: Codat's webhooks, signed through Svix. In order:
 *
 * 1. the signature over the raw body and its timestamp (five minutes either way) are checked,
 *    with either header family (`webhook-*` or `svix-*`); anything else is a 401 (a malformed
 *    timestamp a 400), the reason logged, never answered;
 * 2. the message id (the same on every retry) is claimed in the store with a lease, so each
 *    message is handled once across every instance; a delivery of one being handled gets a 409,
 *    so Codat tries again later (after the lease, if the instance handling it died);
 * 3. the event is handled, then the 200 sent. A failure answers 500 and lets go of the claim,
 *    so Codat's retry runs it again. Unknown event types are answered 200 and ignored.
 *
 * Events are handled inline. Codat expects an answer within 15 seconds; a bank whose pushes may
 * take longer queues the event after step 2 and answers at once.
 */
export function createWebhookRoute(context: BankFeedsContext) {
  let forgotAt = 0;
  const forgetOld = async () => {
    const now = context.now();
    if (now - forgotAt < FORGET_EVERY_MS) return;
    forgotAt = now;
    try {
      await context.store.webhookMessages.forget(now - MESSAGE_RETENTION_MS);
    } catch (error) {
      context.log.warn('webhook messages not forgotten', { error: describe(error) });
    }
  };

  return async function postCodatWebhook(request: Request): Promise<Response> {
    const { log, store } = context;
    const body = await readRawBody(request, MAX_WEBHOOK_BYTES);
    const check = verifyWebhookSignature(context.webhookSigningKey, request.headers, body, {
      nowSeconds: Math.floor(context.now() / 1000),
    });
    if (!check.ok) {
      log.warn('webhook refused', { reason: check.problem, messageId: check.messageId });
      if (check.problem === 'malformed-timestamp') {
        throw new HttpError(400, 'The webhook could not be verified.', 'invalid-request');
      }
      throw refused();
    }
    const { messageId } = check;
    const event = parseEvent(body);
    if (!event) {
      log.warn('webhook unreadable', { messageId });
      throw new HttpError(400, 'The webhook is not a Codat event.', 'invalid-request');
    }

    const claim = await store.webhookMessages.claim(messageId, context.webhookLeaseMs);
    if (claim === 'done') {
      log.info('webhook repeated', { messageId, eventType: event.eventType });
      return json(200, { received: true });
    }
    if (claim === 'in-progress') {
      throw new HttpError(409, 'This message is being handled.', 'in-progress');
    }
    let outcome: string;
    try {
      outcome = await handleEvent(context, event);
    } catch (error) {
      await store.webhookMessages.release(messageId);
      log.error('webhook failed', {
        messageId,
        eventType: event.eventType,
        error: describe(error),
      });
      throw new HttpError(500, 'The webhook could not be handled.', 'webhook-failed');
    }
    await store.webhookMessages.finish(messageId);
    log.info('webhook handled', { messageId, eventType: event.eventType, outcome });
    await forgetOld();
    return json(200, { received: true });
  };
}
