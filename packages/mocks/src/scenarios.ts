import type { FakeContext } from './fake/context';
import { insertCompany } from './fake/companies';
import { insertConnection } from './fake/connections';
import { deauthorizeConnection } from './fake/xero-controls';
import { accountsOf } from './fake/lookup';
import type { OrganisationSeed, TargetAccountSeed } from './fake/organisation';
import { accountFromPrototype } from './fake/source-accounts';
import type { ConnectionRecord } from './fake/state';
import type { FaultRule } from './faults';
import type { SourceAccountV2Prototype } from '@bankfeeds/model';
import { COMPANY_NAME, DEFAULT_SOURCES, DEFAULT_TARGETS } from './scenario-data';

/** The named starting states of the fake. */
export type ScenarioName =
  'default' | 'empty' | 'needsAuth' | 'bankFeedsDisabled' | 'large' | 'flaky' | 'deauthorized';

/** Every scenario, in the order the README describes them. */
export const SCENARIO_NAMES: readonly ScenarioName[] = [
  'default',
  'empty',
  'needsAuth',
  'bankFeedsDisabled',
  'large',
  'flaky',
  'deauthorized',
];

/** What each scenario sets up, in one line (for Storybook controls and the demo's picker). */
export const SCENARIO_DESCRIPTIONS: Readonly<Record<ScenarioName, string>> = {
  default:
    'A Linked Xero connection; six accounts in GBP, EUR and USD, debit and credit; one connected.',
  empty:
    'A Xero connection waiting for consent (PendingAuth) with no source accounts yet: register the accounts, then consent.',
  needsAuth:
    'The default accounts, all pending, on a connection waiting for Xero consent (PendingAuth).',
  bankFeedsDisabled:
    'The default accounts on a Xero organisation without bank feeds: mapping and pushes answer 403.',
  large:
    '1,000 source accounts and 500 Xero accounts in five currencies; every tenth account connected.',
  flaky:
    'The default data behind an unreliable network: seeded latency, 503s, 429s and dropped connections.',
  deauthorized:
    'The default data after Xero revoked access (Deauthorized); the connected feed waits for re-consent.',
};

/** The seeded company and connection of a scenario. */
export interface ScenarioIds {
  companyId: string;
  connectionId: string;
}

/** A calendar day `days` before `day`. */
function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86400000).toISOString().slice(0, 10);
}

function addSources(
  ctx: FakeContext,
  connection: ConnectionRecord,
  sources: readonly SourceAccountV2Prototype[],
) {
  const accounts = accountsOf(ctx, connection.id);
  for (const source of sources)
    accounts.set(source.id, accountFromPrototype(source, 'v2', ctx.now()));
}

/** Connects a source account to a Xero account, as a finished mapping would. */
function connect(
  ctx: FakeContext,
  connection: ConnectionRecord,
  accountId: string,
  targetId: string,
  startDaysAgo: number,
) {
  const account = accountsOf(ctx, connection.id).get(accountId)!;
  account.status = 'connected';
  account.targetAccountId = targetId;
  account.feedStartDate = daysBefore(ctx.today, startDaysAgo);
}

function seedDefault(
  ctx: FakeContext,
  status: ConnectionRecord['status'],
  organisation: Partial<OrganisationSeed>,
  connectFirst: boolean,
): ScenarioIds {
  const company = insertCompany(ctx, {
    name: COMPANY_NAME,
    description: 'A small-business customer of Northwind Bank',
  });
  const connection = insertConnection(ctx, company.id, status, {
    name: COMPANY_NAME,
    targets: DEFAULT_TARGETS,
    ...organisation,
  });
  addSources(ctx, connection, DEFAULT_SOURCES);
  if (connectFirst) connect(ctx, connection, 'acc-001', connection.organisation.targets[0]!.id, 30);
  return { companyId: company.id, connectionId: connection.id };
}

const LARGE_CURRENCIES = ['GBP', 'EUR', 'USD', 'AUD', 'CAD'] as const;
const LARGE_TYPES = [
  'checking',
  'savings',
  'creditCard',
  'checking',
  'loan',
  'prepaidCard',
] as const;

function seedLarge(ctx: FakeContext): ScenarioIds {
  const targets: TargetAccountSeed[] = Array.from({ length: 500 }, (_, i) => {
    const currency = LARGE_CURRENCIES[i % LARGE_CURRENCIES.length]!;
    const accountClass = Math.floor(i / LARGE_CURRENCIES.length) % 2 === 0 ? 'Debit' : 'Credit';
    return {
      name: `${currency} ${accountClass === 'Debit' ? 'Bank' : 'Card'} ${String(i + 1).padStart(3, '0')}`,
      currency,
      accountClass,
      // Card accounts are known by their last four digits; GBP bank accounts by a sort code too.
      accountNumber: String(10000000 + i * 7919).slice(accountClass === 'Credit' ? -4 : -8),
      ...(currency === 'GBP' && accountClass === 'Debit' && { sortCode: '40-47-84' }),
      balance: ctx.random.int(5_000_000) / 100,
    };
  });
  const company = insertCompany(ctx, { name: 'Large Holdings Group plc' });
  const connection = insertConnection(ctx, company.id, 'Linked', {
    name: 'Large Holdings Group plc',
    targets,
  });
  const sources: SourceAccountV2Prototype[] = Array.from({ length: 1000 }, (_, i) => {
    const accountType = LARGE_TYPES[i % LARGE_TYPES.length]!;
    const currency =
      LARGE_CURRENCIES[Math.floor(i / LARGE_TYPES.length) % LARGE_CURRENCIES.length]!;
    const credit = accountType === 'creditCard' || accountType === 'loan';
    return {
      id: `acc-${String(i + 1).padStart(4, '0')}`,
      accountName: `${currency} ${accountType} ${String(i + 1).padStart(4, '0')}`,
      accountType,
      accountNumber: String(20000000 + i * 104729).slice(credit ? -4 : -8),
      ...(currency === 'GBP' && !credit && { sortCode: '40-47-84' }),
      currency,
      balance: (credit ? -1 : 1) * (ctx.random.int(10_000_000) / 100),
    };
  });
  addSources(ctx, connection, sources);
  // Every tenth account feeds the first free Xero account that suits it.
  const free = new Set(connection.organisation.targets.map((t) => t.id));
  for (let i = 0; i < sources.length; i += 10) {
    const source = sources[i]!;
    const credit = source.accountType === 'creditCard' || source.accountType === 'loan';
    const target = connection.organisation.targets.find(
      (t) =>
        free.has(t.id) &&
        t.currency === source.currency &&
        t.accountClass === (credit ? 'Credit' : 'Debit'),
    );
    if (!target) continue;
    free.delete(target.id);
    connect(ctx, connection, source.id, target.id, 60);
  }
  return { companyId: company.id, connectionId: connection.id };
}

/** Seeds a scenario's data into an empty fake and returns its company and connection ids. */
export function seedScenario(ctx: FakeContext, scenario: ScenarioName): ScenarioIds {
  switch (scenario) {
    case 'empty': {
      const company = insertCompany(ctx, { name: COMPANY_NAME });
      // PendingAuth: a Linked connection needs its source accounts before consent (Codat's rule).
      const connection = insertConnection(ctx, company.id, 'PendingAuth', {
        name: COMPANY_NAME,
        targets: DEFAULT_TARGETS,
      });
      return { companyId: company.id, connectionId: connection.id };
    }
    case 'needsAuth':
      return seedDefault(ctx, 'PendingAuth', {}, false);
    case 'bankFeedsDisabled':
      return seedDefault(ctx, 'Linked', { bankFeedsEnabled: false, planType: 'Starter' }, false);
    case 'large':
      return seedLarge(ctx);
    case 'deauthorized': {
      const ids = seedDefault(ctx, 'Linked', {}, true);
      deauthorizeConnection(ctx, ids.companyId, ids.connectionId);
      return ids;
    }
    case 'default':
    case 'flaky':
      return seedDefault(ctx, 'Linked', {}, true);
  }
}

/**
 * The faults a scenario brings with it (only `flaky` has any): with the fake's seed they hit the
 * same requests on every run.
 */
export function scenarioFaults(scenario: ScenarioName): FaultRule[] {
  if (scenario !== 'flaky') return [];
  return [
    { kind: 'latency', delayMs: 300, probability: 0.3 },
    { kind: 'status', status: 503, probability: 0.1 },
    { kind: 'rateLimit', retryAfterSeconds: 1, probability: 0.05 },
    { kind: 'network', probability: 0.05 },
  ];
}
