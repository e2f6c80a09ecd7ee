/**
 * Signs webhook deliveries as Svix signs Codat's: the `v1` signature is the base64
 * HMAC-SHA256 of `${messageId}.${timestamp}.${body}`, keyed with the bytes the endpoint
 * secret's base64 part (after `whsec_`) decodes to. Web Crypto only (`globalThis.crypto.subtle`),
 * so it runs in Node 20+ and in a browser's secure context alike.
 */

const SECRET_PREFIX = 'whsec_';

/** Signs one delivery: answers the `svix-signature` value, `v1,<base64>`. */
export type WebhookSigner = (messageId: string, timestamp: number, body: string) => Promise<string>;

/**
 * The HMAC key of an endpoint secret (`whsec_` then base64, as Codat's portal shows it).
 * @throws Error, without the secret in its message, when the secret has another shape.
 */
export function signingKeyBytes(secret: string): Uint8Array<ArrayBuffer> {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : null;
  let binary = '';
  try {
    if (encoded && /^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) binary = atob(encoded);
  } catch {
    // Not base64 after all: refused below.
  }
  if (binary === '')
    throw new Error('webhooks.secret must be an endpoint signing secret: whsec_ then base64.');
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new Error(
      'Signing webhooks needs Web Crypto (crypto.subtle): Node 20+, or a secure context in a browser.',
    );
  return subtle;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * A signer for one endpoint secret. The secret and Web Crypto are checked now (a throw when
 * either is missing), the key is imported on first use.
 */
export function createWebhookSigner(secret: string): WebhookSigner {
  const keyBytes = signingKeyBytes(secret);
  const subtle = subtleCrypto();
  let key: Promise<CryptoKey> | undefined;
  return async (messageId, timestamp, body) => {
    key ??= subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const content = new TextEncoder().encode(`${messageId}.${timestamp}.${body}`);
    const mac = await subtle.sign('HMAC', await key, content);
    return `v1,${toBase64(new Uint8Array(mac))}`;
  };
}
