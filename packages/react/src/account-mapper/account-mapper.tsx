'use client';
import { forwardRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { cx, type ClassNames } from '../internal/dom';
import { AccountMapperRoot, type AccountMapperRootProps } from './account-mapper-root';
import { AccountMapperTable } from './account-mapper-table';
import {
  AccountMapperAcceptSuggestions,
  AccountMapperApplyAll,
  AccountMapperDateBounds,
} from './account-mapper-toolbar';
import { AccountMapperSubmit, AccountMapperSummary } from './account-mapper-footer';
import { AccountMapperProblems } from './account-mapper-problems';
import { accountMapperAnatomy, type accountMapperClassNameKeys } from './anatomy';

/** Parts of the preassembled mapper that take extra class names. */
export type AccountMapperPart = (typeof accountMapperClassNameKeys)[number];

/** Props of the preassembled {@link AccountMapper}. */
export interface AccountMapperProps extends AccountMapperRootProps {
  /** The heading; `null` hides it. @default the translated title */
  heading?: ReactNode | undefined;
  /** Heading level of the title. @default 2 */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** The submit button's text; `null` hides the button. @default "Connect accounts" */
  submitLabel?: ReactNode | undefined;
  /** Extra class names per part. @default undefined */
  classNames?: ClassNames<AccountMapperPart> | undefined;
}

/**
 * Maps each source account to a Xero account (or a new one, or none) with a feed start date:
 * title, "apply to all" and "accept suggestions" tools, the table, a summary and Connect.
 * Controlled (`value`/`onValueChange`) or uncontrolled (`defaultValue`). The ref reaches the root.
 */
export const AccountMapper = /* @__PURE__ */ forwardRef<HTMLDivElement, AccountMapperProps>(
  function AccountMapper(
    { heading, headingLevel = 2, submitLabel, classNames, className, ...rootProps },
    ref,
  ) {
    const { t } = useI18n();
    const Heading = `h${headingLevel}` as const;
    const hasRows = (rootProps.connect?.rows ?? rootProps.accounts).length > 0;
    return (
      <AccountMapperRoot {...rootProps} ref={ref} className={cx(classNames?.root, className)}>
        {heading === null ? null : (
          <div {...accountMapperAnatomy.attrs('header')} className={classNames?.header}>
            <Heading {...accountMapperAnatomy.attrs('title')}>
              {heading ?? t('mapper.title')}
            </Heading>
            <p {...accountMapperAnatomy.attrs('description')}>{t('mapper.description')}</p>
          </div>
        )}
        {hasRows ? (
          <div {...accountMapperAnatomy.attrs('toolbar')} className={classNames?.toolbar}>
            <AccountMapperApplyAll />
            <AccountMapperAcceptSuggestions />
            <AccountMapperDateBounds />
          </div>
        ) : null}
        <AccountMapperTable className={classNames?.table} rowClassName={classNames?.row} />
        {hasRows && submitLabel !== null ? (
          <div {...accountMapperAnatomy.attrs('footer')} className={classNames?.footer}>
            <AccountMapperProblems className={classNames?.problems} />
            <AccountMapperSummary className={classNames?.summary} />
            <AccountMapperSubmit className={classNames?.submit}>{submitLabel}</AccountMapperSubmit>
          </div>
        ) : null}
      </AccountMapperRoot>
    );
  },
);
