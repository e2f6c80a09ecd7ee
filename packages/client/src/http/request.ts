import { fillPath, type HttpMethod } from '@bankfeeds/model';
import type { Clock } from '../internal/clock';
import type { Authenticator } from './auth';
import type { BankFeedsError } from './errors';
import { errorFromResponse, errorWithoutResponse, isBankFeedsError, schemaError } from './errors';
import { createCompanyGate, DEFAULT_MAX_CONCURRENT_PER_COMPANY } from './company-gate';
import { backoffDelay, parseRetryAfter, type RetryOptions } from './retry';
import type { SharedRateHolds } from './types';

/** The part of a zod schema the client needs; the model's schemas fit it. */
export interface Parser<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } };
}

export type { HttpMethod };

/** One thing the client did, for an integrator's logger. Never carries headers or bodies. */
export interface ClientLogEntry {
  type: 'request' | 'response' | 'retry' | 'error';
  method: HttpMethod;
  /** The endpoint template, `GET /companies/{companyId}`. */
  endpoint: string;
  attempt: number;
  status?: number;
  code?: string;
  /** The wait before the next attempt (`retry` entries). */
  delayMs?: number;
  durationMs?: number;
}

/** A request as the typed methods describe it. */
export interface RequestSpec<T> {
  method: HttpMethod;
  /** The path template, `/companies/{companyId}` (from the model's `ENDPOINTS`), named in errors and logs. */
  path: string;
  params?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Checks the outbound body before anything is sent. */
  bodySchema?: Parser<unknown>;
  /** Parses the reply; without one the reply body is ignored. */
  schema?: Parser<T>;
  /**
   * Whether sending it twice has the same effect as once (GET, PUT, DELETE, PATCH to a state).
   * Only these are retried after a failure that may have reached the server.
   */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
}

/** What {@link createRequester} needs. */
export interface RequesterConfig {
  baseUrl: string;
  fetch: typeof fetch;
  auth: Authenticator;
  retry: RetryOptions;
  timeoutMs: number;
  headers: Record<string, string>;
  clock: Clock;
  log?: ((entry: ClientLogEntry) => void) | undefined;
  /** Requests in flight per company, at most. @default 10 */
  maxConcurrentPerCompany?: number | undefined;
  /** 429 holds shared with other processes. */
  rateHolds?: SharedRateHolds | undefined;
}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * A promise that never settles, new for each attempt. Never one shared promise: every promise
 * that follows it (the timeout's, and through `Promise.race` the reply's) would be held by it
 * for ever, and each reply with them.
 */
const never = () => new Promise<never>(() => {});

function buildUrl(config: RequesterConfig, spec: RequestSpec<unknown>): string {
  const path = fillPath(spec.path, spec.params ?? {});
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(spec.query ?? {})) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return `${config.baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * The request engine behind every typed method: auth header, per-attempt timeout, retries with
 * backoff and jitter (idempotent requests only, `Retry-After` honoured), one token renewal on a
 * 401, cancellation, and parsing of the reply with the model.
 */
export function createRequester(config: RequesterConfig) {
  const { clock, retry } = config;
  const gate = createCompanyGate(
    config.maxConcurrentPerCompany ?? DEFAULT_MAX_CONCURRENT_PER_COMPANY,
    clock,
    config.rateHolds,
  );

  async function attemptOnce(
    url: string,
    init: RequestInit,
    endpoint: string,
    signal: AbortSignal | undefined,
  ): Promise<Reply> {
    // Checked here, synchronously before listening, since an abort event never fires twice.
    if (signal?.aborted) throw errorWithoutResponse('aborted', endpoint, signal.reason);
    const controller = new AbortController();
    const stopTimer = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    let timedOut = false;
    const timeout = clock.sleep(config.timeoutMs, stopTimer.signal).then(
      () => {
        timedOut = true;
        controller.abort();
        return never();
      },
      () => never(),
    );
    try {
      const exchange = (async (): Promise<Reply> => {
        const response = await config.fetch(url, { ...init, signal: controller.signal });
        // The body is read inside the timeout too: a reply can stall half way.
        const text = await response.text();
        return { status: response.status, headers: response.headers, text };
      })();
      return await Promise.race([exchange, timeout]);
    } catch (cause) {
      if (signal?.aborted) throw errorWithoutResponse('aborted', endpoint, cause);
      if (timedOut) throw errorWithoutResponse('timeout', endpoint);
      throw errorWithoutResponse('network-error', endpoint, cause);
    } finally {
      stopTimer.abort();
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const endpoint = `${spec.method} ${spec.path}`;
    if (spec.bodySchema) {
      const checked = spec.bodySchema.safeParse(spec.body);
      if (!checked.success) throw schemaError('invalid-request', endpoint, checked.error.issues);
    }
    const url = buildUrl(config, spec);
    const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    const started = clock.now();
    const log = config.log;
    const companyId = spec.params?.companyId;
    let attempt = 0;
    let renewed = false;

    for (;;) {
      attempt++;
      if (spec.signal?.aborted) throw errorWithoutResponse('aborted', endpoint, spec.signal.reason);
      const authorization = await config.auth.header();
      const headers: Record<string, string> = { accept: 'application/json', ...config.headers };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (authorization) headers.authorization = authorization;

      let error: BankFeedsError;
      let retryAfterMs: number | null = null;
      const attemptStart = clock.now();
      let leave: () => void;
      try {
        // Codat's limits are per company: wait for a place, and for any Retry-After it gave.
        leave = await gate.enter(companyId, spec.signal);
      } catch (cause) {
        throw errorWithoutResponse('aborted', endpoint, cause);
      }
      log?.({ type: 'request', method: spec.method, endpoint, attempt });
      try {
        const reply = await attemptOnce(
          url,
          { method: spec.method, headers, body },
          endpoint,
          spec.signal,
        ).finally(leave);
        log?.({
          type: 'response',
          method: spec.method,
          endpoint,
          attempt,
          status: reply.status,
          durationMs: clock.now() - attemptStart,
        });
        if (reply.status >= 200 && reply.status < 300) return parseReply(spec, reply, endpoint);
        if (reply.status === 401 && !renewed && (await config.auth.renew(authorization))) {
          // A fresh token is one more try of the same attempt, not a retry.
          renewed = true;
          attempt--;
          continue;
        }
        const json = reply.text ? parseJson(reply.text) : { ok: true as const, value: undefined };
        error = errorFromResponse(
          reply.status,
          json.ok ? json.value : reply.text,
          endpoint,
          reply.headers.get('x-correlation-id'),
        );
        retryAfterMs = parseRetryAfter(reply.headers.get('retry-after'), clock);
        // Every request of this client to the company waits, not only this one.
        if (reply.status === 429 && retryAfterMs !== null) gate.pause(companyId, retryAfterMs);
      } catch (caught) {
        if (!isBankFeedsError(caught)) throw caught;
        error = caught;
      }

      // A POST may have been carried out even though no reply came back, so only idempotent
      // requests are retried; a 429 is the exception, as a rate-limited request is refused whole.
      const mayRetry =
        error.retryable &&
        error.code !== 'aborted' &&
        (spec.idempotent || error.status === 429) &&
        attempt < retry.maxAttempts;
      if (!mayRetry) {
        log?.({ type: 'error', method: spec.method, endpoint, attempt, code: error.code });
        throw error;
      }
      const delayMs = retryAfterMs ?? backoffDelay(attempt, retry, clock.random);
      if (clock.now() - started + delayMs > retry.maxElapsedMs) {
        log?.({ type: 'error', method: spec.method, endpoint, attempt, code: error.code });
        throw error;
      }
      log?.({
        type: 'retry',
        method: spec.method,
        endpoint,
        attempt,
        code: error.code,
        ...(error.status === null ? {} : { status: error.status }),
        delayMs,
      });
      try {
        // After a 429 with Retry-After the company's gate holds the next attempt (and every
        // other request to the company) for that long: no second wait here.
        const heldByGate = error.status === 429 && retryAfterMs !== null && companyId !== undefined;
        if (!heldByGate) await clock.sleep(delayMs, spec.signal);
      } catch (cause) {
        throw errorWithoutResponse('aborted', endpoint, cause);
      }
    }
  };
}

function parseReply<T>(spec: RequestSpec<T>, reply: Reply, endpoint: string): T {
  if (!spec.schema) return undefined as T;
  const json = parseJson(reply.text);
  if (!json.ok) {
    throw schemaError(
      'invalid-response',
      endpoint,
      [{ path: [], message: 'the body is not JSON' }],
      reply.status,
    );
  }
  const parsed = spec.schema.safeParse(json.value);
  if (!parsed.success) {
    throw schemaError('invalid-response', endpoint, parsed.error.issues, reply.status);
  }
  return parsed.data;
}

/** The request function {@link createRequester} returns. */
export type Requester = ReturnType<typeof createRequester>;
