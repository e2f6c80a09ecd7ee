/**
 * @bankfeeds/mocks: a stateful fake of Codat Bank Feeds (with Xero behind it) on MSW, for tests,
 * Storybook, the demo and integrators' own tests. This entry never imports `msw/node` or
 * `msw/browser`; use `@bankfeeds/mocks/node` or `@bankfeeds/mocks/browser` to start one.
 */
export { createFakeCodat } from './create-fake';
export type { FakeCodat, FakeCodatOptions, RateLimitState } from './create-fake';
export { createBankFeedsHandlers } from './handlers';
export type { BankFeedsHandlers, HandlerOptions, HandlersByDomain } from './handlers';
export type { FaultRule } from './faults';
export { SCENARIO_NAMES, SCENARIO_DESCRIPTIONS, scenarioFaults } from './scenarios';
export type { ScenarioName, ScenarioIds } from './scenarios';
export { FakeCodatError } from './fake/errors';
export { BANK_FEEDS_DISABLED_TEXT } from './fake/errors';
export { TARGET_TAKEN_TEXT, MULTI_CURRENCY_TEXT } from './fake/mapping';
export { DUPLICATE_SOURCE_ACCOUNT_TEXT } from './fake/source-accounts';
export { PUSH_FAILED_TEXT, DUPLICATE_STATEMENT_TEXT, DUPLICATE_LINE_TEXT } from './fake/push';
export type { StatementLine } from './fake/xero-ledger';
export type { RateLimitOptions, Admission } from './fake/rate-limits';
export type { XeroOrganisation } from './fake/state';
export type { TargetAccountSeed } from './fake/organisation';
export type { RawPageQuery } from './fake/paging';
export type { CompanyBody, CompanyListQuery } from './fake/companies';
export type { ConnectionBody } from './fake/connections';
export type { SourceAccountBody, SourceAccountBatchItem } from './fake/source-accounts';
export type { MappingResponseBody } from './fake/mapping';
export type { PushReplyBody, PushQuery } from './fake/push';
export type { CompanyInformationBody } from './fake/company-info';
export type { CompanyAccessTokenBody } from './fake/access-tokens';
export type {
  CodatWebhookEvent,
  ConnectionEventPayload,
  SourceAccountEventPayload,
  WebhookCompanyReference,
  WriteEventPayload,
} from './webhooks/events';
export type {
  FakeWebhookOptions,
  FakeWebhooks,
  SentWebhook,
  WebhookDelivery,
  WebhookHeaders,
} from './webhooks/outbox';
export { CODAT_RETRY_SCHEDULE_MS } from './webhooks/outbox';
export { createDemoBank } from './demo-bank';
export type { DemoBank, DemoCustomerRecord } from './demo-bank';
