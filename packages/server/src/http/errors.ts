import { isBankFeedsError } from '@bankfeeds/client';
import { HttpError } from './http-error';

/** A failure as the browser sees it: Codat's `ErrorMessage` shape plus the kit's stable code. */
export interface BrowserError {
  status: number;
  body: {
    statusCode: number;
    error: string;
    code: string;
    service?: string;
    correlationId?: string;
    validation?: { errors: unknown[]; warnings: unknown[] };
    [key: string]: unknown;
  };
}

/**
 * Turns anything thrown while serving a request into what the browser may see. Codat's own
 * failures keep their status, text and code (the kit translates them); a 401 from Codat means
 * the server's API key is wrong (so does a plain 403), which is the bank's problem, not the customer's, so it becomes
 * a 502 with a neutral text. Unknown errors say nothing about their cause.
 */
export function toBrowserError(error: unknown): BrowserError {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { statusCode: error.status, error: error.message, code: error.code, ...error.extra },
    };
  }
  if (isBankFeedsError(error)) {
    // 401, and a 403 that is not a bank-feeds refusal, are about the server's API key.
    if (error.status === 401 || error.code === 'unauthorized' || error.code === 'forbidden') {
      return {
        status: 502,
        body: {
          statusCode: 502,
          error: 'The bank could not reach the bank feeds service.',
          code: 'service-unavailable',
        },
      };
    }
    const status =
      error.status ??
      (error.code === 'timeout' ? 504 : error.code === 'invalid-request' ? 400 : 502);
    return {
      status,
      body: {
        statusCode: status,
        error: error.message,
        code: error.code,
        ...(error.service ? { service: error.service } : {}),
        ...(error.correlationId ? { correlationId: error.correlationId } : {}),
        validation: error.validation,
      },
    };
  }
  return {
    status: 500,
    body: { statusCode: 500, error: 'Something went wrong on the server.', code: 'server-error' },
  };
}
