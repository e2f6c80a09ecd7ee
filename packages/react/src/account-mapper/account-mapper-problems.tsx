'use client';
import { forwardRef, useId, type HTMLAttributes, type MouseEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useAccountMapperActions, useAccountMapperState } from './account-mapper-context';
import { problemMessage } from './problem-message';
import { accountMapperAnatomy } from './anatomy';

/** Props of `AccountMapper.Problems`. */
export type AccountMapperProblemsProps = HTMLAttributes<HTMLElement>;

/** Moves focus to the field a summary entry names (the row's target, or its date field). */
function focusField(event: MouseEvent<HTMLAnchorElement>, rowId: string, field: string) {
  const { selector } = accountMapperAnatomy;
  const root = event.currentTarget.closest(selector('root'));
  const row = root?.querySelector(`${selector('row')}[id="${rowId}"]`);
  const control = row?.querySelector<HTMLElement>(
    field === 'target' ? selector('targetTrigger') : 'input',
  );
  if (!control) return;
  event.preventDefault();
  control.focus();
}

/**
 * What stops Connect, shown after the user pressed it and it was refused: a titled region that
 * takes focus, listing every problem of every row (the same the rows show) as links to the
 * field in trouble, or, with nothing chosen, why nothing can be connected. Renders nothing
 * otherwise; Connect moves focus here.
 */
export const AccountMapperProblems = /* @__PURE__ */ forwardRef<
  HTMLElement,
  AccountMapperProblemsProps
>(function AccountMapperProblems(props, ref) {
  const i18n = useI18n();
  const { t, plural, locale } = i18n;
  const { defaultDraft, today, nameOf, rowId } = useAccountMapperActions('Problems');
  const { accounts, value, problems, problemCount, refused } = useAccountMapperState('Problems');
  const titleId = `${useId()}-title`;
  if (!refused) return null;
  const items = accounts.flatMap((account) => {
    const draft = value[account.id] ?? defaultDraft;
    return (problems[account.id] ?? []).map((problem, index) => ({
      key: `${account.id}-${index}`,
      href: rowId(account.id),
      field: problem.field,
      code: problem.code,
      text: t('mapper.problems.item', {
        account: account.name,
        problem: problemMessage(i18n, problem, { account, draft, nameOf, today, locale }),
      }),
    }));
  });
  return (
    <section
      role="region"
      tabIndex={-1}
      aria-labelledby={titleId}
      {...props}
      ref={ref}
      {...accountMapperAnatomy.attrs('problems')}
    >
      <p id={titleId} {...accountMapperAnatomy.attrs('problemsTitle')}>
        {problemCount > 0
          ? plural('mapper.fixErrors', problemCount)
          : t('mapper.validation.required')}
      </p>
      {items.length > 0 ? (
        <ul {...accountMapperAnatomy.attrs('problemsList')}>
          {items.map((item) => (
            <li key={item.key}>
              <a
                href={`#${item.href}`}
                {...accountMapperAnatomy.attrs('problemLink')}
                data-field={item.field}
                data-code={item.code}
                onClick={(event) => focusField(event, item.href, item.field)}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
