import {
  BankFeedMappingSchema,
  ConnectionSchema,
  SourceAccountSchema,
  type BankFeedMapping,
  type SourceAccount,
} from '@bankfeeds/model';
import { describe, expect, it } from 'vitest';
import {
  BankFeedsError,
  initialSetupState,
  setupTransition,
  suggestMatches,
  type SetupEvent,
  type SetupState,
} from '../src';
import { connection, mapping, sourceAccount } from './fixtures';

const TODAY = '2026-06-15';
const account = (id: string, extra: Record<string, unknown> = {}): SourceAccount =>
  SourceAccountSchema.parse(sourceAccount(id, extra));
const map = (id: string, extra: Record<string, unknown> = {}): BankFeedMapping =>
  BankFeedMappingSchema.parse(mapping(id, extra));

function run(state: SetupState, ...events: SetupEvent[]) {
  let current = state;
  const effects = [];
  for (const event of events) {
    const result = setupTransition(current, event);
    current = result.state;
    effects.push(...result.effects);
  }
  return { state: current, effects };
}

function loaded(
  accounts = [account('a1'), account('a2'), account('a3')],
  mappings = accounts.map((a) => map(a.id)),
  organisation: { multicurrencyEnabled?: boolean } = {},
) {
  const start = initialSetupState({ companyId: 'c', connectionId: 'k', today: TODAY });
  return run(
    start,
    { type: 'LOAD' },
    {
      type: 'LOAD.DONE',
      connection: ConnectionSchema.parse(connection()),
      sourceAccounts: accounts,
      mappings,
      companyInfo: {
        companyName: 'Org',
        baseCurrency: 'GBP',
        planType: null,
        currencies: [],
        ...organisation,
      },
    },
  ).state;
}

describe('setup machine', () => {
  it('loads, then maps with a skip draft dated today and the new account name', () => {
    const start = initialSetupState({ companyId: 'c', connectionId: 'k', today: TODAY });
    expect(setupTransition(start, { type: 'LOAD' }).effects).toEqual([{ type: 'load' }]);
    const state = loaded([
      account('a1', { accountName: 'A very long business account name here' }),
    ]);
    expect(state.status).toBe('mapping');
    expect(state.bounds).toEqual({ earliest: '2025-06-15', latest: TODAY });
    expect(state.rows.a1).toMatchObject({
      phase: 'idle',
      draft: { choice: { kind: 'skip' }, feedStartDate: TODAY },
      newTargetName: 'A very long business account n',
      problems: [],
    });
  });

  it('stops in needsAuth with the linkUrl, watches, and loads once Linked', () => {
    const start = initialSetupState({ companyId: 'c', connectionId: 'k', today: TODAY });
    const pending = ConnectionSchema.parse(connection('PendingAuth'));
    let { state } = run(start, { type: 'LOAD' }, { type: 'LOAD.NEEDS_AUTH', connection: pending });
    expect(state.status).toBe('needsAuth');
    expect(state.linkUrl).toBe(pending.linkUrl);
    const watch = setupTransition(state, { type: 'CONNECTION.WATCH' });
    expect(watch.effects).toEqual([{ type: 'watchConnection' }]);
    state = watch.state;
    expect(
      setupTransition(state, { type: 'CONNECTION.CHANGED', connection: pending }).effects,
    ).toEqual([]);
    const linked = setupTransition(state, {
      type: 'CONNECTION.CHANGED',
      connection: ConnectionSchema.parse(connection('Linked')),
    });
    expect(linked.state.status).toBe('loading');
    expect(linked.effects).toEqual([{ type: 'stopWatching' }, { type: 'load' }]);
  });

  it('applies one start date to the rows that will connect, not to those left out', () => {
    const { state } = run(
      loaded(),
      { type: 'ROW.CHOOSE', sourceAccountId: 'a1', choice: { kind: 'new' } },
      { type: 'ROWS.SET_START_DATE', feedStartDate: '2026-01-02' },
    );
    expect(state.rows.a1!.draft.feedStartDate).toBe('2026-01-02');
    expect(state.rows.a2!.draft.feedStartDate).toBe(TODAY);
    expect(state.rows.a3!.draft.feedStartDate).toBe(TODAY);
  });

  it('never sends a row whose date was cleared or is no day', () => {
    const { state } = run(
      loaded(),
      { type: 'ROW.CHOOSE', sourceAccountId: 'a1', choice: { kind: 'new' } },
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'a1', feedStartDate: '' },
      { type: 'ROW.CHOOSE', sourceAccountId: 'a2', choice: { kind: 'new' } },
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'a2', feedStartDate: '31/02/2026' },
    );
    expect(state.rows.a1!.problems).toEqual([{ field: 'feedStartDate', code: 'required' }]);
    expect(state.rows.a2!.problems).toEqual([{ field: 'feedStartDate', code: 'invalid-date' }]);
    expect(setupTransition(state, { type: 'SUBMIT' }).effects).toEqual([]);
  });

  it('validates feed start dates with the model bounds', () => {
    const { state } = run(
      loaded(),
      { type: 'ROW.CHOOSE', sourceAccountId: 'a1', choice: { kind: 'new' } },
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'a1', feedStartDate: '2026-06-16' },
      { type: 'ROW.CHOOSE', sourceAccountId: 'a2', choice: { kind: 'new' } },
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'a2', feedStartDate: '2025-06-14' },
      { type: 'ROW.CHOOSE', sourceAccountId: 'a3', choice: { kind: 'new' } },
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'a3', feedStartDate: '2025-06-15' },
    );
    expect(state.rows.a1!.problems).toEqual([{ field: 'feedStartDate', code: 'date-in-future' }]);
    expect(state.rows.a2!.problems).toEqual([{ field: 'feedStartDate', code: 'date-too-old' }]);
    expect(state.rows.a3!.problems).toEqual([]);
    const submit = setupTransition(state, { type: 'SUBMIT' });
    expect(submit.effects).toEqual([]);
    expect(submit.state.submitAttempted).toBe(true);
    expect(submit.state.status).toBe('mapping');
  });

  it('flags a target chosen for two rows, and one not offered', () => {
    const { state } = run(
      loaded(),
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'a1',
        choice: { kind: 'existing', targetAccountId: 't1' },
      },
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'a2',
        choice: { kind: 'existing', targetAccountId: 't1' },
      },
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'a3',
        choice: { kind: 'existing', targetAccountId: 'zz' },
      },
    );
    expect(state.rows.a1!.problems).toEqual([
      { field: 'target', code: 'target-taken', otherSourceAccountId: 'a2' },
    ]);
    expect(state.rows.a2!.problems).toEqual([
      { field: 'target', code: 'target-taken', otherSourceAccountId: 'a1' },
    ]);
    expect(state.rows.a3!.problems).toEqual([{ field: 'target', code: 'target-not-offered' }]);
    // Skipping one clears the other's problem.
    const fixed = setupTransition(state, {
      type: 'ROW.CHOOSE',
      sourceAccountId: 'a2',
      choice: { kind: 'skip' },
    });
    expect(fixed.state.rows.a1!.problems).toEqual([]);
  });

  it('refuses "Create new account" in a currency the organisation cannot hold', () => {
    const accounts = [account('gbp'), account('eur', { currency: 'EUR' })];
    const chooseNew = (sourceAccountId: string): SetupEvent => ({
      type: 'ROW.CHOOSE',
      sourceAccountId,
      choice: { kind: 'new' },
    });
    const single = run(
      loaded(accounts, undefined, { multicurrencyEnabled: false }),
      chooseNew('gbp'),
      chooseNew('eur'),
    );
    expect(single.state.rows.gbp!.problems).toEqual([]);
    expect(single.state.rows.eur!.problems).toEqual([
      { field: 'target', code: 'currency-not-enabled' },
    ]);
    const submit = setupTransition(single.state, { type: 'SUBMIT' });
    expect(submit.effects).toEqual([]);
    expect(submit.state.submitAttempted).toBe(true);
    // With multi-currency on, or when Codat does not say, the same choice is fine.
    for (const organisation of [{ multicurrencyEnabled: true }, {}]) {
      const { state } = run(loaded(accounts, undefined, organisation), chooseNew('eur'));
      expect(state.rows.eur!.problems).toEqual([]);
    }
  });

  it('submits one mapping per selected row, then confirms, then is done', () => {
    let { state, effects } = run(
      loaded(),
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'a1',
        choice: { kind: 'existing', targetAccountId: 't1' },
      },
      { type: 'ROW.CHOOSE', sourceAccountId: 'a2', choice: { kind: 'new' } },
      { type: 'SUBMIT' },
    );
    expect(state.status).toBe('submitting');
    expect(effects).toEqual([
      { type: 'submitRow', sourceAccountId: 'a1', targetAccountId: 't1', feedStartDate: TODAY },
      { type: 'submitRow', sourceAccountId: 'a2', targetAccountId: null, feedStartDate: TODAY },
    ]);
    // A second submit while in flight sends nothing again.
    expect(setupTransition(state, { type: 'SUBMIT' }).effects).toEqual([]);
    ({ state, effects } = run(
      state,
      {
        type: 'ROW.SUBMITTED',
        sourceAccountId: 'a1',
        response: {
          sourceAccountId: 'a1',
          targetAccountId: 't1',
          status: 'connecting',
          error: null,
        },
      },
      {
        type: 'ROW.SUBMITTED',
        sourceAccountId: 'a2',
        response: {
          sourceAccountId: 'a2',
          targetAccountId: null,
          status: 'connecting',
          error: null,
        },
      },
    ));
    expect(state.status).toBe('confirming');
    // The poll is `confirming`'s activity: started once, on entry, when the last request is back.
    expect(effects).toEqual([{ type: 'confirm' }]);
    expect(state.rows.a1!.target).toEqual({ id: 't1', name: 'Business Current' });
    ({ state } = run(state, {
      type: 'MAPPINGS.RECEIVED',
      mappings: [
        map('a1', {
          status: 'connected',
          targetAccountId: 't1',
          targetAccountName: 'Business Current',
          feedStartDate: TODAY,
        }),
        map('a2', { status: 'connecting' }),
      ],
    }));
    expect(state.status).toBe('confirming');
    expect(state.rows.a1!.phase).toBe('connected');
    ({ state } = run(state, {
      type: 'MAPPINGS.RECEIVED',
      mappings: [
        map('a2', { status: 'connected', targetAccountId: 'n1', targetAccountName: 'Account a2' }),
      ],
    }));
    expect(state.status).toBe('done');
    expect(state.rows.a2!.target).toEqual({ id: 'n1', name: 'Account a2' });
  });

  it('keeps every choice through a failed submit and retries only the failed rows', () => {
    let { state } = run(
      loaded(),
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'a1',
        choice: { kind: 'existing', targetAccountId: 't1' },
      },
      { type: 'ROW.CHOOSE', sourceAccountId: 'a2', choice: { kind: 'new' } },
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'a2', feedStartDate: '2026-01-01' },
    );
    const drafts = Object.fromEntries(state.rowIds.map((id) => [id, state.rows[id]!.draft]));
    ({ state } = run(
      state,
      { type: 'SUBMIT' },
      {
        type: 'ROW.SUBMIT_FAILED',
        sourceAccountId: 'a1',
        error: new BankFeedsError('down', { code: 'server-error', status: 500 }),
      },
      {
        type: 'ROW.SUBMITTED',
        sourceAccountId: 'a2',
        response: {
          sourceAccountId: 'a2',
          targetAccountId: null,
          status: 'connected',
          error: null,
        },
      },
    ));
    expect(state.status).toBe('rowsFailed');
    expect(state.rows.a1!.error?.code).toBe('server-error');
    for (const id of state.rowIds) expect(state.rows[id]!.draft).toEqual(drafts[id]);
    const retry = setupTransition(state, { type: 'RETRY' });
    expect(retry.effects).toEqual([
      { type: 'submitRow', sourceAccountId: 'a1', targetAccountId: 't1', feedStartDate: TODAY },
    ]);
    expect(retry.state.rows.a1!.attempts).toBe(2);
  });

  it('reads a Failed mapping reply as a failed row with a stable code', () => {
    const { state } = run(
      loaded(),
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'a1',
        choice: { kind: 'existing', targetAccountId: 't1' },
      },
      { type: 'SUBMIT' },
      {
        type: 'ROW.SUBMITTED',
        sourceAccountId: 'a1',
        response: {
          sourceAccountId: 'a1',
          targetAccountId: 't1',
          status: 'Failed',
          error: 'A feed connection already exists to this account',
        },
      },
    );
    expect(state.rows.a1!.phase).toBe('failed');
    expect(state.rows.a1!.error?.code).toBe('target-already-connected');
  });

  it('shows connected accounts as such, never resubmits them, and counts their targets as taken', () => {
    const state = loaded(
      [account('a1', { status: 'connected' }), account('a2')],
      [
        map('a1', {
          status: 'connected',
          targetAccountId: 't1',
          targetAccountName: 'Business Current',
        }),
        map('a2'),
      ],
    );
    expect(state.rows.a1!.phase).toBe('connected');
    const { state: next, effects } = run(
      state,
      { type: 'ROW.CHOOSE', sourceAccountId: 'a1', choice: { kind: 'new' } },
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'a2',
        choice: { kind: 'existing', targetAccountId: 't1' },
      },
      { type: 'SUBMIT' },
    );
    expect(next.rows.a1!.draft.choice).toEqual({ kind: 'skip' });
    expect(next.rows.a2!.problems).toEqual([
      { field: 'target', code: 'target-taken', otherSourceAccountId: 'a1' },
    ]);
    expect(effects).toEqual([]);
  });

  it('keeps the identity of untouched rows', () => {
    const state = loaded();
    const { state: next } = run(state, {
      type: 'ROW.CHOOSE',
      sourceAccountId: 'a2',
      choice: { kind: 'new' },
    });
    expect(next.rows.a1).toBe(state.rows.a1);
    expect(next.rows.a3).toBe(state.rows.a3);
    expect(next.rows.a2).not.toBe(state.rows.a2);
    expect(next.rowIds).toBe(state.rowIds);
  });

  it('keeps drafts across a reload', () => {
    const { state } = run(loaded(), {
      type: 'ROW.CHOOSE',
      sourceAccountId: 'a1',
      choice: { kind: 'new' },
    });
    const again = run(
      state,
      { type: 'LOAD' },
      { type: 'LOAD.FAILED', error: new BankFeedsError('x', { code: 'network-error' }) },
    );
    expect(again.state.status).toBe('loadFailed');
    expect(setupTransition(again.state, { type: 'RETRY' }).effects).toEqual([{ type: 'load' }]);
    const reloaded = loaded();
    const merged = setupTransition(
      { ...reloaded, rows: again.state.rows },
      {
        type: 'LOAD.DONE',
        connection: ConnectionSchema.parse(connection()),
        sourceAccounts: [account('a1')],
        mappings: [map('a1')],
        companyInfo: null,
      },
    );
    expect(merged.state.rows.a1!.draft.choice).toEqual({ kind: 'new' });
  });

  it('gives up confirming with the error on every waiting row', () => {
    const { state } = run(
      loaded(),
      { type: 'ROW.CHOOSE', sourceAccountId: 'a1', choice: { kind: 'new' } },
      { type: 'SUBMIT' },
      {
        type: 'ROW.SUBMITTED',
        sourceAccountId: 'a1',
        response: {
          sourceAccountId: 'a1',
          targetAccountId: null,
          status: 'connecting',
          error: null,
        },
      },
      { type: 'CONFIRM.GAVE_UP', error: new BankFeedsError('slow', { code: 'timeout' }) },
    );
    expect(state.status).toBe('rowsFailed');
    expect(state.rows.a1!.error?.code).toBe('timeout');
  });
});

describe('suggestMatches', () => {
  const options = [
    {
      id: 't1',
      name: 'Business Current',
      balance: null,
      sortCode: null,
      accountNumber: '12-34-5678',
    },
    { id: 't2', name: 'Savings', balance: null, sortCode: null, accountNumber: null },
    {
      id: 't3',
      name: 'Card',
      balance: null,
      sortCode: null,
      accountNumber: '9999',
      currency: 'EUR',
      accountClass: 'Debit' as const,
    },
  ];
  it('matches by account number first, then by name, each target once', () => {
    const result = suggestMatches([
      {
        sourceAccount: account('s1', { accountName: 'savings', accountNumber: '12345678' }),
        targetOptions: options,
      },
      {
        sourceAccount: account('s2', { accountName: 'Savings!', accountNumber: '1' }),
        targetOptions: options,
      },
      {
        sourceAccount: account('s3', { accountName: 'Savings', accountNumber: '2' }),
        targetOptions: options,
      },
      {
        sourceAccount: account('s4', { accountName: 'X', accountNumber: '9999' }),
        targetOptions: options,
      },
    ]);
    expect(result).toEqual({
      s1: { targetAccountId: 't1', reason: 'account-number' },
      s2: { targetAccountId: 't2', reason: 'name' },
    });
  });
  it('skips taken targets', () => {
    const result = suggestMatches(
      [{ sourceAccount: account('s1', { accountNumber: '12345678' }), targetOptions: options }],
      new Set(['t1']),
    );
    expect(result).toEqual({});
  });
});
