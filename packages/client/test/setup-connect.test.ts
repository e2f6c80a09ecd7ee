import { describe, expect, it } from 'vitest';
import {
  connectSetup,
  type ConnectRow,
  type ConnectState,
  type SetupAccountView,
  type SetupUserEvent,
} from '../src';

const today = '2026-12-07';

function account(id: string, name: string, targets: string[]): SetupAccountView {
  return {
    id,
    name,
    accountNumber: null,
    sortCode: null,
    currency: 'GBP',
    balance: 0,
    status: 'pending',
    targetOptions: targets.map((t) => ({
      id: t,
      name: t,
      balance: null,
      sortCode: null,
      accountNumber: null,
    })),
    newAccountName: name,
  };
}

function row(view: SetupAccountView, patch: Partial<ConnectRow> = {}): ConnectRow {
  return {
    id: view.id,
    account: view,
    draft: { choice: { kind: 'skip' }, feedStartDate: today },
    phase: 'idle',
    problems: [],
    error: null,
    targetOptions: view.targetOptions,
    target: null,
    ...patch,
  } as ConnectRow;
}

function stateOf(rows: ConnectRow[], patch: Partial<ConnectState> = {}): ConnectState {
  return {
    status: 'mapping',
    rowIds: rows.map((r) => r.id),
    rows: Object.fromEntries(rows.map((r) => [r.id, r])),
    today,
    submitAttempted: false,
    ...patch,
  };
}

describe('connectSetup', () => {
  it('derives what each row may do, the counts, and what Connect may do', () => {
    const a = account('a', 'Savings', ['Savings', 'Other']);
    const b = account('b', 'Current', ['Other']);
    const state = stateOf([
      row(a),
      row(b, {
        draft: { choice: { kind: 'existing', targetAccountId: 'Other' }, feedStartDate: '' },
        problems: [{ field: 'feedStartDate', code: 'required' }],
      }),
    ]);
    const api = connectSetup(state, () => {});
    expect(api.rows.map((r) => r.id)).toEqual(['a', 'b']);
    expect(api.rows[0]).toMatchObject({
      canChoose: true,
      canSetDate: false,
      disabled: false,
      suggestion: { targetAccountId: 'Savings', reason: 'name' },
    });
    expect(api.rows[1]).toMatchObject({ canChoose: true, canSetDate: true, suggestion: null });
    expect(api).toMatchObject({ selected: 1, problemCount: 1, suggestionCount: 1, refused: false });
    expect(connectSetup({ ...state, submitAttempted: true }, () => {}).refused).toBe(true);
    const busy = connectSetup({ ...state, status: 'submitting' }, () => {});
    expect(busy.canSubmit).toBe(false);
    expect(busy.rows.every((r) => r.disabled && !r.canChoose)).toBe(true);
  });

  it('keeps a row view while its row stays, so one pick changes one view', () => {
    const rows = [row(account('a', 'A', ['x'])), row(account('b', 'B', ['y']))];
    const first = stateOf(rows);
    const before = connectSetup(first, () => {});
    const picked = {
      ...rows[1]!,
      draft: { choice: { kind: 'existing' as const, targetAccountId: 'y' }, feedStartDate: today },
    };
    const after = connectSetup({ ...first, rows: { ...first.rows, b: picked } }, () => {});
    expect(after.rows[0]).toBe(before.rows[0]);
    expect(after.rows[1]).not.toBe(before.rows[1]);
  });

  it('sends the machine events for its commands', () => {
    const a = account('a', 'Savings', ['Savings']);
    const b = account('b', 'Current', ['Current']);
    const sent: SetupUserEvent[] = [];
    const api = connectSetup(
      stateOf([row(a), row(b, { draft: { choice: { kind: 'new' }, feedStartDate: today } })]),
      (event) => sent.push(event),
    );
    api.choose('a', { kind: 'new' });
    api.setStartDate('a', '2026-12-01');
    expect(api.applyToAll('2026-12-02')).toBe(1);
    expect(api.acceptSuggestions()).toBe(1);
    api.submit();
    expect(sent).toEqual([
      { type: 'ROW.CHOOSE', sourceAccountId: 'a', choice: { kind: 'new' } },
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'a', feedStartDate: '2026-12-01' },
      { type: 'ROWS.SET_START_DATE', feedStartDate: '2026-12-02' },
      { type: 'ROWS.CHOOSE', choices: { a: { kind: 'existing', targetAccountId: 'Savings' } } },
      { type: 'SUBMIT' },
    ]);
  });
});
