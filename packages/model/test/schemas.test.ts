/**
 * The leniency policy: inbound replies are read leniently and normalised to one shape; outbound
 * bodies are checked strictly, so the kit never sends what Codat would refuse.
 */
import { describe, expect, it } from 'vitest';
import {
  BankFeedAccountMappingResponseSchema,
  BankFeedAccountMappingSchema,
  BankFeedMappingListSchema,
  BankFeedMappingSchema,
  CompanyInformationSchema,
  CompanyRequestBodySchema,
  CompanySchema,
  ConnectionSchema,
  CreateBankTransactionsResponseSchema,
  CreateBankTransactionsSchema,
  CreateConnectionBodySchema,
  ErrorMessageSchema,
  PushOperationSchema,
  SourceAccountBatchResultsSchema,
  SourceAccountListSchema,
  SourceAccountSchema,
  SourceAccountUpdateSchema,
  SourceAccountV1PrototypeSchema,
  SourceAccountV2PrototypeSchema,
  UnlinkConnectionBodySchema,
  XERO_PLATFORM_KEY,
  pagedSchema,
  sanitiseCompanyName,
} from '@bankfeeds/model';

const v2Account = {
  id: 'acc-001',
  accountName: 'Everyday Account',
  accountType: 'checking',
  accountNumber: '12345670',
  routingInfo: { bankCode: '040004', type: 'sortcode' },
  currency: 'GBP',
  balance: 99.99,
  accountInfo: { nickname: 'Bills' },
  modifiedDate: '2024-08-02T00:00:00.000Z',
  status: 'connected',
  feedStartDate: '2024-05-01',
};

const v1Account = {
  id: 'acc-002',
  accountName: 'Business Card',
  sortCode: '123456',
  accountType: 'Credit',
  accountNumber: '12345671',
  currency: 'USD',
  balance: 0,
  modifiedDate: '2023-01-09T14:14:14.1057478Z',
  status: 'connected',
  feedStartDate: '2023-09-12T00:00:00',
};

describe('inbound: source accounts, v1 and v2, in one shape', () => {
  it('normalises a v2 account', () => {
    expect(SourceAccountSchema.parse(v2Account)).toEqual({
      id: 'acc-001',
      accountName: 'Everyday Account',
      accountType: 'checking',
      accountNumber: '12345670',
      sortCode: null,
      currency: 'GBP',
      balance: 99.99,
      modifiedDate: '2024-08-02T00:00:00.000Z',
      status: 'connected',
      feedStartDate: '2024-05-01',
      routingInfo: { bankCode: '040004', type: 'sortcode' },
      accountInfo: { nickname: 'Bills' },
      schemaVersion: 'v2',
    });
  });

  it('normalises a v1 account, with a DateTime feed start date cut to the day', () => {
    expect(SourceAccountSchema.parse(v1Account)).toEqual({
      id: 'acc-002',
      accountName: 'Business Card',
      accountType: 'Credit',
      accountNumber: '12345671',
      sortCode: '123456',
      currency: 'USD',
      balance: 0,
      modifiedDate: '2023-01-09T14:14:14.1057478Z',
      status: 'connected',
      feedStartDate: '2023-09-12',
      routingInfo: null,
      accountInfo: null,
      schemaVersion: 'v1',
    });
  });

  it('fills what a bare v1 account leaves out: nulls, unknown status, XXX currency', () => {
    expect(SourceAccountSchema.parse({ id: 'acc-9' })).toEqual({
      id: 'acc-9',
      accountName: null,
      accountType: null,
      accountNumber: null,
      sortCode: null,
      currency: 'XXX',
      balance: null,
      modifiedDate: null,
      status: 'unknown',
      feedStartDate: null,
      routingInfo: null,
      accountInfo: null,
      schemaVersion: 'v1',
    });
  });

  it('reads a mixed list and drops keys it does not know', () => {
    const [first, second] = SourceAccountListSchema.parse([
      { ...v2Account, targetAccountNumber: '999', extra: { nested: true } },
      { ...v1Account, somethingNew: 1 },
    ]);
    expect(first).not.toHaveProperty('targetAccountNumber');
    expect(first).not.toHaveProperty('extra');
    expect(second).not.toHaveProperty('somethingNew');
    expect([first?.schemaVersion, second?.schemaVersion]).toEqual(['v2', 'v1']);
  });

  it.each([
    ['connected', 'connected'],
    ['Connected', 'connected'],
    ['CONNECTING', 'connecting'],
    ['Disconnected', 'disconnected'],
    ['pending', 'pending'],
    ['linked', 'unknown'],
    ['paused', 'unknown'],
    [null, 'unknown'],
  ])('reads status %j as %s', (status, expected) => {
    expect(SourceAccountSchema.parse({ ...v2Account, status }).status).toBe(expected);
  });

  it('reads a balance sent as a numeric string', () => {
    expect(SourceAccountSchema.parse({ ...v1Account, balance: '1250.50' }).balance).toBe(1250.5);
    expect(SourceAccountSchema.safeParse({ ...v1Account, balance: '£12' }).success).toBe(false);
  });

  it.each([
    ['2024-05-01', '2024-05-01'],
    ['2024-05-01T00:00:00', '2024-05-01'],
    ['2024-05-01T23:30:00-05:00', '2024-05-01'],
    ['2023-01-09T14:14:14.1057478Z', '2023-01-09'],
    [null, null],
  ])('reads feedStartDate %j as %j', (feedStartDate, expected) => {
    expect(SourceAccountSchema.parse({ ...v1Account, feedStartDate }).feedStartDate).toBe(expected);
  });

  it('refuses a feed start date that is not a date at all', () => {
    expect(SourceAccountSchema.safeParse({ ...v1Account, feedStartDate: 'soon' }).success).toBe(
      false,
    );
  });

  it('refuses an account without an id', () => {
    const { id: _id, ...withoutId } = v1Account;
    expect(SourceAccountSchema.safeParse(withoutId).success).toBe(false);
  });
});

describe('inbound: batch create results', () => {
  it('reads statusCode as a number whether sent as a number or a string', () => {
    const [created, conflict, bare] = SourceAccountBatchResultsSchema.parse([
      { sourceAccountId: 'acc-001', result: { statusCode: 201, error: null, account: v2Account } },
      {
        sourceAccountId: 'acc-002',
        result: { statusCode: '409', error: 'A bank account already exists with the same Id' },
      },
      { sourceAccountId: 'acc-003' },
    ]);
    expect(created?.result).toMatchObject({
      statusCode: 201,
      error: null,
      account: { id: 'acc-001', schemaVersion: 'v2' },
    });
    expect(conflict).toEqual({
      sourceAccountId: 'acc-002',
      result: {
        statusCode: 409,
        error: 'A bank account already exists with the same Id',
        account: null,
      },
    });
    expect(bare?.result).toEqual({ statusCode: null, error: null, account: null });
  });
});

describe('inbound: account mapping', () => {
  it.each([
    [{ status: 'connecting', error: null }, 'connecting', null],
    [
      { Status: 'Failed', Error: 'A feed connection already exists to this account' },
      'Failed',
      'A feed connection already exists to this account',
    ],
    [{ status: 'Failed', Error: 'mixed keys' }, 'Failed', 'mixed keys'],
    [{}, null, null],
  ])('reads the mapping reply %j', (body, status, error) => {
    expect(
      BankFeedAccountMappingResponseSchema.parse({ sourceAccountId: 'acc-1', ...body, extra: 1 }),
    ).toEqual({ sourceAccountId: 'acc-1', targetAccountId: null, status, error });
  });

  it('reads a mapping item with sourceBalance as a string and an undeclared targetAccountNumber', () => {
    expect(
      BankFeedMappingSchema.parse({
        sourceAccountId: 'acc-002',
        sourceAccountName: 'ACME Bank',
        sourceAccountNumber: '1234-5678',
        sourceBalance: '1550.25',
        sourceCurrency: 'USD',
        targetAccountId: 'account-081',
        targetAccountName: 'ACME Bank',
        targetAccountNumber: '5678',
        status: 'Connected',
        feedStartDate: '2023-09-12T00:00:00',
        somethingNew: true,
      }),
    ).toEqual({
      sourceAccountId: 'acc-002',
      sourceAccountName: 'ACME Bank',
      sourceAccountNumber: '1234-5678',
      sourceBalance: 1550.25,
      sourceCurrency: 'USD',
      targetAccountId: 'account-081',
      targetAccountName: 'ACME Bank',
      targetAccountNumber: '5678',
      status: 'connected',
      targetAccountOptions: [],
      feedStartDate: '2023-09-12',
    });
  });

  it('reads an unmapped item: pending by default, options with their balances', () => {
    const [item] = BankFeedMappingListSchema.parse([
      {
        sourceAccountId: 'acc-003',
        sourceBalance: -12,
        targetAccountOptions: [
          { id: 'x1', name: 'Business Account', balance: '100.99', extra: 'dropped' },
          { id: 'x2' },
        ],
      },
    ]);
    expect(item).toMatchObject({ status: 'pending', sourceBalance: -12, feedStartDate: null });
    expect(item?.targetAccountOptions).toEqual([
      { id: 'x1', name: 'Business Account', balance: 100.99, sortCode: null, accountNumber: null },
      { id: 'x2', name: null, balance: null, sortCode: null, accountNumber: null },
    ]);
  });
});

describe('inbound: companies, connections, errors and push operations', () => {
  const connection = {
    id: 'ee2eb431-c0fa-4dc9-93fa-d29781c12bcd',
    integrationId: 'bf083d72-62c7-493e-aec9-81b4dbba7e2c',
    integrationKey: 'gbol',
    sourceId: 'bdd831ce-eebd-4896-89a7-20e5ee8989ee',
    platformName: 'Xero',
    linkUrl: 'https://link-api.codat.io/companies/c/connections/ee2eb431/start',
    status: 'PendingAuth',
    created: '2026-01-05T09:53:29Z',
    sourceType: 'Accounting',
  };

  it('reads a connection; an unknown source type becomes Unknown; extra keys are dropped', () => {
    const parsed = ConnectionSchema.parse({ ...connection, sourceType: 'Payroll', extra: 1 });
    expect(parsed.sourceType).toBe('Unknown');
    expect(parsed.lastSync).toBeNull();
    expect(parsed).not.toHaveProperty('extra');
  });

  it('reads a company with the legacy platform key dropped and a page of them', () => {
    const company = {
      id: 'ab12c58d-a678-4ebf-a159-ae99e1807bd0',
      name: 'Technicalium',
      platform: '',
      redirect: 'https://link.codat.io/company/ab12c58d-a678-4ebf-a159-ae99e1807bd0',
      dataConnections: [connection],
    };
    const page = pagedSchema(CompanySchema).parse({
      results: [company],
      pageNumber: 1,
      pageSize: 100,
      totalResults: 1,
      _links: { self: { href: '/companies' }, current: { href: '/companies?page=1' } },
    });
    expect(page.results[0]).not.toHaveProperty('platform');
    expect(page.results[0]).toMatchObject({ description: null, createdByUserName: null });
    expect(page.results[0]?.dataConnections?.[0]?.status).toBe('PendingAuth');
  });

  it('reads company information with no currencies as an empty list', () => {
    expect(
      CompanyInformationSchema.parse({
        companyName: 'Demo',
        baseCurrency: 'GBP',
        currencies: null,
      }),
    ).toEqual({ companyName: 'Demo', baseCurrency: 'GBP', planType: null, currencies: [] });
  });

  it('reads an error body: validation always has both lists, canBeRetried stays a string', () => {
    expect(
      ErrorMessageSchema.parse({
        statusCode: 400,
        error: 'Error processing request - not valid.',
        validation: null,
        canBeRetried: 'Unknown',
        extra: 'dropped',
      }),
    ).toEqual({
      statusCode: 400,
      error: 'Error processing request - not valid.',
      validation: { errors: [], warnings: [] },
      canBeRetried: 'Unknown',
    });
    expect(ErrorMessageSchema.parse({}).validation).toEqual({ errors: [], warnings: [] });
  });

  const pending = {
    companyId: '0498e921-9b53-4396-a412-4f2f5983b0a2',
    pushOperationKey: '1e1bb13b-9d7b-4bb4-9a5a-b4b7e4c8a3a1',
    dataConnectionKey: 'ee2eb431-c0fa-4dc9-93fa-d29781c12bcd',
    requestedOnUtc: '2026-01-05T10:00:00Z',
    status: 'Pending',
    statusCode: 202,
  };

  it('reads a pending push operation with no changes or validation as empty lists', () => {
    expect(PushOperationSchema.parse(pending)).toMatchObject({
      changes: [],
      validation: { errors: [], warnings: [] },
      completedOnUtc: null,
      errorMessage: null,
      dataType: null,
    });
  });

  it('reads a failed push with its validation items and an unknown change type', () => {
    const parsed = PushOperationSchema.parse({
      ...pending,
      status: 'Failed',
      statusCode: 400,
      errorMessage: 'An error occurred in a downstream service',
      validation: {
        errors: [
          { itemId: 't2', message: 'Date is in the future', validatorName: 'BankTransactions' },
        ],
        warnings: null,
      },
      changes: [{ type: 'Archived', recordRef: { id: 't1', dataType: 'bankTransactions' } }],
    });
    expect(parsed.validation.errors).toEqual([
      { itemId: 't2', message: 'Date is in the future', validatorName: 'BankTransactions' },
    ]);
    expect(parsed.validation.warnings).toEqual([]);
    expect(parsed.changes[0]?.type).toBe('Unknown');
  });

  it('refuses a push operation status it does not know', () => {
    expect(PushOperationSchema.safeParse({ ...pending, status: 'Queued' }).success).toBe(false);
  });

  it('reads the echo of a push leniently', () => {
    const parsed = CreateBankTransactionsResponseSchema.parse({
      ...pending,
      data: {
        accountId: 'acc-001',
        transactions: [{ id: 't1', amount: '-2.50', transactionType: 'Refund', extra: 1 }],
      },
    });
    expect(parsed.data?.transactions).toEqual([
      {
        id: 't1',
        date: null,
        description: null,
        counterparty: null,
        reference: null,
        amount: -2.5,
        balance: null,
        transactionType: 'Unknown',
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------

const transaction = {
  id: 't1',
  date: '2026-01-05T10:21:00',
  amount: -12.5,
  balance: 987.5,
  transactionType: 'Pos',
};

describe('outbound: bank transactions are checked strictly', () => {
  it('accepts 1000 transactions and refuses 1001', () => {
    const body = (count: number) => ({
      accountId: 'acc-001',
      transactions: Array.from({ length: count }, (_, index) => ({
        ...transaction,
        id: `t${index}`,
      })),
    });
    expect(CreateBankTransactionsSchema.safeParse(body(1000)).success).toBe(true);
    const refused = CreateBankTransactionsSchema.safeParse(body(1001));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ code: 'too_big', maximum: 1000, path: ['transactions'] }),
    ]);
  });

  it('refuses unknown keys on the body and on a transaction', () => {
    const onBody = CreateBankTransactionsSchema.safeParse({
      accountId: 'acc-001',
      transactions: [],
      connectionId: 'c',
    });
    expect(onBody.error?.issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['connectionId'] }),
    ]);
    const onLine = CreateBankTransactionsSchema.safeParse({
      accountId: 'acc-001',
      transactions: [{ ...transaction, memo: 'x' }],
    });
    expect(onLine.error?.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        keys: ['memo'],
        path: ['transactions', 0],
      }),
    ]);
  });

  it.each([
    ['no id', { id: undefined }],
    ['an empty id', { id: '' }],
    ['no date', { date: undefined }],
    ['a date that is not ISO', { date: '05/01/2026' }],
    ['no amount', { amount: undefined }],
    ['an amount as a string', { amount: '-12.50' }],
    ['a balance as a string', { balance: '987.50' }],
    ['an unknown transaction type', { transactionType: 'Refund' }],
  ])('refuses a transaction with %s', (_what, change) => {
    const body = { accountId: 'acc-001', transactions: [{ ...transaction, ...change }] };
    expect(CreateBankTransactionsSchema.safeParse(body).success).toBe(false);
  });

  it('accepts date-only, offset and null optional fields', () => {
    const body = {
      accountId: 'acc-001',
      transactions: [
        {
          ...transaction,
          date: '2026-01-05',
          description: null,
          counterparty: null,
          reference: null,
          reconciled: null,
          transactionType: null,
        },
        { ...transaction, id: 't2', date: '2026-01-05T10:21:00+01:00', balance: undefined },
      ],
    };
    expect(CreateBankTransactionsSchema.safeParse(body).success).toBe(true);
  });

  it('refuses an empty account id', () => {
    expect(
      CreateBankTransactionsSchema.safeParse({ accountId: '', transactions: [] }).success,
    ).toBe(false);
  });
});

describe('outbound: connections', () => {
  it.each([
    [XERO_PLATFORM_KEY, true],
    ['hcws', true],
    ['GBOL', false],
    ['gbo', false],
    ['gbolx', false],
    ['gb0l', false],
    ['', false],
  ])('platformKey %j: %s', (platformKey, ok) => {
    expect(CreateConnectionBodySchema.safeParse({ platformKey }).success).toBe(ok);
  });

  it('refuses extra keys and any unlink status but Unlinked', () => {
    expect(CreateConnectionBodySchema.safeParse({ platformKey: 'gbol', name: 'x' }).success).toBe(
      false,
    );
    expect(UnlinkConnectionBodySchema.safeParse({ status: 'Unlinked' }).success).toBe(true);
    expect(UnlinkConnectionBodySchema.safeParse({ status: 'Linked' }).success).toBe(false);
    expect(UnlinkConnectionBodySchema.safeParse({ status: 'Unlinked', id: 'c' }).success).toBe(
      false,
    );
  });
});

describe('outbound: companies', () => {
  it.each([
    ['Technicalium', true],
    ["O'Brien & Sons, Co. Ltd - London @ Home? Yes!", true],
    ['Company (Codat[1])', false],
    ['Café Crème', false],
    ['', false],
    ['Name\twith tab', true],
  ])('name %j: %s', (name, ok) => {
    expect(CompanyRequestBodySchema.safeParse({ name }).success).toBe(ok);
  });

  it('has a sanitiser that turns a refused name into one Codat keeps', () => {
    expect(sanitiseCompanyName('Company (Codat[1])')).toBe('Company Codat1');
    expect(
      CompanyRequestBodySchema.safeParse({ name: sanitiseCompanyName('Café  Crème') }).success,
    ).toBe(true);
  });

  it('says which characters of a company name Codat refuses, and the way out', () => {
    const refused = CompanyRequestBodySchema.safeParse({ name: 'Acme Widgets (UK) Ltd' });
    expect(refused.success).toBe(false);
    const message = refused.error!.issues[0]!.message;
    expect(message).toMatch(/"\(", "\)"/);
    expect(message).toMatch(/sanitiseCompanyName/);
    const empty = CompanyRequestBodySchema.safeParse({ name: '' });
    expect(empty.error!.issues[0]!.message).toMatch(/at least one letter, digit/);
  });

  it('limits tags to 10, names to 1-27 characters, values to 100', () => {
    const tags = (count: number) =>
      Object.fromEntries(Array.from({ length: count }, (_, index) => [`tag${index}`, 'v']));
    const ok = (body: object) =>
      CompanyRequestBodySchema.safeParse({ name: 'Acme', ...body }).success;
    expect(ok({ tags: tags(10) })).toBe(true);
    expect(ok({ tags: tags(11) })).toBe(false);
    expect(ok({ tags: { ['k'.repeat(27)]: 'v' } })).toBe(true);
    expect(ok({ tags: { ['k'.repeat(28)]: 'v' } })).toBe(false);
    expect(ok({ tags: { '': 'v' } })).toBe(false);
    expect(ok({ tags: { 'two\nlines': 'v' } })).toBe(false);
    expect(ok({ tags: { region: 'v'.repeat(100) } })).toBe(true);
    expect(ok({ tags: { region: 'v'.repeat(101) } })).toBe(false);
    expect(ok({ description: 'Bakery', extra: true })).toBe(false);
  });
});

describe('outbound: source accounts and mappings', () => {
  const v2Prototype = {
    id: 'acc-001',
    accountName: 'Everyday Account',
    accountType: 'checking',
    accountNumber: '12345670',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 0,
  };

  it('accepts a v2 prototype and refuses what Codat would', () => {
    expect(SourceAccountV2PrototypeSchema.safeParse(v2Prototype).success).toBe(true);
    for (const change of [
      { status: 'pending' },
      { feedStartDate: '2026-01-01' },
      { currency: 'gbp' },
      { currency: 'POUND' },
      { accountType: 'current' },
      { accountName: '' },
      { balance: undefined },
      { unknownKey: 1 },
    ]) {
      expect(SourceAccountV2PrototypeSchema.safeParse({ ...v2Prototype, ...change }).success).toBe(
        false,
      );
    }
  });

  it('accepts a v1 prototype with only an id, and refuses unknown keys', () => {
    expect(SourceAccountV1PrototypeSchema.safeParse({ id: 'acc-1' }).success).toBe(true);
    expect(SourceAccountV1PrototypeSchema.safeParse({ id: 'acc-1', routingInfo: {} }).success).toBe(
      false,
    );
  });

  it('lets an update only rename, rebalance or disconnect', () => {
    expect(SourceAccountUpdateSchema.safeParse({ id: 'a', status: 'disconnected' }).success).toBe(
      true,
    );
    expect(
      SourceAccountUpdateSchema.safeParse({ id: 'a', accountName: 'New', balance: 1 }).success,
    ).toBe(true);
    expect(SourceAccountUpdateSchema.safeParse({ id: 'a', status: 'connected' }).success).toBe(
      false,
    );
    expect(SourceAccountUpdateSchema.safeParse({ id: 'a', accountNumber: '1' }).success).toBe(
      false,
    );
  });

  it('maps one source account to an existing or a new target, nothing more', () => {
    const ok = (body: object) => BankFeedAccountMappingSchema.safeParse(body).success;
    expect(ok({ sourceAccountId: 'a', targetAccountId: 't', feedStartDate: '2026-01-01' })).toBe(
      true,
    );
    expect(ok({ sourceAccountId: 'a' })).toBe(true);
    expect(ok({ sourceAccountId: 'a', targetAccountId: null })).toBe(true);
    expect(ok({ sourceAccountId: '' })).toBe(false);
    expect(ok({ sourceAccountId: 'a', targetAccountName: 'New account' })).toBe(false);
    expect(ok({ sourceAccountId: 'a', feedStartDate: 'next week' })).toBe(false);
  });
});
