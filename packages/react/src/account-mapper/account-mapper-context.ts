'use client';
import { createContext, useContext } from 'react';
import type { SetupConnect } from '@bankfeeds/client';
import type { CalendarDate } from '@bankfeeds/model';
import type { Announcer } from '../internal/announcer';
import type { TargetChoice } from './types';

/**
 * What rows need and never changes while the user works: actions and settings. Rows read only
 * this context, so one row's change re-renders that row and not its thousand neighbours.
 */
export interface AccountMapperActions {
  /** Sends a row's new choice to the machine the mapper renders. */
  choose(accountId: string, choice: TargetChoice): void;
  /** Sends a row's start date as the field shows it (a day, the text typed, or `''`). */
  setStartDate(accountId: string, feedStartDate: CalendarDate): void;
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

/**
 * What changes with every edit: read by the table, the toolbar and the footer, not by rows. The
 * machine's row views, counts and whether Connect was refused are all `api`'s.
 */
export interface AccountMapperState {
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

/**
 * The machine an `<AccountMapper.Root>` renders, for a custom layout inside it: the rows as the
 * client's `connectSetup` reads them (render each with `<AccountMapper.Row row={row} />`), the
 * counts (`selected`, `problemCount`, ...) and the commands its controls send. The same for a
 * standalone mapper and one wired to `BankFeedsProvider`'s setup store.
 *
 * @throws Error when called outside `<AccountMapper.Root>`.
 * @example
 * const { rows } = useAccountMapper();
 * return <>{rows.map((row) => <AccountMapper.Row key={row.id} row={row} />)}</>;
 */
export function useAccountMapper(): SetupConnect {
  const context = useContext(AccountMapperStateContext);
  if (!context) throw new Error('useAccountMapper() must be used within <AccountMapper.Root>.');
  return context.api;
}
