'use client';
import { useCallback, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { connectSetup, type SetupConnect, type SetupUserEvent } from '@bankfeeds/client';
import type { CalendarDate, ErrorCode } from '@bankfeeds/model';
import { useControllableState } from '../internal/use-controllable-state';
import { applyDraftEvent, type DraftEventContext } from './apply-draft-event';
import { createLocalRows } from './local-rows';
import type { MappingChangeDetails } from './account-mapper-root';
import type {
  MapperAccount,
  MappingProblems,
  MappingValue,
  OrganisationCurrencies,
  RowDraft,
  RowPhase,
} from './types';

/** What the standalone mapper is made of: the root's props it reads when no machine is given. */
export interface StandaloneMapperOptions {
  accounts: readonly MapperAccount[];
  value: MappingValue | undefined;
  defaultValue: MappingValue | undefined;
  onValueChange: ((value: MappingValue, details: MappingChangeDetails) => void) | undefined;
  defaultDraft: RowDraft;
  rowPhases: Readonly<Record<string, RowPhase>> | undefined;
  rowErrors: Readonly<Record<string, ErrorCode>> | undefined;
  problems: MappingProblems | undefined;
  organisation: OrganisationCurrencies | null | undefined;
  today: CalendarDate;
  submitting: boolean;
  submitAttempted: boolean | undefined;
}

/** The standalone mapper's machine, its value (controlled or not) and whether Connect was tried. */
export interface StandaloneMapper {
  /** `connectSetup` over the props' rows; its draft edits become value changes. */
  connect: SetupConnect;
  value: MappingValue;
  attempted: boolean;
  markAttempted(): void;
}

// Layout effects warn when rendered on a server; the sync never runs there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** What the draft editor applies the machine's events to: the last render's value and rows. */
interface DraftEditorInputs extends DraftEventContext {
  readonly value: MappingValue;
  setValue(next: MappingValue): void;
  setAttempted(attempted: true): void;
}

/**
 * The standalone machine's `send`: a plain object made once per mapper, whose inputs are synced
 * after every render, so `send` stays stable, always edits the latest value, and reads nothing
 * during render. `accountId` is the account of the last edit, for `onValueChange`'s details.
 */
function createDraftEditor() {
  let inputs: DraftEditorInputs | null = null;
  const editor = {
    accountId: null as string | null,
    sync(next: DraftEditorInputs) {
      inputs = next;
    },
    send(event: SetupUserEvent) {
      if (!inputs) return;
      if (event.type === 'SUBMIT') inputs.setAttempted(true);
      const edit = applyDraftEvent(inputs.value, event, inputs);
      if (!edit) return;
      editor.accountId = edit.accountId;
      inputs.setValue(edit.value);
    },
  };
  return editor;
}

/**
 * The standalone mapper is the same machine as the wired one, over its props: `connectSetup` of
 * rows made from `accounts`, the value, `rowPhases` and `rowErrors`, whose events are applied to the value by
 * {@link applyDraftEvent} and reported through `onValueChange` (controlled) or kept (uncontrolled).
 */
export function useStandaloneMapper({
  accounts,
  value: valueProp,
  defaultValue,
  onValueChange,
  defaultDraft,
  rowPhases,
  rowErrors,
  problems,
  organisation,
  today,
  submitting,
  submitAttempted,
}: StandaloneMapperOptions): StandaloneMapper {
  const [editor] = useState(createDraftEditor);
  const [value, setValue] = useControllableState<MappingValue>(
    'AccountMapper.Root',
    'value',
    valueProp,
    defaultValue ?? {},
    useCallback(
      (next: MappingValue) => onValueChange?.(next, { accountId: editor.accountId }),
      [editor, onValueChange],
    ),
  );
  const [localRows] = useState(createLocalRows);
  const [attemptedState, setAttempted] = useState(false);
  const attempted = submitAttempted ?? attemptedState;
  const rowIds = useMemo(() => accounts.map((account) => account.id), [accounts]);
  const rows = useMemo(
    () =>
      localRows({
        accounts,
        value,
        defaultDraft,
        phases: rowPhases,
        errors: rowErrors,
        problems,
        today,
        organisation,
      }),
    [localRows, accounts, value, defaultDraft, rowPhases, rowErrors, problems, today, organisation],
  );
  useIsomorphicLayoutEffect(() => {
    editor.sync({ value, accounts, defaultDraft, setValue, setAttempted });
  });
  const connect = useMemo(
    () =>
      connectSetup(
        {
          status: submitting ? 'submitting' : 'mapping',
          rowIds,
          rows,
          today,
          submitAttempted: attempted,
        },
        editor.send,
      ),
    [rowIds, rows, today, attempted, submitting, editor],
  );
  const markAttempted = useCallback(() => setAttempted(true), []);
  return { connect, value, attempted, markAttempted };
}
