import {
  canCreateTargetIn,
  checkFeedStartDate,
  type CalendarDate,
  type CompanyInformation,
} from '@bankfeeds/model';
import type { DraftProblem, SetupRow } from './setup.types';

/** Whether a row will be sent on submit: the user chose a target and it is not in flight or done. */
export function isSelected(row: SetupRow): boolean {
  return row.draft.choice.kind !== 'skip' && (row.phase === 'idle' || row.phase === 'failed');
}

/** The target a row holds or will hold, for the "one target per feed" rule. */
function heldTarget(row: SetupRow): string | null {
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
 * Checks every selected row's draft with the model's rules: the feed start date within
 * {@link feedStartDateBounds}, the target among the row's options, no target taken by two rows
 * (a Xero account takes one feed), and, once the organisation is known, "Create new account"
 * only in a currency it can hold. Rows that are not selected have no problems.
 */
export function validateDraft(
  rowIds: readonly string[],
  rows: Readonly<Record<string, SetupRow>>,
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
      const dateProblem = checkFeedStartDate(row.draft.feedStartDate, today);
      if (dateProblem) list.push({ field: 'feedStartDate', code: dateProblem });
      const { choice } = row.draft;
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
    }
    problems[id] = list;
  }
  return problems;
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
