import { expect } from 'vitest';
import { screen, within } from '@testing-library/react';
import { AccountMapper, type MapperAccount, type MappingValue } from '../../src/account-mapper';
import { renderIn } from '../render';
import { SKIP, TARGETS, TODAY, type ParityCase } from './cases';
import { idOf } from './headless-driver';

/**
 * Plays a case through the React parts as a customer would: choices as the mapper's starting
 * value (a target that is not offered cannot be picked on screen), dates typed into each row's
 * field, then Connect; reads the problems from the summary that takes focus.
 */
export async function playReact(testCase: ParityCase) {
  const accounts: MapperAccount[] = testCase.accounts.map((account) => ({
    id: idOf(account.name),
    name: account.name,
    accountNumber: null,
    sortCode: null,
    currency: account.currency ?? 'GBP',
    balance: 100,
    status: account.connectedTo ? 'connected' : 'pending',
    connectedTargetId: account.connectedTo ?? null,
    connectedTargetName: account.connectedTo ? 'Xero' : null,
    feedStartDate: account.connectedTo ? TODAY : null,
    targetOptions: TARGETS,
    newAccountName: account.name,
  }));
  // The case's choices are the mapper's starting value as they are: it holds the store's drafts.
  const value: MappingValue = Object.fromEntries(
    testCase.accounts.map((account) => [
      idOf(account.name),
      { choice: account.choice ?? SKIP, feedStartDate: TODAY },
    ]),
  );
  const submitted: MappingValue[] = [];
  const { user, unmount } = renderIn(
    <AccountMapper
      accounts={accounts}
      defaultValue={value}
      today={TODAY}
      organisation={testCase.organisation ?? { baseCurrency: 'GBP', multicurrencyEnabled: true }}
      onSubmit={(sent) => submitted.push(sent)}
    />,
  );
  for (const account of testCase.accounts) {
    if (account.date === undefined) continue;
    const field = screen.getByRole('textbox', { name: `Feed start date for ${account.name}` });
    // A row left out has its date field disabled; its draft keeps the date as given.
    if ((field as HTMLInputElement).disabled) continue;
    await user.clear(field);
    if (account.date) await user.type(field, account.date);
    await user.tab();
  }
  await user.click(screen.getByRole('button', { name: 'Connect accounts' }));
  const problems: Record<string, string[]> = {};
  const summary = screen.queryByRole('region', { name: /problem|Choose a Xero account/ });
  if (summary) expect(summary).toHaveFocus();
  for (const link of summary ? within(summary).queryAllByRole('link') : []) {
    const name = link.textContent!.split(': ')[0]!;
    (problems[name] ??= []).push(link.getAttribute('data-code')!);
  }
  unmount();
  return { sent: submitted.length > 0, problems, attempted: summary !== null };
}
