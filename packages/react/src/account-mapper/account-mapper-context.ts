'use client';
import { createContext, useContext } from 'react';
import type { SetupConnect } from '@bankfeeds/client';
import type { CalendarDate } from '@bankfeeds/model';
import type { Announcer } from '../internal/announcer';
import type {
  MapperAccount,
  MappingDraft,
  MappingProblems,
  MappingSuggestion,
  MappingValue,
  RowSubmitStatus,
} from './types';

/**
 * What rows need and never changes while the user works: actions and settings. Rows read only
 * this context, so one row's change re-renders that row and not its thousand neighbours.
 */
export interface AccountMapperActions {
  setDraft(accountId: string, draft: MappingDraft): void;
  /** The draft a row shows when the value has none for it. */
  defaultDraft: MappingDraft;
  /** The name of the account that already chose a target, if another one did. */
  takenBy(targetAccountId: string, except: string): string | undefined;
  today: CalendarDate;
  disabled: boolean;
  /** Id of the text explaining feed start date bounds, shared by every row's date field. */
  dateDescriptionId: string;
  announcer: Announcer;
  /** An account's display name by id (for messages naming another row). */
  nameOf(accountId: string): string;
  /** The element id of an account's row, which the problem summary links to. */
  rowId(accountId: string): string;
}

/** What changes with every edit: read by the table, the toolbar and the footer, not by rows. */
export interface AccountMapperState {
  accounts: readonly MapperAccount[];
  value: MappingValue;
  /** Every row's problems now (rows show theirs at once; the summary after a refused Connect). */
  problems: MappingProblems;
  /** How many problems the drafts have now (shown or not). */
  problemCount: number;
  /** Whether the last Connect was refused and the drafts still can't be sent. */
  refused: boolean;
  /** How many rows Connect would send. */
  selected: number;
  suggestions: ReadonlyMap<string, MappingSuggestion>;
  rowStatus: Readonly<Record<string, RowSubmitStatus>> | undefined;
  /** The machine the mapper renders (the setup store's, or its own): its commands change rows. */
  api: SetupConnect;
  /** Checks the drafts and calls `onSubmit`, or focuses the first problem. */
  submit(): void;
  submitting: boolean;
  canSubmit: boolean;
}

export const AccountMapperActionsContext =
  /* @__PURE__ */ createContext<AccountMapperActions | null>(null);
export const AccountMapperStateContext = /* @__PURE__ */ createContext<AccountMapperState | null>(
  null,
);

export function useAccountMapperActions(part: string): AccountMapperActions {
  const context = useContext(AccountMapperActionsContext);
  if (!context)
    throw new Error(`<AccountMapper.${part}> must be used within <AccountMapper.Root>.`);
  return context;
}

export function useAccountMapperState(part: string): AccountMapperState {
  const context = useContext(AccountMapperStateContext);
  if (!context)
    throw new Error(`<AccountMapper.${part}> must be used within <AccountMapper.Root>.`);
  return context;
}
