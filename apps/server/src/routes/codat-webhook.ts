import type { ServerDeps } from '../deps';
import { HttpError, readRawBody, sendJson } from '../http/respond';
import type { RouteContext } from '../http/router';
import { parseEvent } from '../webhooks/events';
import { handleEvent } from '../webhooks/handle-event';
import { verifyWebhookSignature } from '../webhooks/signature';

/** Where Codat delivers webhooks: register `https://<your server>/webhooks/codat` in its portal. */
export const CODAT_WEBHOOK_PATH = '/webhooks/codat';

/** Largest webhook accepted. Codat's events are a few kilobytes. */
const MAX_WEBHOOK_BYTES = 256 * 1024;

/** One answer for every refused delivery: the caller learns nothing of why (the log does). */
const refused = () => new HttpError(401, 'The webhook could not be verified.', 'unauthorized');

/**
 * `POST /webhooks/codat`: Codat's webhooks, signed through Svix. In order:
 *
 * 1. the signature over the raw body and its timestamp (five minutes either way) are checked;
 *    anything else is a 401 (a malformed timestamp a 400), the reason logged, never answered;
 * 2. the message id (`svix-id`, the same on every retry) is claimed, so a retried or replayed
 *    delivery is answered without running its effect twice; one still being handled gets a 409,
 *    so Codat tries again later;
 * 3. the event is handled, then the 200 sent. A failure answers 500 and lets go of the claim,
 *    so Codat's retry runs it again. Unknown event types are answered 200 and ignored.
 *
 * The example handles events inline. Codat expects an answer within 15 seconds; a bank whose
 * pushes may take longer queues the event after step 2 and answers at once.
 */
export async function postCodatWebhook(deps: ServerDeps, { req, res }: RouteContext) {
  const body = await readRawBody(req, MAX_WEBHOOK_BYTES);
  const check = verifyWebhookSignature(deps.webhookSigningKey, req.headers, body, {
    nowSeconds: Math.floor((deps.now?.() ?? Date.now()) / 1000),
  });
  if (!check.ok) {
    deps.log.warn('webhook refused', { reason: check.problem, messageId: check.messageId });
    if (check.problem === 'malformed-timestamp') {
      throw new HttpError(400, 'The webhook could not be verified.', 'invalid-request');
    }
    throw refused();
  }
  const { messageId } = check;
  const event = parseEvent(body);
  if (!event) {
    deps.log.warn('webhook unreadable', { messageId });
    throw new HttpError(400, 'The webhook is not a Codat event.', 'invalid-request');
  }

  const claim = await deps.webhookMessages.claim(messageId);
  if (claim === 'done') {
    deps.log.info('webhook repeated', { messageId, eventType: event.eventType });
    return sendJson(res, 200, { received: true });
  }
  if (claim === 'in-progress') {
    throw new HttpError(409, 'This message is being handled.', 'in-progress');
  }
  let outcome: string;
  try {
    outcome = await handleEvent(deps, event);
  } catch (error) {
    await deps.webhookMessages.release(messageId);
    deps.log.error('webhook failed', {
      messageId,
      eventType: event.eventType,
      error: error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown',
    });
    throw new HttpError(500, 'The webhook could not be handled.', 'webhook-failed');
  }
  await deps.webhookMessages.finish(messageId);
  deps.log.info('webhook handled', { messageId, eventType: event.eventType, outcome });
  sendJson(res, 200, { received: true });
}
