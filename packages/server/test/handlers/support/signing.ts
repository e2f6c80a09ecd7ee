import { createHmac, randomUUID } from 'node:crypto';

/**
 * Signs a delivery the way Svix does for Codat, written out here on its own (not the server's
 * code): base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`, keyed with the bytes the secret's
 * base64 part (after `whsec_`) decodes to, sent as `v1,<signature>`.
 */
export function svixSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/** Seconds since the epoch, as in `svix-timestamp`. */
export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A Codat event envelope. */
export interface TestEvent {
  id: string;
  eventType: string;
  generatedDate: string;
  payload: Record<string, unknown>;
}

/** An event as Codat would send it, about one company. */
export function codatEvent(
  eventType: string,
  companyId: string,
  payload: Record<string, unknown>,
  generatedDate = new Date().toISOString(),
): TestEvent {
  return {
    id: randomUUID(),
    eventType,
    generatedDate,
    payload: {
      referenceCompany: {
        id: companyId,
        name: 'Acme Bakery Ltd',
        links: { portal: `https://app.codat.io/companies/${companyId}/summary` },
      },
      ...payload,
    },
  };
}
