import {
  targetSuitsSource,
  type AccountClass,
  type SourceAccount,
  type TargetAccountOption,
} from '@bankfeeds/model';

/** A target the suggestions may pick; currency and class are checked when known. */
export type CandidateTarget = TargetAccountOption & {
  currency?: string | null;
  accountClass?: AccountClass | null;
};

/** Why a target was suggested. */
export type MatchReason = 'account-number' | 'name';

/** One suggestion: the target and why. */
export interface MatchSuggestion {
  targetAccountId: string;
  reason: MatchReason;
}

/** A row to suggest for: its source account and the targets it may map to. */
export interface MatchCandidate {
  sourceAccount: Pick<
    SourceAccount,
    'id' | 'accountName' | 'accountNumber' | 'currency' | 'accountType'
  >;
  targetOptions: readonly CandidateTarget[];
}

const digits = (value: string | null | undefined) => (value ?? '').replace(/\D/g, '');
const words = (value: string | null | undefined) =>
  (value ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The targets by a key, each group in the list's order. */
function group(
  targets: readonly CandidateTarget[],
  keyOf: (target: CandidateTarget) => string,
): Map<string, CandidateTarget[]> {
  const groups = new Map<string, CandidateTarget[]>();
  for (const target of targets) {
    const key = keyOf(target);
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(target);
    else groups.set(key, [target]);
  }
  return groups;
}

/**
 * Suggests a target per source account: the same account number first (digits only, at least
 * four), then the same name (case and punctuation ignored), within the same currency and class
 * when the target says them (Codat's options are already filtered by both). A target is suggested
 * for one row at most, and never one in `taken` (held by a connected feed). Pure; the UI offers
 * the result, it never applies it unasked.
 */
export function suggestMatches(
  candidates: readonly MatchCandidate[],
  taken: ReadonlySet<string> = new Set(),
): Record<string, MatchSuggestion> {
  const used = new Set(taken);
  const result: Record<string, MatchSuggestion> = {};
  const suits = (candidate: MatchCandidate, target: CandidateTarget) =>
    !used.has(target.id) &&
    (target.currency == null ||
      target.accountClass == null ||
      targetSuitsSource(candidate.sourceAccount, {
        currency: target.currency,
        accountClass: target.accountClass,
      }));

  // Rows share their target lists (Codat filters them by currency and class), so each list is
  // indexed once by normalised number and name: 1,000 rows × 100 targets otherwise ran these
  // regular expressions 360,000 times, ~50 ms of the mapper's first render.
  const indexes = new Map<
    readonly CandidateTarget[],
    Record<MatchReason, Map<string, CandidateTarget[]>>
  >();
  const indexOf = (targets: readonly CandidateTarget[]) => {
    let index = indexes.get(targets);
    if (!index) {
      index = {
        'account-number': group(targets, (t) => digits(t.accountNumber)),
        name: group(targets, (t) => words(t.name)),
      };
      indexes.set(targets, index);
    }
    return index;
  };
  const keys: Array<[MatchReason, (c: MatchCandidate) => string]> = [
    [
      'account-number',
      (c) => {
        const number = digits(c.sourceAccount.accountNumber);
        return number.length >= 4 ? number : '';
      },
    ],
    ['name', (c) => words(c.sourceAccount.accountName)],
  ];
  for (const [reason, keyOf] of keys) {
    for (const candidate of candidates) {
      if (result[candidate.sourceAccount.id]) continue;
      const key = keyOf(candidate);
      if (!key) continue;
      // The first in the list's order that is free and suits, as a scan of the list would find.
      const matching = indexOf(candidate.targetOptions)[reason].get(key);
      const target = matching?.find((t) => suits(candidate, t));
      if (target) {
        used.add(target.id);
        result[candidate.sourceAccount.id] = { targetAccountId: target.id, reason };
      }
    }
  }
  return result;
}
