// The public API of @bankfeeds/server as a bank's TypeScript sees it: what createBankFeeds takes
// and gives, the store contract, the push job and the Node adapters. A change here is a change
// for every integrator: make it on purpose (and in the changelog), never by accident.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { describe, expectTypeOf, test } from 'vitest';
import type { BankFeedsClient } from '@bankfeeds/client';
import {
  BROWSER_ENDPOINTS,
  createBankFeeds,
  createPgliteStore,
  createPostgresStore,
  customerFromTrustedHeader,
  type BankFeeds,
  type BankFeedsOptions,
  type BankFeedsStore,
  type CustomerDirectory,
  type CustomerResolver,
  type PushJob,
  type RequestHandler,
} from '@bankfeeds/server';
import { toExpressMiddleware, toNodeListener } from '@bankfeeds/server/node';

describe('@bankfeeds/server public API', () => {
  test('createBankFeeds takes the bank’s parts and gives a web-standard handler', () => {
    expectTypeOf(createBankFeeds).parameter(0).toEqualTypeOf<BankFeedsOptions>();
    expectTypeOf(createBankFeeds).returns.toEqualTypeOf<BankFeeds>();
    expectTypeOf<BankFeedsOptions['codat']>().toEqualTypeOf<BankFeedsClient>();
    expectTypeOf<BankFeedsOptions['store']>().toEqualTypeOf<BankFeedsStore>();
    expectTypeOf<BankFeedsOptions['customers']>().toEqualTypeOf<CustomerDirectory>();
    expectTypeOf<BankFeedsOptions['resolveCustomer']>().toEqualTypeOf<CustomerResolver>();
    expectTypeOf<BankFeeds['handler']>().toEqualTypeOf<RequestHandler>();
    expectTypeOf<RequestHandler>().toEqualTypeOf<(request: Request) => Promise<Response>>();
    expectTypeOf<BankFeeds['push']>().toEqualTypeOf<PushJob>();
    expectTypeOf<BankFeeds['close']>().returns.toEqualTypeOf<Promise<void>>();
  });

  test('a customer is resolved from the request, by the bank', () => {
    expectTypeOf<CustomerResolver>().parameter(0).toEqualTypeOf<Request>();
    expectTypeOf<ReturnType<CustomerResolver>>().toEqualTypeOf<
      Promise<string | null> | string | null
    >();
    expectTypeOf(customerFromTrustedHeader).returns.toEqualTypeOf<CustomerResolver>();
  });

  test('stores open on PostgreSQL and PGlite and share one contract', () => {
    expectTypeOf(createPostgresStore).returns.toEqualTypeOf<Promise<BankFeedsStore>>();
    expectTypeOf(createPgliteStore).returns.toEqualTypeOf<Promise<BankFeedsStore>>();
    expectTypeOf<BankFeedsStore['close']>().returns.toEqualTypeOf<Promise<void>>();
  });

  test('the push job runs every customer, one customer or one account', () => {
    expectTypeOf<PushJob['pushAll']>()
      .parameter(0)
      .toEqualTypeOf<{ signal?: AbortSignal } | undefined>();
    expectTypeOf<PushJob['pushCustomer']>().parameter(0).toEqualTypeOf<string>();
  });

  test('the browser endpoints are the model’s names', () => {
    expectTypeOf(BROWSER_ENDPOINTS).toExtend<readonly (keyof BankFeedsClient)[]>();
  });

  test('Node adapters wrap the handler for node:http and Express', () => {
    expectTypeOf(toNodeListener).returns.toEqualTypeOf<RequestListener>();
    expectTypeOf(toExpressMiddleware).returns.toExtend<
      (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void
    >();
  });
});
