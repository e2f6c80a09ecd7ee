import { isRetryableCode, type ErrorCode } from '@bankfeeds/model';
import { isUserRecoverableCode } from '@bankfeeds/client';
import type { MessageKey } from './en';

/** What the user can do about an error, shown as a button or link beside its message. */
export type ErrorAction = 'retry' | 'reconnect' | 'contactBank';

/** How the kit presents one error code: its message and, where it helps, an action. */
export interface ErrorPresentation {
  message: MessageKey;
  action: ErrorAction | null;
  /**
   * `false` when nothing the user does in this session can fix it (the host should step in).
   * From the client's one list (`isUserRecoverableCode`), so headless and React agree.
   */
  userRecoverable: boolean;
}

/**
 * What the user can do about each error code the kit can raise. `satisfies` a `Record` over
 * `ErrorCode`, so a code added to the model without an action here fails the build: its keys are
 * the model's `ERROR_CODES`, in their order (a test holds them to it), and the kit reads the codes
 * from here, which leaves the model's list out of a portal's bundle.
 */
const ERROR_ACTIONS = {
  'bad-request': 'retry',
  unauthorized: null,
  forbidden: 'reconnect',
  'company-limit-reached': 'contactBank',
  'not-found': 'retry',
  conflict: 'retry',
  'rate-limited': 'retry',
  'server-error': 'retry',
  'service-unavailable': 'retry',
  // Only the bank can fix it (Xero's bank-feeds access for its app, Codat's "Enable bank feeds"):
  // neither a retry nor a reconnect helps, so the customer is sent to the bank.
  'bank-feeds-disabled': 'contactBank',
  'multi-currency-disabled': 'retry',
  // The user fixes this one in the mapper (another target); the row shows it.
  'target-already-connected': null,
  'source-account-exists': 'retry',
  'invalid-end-balance': 'contactBank',
  'duplicate-statement': 'contactBank',
  'push-failed': 'contactBank',
  'push-timed-out': 'contactBank',
  'invalid-request': 'retry',
  'invalid-response': 'retry',
  'network-error': 'retry',
  timeout: 'retry',
  aborted: 'retry',
  'api-key-in-browser': 'contactBank',
  unknown: 'retry',
} as const satisfies Record<ErrorCode, ErrorAction | null>;

const ERROR_CODE_LIST = /* @__PURE__ */ Object.keys(ERROR_ACTIONS) as ErrorCode[];

/** Every error code the kit can raise, with its message (`error.<code>`) and action. */
export const ERROR_PRESENTATION: Readonly<Record<ErrorCode, ErrorPresentation>> =
  /* @__PURE__ */ Object.fromEntries(
    ERROR_CODE_LIST.map((code) => [
      code,
      {
        message: `error.${code}`,
        action: ERROR_ACTIONS[code],
        userRecoverable: isUserRecoverableCode(code),
      } satisfies ErrorPresentation,
    ]),
  ) as Record<ErrorCode, ErrorPresentation>;

/** Any error, normalised for display and for the host's `onError`. */
export interface ErrorInfo {
  code: ErrorCode;
  /** The technical message (English, from the API or the client); not for the user. */
  message: string;
  /** Codat's correlation id, to quote to support. */
  correlationId: string | null;
  /** HTTP status, when the error came from a reply. */
  status: number | null;
  /** Whether trying again may succeed. */
  retryable: boolean;
  /** Whether the user can recover within the component. */
  userRecoverable: boolean;
  /** What the kit offers the user to do next. */
  action: ErrorAction | null;
  /** The original error. */
  cause: unknown;
}

const CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(ERROR_CODE_LIST);

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && CODES.has(value);
}

/**
 * Normalises anything thrown (the client's `BankFeedsError`, a `TypeError` from fetch, a string)
 * into an {@link ErrorInfo}. Reads fields structurally, so it works across package copies.
 */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error && typeof error === 'object' && 'code' in error && isErrorCode(error.code)) {
    const e = error as {
      code: ErrorCode;
      message?: unknown;
      correlationId?: unknown;
      status?: unknown;
      retryable?: unknown;
    };
    const presentation = ERROR_PRESENTATION[e.code];
    return {
      code: e.code,
      message: typeof e.message === 'string' ? e.message : e.code,
      correlationId: typeof e.correlationId === 'string' ? e.correlationId : null,
      status: typeof e.status === 'number' ? e.status : null,
      retryable: typeof e.retryable === 'boolean' ? e.retryable : isRetryableCode(e.code),
      userRecoverable: presentation.userRecoverable,
      action: presentation.action,
      cause: error,
    };
  }
  const code: ErrorCode =
    error instanceof Error && error.name === 'AbortError' ? 'aborted' : 'unknown';
  return {
    code,
    message: error instanceof Error ? error.message : String(error),
    correlationId: null,
    status: null,
    retryable: code === 'unknown',
    userRecoverable: true,
    action: ERROR_PRESENTATION[code].action,
    cause: error,
  };
}
