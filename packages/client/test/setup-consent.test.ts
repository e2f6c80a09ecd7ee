import { ConnectionSchema, type Connection } from '@bankfeeds/model';
import { describe, expect, it } from 'vitest';
import { initialSetupState, newConsentFailure, setupTransition, type SetupState } from '../src';
import { connection } from './fixtures';

const TODAY = '2026-06-15';

const cancelled = {
  statusCode: '403',
  statusText: 'User cancelled linking',
  errorMessage: 'User cancelled',
  erroredOnUtc: '2026-06-15T10:00:00Z',
  status: 'Active',
};

function pending(errors: object[] = []): Connection {
  return ConnectionSchema.parse({ ...connection('PendingAuth'), dataConnectionErrors: errors });
}

function watching(conn = pending()): SetupState {
  let state = initialSetupState({ companyId: 'c', connectionId: 'k', today: TODAY });
  state = setupTransition(state, { type: 'LOAD' }).state;
  state = setupTransition(state, { type: 'LOAD.NEEDS_AUTH', connection: conn }).state;
  return setupTransition(state, { type: 'CONNECTION.WATCH' }).state;
}

describe('setup machine: a failed consent', () => {
  it('stops watching in authFailed when the user cancels in Xero', () => {
    const { state, effects } = setupTransition(watching(), {
      type: 'CONNECTION.CHANGED',
      connection: pending([cancelled]),
    });
    expect(state.status).toBe('authFailed');
    expect(state.status).not.toBe('awaitingAuth');
    expect(state.authFailure).toMatchObject({ reason: 'cancelled', statusCode: '403' });
    expect(effects).toEqual([{ type: 'stopWatching' }]);
  });

  it('watches again from authFailed, where the earlier refusal is not news', () => {
    const failed = setupTransition(watching(), {
      type: 'CONNECTION.CHANGED',
      connection: pending([cancelled]),
    }).state;
    const again = setupTransition(failed, { type: 'RETRY' });
    expect(again.state.status).toBe('awaitingAuth');
    expect(again.state.authFailure).toBeNull();
    expect(again.effects).toEqual([{ type: 'watchConnection' }]);
    // The same refusal still listed (Active until a consent succeeds) changes nothing.
    const same = setupTransition(again.state, {
      type: 'CONNECTION.CHANGED',
      connection: pending([cancelled]),
    });
    expect(same.state.status).toBe('awaitingAuth');
    // A second cancel, even with the same texts and time, is.
    const twice = setupTransition(same.state, {
      type: 'CONNECTION.CHANGED',
      connection: pending([cancelled, cancelled]),
    });
    expect(twice.state.status).toBe('authFailed');
  });

  it('ignores errors that were listed before the user went to Xero, and resolved ones', () => {
    const state = watching(pending([cancelled]));
    expect(
      setupTransition(state, {
        type: 'CONNECTION.CHANGED',
        connection: pending([cancelled, { ...cancelled, erroredOnUtc: 'x', status: 'Resolved' }]),
      }).state.status,
    ).toBe('awaitingAuth');
  });

  it('names the reason Codat or Xero gave', () => {
    const reason = (statusText: string, errorMessage = '') =>
      newConsentFailure(pending(), pending([{ ...cancelled, statusText, errorMessage }]))?.reason;
    expect(reason('Xero organisation limit reached')).toBe('organisation-limit');
    expect(reason('Bank feeds scope missing', 'no source accounts')).toBe('no-source-accounts');
    expect(reason('Something else')).toBe('other');
    expect(newConsentFailure(pending(), ConnectionSchema.parse(connection('Linked')))).toBeNull();
  });
});
