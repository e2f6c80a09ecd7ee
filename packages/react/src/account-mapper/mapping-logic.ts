import {
  isSelected,
  suggestMatches,
  validateDraft,
  type DraftRow,
  type RowPhase,
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

/**
 * The target that most likely is the same real account, for each row still to connect. The rules
 * are the headless client's ({@link suggestMatches}: the same account number of four digits or
 * more, else the same name, each target for one row at most), so a portal's own UI and the kit
 * suggest alike.
 */
export function suggestTargets(accounts: readonly MapperAccount[]): Map<string, MappingSuggestion> {
  const open = accounts.filter((account) => account.status !== 'connected');
  const matches = suggestMatches(
    open.map((account) => ({
      sourceAccount: {
        id: account.id,
        accountName: account.name,
        accountNumber: account.accountNumber,
        currency: account.currency,
        accountType: null,
      },
      targetOptions: account.targetOptions,
    })),
  );
  const found = new Map<string, MappingSuggestion>();
  for (const account of open) {
    const match = matches[account.id];
    if (!match) continue;
    const target = account.targetOptions.find((option) => option.id === match.targetAccountId);
    found.set(account.id, { ...match, targetName: target?.name ?? match.targetAccountId });
  }
  return found;
}

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

/** Which account took each target, first come first served in row order. */
export function takenTargets(
  accounts: readonly MapperAccount[],
  value: MappingValue,
): Map<string, string> {
  const taken = new Map<string, string>();
  for (const account of accounts) {
    const choice = value[account.id]?.choice;
    if (choice?.type === 'existing' && !taken.has(choice.targetAccountId)) {
      taken.set(choice.targetAccountId, account.id);
    }
  }
  return taken;
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

/** The mapper's rows as the client's validator reads them (no choice reads as "Don't connect"). */
export function toDraftRows(
  accounts: readonly MapperAccount[],
  value: MappingValue,
  rowStatus: Readonly<Record<string, RowSubmitStatus>> | undefined,
  defaultDraft: MappingDraft,
): Record<string, DraftRow> {
  const rows: Record<string, DraftRow> = {};
  for (const account of accounts) {
    const draft = value[account.id] ?? defaultDraft;
    rows[account.id] = {
      draft: { choice: toTargetChoice(draft.choice), feedStartDate: draft.feedStartDate ?? '' },
      phase: phaseOf(account, rowStatus?.[account.id]),
      sourceAccount: account,
      targetOptions: account.targetOptions,
      target: account.connectedTargetId ? { id: account.connectedTargetId } : null,
    };
  }
  return rows;
}

/** What Connect would do: how many rows it would send, and every problem that stops it. */
export interface MapperCheck {
  problems: MappingProblems;
  selected: number;
}

/**
 * Checks the mapper's drafts with the headless client's {@link validateDraft} (the setup store's
 * own validator), so a standalone mapper and a wired one find the same problems.
 */
export function checkMapper(
  accounts: readonly MapperAccount[],
  value: MappingValue,
  rowStatus: Readonly<Record<string, RowSubmitStatus>> | undefined,
  defaultDraft: MappingDraft,
  today: CalendarDate,
  organisation: OrganisationCurrencies | null | undefined,
): MapperCheck {
  const rows = toDraftRows(accounts, value, rowStatus, defaultDraft);
  const ids = accounts.map((account) => account.id);
  const problems = validateDraft(ids, rows, today, organisation ?? null);
  return { problems, selected: ids.filter((id) => isSelected(rows[id]!)).length };
}
