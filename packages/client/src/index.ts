/**
 * @bankfeeds/client: the headless core of the bank feeds kit. A typed Codat client, and
 * zustand vanilla stores for the setup flow, connection management and transaction pushes.
 * No React, no DOM.
 */
export { createBankFeedsClient, DEFAULT_TIMEOUT_MS } from './http/create-client';
export type {
  BankFeedsClient,
  BankFeedsClientOptions,
  CallOptions,
  CompanyUpdate,
  PushOptions,
} from './http/types';
export type { BankFeedsAuth } from './http/auth';
export { BankFeedsError, isBankFeedsError } from './http/errors';
export type { BankFeedsErrorDetails, SchemaIssue } from './http/errors';
export { DEFAULT_RETRY } from './http/retry';
export type { RetryOptions } from './http/retry';
export type { ClientLogEntry, HttpMethod } from './http/request';
export type { Clock } from './internal/clock';
