'use client';
import { forwardRef, type TableHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useAccountMapperState } from './account-mapper-context';
import { AccountMapperRow } from './account-mapper-row';

const scope = 'account-mapper';

/** Props of `AccountMapper.Table`. */
export interface AccountMapperTableProps extends TableHTMLAttributes<HTMLTableElement> {
  /** Class name for every row. @default undefined */
  rowClassName?: string | undefined;
}

/**
 * Every source account as a table row: account, balance, Xero account, start date, status. With
 * no accounts it shows the empty text instead, and the ref is `null`. Named "Accounts to connect
 * to Xero" unless given `aria-label` or `aria-labelledby`.
 */
export const AccountMapperTable = forwardRef<HTMLTableElement, AccountMapperTableProps>(
  function AccountMapperTable({ rowClassName, ...props }, ref) {
    const { t } = useI18n();
    const { accounts, value, problems, suggestions, rowStatus } = useAccountMapperState('Table');
    if (accounts.length === 0) {
      return (
        <p data-scope={scope} data-part="empty">
          {t('mapper.empty')}
        </p>
      );
    }
    return (
      <table
        // Named, so screen readers' table lists and navigation say what it holds.
        aria-label={props['aria-labelledby'] ? undefined : t('mapper.table.label')}
        {...props}
        ref={ref}
        data-scope={scope}
        data-part="table"
      >
        <thead>
          <tr>
            <th scope="col">{t('mapper.column.account')}</th>
            <th scope="col">{t('mapper.column.balance')}</th>
            <th scope="col">{t('mapper.column.target')}</th>
            <th scope="col">{t('mapper.column.startDate')}</th>
            <th scope="col">{t('mapper.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <AccountMapperRow
              key={account.id}
              className={rowClassName}
              account={account}
              draft={value[account.id]}
              problems={problems[account.id]}
              status={rowStatus?.[account.id]}
              suggestion={suggestions.get(account.id)}
            />
          ))}
        </tbody>
      </table>
    );
  },
);
