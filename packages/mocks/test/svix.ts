import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WebhookHeaders } from '@bankfeeds/mocks';

/** A signing secret as Codat's portal shows it (24 bytes, base64 after `whsec_`). */
export const SECRET = `whsec_${Buffer.from('fake-codat-webhook-key-01').toString('base64')}`;

/**
 * Checks a delivery's Svix signature with node:crypto, written out here on its own (not the
 * fake's Web Crypto code): base64 HMAC-SHA256 of `${svix-id}.${svix-timestamp}.${body}`, keyed
 * with the bytes of the secret's base64 part, in a `v1,` entry.
 */
export function hasValidSignature(
  secret: string,
  headers: WebhookHeaders | Record<string, string>,
  body: string,
): boolean {
  const h = headers as Record<string, string>;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${h['svix-id']}.${h['svix-timestamp']}.${body}`)
    .digest();
  return (h['svix-signature'] ?? '').split(' ').some((entry) => {
    const [version, encoded = ''] = entry.split(',', 2);
    const candidate = Buffer.from(encoded, 'base64');
    return (
      version === 'v1' &&
      candidate.length === expected.length &&
      timingSafeEqual(candidate, expected)
    );
  });
}
