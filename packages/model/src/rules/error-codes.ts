/**
 * Stable codes for every failure the kit knows, so the UI can pick a translated message and an
 * action without reading Codat's or Xero's English. Codes from HTTP replies come from
 * {@link errorCodeOf}; the client adds its own for failures that never reach Codat.
 */
export const ERROR_CODES = [
  // Codat / Xero replies
  'bad-request',
  'unauthorized',
  'forbidden',
  'company-limit-reached',
  'not-found',
  'conflict',
  'rate-limited',
  'server-error',
  'service-unavailable',
  'bank-feeds-disabled',
  'multi-currency-disabled',
  'target-already-connected',
  'source-account-exists',
  'invalid-end-balance',
  'duplicate-statement',
  'push-failed',
  'push-timed-out',
  // Found by the client before or instead of a reply
  'invalid-request',
  'invalid-response',
  'network-error',
  'timeout',
  'aborted',
  'api-key-in-browser',
  'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// Specific failures are recognised by their text, wherever Codat puts it (an ErrorMessage's
// `error`, a Xero problem's `type`/`detail`, a mapping reply's `error`). Both spellings of
// Xero's organisation error are in use: Codat's docs say "organization", Xero's enum "organisation".
const TEXT_PATTERNS: ReadonlyArray<readonly [RegExp, ErrorCode]> = [
  [
    /invalid-organi[sz]ation-bank-feeds|does not support automated bank feeds/i,
    'bank-feeds-disabled',
  ],
  [/invalid-organi[sz]ation-multi-currency/i, 'multi-currency-disabled'],
  [
    /feed connection already exists|feed-already-connected|already connected to another Xero Bank Account/i,
    'target-already-connected',
  ],
  [/bank account already exists with the same Id/i, 'source-account-exists'],
  // "Company limit exceeded" (real 402 body) and "…exceeded the 50-company limit…" (Codat's example).
  [/company limit/i, 'company-limit-reached'],
  [/invalid-end-balance/i, 'invalid-end-balance'],
  [/duplicate-statement/i, 'duplicate-statement'],
];

const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'bad-request',
  401: 'unauthorized',
  402: 'company-limit-reached',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  409: 'conflict',
  429: 'rate-limited',
  500: 'server-error',
  502: 'service-unavailable',
  503: 'service-unavailable',
  504: 'service-unavailable',
};

function textsOf(body: unknown): string[] {
  if (typeof body === 'string') return [body];
  if (!body || typeof body !== 'object') return [];
  const record = body as Record<string, unknown>;
  return ['error', 'Error', 'type', 'title', 'detail', 'errorMessage', 'message']
    .map((key) => record[key])
    .filter((value): value is string => typeof value === 'string');
}

/**
 * The stable code of a failed reply: a known failure recognised by its text first (for example
 * Xero's 403 `invalid-organization-bank-feeds`, either spelling), else the HTTP status's code.
 */
export function errorCodeOf(failure: { status?: number | null; body?: unknown }): ErrorCode {
  const texts = textsOf(failure.body);
  for (const [pattern, code] of TEXT_PATTERNS) {
    if (texts.some((text) => pattern.test(text))) return code;
  }
  if (failure.status != null) {
    const byStatus = STATUS_CODES[failure.status];
    if (byStatus) return byStatus;
    if (failure.status >= 500) return 'server-error';
    if (failure.status >= 400) return 'bad-request';
  }
  return 'unknown';
}

/** Codes worth another try after a pause: the request may well succeed then. */
const RETRYABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'rate-limited',
  'server-error',
  'service-unavailable',
  'network-error',
  'timeout',
]);

/** Whether a failure with this code may succeed if tried again. */
export function isRetryableCode(code: ErrorCode): boolean {
  return RETRYABLE.has(code);
}
