import { AccountMapper as Preassembled } from './account-mapper';
import * as Parts from './parts';

/**
 * The preassembled account mapper, with its parts attached for custom layouts:
 * `.Root`, `.Table`, `.Row`, `.TargetSelect`, `.ApplyAll`, `.AcceptSuggestions`, `.DateBounds`,
 * `.Problems`, `.Summary`, `.Submit`.
 */
export const AccountMapper = Object.assign(Preassembled, Parts);
// Every part by its full name too: a named export is a client reference a server component can
// render, where `AccountMapper.Root` (dotting into an object from a 'use client' module) is not.
export { AccountMapperRoot } from './account-mapper-root';
export { AccountMapperTable } from './account-mapper-table';
export { AccountMapperRow } from './account-mapper-row';
export { AccountMapperTargetSelect } from './target-select';
export {
  AccountMapperApplyAll,
  AccountMapperAcceptSuggestions,
  AccountMapperDateBounds,
} from './account-mapper-toolbar';
export { AccountMapperProblems } from './account-mapper-problems';
export { AccountMapperSummary, AccountMapperSubmit } from './account-mapper-footer';
export type { AccountMapperProps, AccountMapperPart } from './account-mapper';
export type { AccountMapperRootProps, MappingChangeDetails } from './account-mapper-root';
export type { AccountMapperTableProps } from './account-mapper-table';
export type { AccountMapperRowProps } from './account-mapper-row';
export type { AccountMapperTargetSelectProps } from './target-select';
export type {
  AccountMapperApplyAllProps,
  AccountMapperAcceptSuggestionsProps,
  AccountMapperDateBoundsProps,
} from './account-mapper-toolbar';
export type { AccountMapperSummaryProps, AccountMapperSubmitProps } from './account-mapper-footer';
export type { AccountMapperProblemsProps } from './account-mapper-problems';
export type * from './types';
