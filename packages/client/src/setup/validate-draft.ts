import {
  canCreateTargetIn,
  checkFeedStartDate,
  type CalendarDate,
  type CompanyInformation,
} from '@bankfeeds/model';
import type { DraftProblem, SetupRow } from './setup.types';

/**
 * What {@link validateDraft} reads of a row: a {@link SetupRow} has it all, and a UI that keeps
 * its own rows (the React kit's standalone `AccountMapper`) passes the same few fields, so both
 * get their problems from this one function.
 */
export type DraftRow = Pick<SetupRow, 'draft' | 'phase'> & {
  sourceAccount: Pick<SetupRow['sourceAccount'], 'currency'>;
  targetOptions: readonly { id: string }[];
  target: { id: string } | null;
};

/** Whether a row will be sent on submit: the user chose a target and it is not in flight or done. */
export function isSelected(row: Pick<DraftRow, 'draft' | 'phase'>): boolean {
  return row.draft.choice.kind !== 'skip' && (row.phase === 'idle' || row.phase === 'failed');
}

/** The target a row holds or will hold, for the "one target per feed" rule. */
function heldTarget(row: DraftRow): string | null {
  if (row.phase === 'connected' || row.phase === 'confirming' || row.phase === 'submitting') {
    return (
      row.target?.id ??
      (row.draft.choice.kind === 'existing' ? row.draft.choice.targetAccountId : null)
    );
  }
  return isSelected(row) && row.draft.choice.kind === 'existing'
    ? row.draft.choice.targetAccountId
    : null;
}

/**
 * Checks every selected row's draft with the model's rules and returns every problem of every
 * row (rows that are not selected have none):
 *
 * - `target-not-offered`: the chosen Xero account is not among the row's options.
 * - `target-taken`: a Xero account takes one feed, so **every** row that chose a target another
 *   row holds or chose is flagged (not only the later ones): neither can be sent as it is, and the
 *   customer decides which keeps it. `otherSourceAccountId` names the first other holder.
 * - `currency-not-enabled`: "Create new account" in a currency the organisation cannot hold
 *   (checked once the organisation is known).
 * - the feed start date: `required` when there is none (the field was cleared), else the model's
 *   {@link checkFeedStartDate} (`invalid-date`, `date-too-old`, `date-in-future`).
 *
 * A row lists all its problems, not the first only, in the order of its fields: the target's,
 * then the feed start date's. The list order is stable, so a UI can show the first problem of
 * the first row as "the first problem".
 */
export function validateDraft(
  rowIds: readonly string[],
  rows: Readonly<Record<string, DraftRow>>,
  today: CalendarDate,
  organisation: Pick<CompanyInformation, 'baseCurrency' | 'multicurrencyEnabled'> | null = null,
): Record<string, DraftProblem[]> {
  const holders = new Map<string, string[]>();
  for (const id of rowIds) {
    const target = heldTarget(rows[id]!);
    if (target) holders.set(target, [...(holders.get(target) ?? []), id]);
  }
  const problems: Record<string, DraftProblem[]> = {};
  for (const id of rowIds) {
    const row = rows[id]!;
    const list: DraftProblem[] = [];
    if (isSelected(row)) {
      const { choice, feedStartDate } = row.draft;
      if (choice.kind === 'existing') {
        if (!row.targetOptions.some((option) => option.id === choice.targetAccountId)) {
          list.push({ field: 'target', code: 'target-not-offered' });
        }
        const other = holders.get(choice.targetAccountId)?.find((holder) => holder !== id);
        if (other)
          list.push({ field: 'target', code: 'target-taken', otherSourceAccountId: other });
      } else if (
        choice.kind === 'new' &&
        organisation &&
        !canCreateTargetIn(row.sourceAccount.currency, organisation)
      ) {
        list.push({ field: 'target', code: 'currency-not-enabled' });
      }
      const dateProblem = feedStartDate ? checkFeedStartDate(feedStartDate, today) : 'required';
      if (dateProblem) list.push({ field: 'feedStartDate', code: dateProblem });
    }
    problems[id] = list;
  }
  return problems;
}

/** How many problems the rows hold in all. */
export function countProblems(problems: Readonly<Record<string, readonly DraftProblem[]>>): number {
  let count = 0;
  for (const list of Object.values(problems)) count += list.length;
  return count;
}

/** Two problem lists say the same thing (so a row keeps its identity when nothing changed). */
export function sameProblems(a: readonly DraftProblem[], b: readonly DraftProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every((problem, i) => {
      const other = b[i]!;
      return (
        problem.code === other.code &&
        problem.field === other.field &&
        ('otherSourceAccountId' in problem ? problem.otherSourceAccountId : null) ===
          ('otherSourceAccountId' in other ? other.otherSourceAccountId : null)
      );
    })
  );
}
