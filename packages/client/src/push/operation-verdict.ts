import type { PushOperation } from '@bankfeeds/model';
import { isUncertain } from './checkpoint';
import type { PushCheckpoint, PushChunkRecord, PushResolution } from './push.types';

/** The validator name of Xero's refusal of lines it already holds (the kit's fake and assumption). */
export const DUPLICATE_STATEMENT = 'duplicate-statement';

/**
 * What one push operation says about one request's lines:
 * - `written`: they are in Xero (the operation created them, or Xero refused exactly them as
 *   duplicates: an earlier copy wrote them);
 * - `duplicate-partly`: Xero refused some of them as duplicates: someone else wrote part of them;
 * - `failed`: nothing of it was written; `timed-out`: nothing written yet, it may still land;
 * - `pending`: Codat has not finished; `other`: the operation is not about these lines.
 */
export type Verdict =
  | { kind: 'written'; resolution: PushResolution | null }
  | { kind: 'duplicate-partly' | 'failed' | 'timed-out' | 'pending' | 'other' };

/** The ids of the records an operation created (or changed), from Codat's `changes`. */
function recordIds(operation: PushOperation): Set<string> {
  return new Set(operation.changes.flatMap((change) => change.recordRef?.id ?? []));
}

/** The line ids Xero refused as already written, from the operation's validation errors. */
function duplicateIds(operation: PushOperation): Set<string> {
  if (operation.status !== 'Failed') return new Set();
  return new Set(
    operation.validation.errors
      .filter((item) => item.validatorName === DUPLICATE_STATEMENT && item.itemId)
      .map((item) => item.itemId!),
  );
}

/**
 * Whether `found` holds the request's lines. With every id known, all of them; from a checkpoint
 * alone (first and last id, count), its first and last (ids are unique per account, and a write
 * is all or nothing, so both ends mean the whole request).
 */
function holdsLines(found: Set<string>, chunk: PushChunkRecord, ids?: readonly string[]): boolean {
  return ids
    ? ids.every((id) => found.has(id))
    : found.has(chunk.firstId) && found.has(chunk.lastId);
}

/** Whether the refused ids are exactly the request's lines. */
function exactly(found: Set<string>, chunk: PushChunkRecord, ids?: readonly string[]): boolean {
  return found.size === chunk.count && holdsLines(found, chunk, ids);
}

/**
 * What `operation` says about the request `chunk` (its lines' ids when known). `own` says the
 * operation is the request's own (its key was in the reply): then a failure or a time-out is
 * about it; otherwise only an operation that created its lines, or refused exactly them, is.
 */
export function verdictOf(
  operation: PushOperation,
  chunk: PushChunkRecord,
  own: boolean,
  ids?: readonly string[],
): Verdict {
  const created = recordIds(operation);
  if (operation.status === 'Success' || operation.status === 'TimedOut') {
    // A timed-out write may land later; Codat then lists what it created.
    if (created.size > 0 && holdsLines(created, chunk, ids)) {
      return {
        kind: 'written',
        resolution: own && operation.status === 'Success' ? null : 'reconciled',
      };
    }
    if (!own) return { kind: 'other' };
    return operation.status === 'Success'
      ? { kind: 'written', resolution: null }
      : { kind: 'timed-out' };
  }
  if (operation.status === 'Failed') {
    const duplicates = duplicateIds(operation);
    if (duplicates.size > 0 && exactly(duplicates, chunk, ids)) {
      return { kind: 'written', resolution: 'already-written' };
    }
    if (!own) return { kind: 'other' };
    return { kind: duplicates.size > 0 ? 'duplicate-partly' : 'failed' };
  }
  return { kind: own ? 'pending' : 'other' };
}

/** The result of {@link settlePushOperation}. */
export interface SettledRequest {
  /** The checkpoint with the request settled (a copy; the one given is not changed). */
  checkpoint: PushCheckpoint;
  /** The request the operation settled. */
  index: number;
  /** The request had gone out without a reply, and was recognised by its lines. */
  adopted: boolean;
}

/**
 * Settles the request of `checkpoint` that a push operation is about, as a write webhook or a
 * read reports it: the request whose key it is (`Success` or a duplicate refusal of exactly its
 * lines: `success`; `Failed`: `failed`, its lines may go again; `TimedOut`: `timed-out` unless
 * Codat lists its lines as created), or a request in doubt (`sending`/`uncertain`) whose lines
 * it created or refused as duplicates, which then adopts its key. Pure. Returns `null` when the
 * operation settles nothing (`Pending`, another account's write, more than one request matched),
 * or the request it is about is settled already. The caller checks that the operation is of the
 * checkpoint's connection (`dataConnectionKey`).
 */
export function settlePushOperation(
  checkpoint: PushCheckpoint,
  operation: PushOperation,
): SettledRequest | null {
  const ownChunk = checkpoint.chunks.find(
    (chunk) => chunk.pushOperationKey === operation.pushOperationKey,
  );
  const open = (chunk: PushChunkRecord) =>
    chunk.state === 'accepted' || chunk.state === 'timed-out' || isUncertain(chunk);
  let index: number;
  let verdict: Verdict;
  if (ownChunk) {
    if (!open(ownChunk)) return null;
    index = ownChunk.index;
    verdict = verdictOf(operation, ownChunk, true);
  } else {
    const matches = checkpoint.chunks
      .filter(isUncertain)
      .map((chunk) => ({ chunk, verdict: verdictOf(operation, chunk, false) }))
      .filter((match) => match.verdict.kind === 'written');
    if (matches.length !== 1) return null;
    index = matches[0]!.chunk.index;
    verdict = matches[0]!.verdict;
  }
  const next = structuredClone(checkpoint);
  const chunk = next.chunks[index]!;
  const state = stateOf(verdict);
  if (!state) return null;
  chunk.state = state;
  chunk.pushOperationKey = operation.pushOperationKey;
  if (verdict.kind === 'written' && verdict.resolution) chunk.resolution = verdict.resolution;
  return { checkpoint: next, index, adopted: !ownChunk };
}

/** The request state a verdict leaves, or `null` when it settles nothing yet. */
function stateOf(verdict: Verdict): PushChunkRecord['state'] | null {
  switch (verdict.kind) {
    case 'written':
      return 'success';
    case 'failed':
    case 'duplicate-partly':
      return 'failed';
    case 'timed-out':
      return 'timed-out';
    default:
      return null;
  }
}
