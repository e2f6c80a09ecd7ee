import { todayIn } from '@bankfeeds/model';
import { createRandom } from './random';
import { createClock, type FakeContext } from './fake/context';
import { createState, type XeroOrganisation } from './fake/state';
import * as companies from './fake/companies';
import * as connections from './fake/connections';
import * as sourceAccounts from './fake/source-accounts';
import * as mapping from './fake/mapping';
import * as push from './fake/push';
import { settleDueWrites } from './fake/push-settle';
import { createRateLimiter } from './fake/rate-limits';
import { statementLines } from './fake/xero-ledger';
import * as tokens from './fake/access-tokens';
import * as xero from './fake/xero-controls';
import { spendLinkPassword } from './fake/link-passwords';
import { getCompanyInformation } from './fake/company-info';
import { createTargetAccount } from './fake/organisation';
import { scenarioFaults, seedScenario } from './scenarios';
import { webhookEventFor } from './webhooks/events';
import { createWebhookOutbox, NO_WEBHOOKS } from './webhooks/outbox';
import type { FakeCodat, FakeCodatOptions } from './fake-codat';

export type { FakeCodat, FakeCodatOptions, RateLimitState } from './fake-codat';

function organisationOf(ctx: FakeContext, connectionId: string): XeroOrganisation {
  const connection = ctx.state.connections.get(connectionId);
  if (!connection) throw new Error(`No connection ${connectionId} in the fake`);
  return connection.organisation;
}

/**
 * Creates a fake Codat + Xero, seeded with a scenario. Two fakes with the same options hold the
 * same data, ids included.
 */
export function createFakeCodat(options: FakeCodatOptions = {}): FakeCodat {
  const scenario = options.scenario ?? 'default';
  const seed = options.seed ?? 1;
  const today = options.today ?? todayIn();
  const xeroWriteMinutes = options.xeroWriteMinutes ?? 0;
  if (!Number.isFinite(xeroWriteMinutes) || xeroWriteMinutes < 0)
    throw new Error(`xeroWriteMinutes must be 0 or more (got ${xeroWriteMinutes})`);
  const xeroOrganisationLimit = options.xeroOrganisationLimit ?? 25;
  if (!Number.isInteger(xeroOrganisationLimit) || xeroOrganisationLimit < 0)
    throw new Error(
      `xeroOrganisationLimit must be a whole number, 0 or more (got ${xeroOrganisationLimit})`,
    );
  const clock = createClock(today);
  const ctx: FakeContext = {
    state: createState(),
    random: createRandom(seed),
    today,
    now: clock.now,
    peekTime: clock.peek,
    linkBaseUrl: (options.linkBaseUrl ?? 'https://link-api.codat.io').replace(/\/+$/, ''),
    linkRandom: createRandom((seed ^ 0x11e4) >>> 0),
    xeroOrganisationLimit,
    companyLimit: options.companyLimit ?? 50,
    pendingReads: {
      mapping: options.pendingReads?.mapping ?? 0,
      push: options.pendingReads?.push ?? 0,
    },
    mappingPendingReads: options.mappingPendingReads ?? 0,
    xeroWriteMinutes,
    timedOutWrites: options.timedOutWrites ?? 'land',
    changed: () => {},
  };
  const ids = seedScenario(ctx, scenario);
  const rateLimiter = createRateLimiter(options.rateLimits, clock.peek);
  // Connected after seeding: a scenario's starting state sends no webhooks.
  let webhooks = NO_WEBHOOKS;
  let clockMoved = () => {};
  if (options.webhooks) {
    // A generator of its own, so turning webhooks on changes none of the fake's ids.
    const random = createRandom((seed ^ 0x3ebb00c5) >>> 0);
    const outbox = createWebhookOutbox(options.webhooks, clock.peek, random);
    ctx.changed = (change) => {
      const event = webhookEventFor(ctx, change, random);
      if (event) outbox.enqueue(event);
    };
    webhooks = outbox;
    clockMoved = () => outbox.clockMoved();
  }
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86400000)
    .toISOString()
    .replace('.000Z', 'Z');

  return settlingFirst(ctx, {
    scenario,
    seed,
    today,
    linkBaseUrl: ctx.linkBaseUrl,
    ids,
    scenarioFaults: scenarioFaults(scenario),
    webhooks,

    createCompany: (body) => companies.createCompany(ctx, body),
    getCompany: (companyId) => companies.getCompany(ctx, companyId),
    listCompanies: (query = {}) => companies.listCompanies(ctx, query),
    updateCompany: (companyId, body, replace = false) =>
      companies.updateCompany(ctx, companyId, body, replace),
    deleteCompany: (companyId) => companies.deleteCompany(ctx, companyId),
    getAccessToken: (companyId) => tokens.mintAccessToken(ctx, companyId),
    companyOfToken: (token) => tokens.companyOfToken(ctx, token),
    expireAccessTokens: () => tokens.expireAccessTokens(ctx),

    createConnection: (companyId, body) => connections.createConnection(ctx, companyId, body),
    getConnection: (companyId, connectionId) =>
      connections.getConnection(ctx, companyId, connectionId),
    listConnections: (companyId, query = {}) => connections.listConnections(ctx, companyId, query),
    unlinkConnection: (companyId, connectionId, body = { status: 'Unlinked' }) =>
      connections.unlinkConnection(ctx, companyId, connectionId, body),
    deleteConnection: (companyId, connectionId) =>
      connections.deleteConnection(ctx, companyId, connectionId),
    authorizeConnection: (companyId, connectionId) =>
      xero.authorizeConnection(ctx, companyId, connectionId),
    denyConnection: (companyId, connectionId) => xero.denyConnection(ctx, companyId, connectionId),
    deauthorizeConnection: (companyId, connectionId) =>
      xero.deauthorizeConnection(ctx, companyId, connectionId),
    openLink: (companyId, connectionId, otp) => {
      if (spendLinkPassword(ctx, companyId, connectionId, otp, 'open') !== 'ok') return null;
      const connection = ctx.state.connections.get(connectionId)!;
      return { organisation: connection.organisation.name, status: connection.status };
    },
    consentThroughLink: (companyId, connectionId, otp, allow) => {
      if (spendLinkPassword(ctx, companyId, connectionId, otp, 'decide') !== 'ok') return null;
      return allow
        ? xero.authorizeConnection(ctx, companyId, connectionId)
        : xero.denyConnection(ctx, companyId, connectionId);
    },
    disconnectFeedInXero: (companyId, connectionId, accountId) =>
      xero.disconnectFeedInXero(ctx, companyId, connectionId, accountId),

    createSourceAccount: (companyId, connectionId, body) =>
      sourceAccounts.createSourceAccount(ctx, companyId, connectionId, body),
    createSourceAccounts: (companyId, connectionId, body) =>
      sourceAccounts.createSourceAccounts(ctx, companyId, connectionId, body),
    listSourceAccounts: (companyId, connectionId) =>
      sourceAccounts.listSourceAccounts(ctx, companyId, connectionId),
    updateSourceAccount: (companyId, connectionId, accountId, body) =>
      sourceAccounts.updateSourceAccount(ctx, companyId, connectionId, accountId, body),
    deleteSourceAccount: (companyId, connectionId, accountId) =>
      sourceAccounts.deleteSourceAccount(ctx, companyId, connectionId, accountId),

    getMapping: (companyId, connectionId) => mapping.getMapping(ctx, companyId, connectionId),
    createMapping: (companyId, connectionId, body) =>
      mapping.createMapping(ctx, companyId, connectionId, body),
    getCompanyInformation: (companyId, connectionId) =>
      getCompanyInformation(ctx, companyId, connectionId),

    pushBankTransactions: (companyId, connectionId, accountId, body, query) =>
      push.pushBankTransactions(ctx, companyId, connectionId, accountId, body, query),
    getPushOperation: (companyId, key) => push.getPushOperation(ctx, companyId, key),
    listPushOperations: (companyId, query = {}) => push.listPushOperations(ctx, companyId, query),
    statementLines: (connectionId, accountId) => statementLines(ctx, connectionId, accountId),

    getOrganisation: (connectionId) => structuredClone(organisationOf(ctx, connectionId)),
    updateOrganisation: (connectionId, patch) => {
      Object.assign(organisationOf(ctx, connectionId), patch);
    },
    addTargetAccount: (connectionId, seedAccount) => {
      const organisation = organisationOf(ctx, connectionId);
      const target = createTargetAccount(ctx.random, seedAccount);
      organisation.targets.push(target);
      return { ...target };
    },

    advanceClock: (ms) => {
      clock.advance(ms);
      clockMoved();
    },
    clockTime: () => clock.peek(),

    recordRequest: () => {
      ctx.state.requestsToday++;
      // Codat's daily quota: 1000 × (1 + companies with a Linked connection).
      const active = new Set(
        [...ctx.state.connections.values()]
          .filter((c) => c.status === 'Linked')
          .map((c) => c.companyId),
      ).size;
      const limit = 1000 * (1 + active);
      return { limit, remaining: Math.max(0, limit - ctx.state.requestsToday), reset: tomorrow };
    },
    admitRequest: (companyId) => rateLimiter.admit(companyId),
    requestsInFlight: (companyId) => rateLimiter.inFlight(companyId),
  });
}

/**
 * Xero writes on its own time, not when someone reads: before every call (a request, a test
 * arranging or inspecting state, moving the clock) the fake first does what is due on its clock
 * (push timeouts and Xero's writes, oldest first). Lazily, so nothing runs between calls.
 */
function settlingFirst(ctx: FakeContext, fake: FakeCodat): FakeCodat {
  const methods = fake as unknown as Record<string, unknown>;
  for (const [name, method] of Object.entries(methods))
    if (typeof method === 'function')
      methods[name] = (...args: unknown[]) => {
        settleDueWrites(ctx);
        return (method as (...args: unknown[]) => unknown)(...args);
      };
  return fake;
}
