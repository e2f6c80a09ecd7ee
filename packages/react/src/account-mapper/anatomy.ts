import { createAnatomy } from '../internal/anatomy';

/**
 * The account mapper's parts: the `data-part` each renders under `data-scope="account-mapper"`.
 * The styling docs (the react README's "Parts" table) list these; a test keeps them in step.
 */
export const accountMapperAnatomy = createAnatomy('account-mapper', {
  root: 'root',
  header: 'header',
  title: 'title',
  description: 'description',
  toolbar: 'toolbar',
  applyAll: 'apply-all',
  applyAllButton: 'apply-all-button',
  acceptSuggestions: 'accept-suggestions',
  table: 'table',
  empty: 'empty',
  row: 'row',
  account: 'account',
  accountName: 'account-name',
  accountNumber: 'account-number',
  meta: 'meta',
  balance: 'balance',
  target: 'target',
  connectedTarget: 'connected-target',
  targetControl: 'target-control',
  targetTrigger: 'target-trigger',
  targetValue: 'target-value',
  targetIcon: 'target-icon',
  targetContent: 'target-content',
  targetViewport: 'target-viewport',
  targetGroupLabel: 'target-group-label',
  targetItem: 'target-item',
  targetEmpty: 'target-empty',
  suggestion: 'suggestion',
  suggestionAccept: 'suggestion-accept',
  rowError: 'row-error',
  startDate: 'start-date',
  status: 'status',
  badge: 'badge',
  footer: 'footer',
  problems: 'problems',
  problemsTitle: 'problems-title',
  problemsList: 'problems-list',
  problemLink: 'problem-link',
  summary: 'summary',
  submit: 'submit',
  announcer: 'announcer',
});

/** The parts of the preassembled `AccountMapper` that take extra class names (`classNames`). */
export const accountMapperClassNameKeys = [
  'root',
  'header',
  'toolbar',
  'table',
  'row',
  'footer',
  'problems',
  'summary',
  'submit',
] as const satisfies ReadonlyArray<keyof typeof accountMapperAnatomy.parts>;
