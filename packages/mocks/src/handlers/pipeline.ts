import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { FakeCodat, RateLimitState } from '../create-fake';
import {
  FakeCodatError,
  badRequest,
  codatError,
  errorForStatus,
  forbidden,
  unauthorized,
} from '../fake/errors';
import type { FaultInjector, FaultRule } from '../faults';
import type { Random } from '../random';
import { afterFaultReply, waitOrAbort } from './fault-replies';
import { errorReply, internalErrorReply, rateLimitedReply, rateLimitHeaders } from './respond';

/** What every handler of a set shares. */
export interface HandlerContext {
  fake: FakeCodat;
  faults: FaultInjector;
  /** Seeded generator for correlation ids (apart from the fake's, so data stays the same). */
  random: Random;
  /** Delay before every reply, in milliseconds. */
  latencyMs: number;
  auth: 'required' | 'none';
  /** Whether a company access token is accepted as `Bearer` on the API (Codat documents only `Basic`). */
  acceptBearerOnApi?: boolean;
}

/** What a route's resolver gets. */
export interface RouteArgs {
  request: Request;
  url: URL;
  params: Record<string, string>;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'all';
type Resolver = (args: RouteArgs) => Response | Promise<Response>;

/** Reads a JSON body; an unreadable one answers Codat's 400. Empty bodies read as `undefined`. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest('Error processing request - not valid.', [
      { itemId: 'body', message: 'The body is not valid JSON.', validatorName: 'Request' },
    ]);
  }
}

/**
 * Codat's auth: `Basic <API key>` (any key: the fake has no accounts), the only scheme Codat's
 * OpenAPI file declares. A `Bearer` company access token (minted by the fake, only for its own
 * company's paths) is accepted only when `acceptBearerOnApi` is on: Codat documents the token for
 * its own embedded UIs, not for these endpoints, so by default it answers Codat's 401.
 */
function checkAuth(
  fake: FakeCodat,
  request: Request,
  path: string,
  acceptBearerOnApi: boolean,
): void {
  const [scheme = '', credential = ''] = (request.headers.get('authorization') ?? '')
    .trim()
    .split(/\s+/, 2);
  if (/^basic$/i.test(scheme) && credential) return;
  if (!acceptBearerOnApi || !/^bearer$/i.test(scheme) || !credential) throw unauthorized();
  const companyId = fake.companyOfToken(credential);
  if (!companyId) throw unauthorized();
  if (/^\/companies\/([^/]+)/.exec(path)?.[1] !== companyId) throw forbidden();
}

/** The reply of a fault that answers instead of the fake. */
async function faultReply(
  rule: FaultRule,
  request: Request,
  rate: RateLimitState,
  random: Random,
): Promise<Response> {
  switch (rule.kind) {
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      // Never answers: hangs until the caller aborts, or drops the connection after delayMs.
      await waitOrAbort(request.signal, rule.delayMs);
      return HttpResponse.error();
    case 'malformed':
      return new HttpResponse('{"results": [{"id": "trunc', {
        status: 200,
        headers: { 'Content-Type': 'application/json', ...rateLimitHeaders(rate) },
      });
    case 'rateLimit':
      return rateLimitedReply(rate, random, rule.retryAfterSeconds ?? 1);
    default:
      return withHeaders(errorReply(errorForStatus(rule.status ?? 500), random), rate);
  }
}

function withHeaders(response: Response, rate: RateLimitState): Response {
  for (const [name, value] of Object.entries(rateLimitHeaders(rate)))
    response.headers.set(name, value);
  return response;
}

/**
 * Builds the route factory of a handler set. Every route runs the same pipeline: faults that hit
 * (latency first, then the first fault that answers instead of the fake), the set's latency,
 * Codat's rate limits when enforced, auth (unless `open`), the resolver, Codat's error body for a
 * {@link FakeCodatError}, rate-limit headers on the reply; then any fault that strikes after the
 * fake (`when: 'after'`) loses or replaces that reply.
 */
export function createRouter(hctx: HandlerContext) {
  return function route(
    method: Method,
    base: string,
    path: string,
    resolve: Resolver,
    options: { open?: boolean } = {},
  ): HttpHandler {
    const basePath = new URL(base).pathname.replace(/\/+$/, '');
    return http[method](`${base}${path}`, async ({ request, params }) => {
      const url = new URL(request.url);
      const relative = url.pathname.startsWith(basePath)
        ? url.pathname.slice(basePath.length) || '/'
        : url.pathname;
      const hits = hctx.faults.pick(request.method, [url.pathname, relative]);
      const after = (hit: FaultRule) => hit.when === 'after' && hit.kind !== 'rateLimit';
      for (const hit of hits)
        if (hit.kind === 'latency' && !after(hit)) await delay(hit.delayMs ?? 1000);
      if (hctx.latencyMs > 0) await delay(hctx.latencyMs);
      const rate = hctx.fake.recordRequest();
      const answering = hits.find((hit) => hit.kind !== 'latency' && !after(hit));
      if (answering) return faultReply(answering, request, rate, hctx.random);
      const admission = hctx.fake.admitRequest(/^\/companies\/([^/]+)/.exec(relative)?.[1] ?? null);
      if (!admission.admitted)
        return rateLimitedReply(rate, hctx.random, admission.retryAfterSeconds);
      try {
        let reply = await answer(rate);
        for (const hit of hits.filter(after))
          reply = await afterFaultReply(hit, request, reply, (status) =>
            withHeaders(errorReply(errorForStatus(status), hctx.random), rate),
          );
        return reply;
      } finally {
        admission.release();
      }

      async function answer(rate: RateLimitState): Promise<Response> {
        try {
          if (!options.open && hctx.auth === 'required')
            checkAuth(hctx.fake, request, relative, hctx.acceptBearerOnApi === true);
          const response = await resolve({
            request,
            url,
            params: params as Record<string, string>,
          });
          return withHeaders(response, rate);
        } catch (error) {
          if (error instanceof FakeCodatError)
            return withHeaders(errorReply(error, hctx.random), rate);
          return withHeaders(internalErrorReply(error, hctx.random), rate);
        }
      }
    });
  };
}

/** The route factory's type. */
export type Route = ReturnType<typeof createRouter>;

/** 404 for any other path under the base URL, in Codat's shape. */
export function notFoundRoute(route: Route, base: string): HttpHandler {
  return route('all', base, '/*', () => {
    throw codatError(404, errorForStatus(404).body.error!);
  });
}
