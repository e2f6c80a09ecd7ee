import type { RowDraft, SetupUserEvent } from '@bankfeeds/client';
import type { MapperAccount, MappingValue } from './types';

/** What a draft edit is applied to: the rows it may change and the draft of a row without one. */
export interface DraftEventContext {
  readonly accounts: readonly MapperAccount[];
  readonly defaultDraft: RowDraft;
}

/** The value after a draft edit, and the one account it was for (`null` when it was for several). */
export interface DraftEventResult {
  readonly value: MappingValue;
  readonly accountId: string | null;
}

/**
 * The standalone mapper's value after one of the setup machine's draft edits (`ROW.*`, `ROWS.*`),
 * made as the machine makes them: connected rows keep their drafts, a choice for several rows goes
 * to the rows it names, and one date for all goes to the rows that will connect. Any other event
 * edits no draft: `null`. Pure, and the value is made of the machine's own drafts, so the
 * standalone mapper and the wired one agree by construction.
 */
export function applyDraftEvent(
  value: MappingValue,
  event: SetupUserEvent,
  { accounts, defaultDraft }: DraftEventContext,
): DraftEventResult | null {
  if (!event.type.startsWith('ROW')) return null;
  const one = 'sourceAccountId' in event ? event.sourceAccountId : null;
  const next: Record<string, RowDraft> = { ...value };
  for (const account of accounts) {
    const draft = value[account.id] ?? defaultDraft;
    if (account.status === 'connected' || (one && account.id !== one)) continue;
    const choice =
      event.type === 'ROW.CHOOSE'
        ? event.choice
        : event.type === 'ROWS.CHOOSE'
          ? event.choices[account.id]
          : undefined;
    if (choice) next[account.id] = { ...draft, choice };
    else if ('feedStartDate' in event && (one || draft.choice.kind !== 'skip')) {
      next[account.id] = { ...draft, feedStartDate: event.feedStartDate };
    }
  }
  return { value: next, accountId: one };
}
