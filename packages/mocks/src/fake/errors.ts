import type { ErrorMessageBody, ValidationItem } from '@bankfeeds/model';

/**
 * A refusal from the fake, carrying the HTTP status and Codat's `ErrorMessage` body. The domain
 * modules throw it; the handlers turn it into the reply (adding a correlation id).
 */
export class FakeCodatError extends Error {
  /** The HTTP status of the reply. */
  readonly status: number;
  /** Codat's error body, without its correlation id. */
  readonly body: ErrorMessageBody;
  /** Extra reply headers, for example `Retry-After`. */
  readonly headers: Record<string, string>;

  constructor(status: number, body: ErrorMessageBody, headers: Record<string, string> = {}) {
    super(body.error ?? `HTTP ${status}`);
    this.name = 'FakeCodatError';
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

type Item = Pick<ValidationItem, 'itemId' | 'message' | 'validatorName'>;

/** Codat's usual `ErrorMessage`: `canBeRetried: "Unknown"` and `detailedErrorCode: 0`. */
export function codatError(
  status: number,
  error: string,
  options: { service?: string; errors?: Item[]; warnings?: Item[] } = {},
): FakeCodatError {
  const body: ErrorMessageBody = {
    statusCode: status,
    service: options.service ?? 'PublicApi',
    error,
    canBeRetried: 'Unknown',
    detailedErrorCode: 0,
  };
  if (options.errors || options.warnings)
    body.validation = { errors: options.errors ?? [], warnings: options.warnings ?? [] };
  return new FakeCodatError(status, body);
}

/** The texts Codat uses for each status (OpenAPI examples), for faults and generic failures. */
export const STATUS_TEXTS: Readonly<Record<number, string>> = {
  400: 'Error processing request - not valid.',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'You are using an outdated API key or a key not associated with that resource.',
  404: 'The requested resource could not be found.',
  409: 'The data set has not been requested.',
  429: 'You have made too many requests in a given amount of time; please retry later.',
  500: 'There is a problem with our server. Please try again later.',
  503: 'The Codat API is temporarily offline for maintenance. Please try again later.',
};

/** An error for any status, with Codat's text for it. */
export function errorForStatus(status: number): FakeCodatError {
  return codatError(status, STATUS_TEXTS[status] ?? `HTTP ${status}`);
}

/** 400: the request is not valid, with one validation item per problem. */
export function badRequest(message: string, errors: Item[] = []): FakeCodatError {
  return codatError(400, message, {
    errors: errors.length ? errors : [{ itemId: null, message, validatorName: 'Request' }],
  });
}

/**
 * 400 for a list filter (`query`, `orderBy`, the companies' `tags`) Codat cannot read: its
 * "Malformed-Query" reply, `Error parsing query - {message}` from the `ClientsApi` service.
 */
export function malformedQuery(message: string): FakeCodatError {
  return codatError(400, `Error parsing query - ${message}`, { service: 'ClientsApi' });
}

/** 404 for a company id Codat does not know (or that was deleted). */
export function companyNotFound(companyId: string): FakeCodatError {
  return codatError(404, `No company was found with ID ${companyId}`, { service: 'ClientsApi' });
}

/** 404 for a connection id Codat does not know on this company. */
export function connectionNotFound(connectionId: string): FakeCodatError {
  return codatError(404, `Data connection ${connectionId} not found`);
}

/** 404 for a source account id not registered on the connection. */
export function sourceAccountNotFound(accountId: string): FakeCodatError {
  return codatError(404, `Bank feed account ${accountId} not found`);
}

/** 404 for a push operation key Codat does not know on this company. */
export function pushOperationNotFound(key: string): FakeCodatError {
  return codatError(404, `Push operation ${key} not found`);
}

/** 401 with Codat's body: no or an unknown credential. */
export function unauthorized(): FakeCodatError {
  return errorForStatus(401);
}

/** 403 with Codat's body: the credential is not allowed this resource. */
export function forbidden(): FakeCodatError {
  return errorForStatus(403);
}

/**
 * 402 past Codat's own company limit, Codat's documented body ("You have exceeded the 50-company
 * limit that applies to a Free trial"). Xero's 25-organisation limit is separate: it shows at
 * consent.
 */
export function companyLimitExceeded(): FakeCodatError {
  return codatError(402, 'CompanyValidationException: Company limit exceeded', {
    errors: [
      {
        itemId: 'Company',
        message: 'Company limit exceeded. Learn more at https://docs.codat.io/docs/environments-1',
        validatorName: 'CreateCompany',
      },
    ],
    warnings: [],
  });
}

/** Xero's problem text when the organisation or app has no bank-feeds access. */
export const BANK_FEEDS_DISABLED_TEXT =
  'invalid-organization-bank-feeds: Invalid Organization. The organization does not support automated bank feeds.';

/**
 * 403 relayed from Xero when the organisation cannot use bank feeds: a Codat `ErrorMessage` with
 * `service: "Xero"` and Xero's problem type and detail in `error`.
 */
export function bankFeedsDisabled(): FakeCodatError {
  return codatError(403, BANK_FEEDS_DISABLED_TEXT, { service: 'Xero' });
}

/** 400 when an operation needs Xero and the connection is not `Linked`. */
export function connectionNotLinked(connectionId: string, status: string): FakeCodatError {
  return codatError(
    400,
    `Data connection ${connectionId} is ${status}, not Linked; the user must authorise it in Xero first.`,
  );
}
