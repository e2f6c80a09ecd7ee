import { checkFeedStartDate, type CalendarDate, type TargetAccountOption } from '@bankfeeds/model';
import type {
  MapperAccount,
  MappingChoice,
  MappingDraft,
  MappingSuggestion,
  MappingValue,
  OrganisationCurrencies,
  RowIssue,
} from './types';

const digits = (value: string | null | undefined) => (value ?? '').replace(/\D/g, '');
const words = (value: string | null | undefined) =>
  (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The target that most likely is the same real account: the same account number first (digits
 * only, so `12-34` matches `1234`), else the same name (case and spacing ignored).
 */
export function suggestTarget(account: MapperAccount): MappingSuggestion | null {
  const number = digits(account.accountNumber);
  const name = words(account.name);
  let byName: TargetAccountOption | null = null;
  for (const option of account.targetOptions) {
    if (number && digits(option.accountNumber) === number) {
      return {
        targetAccountId: option.id,
        targetName: option.name ?? option.id,
        reason: 'account-number',
      };
    }
    if (!byName && name && words(option.name) === name) byName = option;
  }
  return byName
    ? { targetAccountId: byName.id, targetName: byName.name ?? byName.id, reason: 'name' }
    : null;
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
  // Xero creates accounts in other currencies only for organisations with multi-currency on.
  const allowsCurrency = (currency: string) =>
    !organisation ||
    currency === organisation.baseCurrency ||
    organisation.multicurrencyEnabled !== false;
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
    } else if (!allowsCurrency(account.currency)) {
      issues.set(account.id, { code: 'currency-not-enabled' });
      continue;
    }
    if (!draft.feedStartDate || checkFeedStartDate(draft.feedStartDate, today)) {
      issues.set(account.id, { code: 'invalid-start-date' });
    }
  }
  return issues;
}
