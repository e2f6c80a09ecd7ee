import { MAX_TRANSACTIONS_PER_REQUEST } from '@bankfeeds/model';

/**
 * Splits lines into requests of at most `size` (Codat and Xero take 1000 per request), in order:
 * concatenating the chunks gives back the lines, each exactly once. Pure.
 * @throws RangeError when `size` is not an integer from 1 to 1000.
 */
export function chunkTransactions<T>(
  lines: readonly T[],
  size: number = MAX_TRANSACTIONS_PER_REQUEST,
): T[][] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_TRANSACTIONS_PER_REQUEST) {
    throw new RangeError(
      `Chunk size must be an integer from 1 to ${MAX_TRANSACTIONS_PER_REQUEST}.`,
    );
  }
  const chunks: T[][] = [];
  for (let start = 0; start < lines.length; start += size) {
    chunks.push(lines.slice(start, start + size));
  }
  return chunks;
}
