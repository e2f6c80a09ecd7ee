import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config';
import { verifyWebhookSignature } from '../src/webhooks/signature';
import { webhookSigningKey } from '../src/webhooks/signing-key';
import { WEBHOOK_SECRET } from './harness';

/** The example delivery of Svix's and Codat's documentation, with its published signature. */
const DOCUMENTED = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const documentedCheck = (
  headers: Record<string, string>,
  body = DOCUMENTED.body,
  nowSeconds = DOCUMENTED.timestamp,
) =>
  verifyWebhookSignature(webhookSigningKey(DOCUMENTED.secret), headers, Buffer.from(body), {
    nowSeconds,
  });

const svixHeaders = (signature = DOCUMENTED.signature) => ({
  'svix-id': DOCUMENTED.id,
  'svix-timestamp': String(DOCUMENTED.timestamp),
  'svix-signature': signature,
});

describe('the signature check', () => {
  it('accepts the documented example delivery', () => {
    expect(documentedCheck(svixHeaders())).toEqual({
      ok: true,
      messageId: DOCUMENTED.id,
      timestamp: DOCUMENTED.timestamp,
    });
  });

  it('accepts the unbranded webhook-* headers Codat’s examples show', () => {
    const headers = {
      'webhook-id': DOCUMENTED.id,
      'webhook-timestamp': String(DOCUMENTED.timestamp),
      'webhook-signature': DOCUMENTED.signature,
    };
    expect(documentedCheck(headers)).toMatchObject({ ok: true });
  });

  it('accepts a match anywhere in a list of signatures (secret rotation), v1 only', () => {
    const other = 'v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
    expect(documentedCheck(svixHeaders(`${other} ${DOCUMENTED.signature}`))).toMatchObject({
      ok: true,
    });
    const asV2 = DOCUMENTED.signature.replace('v1,', 'v2,');
    expect(documentedCheck(svixHeaders(asV2))).toMatchObject({
      ok: false,
      problem: 'no-matching-signature',
    });
  });

  it('refuses a changed body, another id and a signature cut short', () => {
    expect(documentedCheck(svixHeaders(), '{"test": 2432232315}')).toMatchObject({ ok: false });
    expect(
      documentedCheck({ ...svixHeaders(), 'svix-id': 'msg_p5jXN8AQM9LWM0D4loKWxJeK' }),
    ).toMatchObject({ ok: false, problem: 'no-matching-signature' });
    expect(documentedCheck(svixHeaders(DOCUMENTED.signature.slice(0, 20)))).toMatchObject({
      ok: false,
      problem: 'no-matching-signature',
    });
  });

  it('allows five minutes either way and no more', () => {
    const at = DOCUMENTED.timestamp;
    expect(documentedCheck(svixHeaders(), undefined, at + 300)).toMatchObject({ ok: true });
    expect(documentedCheck(svixHeaders(), undefined, at - 300)).toMatchObject({ ok: true });
    expect(documentedCheck(svixHeaders(), undefined, at + 301)).toMatchObject({
      ok: false,
      problem: 'stale-timestamp',
    });
    expect(documentedCheck(svixHeaders(), undefined, at - 301)).toMatchObject({
      ok: false,
      problem: 'future-timestamp',
    });
  });
});

describe('the webhook secret setting', () => {
  it('is required with an API key, defaulted in mock mode, and never echoed when wrong', () => {
    const production = { CODAT_API_KEY: 'key', SESSION_SECRET: 'x'.repeat(32) };
    expect(() => readConfig(production)).toThrow(/CODAT_WEBHOOK_SECRET must be set/);
    expect(readConfig({}).webhookSecret).toMatch(/^whsec_/);
    const wrong = 'whsec_not*base64*at*all*9f8e7d6c';
    let message = '';
    try {
      readConfig({ ...production, CODAT_WEBHOOK_SECRET: wrong });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/CODAT_WEBHOOK_SECRET/);
    expect(message).not.toContain('9f8e7d6c');
    expect(readConfig({ ...production, CODAT_WEBHOOK_SECRET: WEBHOOK_SECRET }).webhookSecret).toBe(
      WEBHOOK_SECRET,
    );
  });
});
