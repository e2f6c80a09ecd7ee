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

  const passes: Array<[MatchReason, (c: MatchCandidate, t: CandidateTarget) => boolean]> = [
    [
      'account-number',
      (c, t) => {
        const number = digits(c.sourceAccount.accountNumber);
        return number.length >= 4 && number === digits(t.accountNumber);
      },
    ],
    [
      'name',
      (c, t) => {
        const name = words(c.sourceAccount.accountName);
        return name.length > 0 && name === words(t.name);
      },
    ],
  ];
  for (const [reason, matches] of passes) {
    for (const candidate of candidates) {
      if (result[candidate.sourceAccount.id]) continue;
      const target = candidate.targetOptions.find(
        (t) => suits(candidate, t) && matches(candidate, t),
      );
      if (target) {
        used.add(target.id);
        result[candidate.sourceAccount.id] = { targetAccountId: target.id, reason };
      }
    }
  }
  return result;
}
