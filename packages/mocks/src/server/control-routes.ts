import type { PushOperationBody } from '@bankfeeds/model';
import type { FakeCodat } from '../create-fake';
import { SCENARIO_NAMES, type ScenarioName } from '../scenarios';

/** Where the control API lives: a path Codat's API never uses. */
export const CONTROL_PREFIX = '/_fake';

/** What the control routes act on: the fake now served, and a way to start afresh. */
export interface ControlTarget {
  /** The fake now served. */
  fake(): FakeCodat;
  /** Replaces the fake with a new one from the starting options, overridden by `overrides`. */
  reset(overrides: ResetBody): FakeCodat;
  /** The server's origin. */
  url(): string;
}

/** `POST /_fake/reset` body: all optional; absent ones keep the server's starting values. */
export interface ResetBody {
  scenario?: ScenarioName;
  seed?: number;
  today?: string;
}

/** A refusal of the control API itself (bad input): `{ error }` with this status. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ControlArgs {
  params: Record<string, string>;
  body: Record<string, unknown>;
  target: ControlTarget;
}

export interface ControlRoute {
  method: 'GET' | 'POST';
  /** Below {@link CONTROL_PREFIX}; `:name` matches one segment. */
  path: string;
  /** One line for `GET /_fake` and the README. */
  summary: string;
  run(args: ControlArgs): unknown;
}

const CONNECTION = '/companies/:companyId/connections/:connectionId';

function allPages<T>(read: (page: number) => { results?: T[]; totalResults: number }): T[] {
  const all: T[] = [];
  for (let page = 1; ; page++) {
    const { results = [], totalResults } = read(page);
    all.push(...results);
    if (results.length === 0 || all.length >= totalResults) return all;
  }
}

function clockOf(fake: FakeCodat) {
  return { now: new Date(fake.clockTime()).toISOString(), today: fake.today };
}

/** What a test may want to see at a glance; reads nothing that settles state. */
function summary(target: ControlTarget) {
  const fake = target.fake();
  const companies = allPages((page) =>
    fake.listCompanies({ page: String(page), pageSize: '5000' }),
  );
  return {
    url: target.url(),
    scenario: fake.scenario,
    seed: fake.seed,
    ...clockOf(fake),
    ids: fake.ids,
    companies: companies.map((company) => ({
      id: company.id,
      name: company.name,
      connections: (company.dataConnections ?? []).map((c) => ({ id: c.id, status: c.status })),
    })),
  };
}

function resetBodyOf(body: Record<string, unknown>): ResetBody {
  const reset: ResetBody = {};
  const { scenario, seed, today } = body;
  if (scenario !== undefined) {
    if (!(SCENARIO_NAMES as readonly unknown[]).includes(scenario))
      throw new ControlError(400, `scenario must be one of ${SCENARIO_NAMES.join(', ')}`);
    reset.scenario = scenario as ScenarioName;
  }
  if (seed !== undefined) {
    if (!Number.isInteger(seed) || (seed as number) < 0)
      throw new ControlError(400, 'seed must be a whole number, 0 or more');
    reset.seed = seed as number;
  }
  if (today !== undefined) {
    if (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today))
      throw new ControlError(400, 'today must be a date as YYYY-MM-DD');
    reset.today = today;
  }
  return reset;
}

/**
 * The control API, one row per route. Every route answers JSON and needs no auth. Connection
 * routes answer the connection as Codat's API would show it afterwards.
 */
export const CONTROL_ROUTES: readonly ControlRoute[] = [
  {
    method: 'GET',
    path: '',
    summary: 'This list of control routes.',
    run: () => ({
      routes: CONTROL_ROUTES.map((r) => `${r.method} ${CONTROL_PREFIX}${r.path}: ${r.summary}`),
    }),
  },
  {
    method: 'GET',
    path: '/state',
    summary: "Scenario, seed, clock, the scenario's ids, and every company with its connections.",
    run: ({ target }) => summary(target),
  },
  {
    method: 'POST',
    path: '/reset',
    summary:
      'Start again from the starting options; body { scenario?, seed?, today? } overrides them. Faults re-arm.',
    run: ({ body, target }) => {
      target.reset(resetBodyOf(body));
      return summary(target);
    },
  },
  {
    method: 'GET',
    path: '/clock',
    summary: "The fake's clock: { now, today }.",
    run: ({ target }) => clockOf(target.fake()),
  },
  {
    method: 'POST',
    path: '/clock/advance',
    summary:
      "Move the fake's clock forward: body { ms }. Push deadlines and a slow Xero follow it.",
    run: ({ body, target }) => {
      const { ms } = body;
      if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0)
        throw new ControlError(400, 'ms must be a number of milliseconds, 0 or more');
      target.fake().advanceClock(ms);
      return clockOf(target.fake());
    },
  },
  {
    method: 'POST',
    path: `${CONNECTION}/authorize`,
    summary: 'The user allows access in Xero: the connection becomes Linked.',
    run: ({ params, target }) =>
      target.fake().authorizeConnection(params.companyId!, params.connectionId!),
  },
  {
    method: 'POST',
    path: `${CONNECTION}/deny`,
    summary: 'The user cancels the Xero consent: the status stays, the refusal is listed.',
    run: ({ params, target }) =>
      target.fake().denyConnection(params.companyId!, params.connectionId!),
  },
  {
    method: 'POST',
    path: `${CONNECTION}/deauthorize`,
    summary: 'Xero revokes access: the connection becomes Deauthorized.',
    run: ({ params, target }) =>
      target.fake().deauthorizeConnection(params.companyId!, params.connectionId!),
  },
  {
    method: 'POST',
    path: `${CONNECTION}/accounts/:accountId/disconnect`,
    summary: 'The user disconnects the feed inside Xero: the source account turns disconnected.',
    run: ({ params, target }) =>
      target
        .fake()
        .disconnectFeedInXero(params.companyId!, params.connectionId!, params.accountId!),
  },
  {
    method: 'GET',
    path: '/connections/:connectionId/accounts/:accountId/statement-lines',
    summary: 'What Xero received for a source account: its statement lines, in write order.',
    run: ({ params, target }) =>
      target.fake().statementLines(params.connectionId!, params.accountId!),
  },
  {
    method: 'GET',
    path: '/companies/:companyId/push',
    summary:
      "Every push operation of a company, all pages (as Codat's GET …/push, so it counts as a read).",
    run: ({ params, target }) =>
      allPages<PushOperationBody>((page) =>
        target.fake().listPushOperations(params.companyId!, {
          page: String(page),
          pageSize: '5000',
        }),
      ),
  },
  {
    method: 'GET',
    path: '/webhooks',
    summary:
      'Webhooks sent so far, once those on their way are finished: { enabled, sent: [...] }.',
    run: async ({ target }) => {
      const { webhooks } = target.fake();
      await webhooks.flush();
      return { enabled: webhooks.enabled, sent: webhooks.sent };
    },
  },
];
