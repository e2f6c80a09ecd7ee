import {
  BankFeedsError,
  rowPhaseOf,
  sameProblems,
  validateDraft,
  type ConnectRow,
  type DraftProblem,
  type DraftRow,
  type RowDraft,
  type RowPhase,
} from '@bankfeeds/client';
import type { CalendarDate, ErrorCode } from '@bankfeeds/model';
import type { MapperAccount, MappingProblems, MappingValue, OrganisationCurrencies } from './types';

/** What the standalone mapper's rows are made of: the root's props. */
export interface LocalRowsInput {
  accounts: readonly MapperAccount[];
  value: MappingValue;
  /** The draft of a row the value has none for. */
  defaultDraft: RowDraft;
  /** Each row's phase after Connect, when the host says; else the account's own status. */
  phases: Readonly<Record<string, RowPhase>> | undefined;
  /** Why a failed row failed. */
  errors: Readonly<Record<string, ErrorCode>> | undefined;
  /** The problems to show instead of the client's `validateDraft` of the drafts. */
  problems: MappingProblems | undefined;
  today: CalendarDate;
  organisation: OrganisationCurrencies | null | undefined;
}

type LocalRow = ConnectRow & DraftRow & { account: MapperAccount };

/** Whether a row holds what it held before, so the one from before can stand for it. */
const sameRow = (before: LocalRow, row: LocalRow, problems: readonly DraftProblem[]) =>
  before.account === row.account &&
  before.draft === row.draft &&
  before.phase === row.phase &&
  (before.error?.code ?? null) === (row.error?.code ?? null) &&
  sameProblems(before.problems, problems);

/**
 * The standalone mapper's own rows, as the client's {@link connectSetup} reads them: each
 * account with its draft (the value's, as it is: the value is made of the client's drafts), its
 * phase and its problems (the client's `validateDraft`, unless the host gives them). A row keeps
 * its identity while its account, draft, phase, error and problems do, so `connectSetup` keeps
 * its view and the memoised row skips re-rendering.
 */
export function createLocalRows() {
  const cache = new Map<string, LocalRow>();
  return (input: LocalRowsInput): Record<string, LocalRow> => {
    const { accounts, value, defaultDraft, phases, errors } = input;
    const rows: Record<string, LocalRow> = {};
    for (const account of accounts) {
      // A feed Codat already reports connected or connecting is in that phase until told otherwise.
      const phase = phases?.[account.id] ?? rowPhaseOf(account.status);
      rows[account.id] = {
        id: account.id,
        account,
        sourceAccount: account,
        draft: value[account.id] ?? defaultDraft,
        phase,
        problems: [],
        error:
          phase === 'failed'
            ? new BankFeedsError('', { code: errors?.[account.id] ?? 'unknown' })
            : null,
        targetOptions: account.targetOptions,
        target: account.connectedTargetId
          ? { id: account.connectedTargetId, name: account.connectedTargetName ?? null }
          : null,
      };
    }
    const ids = accounts.map((account) => account.id);
    const found =
      input.problems ?? validateDraft(ids, rows, input.today, input.organisation ?? null);
    for (const id of ids) {
      const row = rows[id]!;
      const problems = found[id] ?? [];
      const before = cache.get(id);
      if (before && sameRow(before, row, problems)) {
        rows[id] = before;
      } else {
        rows[id] = { ...row, problems };
        cache.set(id, rows[id]);
      }
    }
    return rows;
  };
}
