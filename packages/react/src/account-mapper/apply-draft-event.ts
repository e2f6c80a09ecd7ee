import type { SetupUserEvent } from '@bankfeeds/client';
import { connects, toMappingChoice } from './mapping-logic';
import type { MapperAccount, MappingDraft, MappingValue } from './types';

/** What a draft edit is applied to: the rows it may change and the draft of a row without one. */
export interface DraftEventContext {
  readonly accounts: readonly MapperAccount[];
  readonly defaultDraft: MappingDraft;
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
 * edits no draft: `null`. Pure, so the standalone mapper and the wired one agree by construction.
 */
export function applyDraftEvent(
  value: MappingValue,
  event: SetupUserEvent,
  { accounts, defaultDraft }: DraftEventContext,
): DraftEventResult | null {
  if (!event.type.startsWith('ROW')) return null;
  const one = 'sourceAccountId' in event ? event.sourceAccountId : null;
  const next: Record<string, MappingDraft> = { ...value };
  for (const account of accounts) {
    const draft = value[account.id] ?? defaultDraft;
    if (account.status === 'connected' || (one && account.id !== one)) continue;
    const choice =
      event.type === 'ROW.CHOOSE'
        ? event.choice
        : event.type === 'ROWS.CHOOSE'
          ? event.choices[account.id]
          : undefined;
    if (choice) next[account.id] = { ...draft, choice: toMappingChoice(choice) };
    else if ('feedStartDate' in event && (one || connects(draft))) {
      next[account.id] = { ...draft, feedStartDate: event.feedStartDate || null };
    }
  }
  return { value: next, accountId: one };
}
