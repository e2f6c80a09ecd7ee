import { describe, expect, it } from 'vitest';
import { mapperAccounts } from '../../test/fixtures';
import { applyDraftEvent } from './apply-draft-event';
import type { MappingValue, RowDraft } from './types';

const defaultDraft: RowDraft = { choice: { kind: 'skip' }, feedStartDate: '2026-03-01' };
const context = { accounts: mapperAccounts, defaultDraft };

describe('applyDraftEvent: the standalone mapper’s value after a draft edit', () => {
  it('gives one row its choice and names that row', () => {
    const edit = applyDraftEvent(
      {},
      {
        type: 'ROW.CHOOSE',
        sourceAccountId: 'acc-1',
        choice: { kind: 'existing', targetAccountId: 't-1' },
      },
      context,
    );
    expect(edit).toEqual({
      accountId: 'acc-1',
      value: {
        'acc-1': {
          choice: { kind: 'existing', targetAccountId: 't-1' },
          feedStartDate: '2026-03-01',
        },
      },
    });
  });

  it('gives one date for all to the rows that will connect, never to a connected row', () => {
    const value: MappingValue = {
      'acc-1': { choice: { kind: 'new' }, feedStartDate: '2026-03-01' },
      'acc-2': { choice: { kind: 'skip' }, feedStartDate: '2026-03-01' },
    };
    const edit = applyDraftEvent(
      value,
      { type: 'ROWS.SET_START_DATE', feedStartDate: '2026-02-10' },
      context,
    );
    expect(edit?.accountId).toBeNull();
    expect(edit?.value).toEqual({
      'acc-1': { choice: { kind: 'new' }, feedStartDate: '2026-02-10' },
      'acc-2': { choice: { kind: 'skip' }, feedStartDate: '2026-03-01' },
    });
  });

  it('applies several choices at once to the rows they name, leaving a connected row alone', () => {
    const edit = applyDraftEvent(
      {},
      { type: 'ROWS.CHOOSE', choices: { 'acc-2': { kind: 'new' }, 'acc-3': { kind: 'new' } } },
      context,
    );
    expect(edit?.value).toEqual({
      'acc-2': { choice: { kind: 'new' }, feedStartDate: '2026-03-01' },
    });
  });

  it('clears a row’s date when the field is emptied', () => {
    const edit = applyDraftEvent(
      {},
      { type: 'ROW.SET_START_DATE', sourceAccountId: 'acc-2', feedStartDate: '' },
      context,
    );
    expect(edit?.value).toEqual({ 'acc-2': { choice: { kind: 'skip' }, feedStartDate: '' } });
  });

  it('edits no draft for events that are not draft edits', () => {
    expect(applyDraftEvent({}, { type: 'SUBMIT' }, context)).toBeNull();
    expect(applyDraftEvent({}, { type: 'RETRY' }, context)).toBeNull();
  });
});
