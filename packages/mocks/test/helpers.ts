import { onTestFinished } from 'vitest';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import type { FakeCodatOptions, HandlerOptions } from '@bankfeeds/mocks';

/** The fake's base URL in tests (Codat's own). */
export const BASE = 'https://api.codat.io';
/** A made-up API key in Codat's header form. */
export const BASIC = `Basic ${Buffer.from('test-api-key').toString('base64')}`;
/** A pinned today, so the date rules are stable. */
export const TODAY = '2026-11-21';

/** Reply bodies are read loosely in tests; the fake itself checks them with the model. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A parsed reply. */
export interface Reply<T = Loose> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/**
 * Starts the fake on MSW for one test (closed when the test finishes) and returns it with a
 * `call` helper that sends real HTTP requests with fetch.
 */
export function startFake(options: HandlerOptions & FakeCodatOptions = {}) {
  const { server, fake } = setupBankFeedsServer({ today: TODAY, ...options });
  server.listen({ onUnhandledRequest: 'error' });
  onTestFinished(() => server.close());
  const { companyId, connectionId } = fake.ids;
  const connectionPath = `/companies/${companyId}/connections/${connectionId}`;

  async function call<T = Loose>(
    method: string,
    path: string,
    body?: unknown,
    init: { headers?: Record<string, string>; signal?: AbortSignal; base?: string } = {},
  ): Promise<Reply<T>> {
    const response = await fetch(`${init.base ?? BASE}${path}`, {
      method,
      headers: {
        Authorization: BASIC,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...init.headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      signal: init.signal,
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // A malformed body (an injected fault): `text` has it.
    }
    return { status: response.status, headers: response.headers, body: parsed as T, text };
  }

  return { server, fake, call, companyId, connectionId, connectionPath };
}
