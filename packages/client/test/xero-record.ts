/**
 * What Xero and Codat hold after a push, read from the fake itself (its ledger and its record of
 * push operations): the one source of truth the money-path tests assert against.
 */
import type { FakeCodat } from '@bankfeeds/mocks';
import { expect } from 'vitest';
import type { PushLine } from '../src';

/** Where a feed's lines go: the fake, and the ids of the company, connection and source account. */
export interface Feed {
  fake: FakeCodat;
  companyId: string;
  connectionId: string;
  accountId: string;
}

/** The ids of the lines Xero holds on the feed, in the order it wrote them. */
export function heldIds(feed: Feed): string[] {
  return feed.fake.statementLines(feed.connectionId, feed.accountId).map((line) => line.id);
}

/** Codat's operations where Xero refused lines it already held (`duplicate-statement`). */
export function duplicateRefusals(feed: Feed) {
  return feed.fake
    .listPushOperations(feed.companyId, { pageSize: '5000' })
    .results.filter((operation) =>
      (operation.validation?.errors ?? []).some(
        (error) => error.validatorName === 'duplicate-statement',
      ),
    );
}

/**
 * Xero holds exactly these lines on the feed, each once, in order, and the account's balance is
 * the last line's (Xero's rule after a write).
 */
export function expectInXeroOnce(feed: Feed, lines: readonly PushLine[]): void {
  expect(heldIds(feed)).toEqual(lines.map((line) => line.id));
  const account = feed.fake
    .listSourceAccounts(feed.companyId, feed.connectionId)
    .find((candidate) => candidate.id === feed.accountId)!;
  expect(account.balance).toBe(lines.at(-1)!.balance);
}
