import { createAnatomy } from '../internal/anatomy';

/**
 * The account mapper's parts: the `data-part` each renders under `data-scope="account-mapper"`.
 * The styling docs (the react README's "Parts" list) name these; a test keeps them in step.
 */
export const accountMapperAnatomy = /* @__PURE__ */ createAnatomy('account-mapper', [
  'root',
  'header',
  'title',
  'description',
  'toolbar',
  'applyAll',
  'applyAllButton',
  'acceptSuggestions',
  'table',
  'empty',
  'row',
  'account',
  'accountName',
  'accountNumber',
  'meta',
  'balance',
  'target',
  'connectedTarget',
  'targetControl',
  'targetTrigger',
  'targetValue',
  'targetIcon',
  'targetStatus',
  'targetContent',
  'targetViewport',
  'targetGroupLabel',
  'targetItem',
  'targetEmpty',
  'suggestion',
  'suggestionAccept',
  'rowError',
  'startDate',
  'status',
  'badge',
  'footer',
  'problems',
  'problemsTitle',
  'problemsList',
  'problemLink',
  'summary',
  'submit',
  'announcer',
]);

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
