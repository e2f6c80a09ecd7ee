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
  const { today, nameOf, rowId } = useAccountMapperActions('Problems');
  const { api } = useAccountMapperState('Problems');
  const titleId = `${useId()}-title`;
  if (!api.refused) return null;
  const items = api.rows.flatMap(({ id, account, choice, problems }) =>
    problems.map((problem, index) => ({
      key: `${id}-${index}`,
      href: rowId(id),
      field: problem.field,
      code: problem.code,
      text: t('mapper.problems.item', {
        account: account.name,
        problem: problemMessage(i18n, problem, { account, choice, nameOf, today, locale }),
      }),
    })),
  );
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
        {api.problemCount > 0
          ? plural('mapper.fixErrors', api.problemCount)
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
