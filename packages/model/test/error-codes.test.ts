import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorCodeOf, isRetryableCode, type ErrorCode } from '@bankfeeds/model';

/** Codat's error body shape, as its OpenAPI examples show it. */
const codat = (statusCode: number, error: string, service = 'PublicApi') => ({
  statusCode,
  service,
  error,
  correlationId: 'bc997528a9d7abb9161ef45f05d38599',
  canBeRetried: 'Unknown',
  detailedErrorCode: 0,
});

/** Xero's problem body as Codat documents it for bank-feeds errors. */
const xeroProblem = (type: string, status: number, detail?: string) => ({
  type,
  title: 'Invalid Organization',
  status,
  ...(detail ? { detail } : {}),
});

/** Every reply the kit can meet, and the code the UI gets for it. */
const REPLIES: Array<[string, { status?: number | null; body?: unknown }, ErrorCode]> = [
  [
    '400 not valid',
    { status: 400, body: codat(400, 'Error processing request - not valid.') },
    'bad-request',
  ],
  ['401', { status: 401, body: codat(401, 'Unauthorized') }, 'unauthorized'],
  [
    '403 outdated key',
    {
      status: 403,
      body: codat(
        403,
        'You are using an outdated API key or a key not associated with that resource.',
      ),
    },
    'forbidden',
  ],
  [
    '404 connection',
    { status: 404, body: codat(404, 'Data connection a22dd66b not found') },
    'not-found',
  ],
  [
    '404 company',
    { status: 404, body: codat(404, 'No company was found with ID 846ed55c', 'ClientsApi') },
    'not-found',
  ],
  ['408', { status: 408 }, 'timeout'],
  [
    '409 data set',
    { status: 409, body: codat(409, 'The data set has not been requested.') },
    'conflict',
  ],
  [
    '429',
    {
      status: 429,
      body: codat(
        429,
        'You have made too many requests in a given amount of time; please retry later.',
      ),
    },
    'rate-limited',
  ],
  [
    '500',
    {
      status: 500,
      body: codat(500, 'There is a problem with our server. Please try again later.'),
    },
    'server-error',
  ],
  ['502', { status: 502 }, 'service-unavailable'],
  [
    '503',
    {
      status: 503,
      body: codat(
        500,
        'The Codat API is temporarily offline for maintenance. Please try again later.',
      ),
    },
    'service-unavailable',
  ],
  ['504', { status: 504 }, 'service-unavailable'],
  [
    '402 real company limit body',
    {
      status: 402,
      body: {
        statusCode: 402,
        service: 'PublicApi',
        error: 'CompanyValidationException: Company limit exceeded',
        validation: {
          errors: [
            {
              itemId: 'Company',
              message: 'Company limit exceeded',
              validatorName: 'CreateCompany',
            },
          ],
        },
      },
    },
    'company-limit-reached',
  ],
  [
    "402 Codat's example body (statusCode 429 inside)",
    {
      status: 402,
      body: codat(
        429,
        'You have exceeded the 50-company limit that applies to a Free plan. We recommend that you delete any companies you no longer need and retry the request.',
      ),
    },
    'company-limit-reached',
  ],
  ['402 with no body', { status: 402 }, 'company-limit-reached'],
  [
    'ErrorMessage with "organization" (Codat docs)',
    {
      status: 403,
      body: { statusCode: 403, service: 'Xero', error: 'invalid-organization-bank-feeds' },
    },
    'bank-feeds-disabled',
  ],
  [
    'ErrorMessage with "organisation" (Xero enum)',
    {
      status: 403,
      body: { statusCode: 403, service: 'Xero', error: 'invalid-organisation-bank-feeds' },
    },
    'bank-feeds-disabled',
  ],
  [
    'Xero problem type with "organization"',
    {
      status: 403,
      body: xeroProblem(
        'invalid-organization-bank-feeds',
        403,
        'The organization does not support automated bank feeds.',
      ),
    },
    'bank-feeds-disabled',
  ],
  [
    'Xero problem type with "organisation"',
    { status: 403, body: xeroProblem('invalid-organisation-bank-feeds', 403) },
    'bank-feeds-disabled',
  ],
  [
    'only the detail sentence',
    { status: 403, body: { detail: 'The organization does not support automated bank feeds.' } },
    'bank-feeds-disabled',
  ],
  [
    'Xero multi-currency problem',
    { status: 400, body: xeroProblem('invalid-organisation-multi-currency', 400) },
    'multi-currency-disabled',
  ],
  [
    'mapping reply: feed connection already exists',
    {
      status: 200,
      body: {
        sourceAccountId: 'acc-002',
        targetAccountId: 'account-081',
        status: 'Failed',
        error: 'A feed connection already exists to this account',
      },
    },
    'target-already-connected',
  ],
  [
    'older mapping reply with capitalised Error',
    {
      status: 200,
      body: { Status: 'Failed', Error: 'A feed connection already exists to this account' },
    },
    'target-already-connected',
  ],
  [
    'Xero 409 feed already connected',
    {
      status: 409,
      body: {
        type: 'feed-already-connected-in-current-organisation',
        title: 'Feed Already Connected In Current Organisation',
        status: 409,
        detail:
          'The AccountToken, AccountNumber or AccountId is already connected to another Xero Bank Account in the selected Xero Organisation.',
      },
    },
    'target-already-connected',
  ],
  [
    'batch item: source account id taken',
    {
      status: 409,
      body: { statusCode: '409', error: 'A bank account already exists with the same Id' },
    },
    'source-account-exists',
  ],
  [
    'Xero 422 end balance',
    {
      status: 422,
      body: { type: 'invalid-end-balance', title: 'Invalid End Balance', status: 422 },
    },
    'invalid-end-balance',
  ],
  [
    'Xero 409 duplicate statement',
    {
      status: 409,
      body: { type: 'duplicate-statement', title: 'Duplicate Statement', status: 409 },
    },
    'duplicate-statement',
  ],
  [
    'failed push operation naming the Xero error',
    {
      status: 200,
      body: { status: 'Failed', statusCode: 403, errorMessage: 'invalid-organisation-bank-feeds' },
    },
    'bank-feeds-disabled',
  ],
  [
    'a plain-text body',
    { status: 403, body: 'Xero says: invalid-organization-bank-feeds' },
    'bank-feeds-disabled',
  ],
  ['an unknown 4xx', { status: 418 }, 'bad-request'],
  [
    'an unknown 4xx with a body',
    { status: 422, body: codat(422, 'Something else') },
    'bad-request',
  ],
  ['an unknown 5xx', { status: 599 }, 'server-error'],
  ['a 3xx', { status: 302 }, 'unknown'],
  ['nothing at all', {}, 'unknown'],
  ['a null status and a non-object body', { status: null, body: 42 }, 'unknown'],
];

describe('errorCodeOf', () => {
  it.each(REPLIES)('%s', (_what, failure, expected) => {
    expect(errorCodeOf(failure)).toBe(expected);
  });

  it('recognises a known failure before the status (a 403 is not just forbidden)', () => {
    expect(errorCodeOf({ status: 403, body: { error: 'Forbidden' } })).toBe('forbidden');
    expect(errorCodeOf({ status: 403, body: { error: 'INVALID-ORGANISATION-BANK-FEEDS' } })).toBe(
      'bank-feeds-disabled',
    );
  });

  it('reaches every reply code, and only the client-side codes are left out', () => {
    const reached = new Set(REPLIES.map(([, , code]) => code));
    const clientOnly = ERROR_CODES.filter((code) => !reached.has(code));
    expect(clientOnly.sort()).toEqual(
      [
        'invalid-request',
        'invalid-response',
        'network-error',
        'aborted',
        'api-key-in-browser',
        'push-failed',
        'push-timed-out',
      ].sort(),
    );
  });
});

describe('isRetryableCode', () => {
  const RETRYABLE: readonly ErrorCode[] = [
    'rate-limited',
    'server-error',
    'service-unavailable',
    'network-error',
    'timeout',
  ];
  it.each(ERROR_CODES.map((code) => [code, RETRYABLE.includes(code)] as const))(
    '%s: %s',
    (code, retryable) => {
      expect(isRetryableCode(code)).toBe(retryable);
    },
  );
});
