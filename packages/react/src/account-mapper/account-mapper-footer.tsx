'use client';
import { forwardRef, type ButtonHTMLAttributes, type HTMLAttributes } from 'react';
import { createSlot } from '../internal/create-slot';
import { useI18n } from '../i18n/i18n-context';
import { partContent } from '../internal/slot';
import { useAccountMapperState } from './account-mapper-context';
import { accountMapperAnatomy } from './anatomy';

/** Props of `AccountMapper.Summary`. */
export interface AccountMapperSummaryProps extends HTMLAttributes<HTMLParagraphElement> {
  /**
   * Renders the only child (your own text component) instead of the `<p>`, with the part's props
   * and data attributes merged onto it; the child supplies the content, or gets the kit's count
   * when it has none. @default false
   */
  asChild?: boolean | undefined;
}

const SummarySlot = /* @__PURE__ */ createSlot<HTMLParagraphElement>('AccountMapper.Summary');

/** How many accounts the current choices will connect. Children replace the text. */
export const AccountMapperSummary = /* @__PURE__ */ forwardRef<
  HTMLParagraphElement,
  AccountMapperSummaryProps
>(function AccountMapperSummary({ asChild = false, children, ...props }, ref) {
  const { plural } = useI18n();
  const { api } = useAccountMapperState('Summary');
  const count = api.rows.filter(
    (row) => row.account.status !== 'connected' && row.choice.kind !== 'skip',
  ).length;
  const Text = asChild ? SummarySlot : 'p';
  return (
    <Text {...props} ref={ref} {...accountMapperAnatomy.attrs('summary')}>
      {partContent(asChild, children, plural('mapper.summary', count))}
    </Text>
  );
});

/** Props of `AccountMapper.Submit`. */
export interface AccountMapperSubmitProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /**
   * Renders the only child (your own button) instead of the `<button>`, with the part's props,
   * `disabled`, `aria-busy`, data attributes and click handling merged onto it; the child supplies
   * the content, or gets the translated "Connect accounts" when it has none. @default false
   */
  asChild?: boolean | undefined;
}

const SubmitSlot = /* @__PURE__ */ createSlot<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement>
>('AccountMapper.Submit');

/** Checks every row and connects, or takes the user to the first problem. */
export const AccountMapperSubmit = /* @__PURE__ */ forwardRef<
  HTMLButtonElement,
  AccountMapperSubmitProps
>(function AccountMapperSubmit({ asChild = false, children, onClick, ...props }, ref) {
  const { t } = useI18n();
  const { submit, canSubmit, submitting } = useAccountMapperState('Submit');
  const Button = asChild ? SubmitSlot : 'button';
  return (
    <Button
      type="button"
      data-variant="primary"
      {...props}
      ref={ref}
      disabled={!canSubmit}
      aria-busy={submitting || undefined}
      {...accountMapperAnatomy.attrs('submit')}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) submit();
      }}
    >
      {partContent(asChild, children, t('mapper.submit'))}
    </Button>
  );
});
