import { describe, expect, it } from 'vitest';
import type { SetupRow } from '@bankfeeds/client';
import {
  allAccountsConnected,
  selectPanel,
  selectStep,
  sessionOutcome,
  type StepInput,
} from './setup-step';

const input = (over: Partial<StepInput>): StepInput => ({
  view: 'auto',
  status: 'mapping',
  allConnected: false,
  ...over,
});

const rows = (...phases: [SetupRow['phase'], number][]) => {
  const rowIds = phases.map((_, i) => `a${i}`);
  const byId = Object.fromEntries(
    phases.map(([phase, attempts], i) => [`a${i}`, { phase, attempts } as SetupRow]),
  );
  return { rowIds, rows: byId };
};

describe('selectStep', () => {
  it('follows the flow', () => {
    expect(selectStep(input({ status: 'loading' }))).toBe('loading');
    expect(selectStep(input({ status: 'needsAuth' }))).toBe('connect');
    expect(selectStep(input({ status: 'awaitingAuth' }))).toBe('connect');
    expect(selectStep(input({ status: 'authFailed' }))).toBe('connect');
    expect(selectStep(input({ status: 'mapping' }))).toBe('map');
    expect(selectStep(input({ status: 'confirming' }))).toBe('map');
    expect(selectStep(input({ status: 'done' }))).toBe('done');
    expect(selectStep(input({ status: 'loadFailed' }))).toBe('error');
    expect(selectStep(input({ status: 'rowsFailed' }))).toBe('map');
  });

  it('shows the manager when asked, or to a customer with nothing left to connect', () => {
    expect(selectStep(input({ view: 'manage', status: 'loading' }))).toBe('manage');
    expect(selectStep(input({ allConnected: true }))).toBe('manage');
    // Not when the host asked for setup, nor right after this session connected the last ones.
    expect(selectStep(input({ view: 'setup', allConnected: true }))).toBe('map');
    expect(selectStep(input({ allConnected: true, status: 'done' }))).toBe('done');
  });

  it('tells a failed round and a failed consent apart as panels', () => {
    expect(selectPanel('map', 'rowsFailed')).toBe('map-failed');
    expect(selectPanel('connect', 'authFailed')).toBe('connect-failed');
    expect(selectPanel('connect', 'needsAuth')).toBe('connect');
  });
});

describe('sessionOutcome', () => {
  it('counts only the feeds this session connected', () => {
    const outcome = sessionOutcome(
      rows(['connected', 0], ['connected', 1], ['failed', 1], ['confirming', 1], ['idle', 0]),
    );
    expect(outcome).toEqual({ connected: ['a1'], failed: ['a2'], inFlight: 1 });
  });

  it('knows when every account is connected', () => {
    expect(allAccountsConnected(rows(['connected', 0], ['connected', 2]))).toBe(true);
    expect(allAccountsConnected(rows(['connected', 0], ['idle', 0]))).toBe(false);
    expect(allAccountsConnected(rows())).toBe(false);
  });
});
