import {
  errorCodeOf,
  isRetryableCode,
  type ErrorCode,
  type ValidationItem,
} from '@bankfeeds/model';
import { readErrorMessage } from './error-body';

/** One way a payload differs from its schema: where (`results.0.id`) and what. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/** Everything a {@link BankFeedsError} carries besides its message. */
export interface BankFeedsErrorDetails {
  code: ErrorCode;
  /** HTTP status of the reply, or `null` when there was none (network, timeout, abort, ...). */
  status?: number | null;
  /** The endpoint as a template, `GET /companies/{companyId}`: never ids, never secrets. */
  endpoint?: string | null;
  correlationId?: string | null;
  /** Which Codat service answered (`PublicApi`, `ClientsApi`, `Xero`, ...). */
  service?: string | null;
  /** Whether trying again later may succeed. Defaults to what the code says. */
  retryable?: boolean;
  /** Codat's validation items (errors and warnings) when the reply carried some. */
  validation?: { errors: ValidationItem[]; warnings: ValidationItem[] };
  /** Schema mismatches, for `invalid-request` and `invalid-response`. */
  issues?: SchemaIssue[];
  /** Anything else the reply said that a caller may need (a batch's per-item results, ...). */
  details?: unknown;
  cause?: unknown;
}

/**
 * The one error the client throws. `code` is stable (from the model's `ERROR_CODES`) so a UI can
 * choose a translated message and an action; `message` is Codat's own text when it sent one.
 * It never holds request headers, so API keys and tokens cannot leak through it.
 */
export class BankFeedsError extends Error {
  override readonly name = 'BankFeedsError';
  readonly code: ErrorCode;
  readonly status: number | null;
  readonly endpoint: string | null;
  readonly correlationId: string | null;
  readonly service: string | null;
  readonly retryable: boolean;
  readonly validation: { errors: ValidationItem[]; warnings: ValidationItem[] };
  readonly issues: SchemaIssue[];
  readonly details: unknown;

  constructor(message: string, details: BankFeedsErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.status = details.status ?? null;
    this.endpoint = details.endpoint ?? null;
    this.correlationId = details.correlationId ?? null;
    this.service = details.service ?? null;
    this.retryable = details.retryable ?? isRetryableCode(details.code);
    this.validation = details.validation ?? { errors: [], warnings: [] };
    this.issues = details.issues ?? [];
    this.details = details.details;
  }

  /** A plain, serialisable copy (for logs, `postMessage`, a store's state). */
  toJSON(): Omit<BankFeedsErrorDetails, 'cause'> & { name: string; message: string } {
    // An allow-list, not a spread of the error: whatever is added to the class later reaches
    // logs only when it is named here, so nothing secret slips out by accident.
    return {
      name: this.name,
      message: this.message,
      code: this.code,
      status: this.status,
      endpoint: this.endpoint,
      correlationId: this.correlationId,
      service: this.service,
      retryable: this.retryable,
      validation: this.validation,
      issues: this.issues,
      details: this.details,
    };
  }
}

/** Whether `value` is a {@link BankFeedsError}. */
export function isBankFeedsError(value: unknown): value is BankFeedsError {
  return value instanceof BankFeedsError;
}

/** `error` itself when it is a {@link BankFeedsError}, else an `unknown` one that wraps it. */
export function asBankFeedsError(error: unknown, message = String(error)): BankFeedsError {
  return isBankFeedsError(error)
    ? error
    : new BankFeedsError(message, { code: 'unknown', cause: error });
}

const DEFAULT_MESSAGES: Partial<Record<ErrorCode, string>> = {
  'network-error': 'The network request failed.',
  timeout: 'The request took too long.',
  aborted: 'The request was cancelled.',
};

/** Turns a zod issue path into `results.0.id` (or `(root)`). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : '(root)';
}

/** The error for a non-2xx reply, from its status, headers and (any) body. */
export function errorFromResponse(
  status: number,
  body: unknown,
  endpoint: string,
  correlationHeader: string | null,
): BankFeedsError {
  const message = readErrorMessage(body);
  const code = errorCodeOf({ status, body });
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  // Xero problem bodies say what is wrong in `detail`/`title`; Codat's in `error`.
  const text =
    message?.error ??
    (typeof record.detail === 'string' ? record.detail : undefined) ??
    (typeof record.title === 'string' ? record.title : undefined) ??
    (typeof body === 'string' && body.length > 0 && body.length < 300 ? body : undefined) ??
    `${endpoint} failed with HTTP ${status}.`;
  return new BankFeedsError(text, {
    code,
    status,
    endpoint,
    correlationId: message?.correlationId ?? correlationHeader,
    service: message?.service ?? null,
    validation: message?.validation,
    details: Array.isArray(body) ? body : undefined,
  });
}

/** The error for a failure that never produced a reply. */
export function errorWithoutResponse(
  code: 'network-error' | 'timeout' | 'aborted',
  endpoint: string,
  cause?: unknown,
): BankFeedsError {
  return new BankFeedsError(`${DEFAULT_MESSAGES[code]} (${endpoint})`, {
    code,
    endpoint,
    cause,
  });
}

/** The error for a payload that does not match its schema. */
export function schemaError(
  code: 'invalid-request' | 'invalid-response',
  endpoint: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  status: number | null = null,
): BankFeedsError {
  const list = issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const first = list[0];
  const what = code === 'invalid-request' ? 'The request body' : 'The reply';
  return new BankFeedsError(
    `${what} of ${endpoint} does not match the expected shape${first ? ` at ${first.path}: ${first.message}` : ''}.`,
    { code, endpoint, status, issues: list, retryable: false },
  );
}
