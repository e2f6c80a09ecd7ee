import type { SetupState, SetupStatus } from '@bankfeeds/client';
import type { SetupStep } from './events';

/**
 * Which screen the host asked for. `auto` (the default) lets the journey choose from the
 * customer's state: a returning customer whose accounts are all connected sees the manager.
 */
export type SetupView = 'auto' | 'setup' | 'manage';

/** What the step depends on, read from the store. */
export interface StepInput {
  view: SetupView;
  /** The machine's state: each one means one thing, so the step follows from it alone. */
  status: SetupStatus;
  /** Whether every source account already has a connected feed (and there is at least one). */
  allConnected: boolean;
}

/**
 * The journey's screen for a state: a pure function of the machine's state and the view the host
 * or the customer chose. The manager is shown when asked for, or, left to the journey, when the
 * customer is mapping with nothing left to connect (a round that just connected the last ones
 * shows its summary instead: that is `done`, not `mapping`).
 */
export function selectStep({ view, status, allConnected }: StepInput): SetupStep {
  if (view === 'manage') return 'manage';
  switch (status) {
    case 'findingConnection':
    case 'loading':
      return 'loading';
    case 'loadFailed':
      return 'error';
    case 'needsAuth':
    case 'awaitingAuth':
    case 'authFailed':
      return 'connect';
    case 'done':
      return 'done';
    case 'mapping':
      return view === 'auto' && allConnected ? 'manage' : 'map';
    case 'submitting':
    case 'confirming':
    case 'rowsFailed':
      return 'map';
  }
}

/**
 * What is on screen, finer than the step: a failed round stays on the mapping step and a failed
 * consent on the connect step, but each is a new screen for the user (focus moves to it).
 */
export function selectPanel(step: SetupStep, status: SetupStatus): string {
  if (step === 'map' && status === 'rowsFailed') return 'map-failed';
  if (step === 'connect' && status === 'authFailed') return 'connect-failed';
  return step;
}

/** Rows of this session: what the summary, `setup.completed` and `onFinish` report. */
export interface SessionOutcome {
  /** Source accounts connected by a submit of this session (not feeds that were already there). */
  connected: string[];
  /** Source accounts whose feed failed in this session. */
  failed: string[];
  /** Rows whose request is out or not yet confirmed. */
  inFlight: number;
}

/**
 * Counts the rows this session connected or failed. A feed already connected when the journey
 * loaded was never submitted (`attempts` is 0), so it is not counted as connected "now".
 */
export function sessionOutcome(state: Pick<SetupState, 'rowIds' | 'rows'>): SessionOutcome {
  const connected: string[] = [];
  const failed: string[] = [];
  let inFlight = 0;
  for (const id of state.rowIds) {
    const row = state.rows[id]!;
    if (row.phase === 'connected' && row.attempts > 0) connected.push(id);
    else if (row.phase === 'failed') failed.push(id);
    else if (row.phase === 'submitting' || row.phase === 'confirming') inFlight++;
  }
  return { connected, failed, inFlight };
}

/** Whether every source account has a connected feed, so there is nothing left to connect. */
export function allAccountsConnected(state: Pick<SetupState, 'rowIds' | 'rows'>): boolean {
  return (
    state.rowIds.length > 0 && state.rowIds.every((id) => state.rows[id]!.phase === 'connected')
  );
}
