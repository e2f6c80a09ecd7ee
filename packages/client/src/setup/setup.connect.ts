import {
  SOURCE_ACCOUNT_STATUSES,
  type CalendarDate,
  type SourceAccountStatus,
  type TargetAccountOption,
} from '@bankfeeds/model';
import type { BankFeedsError } from '../http/errors';
import { suggestMatches, type MatchReason } from './suggest-matches';
import type {
  DraftProblem,
  RowPhase,
  SetupRow,
  SetupState,
  SetupUserEvent,
  TargetChoice,
} from './setup.types';
import { countProblems, isSelected } from './validate-draft';

// What a UI shows of the setup machine and what its controls send, in no framework: the React kit
// renders this, and a portal's own UI (Vue, Svelte, plain DOM) can render the same.

/** One source account as a UI shows it. */
export interface SetupAccountView {
  id: string;
  /** Display name: the nickname, the bank's name, else the account number. */
  name: string;
  accountNumber: string | null;
  sortCode: string | null;
  currency: string;
  balance: number | null;
  /** The feed's state: Codat's, or `connected` once the row is. */
  status: SourceAccountStatus;
  /** The day a connected feed started. */
  feedStartDate?: CalendarDate | null | undefined;
  /** The Xero account a connected (or connecting) feed writes to. */
  connectedTargetName?: string | null | undefined;
  connectedTargetId?: string | null | undefined;
  /** The Xero accounts it may feed into. */
  targetOptions: readonly TargetAccountOption[];
  /** The name Xero gives the account "Create new account" makes. */
  newAccountName: string;
}

/** A target offered for a row, and why. */
export interface SetupSuggestionView {
  targetAccountId: string;
  targetName: string;
  reason: MatchReason;
}

/**
 * A row as {@link connectSetup} reads it: a setup store's row, or a UI's own row that carries its
 * account view ready made (the React kit's standalone mapper).
 */
export type ConnectRow = Pick<
  SetupRow,
  'id' | 'draft' | 'phase' | 'problems' | 'error' | 'targetOptions' | 'target'
> &
  (
    | Pick<SetupRow, 'sourceAccount' | 'feedStatus' | 'feedStartDate' | 'newTargetName'>
    | { account: SetupAccountView }
  );

/** What {@link connectSetup} reads of the state. */
export interface ConnectState extends Pick<
  SetupState,
  'status' | 'rowIds' | 'today' | 'submitAttempted'
> {
  rows: Readonly<Record<string, ConnectRow>>;
}

/** Everything one row of a UI needs. Kept by identity while the row and its suggestion stay. */
export interface SetupRowView {
  id: string;
  account: SetupAccountView;
  /** The draft's choice and start date (the date as entered, refused or not). */
  choice: TargetChoice;
  feedStartDate: CalendarDate;
  /** A likely target, while the row is open, the choice is another, and no row holds it. */
  suggestion: SetupSuggestionView | null;
  problems: readonly DraftProblem[];
  phase: RowPhase;
  error: BankFeedsError | null;
  /** Whether the target may be chosen (the row is editable and nothing is being sent). */
  canChoose: boolean;
  /** Whether the start date may be set (as `canChoose`, and the row will connect). */
  canSetDate: boolean;
  /** Whether every control of the row is disabled. */
  disabled: boolean;
}

/** The setup machine as a UI renders it: row views, counts, and the commands its controls send. */
export interface SetupConnect {
  rows: readonly SetupRowView[];
  today: CalendarDate;
  /** Rows Connect would send. */
  selected: number;
  /** Problems of every row, shown or not. */
  problemCount: number;
  /** Rows a suggestion may still be accepted for. */
  suggestionCount: number;
  /** Whether a Connect was refused and the drafts still can't be sent (show the problems). */
  refused: boolean;
  /** Whether mappings are being sent or confirmed (controls are disabled). */
  busy: boolean;
  /** Whether pressing Connect does anything now (it may still be refused, with problems). */
  canSubmit: boolean;
  choose(sourceAccountId: string, choice: TargetChoice): void;
  setStartDate(sourceAccountId: string, feedStartDate: CalendarDate): void;
  /** One start date for every row that will connect; returns how many rows it sets. */
  applyToAll(feedStartDate: CalendarDate): number;
  /** Chooses every open suggestion; returns how many. */
  acceptSuggestions(): number;
  /** Sends the drafts, or is refused (the machine then holds `submitAttempted`). */
  submit(): void;
}

const statusOf = (status: string): SourceAccountStatus =>
  (SOURCE_ACCOUNT_STATUSES as readonly string[]).includes(status)
    ? (status as SourceAccountStatus)
    : 'unknown';

/** `next`, or `previous` when it holds the same values (so a view keeps its identity). */
function kept<T extends object>(previous: T | undefined, next: T): T {
  if (!previous) return next;
  for (const key in next) if (!Object.is(previous[key], next[key])) return next;
  return previous;
}

const accountCache = new WeakMap<ConnectRow, SetupAccountView>();

/** A row's account view; a draft change keeps it (only what Codat reports makes a new one). */
function accountOf(row: ConnectRow, previous: SetupAccountView | undefined): SetupAccountView {
  if ('account' in row) return row.account;
  let view = accountCache.get(row);
  if (!view) {
    const source = row.sourceAccount;
    view = kept(previous, {
      id: row.id,
      name: source.accountInfo?.nickname || source.accountName || source.accountNumber || row.id,
      accountNumber: source.accountNumber,
      sortCode: source.sortCode,
      currency: source.currency,
      balance: source.balance,
      status: row.phase === 'connected' ? 'connected' : statusOf(row.feedStatus),
      feedStartDate: row.feedStartDate,
      connectedTargetName: row.target?.name ?? null,
      connectedTargetId: row.target?.id ?? null,
      targetOptions: row.targetOptions,
      newAccountName: row.newTargetName,
    });
    accountCache.set(row, view);
  }
  return view;
}

const isOpen = (row: ConnectRow, account: SetupAccountView) =>
  account.status !== 'connected' && row.phase !== 'connected' && row.phase !== 'confirming';

interface Memo {
  accounts: SetupAccountView[];
  suggestions: Map<string, SetupSuggestionView>;
  views: Map<string, SetupRowView>;
}

// By row order: a UI keeps one `rowIds` while it edits, so suggestions (which read every row) are
// found again only when an account changes, not on every pick.
const memos = new WeakMap<readonly string[], Memo>();

function suggestionsFor(rows: readonly ConnectRow[], accounts: readonly SetupAccountView[]) {
  const open = rows.flatMap((row, i) =>
    isOpen(row, accounts[i]!) ? [{ row, account: accounts[i]! }] : [],
  );
  const matches = suggestMatches(
    open.map(({ row, account }) => ({
      sourceAccount: {
        id: row.id,
        accountName: account.name,
        accountNumber: account.accountNumber,
        currency: account.currency,
        accountType: null,
      },
      targetOptions: row.targetOptions,
    })),
  );
  const found = new Map<string, SetupSuggestionView>();
  for (const { row } of open) {
    const match = matches[row.id];
    if (!match) continue;
    const target = row.targetOptions.find((option) => option.id === match.targetAccountId);
    found.set(row.id, { ...match, targetName: target?.name ?? match.targetAccountId });
  }
  return found;
}

/** The target a row holds or chose (a Xero account takes one feed). */
const heldBy = (row: ConnectRow): string | null =>
  row.phase !== 'idle' && row.phase !== 'failed' && row.target
    ? row.target.id
    : row.draft.choice.kind === 'existing'
      ? row.draft.choice.targetAccountId
      : null;

/**
 * Connects a UI to the setup machine: from its state (a setup store's, or a UI's own) derives what
 * each row shows and may do, the counts, and what Connect may do; its commands `send` the
 * machine's events. Pure and framework-free; call it again with every new state. Row views keep
 * their identity while their row does, so a UI that renders rows by identity re-renders one row
 * for one pick.
 */
export function connectSetup(
  state: ConnectState,
  send: (event: SetupUserEvent) => void,
): SetupConnect {
  const rows = state.rowIds.map((id) => state.rows[id]!);
  const memo = memos.get(state.rowIds);
  const accounts = rows.map((row, i) => accountOf(row, memo?.accounts[i]));
  const sameAccounts = memo?.accounts.every((account, i) => account === accounts[i]) ?? false;
  const suggestions = memo && sameAccounts ? memo.suggestions : suggestionsFor(rows, accounts);
  const held = new Set<string>();
  for (const row of rows) {
    const target = heldBy(row);
    if (target) held.add(target);
  }
  const busy = state.status === 'submitting' || state.status === 'confirming';
  const views = new Map<string, SetupRowView>();
  let selected = 0;
  let suggestionCount = 0;
  const problems: Record<string, readonly DraftProblem[]> = {};
  const list = rows.map((row, i) => {
    const account = accounts[i]!;
    const found = suggestions.get(row.id);
    const { choice } = row.draft;
    const suggestion =
      found &&
      !(choice.kind === 'existing' && choice.targetAccountId === found.targetAccountId) &&
      !held.has(found.targetAccountId)
        ? found
        : null;
    if (suggestion && choice.kind === 'skip') suggestionCount++;
    if (isSelected(row)) selected++;
    problems[row.id] = row.problems;
    const editable = (row.phase === 'idle' || row.phase === 'failed') && isOpen(row, account);
    const canChoose = editable && !busy;
    const view = kept(memo?.views.get(row.id), {
      id: row.id,
      account,
      choice,
      feedStartDate: row.draft.feedStartDate,
      suggestion,
      problems: row.problems,
      phase: row.phase,
      error: row.error,
      canChoose,
      canSetDate: canChoose && choice.kind !== 'skip',
      disabled: !canChoose,
    });
    views.set(row.id, view);
    return view;
  });
  memos.set(state.rowIds, { accounts, suggestions, views });
  const problemCount = countProblems(problems);
  return {
    rows: list,
    today: state.today,
    selected,
    problemCount,
    suggestionCount,
    refused: state.submitAttempted && (problemCount > 0 || selected === 0),
    busy,
    canSubmit: !busy,
    choose: (sourceAccountId, choice) => send({ type: 'ROW.CHOOSE', sourceAccountId, choice }),
    setStartDate: (sourceAccountId, feedStartDate) =>
      send({ type: 'ROW.SET_START_DATE', sourceAccountId, feedStartDate }),
    applyToAll: (feedStartDate) => {
      const count = list.filter((view) => view.canChoose && view.choice.kind !== 'skip').length;
      send({ type: 'ROWS.SET_START_DATE', feedStartDate });
      return count;
    },
    acceptSuggestions: () => {
      const choices: Record<string, TargetChoice> = {};
      const used = new Set<string>();
      for (const view of list) {
        const target = view.suggestion?.targetAccountId;
        if (!target || !view.canChoose || view.choice.kind !== 'skip' || used.has(target)) continue;
        used.add(target);
        choices[view.id] = { kind: 'existing', targetAccountId: target };
      }
      const count = Object.keys(choices).length;
      if (count > 0) send({ type: 'ROWS.CHOOSE', choices });
      return count;
    },
    submit: () => send({ type: 'SUBMIT' }),
  };
}
