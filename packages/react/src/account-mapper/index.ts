import { AccountMapper as Preassembled } from './account-mapper';
import { AccountMapperRoot } from './account-mapper-root';
import { AccountMapperTable } from './account-mapper-table';
import { AccountMapperRow } from './account-mapper-row';
import { AccountMapperTargetSelect } from './target-select';
import {
  AccountMapperApplyAll,
  AccountMapperAcceptSuggestions,
  AccountMapperDateBounds,
} from './account-mapper-toolbar';
import { AccountMapperProblems } from './account-mapper-problems';
import { AccountMapperSummary, AccountMapperSubmit } from './account-mapper-footer';

/**
 * The preassembled account mapper, with its parts attached for custom layouts:
 * `.Root`, `.Table`, `.Row`, `.TargetSelect`, `.ApplyAll`, `.AcceptSuggestions`, `.DateBounds`,
 * `.Problems`, `.Summary`, `.Submit`.
 */
export const AccountMapper = /* @__PURE__ */ Object.assign(Preassembled, {
  Root: AccountMapperRoot,
  Table: AccountMapperTable,
  Row: AccountMapperRow,
  TargetSelect: AccountMapperTargetSelect,
  ApplyAll: AccountMapperApplyAll,
  AcceptSuggestions: AccountMapperAcceptSuggestions,
  DateBounds: AccountMapperDateBounds,
  Problems: AccountMapperProblems,
  Summary: AccountMapperSummary,
  Submit: AccountMapperSubmit,
});
// Every part by its full name too: a named export is a client reference a server component can
// render, where `AccountMapper.Root` (dotting into an object from a 'use client' module) is not.
export { useAccountMapper } from './account-mapper-context';
export {
  AccountMapperRoot,
  AccountMapperTable,
  AccountMapperRow,
  AccountMapperTargetSelect,
  AccountMapperApplyAll,
  AccountMapperAcceptSuggestions,
  AccountMapperDateBounds,
  AccountMapperProblems,
  AccountMapperSummary,
  AccountMapperSubmit,
};
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
