import {
  BankFeedsError,
  sameProblems,
  validateDraft,
  type ConnectRow,
  type DraftRow,
  type RowDraft,
  type RowPhase,
  type SetupRowView,
  type TargetChoice,
} from '@bankfeeds/client';
import type { CalendarDate } from '@bankfeeds/model';
import type {
  MapperAccount,
  MappingChoice,
  MappingDraft,
  MappingProblems,
  MappingSuggestion,
  MappingValue,
  OrganisationCurrencies,
  RowSubmitStatus,
} from './types';

/** Whether a draft will connect the account (an existing or a new target). */
export function connects(draft: MappingDraft | undefined): boolean {
  return draft?.choice?.type === 'existing' || draft?.choice?.type === 'new';
}

/** Encodes a choice as a select value (Radix needs non-empty strings). */
export function choiceToValue(choice: MappingChoice | null): string {
  if (!choice) return '';
  return choice.type === 'existing' ? `target:${choice.targetAccountId}` : choice.type;
}

/** Decodes a select value. */
export function valueToChoice(value: string): MappingChoice | null {
  if (value === 'new' || value === 'skip') return { type: value };
  if (value.startsWith('target:')) return { type: 'existing', targetAccountId: value.slice(7) };
  return null;
}

/** The client's choice for a mapper choice (none reads as "Don't connect"). */
export const toTargetChoice = (choice: MappingChoice | null): TargetChoice =>
  !choice
    ? { kind: 'skip' }
    : choice.type === 'existing'
      ? { kind: 'existing', targetAccountId: choice.targetAccountId }
      : { kind: choice.type };

const PHASES: Record<string, RowPhase> = {
  submitting: 'submitting',
  connecting: 'confirming',
  connected: 'connected',
  failed: 'failed',
};

/** The client's phase of a row, from what the mapper is told: its status after Connect, or Codat's. */
const phaseOf = (account: MapperAccount, status: RowSubmitStatus | undefined): RowPhase =>
  PHASES[status?.state ?? ''] ?? PHASES[account.status] ?? 'idle';

/** The mapper's choice for a client choice. */
export const toMappingChoice = (choice: TargetChoice): MappingChoice =>
  choice.kind === 'existing'
    ? { type: 'existing', targetAccountId: choice.targetAccountId }
    : { type: choice.kind };

const draftCache = new WeakMap<MappingDraft, RowDraft>();
/** A mapper draft as the client's (no choice reads as "Don't connect", no date as `''`). */
function toRowDraft(draft: MappingDraft): RowDraft {
  let row = draftCache.get(draft);
  if (!row) {
    row = { choice: toTargetChoice(draft.choice), feedStartDate: draft.feedStartDate ?? '' };
    draftCache.set(draft, row);
  }
  return row;
}

/**
 * The standalone mapper's own rows, as the client's {@link connectSetup} reads them: each
 * account with its draft, phase and the client's {@link validateDraft} problems. A row keeps its
 * identity while its account, draft, status and problems do, so `connectSetup` keeps its view.
 */
export function createLocalRows() {
  type LocalRow = ConnectRow & DraftRow;
  const cache = new Map<string, LocalRow>();
  return (
    accounts: readonly MapperAccount[],
    value: MappingValue,
    rowStatus: Readonly<Record<string, RowSubmitStatus>> | undefined,
    defaultDraft: MappingDraft,
    today: CalendarDate,
    organisation: OrganisationCurrencies | null | undefined,
  ): Record<string, LocalRow> => {
    const rows: Record<string, LocalRow> = {};
    for (const account of accounts) {
      const status = rowStatus?.[account.id];
      rows[account.id] = {
        id: account.id,
        account,
        sourceAccount: account,
        draft: toRowDraft(value[account.id] ?? defaultDraft),
        phase: phaseOf(account, status),
        problems: [],
        error:
          status?.state === 'failed'
            ? new BankFeedsError('', { code: status.errorCode ?? 'unknown' })
            : null,
        targetOptions: account.targetOptions,
        target: account.connectedTargetId
          ? { id: account.connectedTargetId, name: account.connectedTargetName ?? null }
          : null,
      };
    }
    const ids = accounts.map((account) => account.id);
    const problems = validateDraft(ids, rows, today, organisation ?? null);
    for (const id of ids) {
      const row = rows[id]!;
      const before = cache.get(id);
      if (
        before &&
        'account' in before &&
        before.account === (row as typeof before).account &&
        before.draft === row.draft &&
        before.phase === row.phase &&
        (before.error?.code ?? null) === (row.error?.code ?? null) &&
        sameProblems(before.problems, problems[id]!)
      ) {
        rows[id] = before;
      } else {
        rows[id] = { ...row, problems: problems[id]! };
        cache.set(id, rows[id]);
      }
    }
    return rows;
  };
}

/** What the mapper's parts read, in its own vocabulary, from `connectSetup`'s row views. */
export interface MapperView {
  accounts: readonly MapperAccount[];
  value: MappingValue;
  problems: MappingProblems;
  suggestions: ReadonlyMap<string, MappingSuggestion>;
  rowStatus: Readonly<Record<string, RowSubmitStatus>>;
}

const statusOfView = (view: SetupRowView): RowSubmitStatus | undefined =>
  view.phase === 'idle'
    ? undefined
    : view.phase === 'failed'
      ? { state: 'failed', errorCode: view.error?.code ?? 'unknown' }
      : { state: view.phase === 'confirming' ? 'connecting' : view.phase };

const viewCache = new WeakMap<
  SetupRowView,
  { draft: MappingDraft; status: RowSubmitStatus | undefined }
>();

/**
 * Reads row views as the mapper's parts take them. A view keeps its identity while its row does,
 * and so do the draft and status read from it: the memoised rows skip re-rendering.
 */
export function createMapperView() {
  let last: { rows: readonly SetupRowView[]; view: MapperView } | null = null;
  return (rows: readonly SetupRowView[]): MapperView => {
    if (last?.rows === rows) return last.view;
    const value: Record<string, MappingDraft> = {};
    const problems: Record<string, MappingProblems[string]> = {};
    const suggestions = new Map<string, MappingSuggestion>();
    const rowStatus: Record<string, RowSubmitStatus> = {};
    for (const row of rows) {
      let read = viewCache.get(row);
      if (!read) {
        read = {
          draft: { choice: toMappingChoice(row.choice), feedStartDate: row.feedStartDate || null },
          status: statusOfView(row),
        };
        viewCache.set(row, read);
      }
      value[row.id] = read.draft;
      problems[row.id] = row.problems;
      if (row.suggestion) suggestions.set(row.id, row.suggestion);
      if (read.status) rowStatus[row.id] = read.status;
    }
    const accounts = rows.map((row) => row.account);
    const before = last?.view.accounts;
    const same =
      before?.length === accounts.length && accounts.every((account, i) => account === before[i]);
    const view = { accounts: same ? before : accounts, value, problems, suggestions, rowStatus };
    last = { rows, view };
    return view;
  };
}
