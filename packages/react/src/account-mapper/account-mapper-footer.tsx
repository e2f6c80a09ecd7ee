'use client';
import type { ButtonHTMLAttributes, HTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useAccountMapperState } from './account-mapper-context';
import { connects } from './mapping-logic';

const scope = 'account-mapper';

/** Props of `AccountMapper.Summary`. */
export type AccountMapperSummaryProps = HTMLAttributes<HTMLParagraphElement>;

/** How many accounts the current choices will connect. */
export function AccountMapperSummary(props: AccountMapperSummaryProps) {
  const { plural } = useI18n();
  const { accounts, value } = useAccountMapperState('Summary');
  const count = accounts.filter((a) => a.status !== 'connected' && connects(value[a.id])).length;
  return (
    <p {...props} data-scope={scope} data-part="summary">
      {plural('mapper.summary', count)}
    </p>
  );
}

/** Props of `AccountMapper.Submit`. */
export type AccountMapperSubmitProps = ButtonHTMLAttributes<HTMLButtonElement>;

/** Checks every row and connects, or takes the user to the first problem. */
export function AccountMapperSubmit({ children, onClick, ...props }: AccountMapperSubmitProps) {
  const { t } = useI18n();
  const { submit, canSubmit, submitting } = useAccountMapperState('Submit');
  return (
    <button
      type="button"
      data-variant="primary"
      {...props}
      disabled={!canSubmit}
      aria-busy={submitting || undefined}
      data-scope={scope}
      data-part="submit"
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) submit();
      }}
    >
      {children ?? t('mapper.submit')}
    </button>
  );
}
