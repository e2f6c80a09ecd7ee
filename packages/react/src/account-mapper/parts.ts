// Short names for `<AccountMapper.Row />`-style composition.
export { AccountMapperRoot as Root } from './account-mapper-root';
export { AccountMapperTable as Table } from './account-mapper-table';
export { AccountMapperRow as Row } from './account-mapper-row';
export { AccountMapperTargetSelect as TargetSelect } from './target-select';
export {
  AccountMapperApplyAll as ApplyAll,
  AccountMapperAcceptSuggestions as AcceptSuggestions,
  AccountMapperDateBounds as DateBounds,
} from './account-mapper-toolbar';
export { AccountMapperProblems as Problems } from './account-mapper-problems';
export {
  AccountMapperSummary as Summary,
  AccountMapperSubmit as Submit,
} from './account-mapper-footer';
