/** Prefix of a Svix endpoint secret, as Codat's portal shows it. */
const SECRET_PREFIX = 'whsec_';

/** Shortest key accepted; Codat's (Svix's) endpoint secrets are 24 bytes. */
const MIN_KEY_BYTES = 16;

/**
 * The HMAC key of a webhook endpoint's signing secret (`whsec_` then base64, as copied from
 * Codat's portal): the bytes the base64 part decodes to, not the text itself.
 * @throws Error, without the secret in its message, when the secret does not have that shape.
 */
export function webhookSigningKey(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = /^[A-Za-z0-9+/]+={0,2}$/.test(encoded) ? Buffer.from(encoded, 'base64') : null;
  if (!key || key.length < MIN_KEY_BYTES) {
    throw new Error(
      'webhookSecret must be the endpoint signing secret from Codat (whsec_ then base64).',
    );
  }
  return key;
}

/** The forms of a signing secret that could show up in text, for the log redactor. */
export function signingSecretForms(secret: string): string[] {
  return secret.startsWith(SECRET_PREFIX) ? [secret, secret.slice(SECRET_PREFIX.length)] : [secret];
}
