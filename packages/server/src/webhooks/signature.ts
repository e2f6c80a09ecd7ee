import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How far a delivery's timestamp may be from the server's clock, either way: Svix's own
 * libraries allow five minutes. Older deliveries are refused as possible replays; retries of a
 * message are signed again with a fresh timestamp, so they pass.
 */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

/** Why a delivery was refused. For the log only: the caller learns nothing about it. */
export type SignatureProblem =
  | 'missing-headers'
  | 'malformed-timestamp'
  | 'stale-timestamp'
  | 'future-timestamp'
  | 'no-matching-signature';

/** The outcome of {@link verifyWebhookSignature}. */
export type SignatureCheck =
  | { ok: true; messageId: string; timestamp: number }
  | { ok: false; problem: SignatureProblem; messageId: string | null };

const single = (value: string | null) => (value ? value : null);

/**
 * The three signature headers. Svix sends `svix-id`, `svix-timestamp`, `svix-signature`; Codat's
 * own examples show the unbranded `webhook-*` names, which Svix's libraries also accept.
 */
function signatureHeaders(headers: Headers) {
  for (const prefix of ['svix', 'webhook']) {
    const id = single(headers.get(`${prefix}-id`));
    const timestamp = single(headers.get(`${prefix}-timestamp`));
    const signature = single(headers.get(`${prefix}-signature`));
    if (id && timestamp && signature) return { id, timestamp, signature };
  }
  return null;
}

/**
 * Checks a webhook delivery the way Codat signs them (through Svix): the `v1` signature is the
 * base64 HMAC-SHA256, keyed with the endpoint secret's bytes, of `${id}.${timestamp}.${body}`
 * over the raw body. The signature header may list several space-separated `v1,<base64>`
 * entries (while a secret is being rotated); one match is enough. Compared in constant time.
 */
export function verifyWebhookSignature(
  key: Uint8Array,
  headers: Headers,
  body: Uint8Array,
  options: { nowSeconds: number; toleranceSeconds?: number },
): SignatureCheck {
  const signed = signatureHeaders(headers);
  if (!signed) {
    return {
      ok: false,
      problem: 'missing-headers',
      messageId: single(headers.get('svix-id') ?? headers.get('webhook-id')),
    };
  }
  const messageId = signed.id;
  if (!/^\d{1,12}$/.test(signed.timestamp)) {
    return { ok: false, problem: 'malformed-timestamp', messageId };
  }
  const timestamp = Number(signed.timestamp);
  const tolerance = options.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS;
  if (options.nowSeconds - timestamp > tolerance) {
    return { ok: false, problem: 'stale-timestamp', messageId };
  }
  if (timestamp - options.nowSeconds > tolerance) {
    return { ok: false, problem: 'future-timestamp', messageId };
  }

  const expected = createHmac('sha256', key)
    .update(`${signed.id}.${signed.timestamp}.`)
    .update(body)
    .digest();
  const matches = signed.signature.split(' ').some((entry) => {
    const [version, encoded] = entry.split(',', 2);
    if (version !== 'v1' || !encoded) return false;
    const candidate = Buffer.from(encoded, 'base64');
    return candidate.length === expected.length && timingSafeEqual(candidate, expected);
  });
  return matches
    ? { ok: true, messageId, timestamp }
    : { ok: false, problem: 'no-matching-signature', messageId };
}
