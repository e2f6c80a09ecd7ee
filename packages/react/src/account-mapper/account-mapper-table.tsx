'use client';
import {
  forwardRef,
  startTransition,
  useEffect,
  useState,
  useSyncExternalStore,
  type TableHTMLAttributes,
} from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useAccountMapperState } from './account-mapper-context';
import { AccountMapperRow } from './account-mapper-row';
import { accountMapperAnatomy } from './anatomy';

/** Rows in the first commit: more than any screen shows at once. */
const FIRST_ROWS = 50;
/** Rows added by each later commit. */
const MORE_ROWS = 100;

const subscribeNever = () => () => {};

/**
 * How many rows to render: all of them within about a second, the first screenful at once.
 *
 * A thousand rows cost ~300 ms of script before anything paints (most of it cold code: a first
 * render runs before the JIT warms up). So the first commit holds the rows a screen shows and the
 * rest follow in transitions of `MORE_ROWS`: React renders them in slices of a few milliseconds
 * and lets a click or a key through between slices. Every row is in the DOM once they have
 * arrived (for find-in-page and screen readers' table navigation), unlike a windowed list.
 *
 * Server rendering and hydration render every row, so the HTML holds them all and hydration
 * matches it.
 */
function useRowsShown(total: number): number {
  const hydrating = useSyncExternalStore(
    subscribeNever,
    () => false,
    () => true,
  );
  const [shown, setShown] = useState(() => (hydrating ? Number.POSITIVE_INFINITY : FIRST_ROWS));
  useEffect(() => {
    if (shown >= total) return;
    startTransition(() => setShown((n) => n + MORE_ROWS));
  }, [shown, total]);
  return shown;
}

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
export const AccountMapperTable = /* @__PURE__ */ forwardRef<
  HTMLTableElement,
  AccountMapperTableProps
>(function AccountMapperTable({ rowClassName, ...props }, ref) {
  const { t } = useI18n();
  const { rows } = useAccountMapperState('Table').api;
  const shown = useRowsShown(rows.length);
  if (rows.length === 0) {
    return <p {...accountMapperAnatomy.attrs('empty')}>{t('mapper.empty')}</p>;
  }
  return (
    <table
      // Named, so screen readers' table lists and navigation say what it holds.
      aria-label={props['aria-labelledby'] ? undefined : t('mapper.table.label')}
      {...props}
      ref={ref}
      {...accountMapperAnatomy.attrs('table')}
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
        {(shown < rows.length ? rows.slice(0, shown) : rows).map((row) => (
          <AccountMapperRow key={row.id} className={rowClassName} row={row} />
        ))}
      </tbody>
    </table>
  );
});
