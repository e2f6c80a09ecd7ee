import {
  ENDPOINT_SCHEMAS,
  sanitiseCompanyName,
  type CompanyRequestBody,
  type SourceAccountBatchResult,
} from '@bankfeeds/model';
import { isBankFeedsError } from './errors';

/**
 * The body of `POST /companies` with the name cleaned as Codat cleans it: Codat creates the
 * company without the characters its name pattern forbids (`Company (Codat[1])` becomes
 * `Company Codat1`) rather than refusing it, so the client does not refuse it either. A name with
 * nothing left is still refused, by the model's rule, before anything is sent.
 */
export function companyCreateBody(body: CompanyRequestBody): CompanyRequestBody {
  if (typeof body?.name !== 'string') return body;
  return { ...body, name: sanitiseCompanyName(body.name) };
}

/**
 * The per-item results of a batch create that Codat answered with 409: the same array as a 207
 * (each item with its own `statusCode` and `error`, "A bank account already exists with the same
 * Id" for one registered before), so the call resolves with it as it does for a 207. Null when the
 * error is anything else, which the caller rethrows.
 */
export function resultsOfBatchConflict(error: unknown): SourceAccountBatchResult[] | null {
  if (!isBankFeedsError(error) || error.status !== 409 || !Array.isArray(error.details)) {
    return null;
  }
  const parsed = ENDPOINT_SCHEMAS.createSourceAccounts.reply.safeParse(error.details);
  return parsed.success ? parsed.data : null;
}
