import { suggestMatches } from '@bankfeeds/client';
import { canCreateTargetIn, checkFeedStartDate, type CalendarDate } from '@bankfeeds/model';
import type {
  MapperAccount,
  MappingChoice,
  MappingDraft,
  MappingSuggestion,
  MappingValue,
  OrganisationCurrencies,
  RowIssue,
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

/**
 * Problems with the rows that will connect: a target chosen twice (Xero takes one feed per
 * account), a new account in a currency the organisation doesn't use, a start date out of bounds.
 */
export function findIssues(
  accounts: readonly MapperAccount[],
  value: MappingValue,
  today: CalendarDate,
  organisation?: OrganisationCurrencies | null,
): Map<string, RowIssue> {
  const issues = new Map<string, RowIssue>();
  const taken = takenTargets(accounts, value);
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  for (const account of accounts) {
    if (account.status === 'connected') continue;
    const draft = value[account.id];
    if (!draft || !connects(draft)) continue;
    const choice = draft.choice!;
    if (choice.type === 'existing') {
      const owner = taken.get(choice.targetAccountId);
      if (owner && owner !== account.id) {
        const target = account.targetOptions.find((option) => option.id === choice.targetAccountId);
        issues.set(account.id, {
          code: 'target-taken',
          otherAccountName: names.get(owner),
          targetName: target?.name ?? choice.targetAccountId,
        });
        continue;
      }
    } else if (organisation && !canCreateTargetIn(account.currency, organisation)) {
      issues.set(account.id, { code: 'currency-not-enabled' });
      continue;
    }
    if (!draft.feedStartDate || checkFeedStartDate(draft.feedStartDate, today)) {
      issues.set(account.id, { code: 'invalid-start-date' });
    }
  }
  return issues;
}
