import type { HttpHandler } from 'msw';
import { createFakeCodat, type FakeCodat, type FakeCodatOptions } from '../create-fake';
import { createFaultInjector, type FaultRule } from '../faults';
import { createRandom } from '../random';
import { companyHandlers } from './companies';
import { connectionHandlers } from './connections';
import { linkHandlers } from './link';
import { mappingHandlers } from './mapping';
import { createRouter, notFoundRoute } from './pipeline';
import { pushHandlers } from './push';
import { sourceAccountHandlers } from './source-accounts';

/** How the handlers answer. */
export interface HandlerOptions {
  /** Where the fake Codat API lives (a proxy's URL works too). @default 'https://api.codat.io' */
  baseUrl?: string;
  /** The fake to serve; a new one is made from the fake options when absent. */
  fake?: FakeCodat;
  /** Faults to inject, in order, after any the scenario brings. */
  faults?: FaultRule[];
  /** Delay before every reply, in milliseconds (handy in Storybook and the demo). @default 0 */
  latencyMs?: number;
  /**
   * `required`: `Basic <any API key>` (Codat's only documented scheme); anything else answers
   * 401 with Codat's body. `none`: no header needed (a proxy adds it). @default 'required'
   */
  auth?: 'required' | 'none';
  /**
   * Also accepts a company access token minted by `GET …/accessToken` as `Bearer` (only for its
   * own company's paths; another company's answers 403). Codat documents that token for its own
   * embedded UIs only, not for the Bank Feeds endpoints, so this is a leniency a test must ask
   * for; without it a `Bearer` header answers Codat's 401. @default false
   */
  acceptBearerOnApi?: boolean;
}

/** The handlers grouped by API area, for Storybook's per-key `parameters.msw.handlers`. */
export interface HandlersByDomain {
  companies: HttpHandler[];
  connections: HttpHandler[];
  sourceAccounts: HttpHandler[];
  mapping: HttpHandler[];
  push: HttpHandler[];
  link: HttpHandler[];
  /** Codat's 404 for any other path under the base URL; keep it last. */
  fallback: HttpHandler[];
}

/** A handler set and the fake behind it. */
export interface BankFeedsHandlers {
  /** Every handler, in the order MSW must try them. */
  handlers: HttpHandler[];
  /** The same handlers by area. */
  byDomain: HandlersByDomain;
  /** The in-memory state, to arrange or inspect it from a test or story. */
  fake: FakeCodat;
}

/**
 * Creates the MSW handlers of a stateful fake Codat Bank Feeds API (with Xero behind it) at
 * `baseUrl`, plus the simulated Xero consent at the fake's `linkBaseUrl`.
 */
export function createBankFeedsHandlers(
  options: HandlerOptions & FakeCodatOptions = {},
): BankFeedsHandlers {
  const fake = options.fake ?? createFakeCodat(options);
  const base = (options.baseUrl ?? 'https://api.codat.io').replace(/\/+$/, '');
  // A generator of its own for faults and correlation ids, so the data never depends on them.
  const random = createRandom((fake.seed ^ 0x5eed) >>> 0);
  const route = createRouter({
    fake,
    random,
    faults: createFaultInjector([...fake.scenarioFaults, ...(options.faults ?? [])], random),
    latencyMs: options.latencyMs ?? 0,
    auth: options.auth ?? 'required',
    acceptBearerOnApi: options.acceptBearerOnApi ?? false,
  });
  const byDomain: HandlersByDomain = {
    companies: companyHandlers(route, base, fake),
    connections: connectionHandlers(route, base, fake),
    sourceAccounts: sourceAccountHandlers(route, base, fake),
    mapping: mappingHandlers(route, base, fake),
    push: pushHandlers(route, base, fake),
    link: linkHandlers(route, fake.linkBaseUrl, fake),
    fallback: [notFoundRoute(route, base)],
  };
  // Source-account routes first: their fixed `/batch` and `/credentials` segments must win over
  // the `/:accountId` and connection patterns.
  const handlers = [
    ...byDomain.sourceAccounts,
    ...byDomain.mapping,
    ...byDomain.push,
    ...byDomain.connections,
    ...byDomain.companies,
    ...byDomain.link,
    ...byDomain.fallback,
  ];
  return { handlers, byDomain, fake };
}
