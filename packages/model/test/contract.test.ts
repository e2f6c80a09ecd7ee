/**
 * Contract tests against Codat's Bank Feeds OpenAPI file (kept in `spec/`).
 *
 * 1. Every example the spec gives for an entity the model covers parses with the model's schema.
 * 2. Bodies the model's outbound schemas accept are valid against the spec, so what the kit sends
 *    is what Codat documents.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import {
  BankFeedAccountMappingResponseSchema,
  BankFeedAccountMappingSchema,
  BankFeedMappingListSchema,
  BankFeedMappingSchema,
  CompanyAccessTokenSchema,
  CompanyInformationSchema,
  CompanyRequestBodySchema,
  CompanySchema,
  ConnectionSchema,
  CreateBankTransactionsResponseSchema,
  CreateBankTransactionsSchema,
  CreateConnectionBodySchema,
  ErrorMessageSchema,
  PushOperationSchema,
  SourceAccountBatchBodySchema,
  SourceAccountBatchResultsSchema,
  SourceAccountListSchema,
  SourceAccountPrototypeSchema,
  SourceAccountSchema,
  SourceAccountUpdateSchema,
  SourceAccountV1PrototypeSchema,
  SourceAccountV1Schema,
  SourceAccountV2PrototypeSchema,
  SourceAccountV2Schema,
  TRANSACTION_TYPES,
  SOURCE_ACCOUNT_V2_TYPES,
  UnlinkConnectionBodySchema,
  pagedSchema,
} from '@bankfeeds/model';
import { codatBankFeedsOpenApi } from './openapi';

const openApi = codatBankFeedsOpenApi();
type Node = Record<string, unknown>;
const spec = openApi.spec as Node;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node at a JSON pointer (`#/paths/~1companies/post`). */
function at(pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (node, key) => (isNode(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined),
      spec,
    );
}

/** Follows local `$ref`s (`#/components/...`) to their target. */
function deref(node: unknown): unknown {
  let current = node;
  while (isNode(current) && typeof current.$ref === 'string') current = at(current.$ref);
  return current;
}

/** Examples of a media type (`examples.*.value`, `example`) and of the schema it `$ref`s. */
function examplesOf(media: Node): Array<{ name: string; value: unknown }> {
  const found: Array<{ name: string; value: unknown }> = [];
  if (isNode(media.examples)) {
    for (const [name, example] of Object.entries(media.examples)) {
      const resolved = deref(example);
      if (isNode(resolved) && 'value' in resolved) found.push({ name, value: resolved.value });
    }
  }
  if ('example' in media) found.push({ name: 'example', value: media.example });
  const schema = media.schema;
  if (isNode(schema) && typeof schema.$ref === 'string') {
    const target = deref(schema);
    const schemaName = schema.$ref.split('/').pop();
    if (isNode(target)) {
      if (Array.isArray(target.examples)) {
        target.examples.forEach((value, index) =>
          found.push({ name: `${schemaName}.examples[${index}]`, value }),
        );
      }
      if ('example' in target) found.push({ name: `${schemaName}.example`, value: target.example });
    }
  }
  return found;
}

function jsonMedia(owner: unknown): Node | undefined {
  const resolved = deref(owner);
  if (!isNode(resolved) || !isNode(resolved.content)) return undefined;
  const media = resolved.content['application/json'];
  return isNode(media) ? media : undefined;
}

const isErrorMessage = (media: Node) =>
  isNode(media.schema) && media.schema.$ref === '#/components/schemas/ErrorMessage';

/** The model schema for each success reply of each operation the model covers. */
const RESPONSES: Record<string, Record<string, z.ZodMiniType>> = {
  'create-company': { 200: CompanySchema },
  'list-companies': { 200: pagedSchema(CompanySchema) },
  'get-company': { 200: CompanySchema },
  'replace-company': { 200: CompanySchema },
  'update-company': { 200: CompanySchema },
  'get-company-access-token': { 200: CompanyAccessTokenSchema },
  'list-connections': { 200: pagedSchema(ConnectionSchema) },
  'create-connection': { 200: ConnectionSchema },
  'get-connection': { 200: ConnectionSchema },
  'unlink-connection': { 200: ConnectionSchema },
  'create-batch-source-account': {
    201: SourceAccountBatchResultsSchema,
    207: SourceAccountBatchResultsSchema,
    409: SourceAccountBatchResultsSchema,
  },
  'create-source-account': { 200: SourceAccountSchema },
  'list-source-accounts': { 200: SourceAccountListSchema },
  'update-source-account': { 200: SourceAccountSchema },
  'get-bank-account-mapping': { 200: BankFeedMappingListSchema },
  'create-bank-account-mapping': { 200: BankFeedAccountMappingResponseSchema },
  'get-company-information': { 200: CompanyInformationSchema },
  'create-bank-transactions': { 200: CreateBankTransactionsResponseSchema },
  'get-create-operation': { 200: PushOperationSchema },
  'list-create-operations': { 200: pagedSchema(PushOperationSchema) },
};

/** The model's outbound schema for each request body the kit sends. */
const REQUESTS: Record<string, z.ZodMiniType> = {
  'create-company': CompanyRequestBodySchema,
  'replace-company': CompanyRequestBodySchema,
  'create-connection': CreateConnectionBodySchema,
  'unlink-connection': UnlinkConnectionBodySchema,
  'create-batch-source-account': SourceAccountBatchBodySchema,
  'create-source-account': SourceAccountPrototypeSchema,
  'update-source-account': SourceAccountUpdateSchema,
  'create-bank-account-mapping': BankFeedAccountMappingSchema,
  'create-bank-transactions': CreateBankTransactionsSchema,
};

/**
 * Operations the model does not cover, and why. Their error replies are still checked (they all
 * use `ErrorMessage`).
 */
const NOT_COVERED: Record<string, string> = {
  'delete-company': 'no body',
  'delete-connection': 'no body',
  'delete-source-account': 'no body',
  'delete-bank-feed-credentials': 'no body',
  'update-company':
    'request only: the kit never sends a partial company update (the reply is covered)',
  'list-bank-accounts': 'accounting bank accounts, not a bank-feeds entity',
  'get-create-bankAccounts-model': 'accounting push options, not used by bank feeds',
  'create-bank-account': 'accounting bank account write, not used by bank feeds',
  'get-create-bank-transactions-model': 'push options are integration-specific, not modelled',
  'generate-credentials': 'QuickBooks Online only',
  'generate-otp': 'Sage only',
  'get-managed-bank-feed-sync': 'managed bank feeds are out of the kit',
  'get-latest-managed-bank-feed-sync': 'managed bank feeds are out of the kit',
  'run-managed-bank-feed-ad-hoc-sync': 'managed bank feeds are out of the kit',
};

/**
 * Examples the model knowingly refuses, with the reason. Every reply example parses; these two
 * are `SourceAccount`'s own examples, reached through the PATCH body's `$ref`: they describe an
 * account as read (`status: "pending"`, number, type, currency), not an update. Codat only lets an
 * update set `accountName`, `balance` and `status: "disconnected"`, which is all the model's
 * `SourceAccountUpdateSchema` allows. They parse as inbound accounts under "component schema
 * examples" below.
 */
const EXCLUDED_EXAMPLES: Record<string, string> = {
  'update-source-account request SourceAccount.examples[0]': 'a read account, not an update',
  'update-source-account request SourceAccount.examples[1]': 'a read account, not an update',
};

interface ExampleCase {
  label: string;
  schema: z.ZodMiniType;
  value: unknown;
}

function collectCases() {
  const excluded: string[] = [];
  const responses: ExampleCase[] = [];
  const requests: ExampleCase[] = [];
  const missing: string[] = [];
  for (const operation of openApi.operations()) {
    const { operationId } = operation;
    const node = at(operation.pointer) as Node;
    const replies = isNode(node.responses) ? node.responses : {};
    for (const [status, reply] of Object.entries(replies)) {
      const media = jsonMedia(reply);
      if (!media) continue;
      const schema = isErrorMessage(media) ? ErrorMessageSchema : RESPONSES[operationId]?.[status];
      if (!schema) {
        if (!(operationId in NOT_COVERED)) missing.push(`${operationId} ${status}`);
        continue;
      }
      for (const example of examplesOf(media)) {
        const label = `${operationId} ${status} ${example.name}`;
        if (label in EXCLUDED_EXAMPLES) excluded.push(label);
        else responses.push({ label, schema, value: example.value });
      }
    }
    const body = jsonMedia(node.requestBody);
    if (body) {
      const schema = REQUESTS[operationId];
      if (!schema) {
        if (!(operationId in NOT_COVERED)) missing.push(`${operationId} request`);
        continue;
      }
      for (const example of examplesOf(body)) {
        const label = `${operationId} request ${example.name}`;
        if (label in EXCLUDED_EXAMPLES) excluded.push(label);
        else requests.push({ label, schema, value: example.value });
      }
    }
  }
  return { responses, requests, missing, excluded };
}

const { responses, requests, missing, excluded } = collectCases();

describe('the spec, walked', () => {
  it('has a model schema for every reply and request of every covered operation', () => {
    expect(missing).toEqual([]);
  });

  it('still has every example it excludes, and each is refused for the stated reason', () => {
    expect(excluded.sort()).toEqual(Object.keys(EXCLUDED_EXAMPLES).sort());
    const schemas = (spec.components as Node).schemas as Record<string, Node>;
    for (const example of schemas.SourceAccount!.examples as unknown[]) {
      expect(SourceAccountUpdateSchema.safeParse(example).success).toBe(false);
      expect(SourceAccountV1Schema.safeParse(example).success).toBe(true);
    }
  });

  it('still has every operation the model covers (the spec has not moved under us)', () => {
    const ids = openApi.operations().map((operation) => operation.operationId);
    for (const operationId of [...Object.keys(RESPONSES), ...Object.keys(REQUESTS)]) {
      expect(ids).toContain(operationId);
    }
  });

  it('yields examples for companies, connections, mappings, transactions and errors', () => {
    const labels = [...responses, ...requests].map((example) => example.label).join('\n');
    for (const operationId of [
      'create-company',
      'list-companies',
      'list-connections',
      'create-connection',
      'get-bank-account-mapping',
      'create-bank-account-mapping',
      'create-bank-transactions',
      'create-source-account',
      'get-company-access-token',
    ]) {
      expect(labels).toContain(operationId);
    }
    // The shared error replies (400 to 503) are reached through every operation.
    expect(labels).toMatch(/ 402 Conflict/);
    expect(responses.length + requests.length).toBeGreaterThan(100);
  });
});

describe('spec examples parse with the model', () => {
  it.each(responses.map((example) => [example.label, example] as const))(
    'reply %s',
    (_label, example) => {
      const result = example.schema.safeParse(example.value);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  // Codat's generic v1 example is a `Credit` account with an 8-digit number; Xero takes only a
  // card's last four digits, so the model refuses it (the kit's rule) and nothing else.
  const XERO_REFUSES = new Set(['create-source-account request Version 1']);

  it.each(requests.map((example) => [example.label, example] as const))(
    '%s is accepted by the outbound schema',
    (label, example) => {
      const result = example.schema.safeParse(example.value);
      if (!XERO_REFUSES.has(label)) {
        expect(result.error?.issues ?? []).toEqual([]);
        return;
      }
      const card = { ...(example.value as object), accountNumber: '5670' };
      expect(example.schema.safeParse(card).error?.issues ?? []).toEqual([]);
      expect(JSON.stringify(result.error?.issues)).toContain('last 4 digits');
    },
  );
});

/** Schema-level examples of the component schemas the model covers, with the model's schema. */
const COMPONENT_EXAMPLES: Record<string, z.ZodMiniType> = {
  Company: CompanySchema,
  Connection: ConnectionSchema,
  CompanyAccessToken: CompanyAccessTokenSchema,
  CompanyInformation: CompanyInformationSchema,
  SourceAccount: SourceAccountV1Schema,
  SourceAccountV2: SourceAccountV2Schema,
  BankFeedMapping: BankFeedMappingSchema,
  BankFeedAccountMapping: BankFeedAccountMappingSchema,
  BankFeedAccountMappingResponse: BankFeedAccountMappingResponseSchema,
};
/** Component schemas with examples that the model does not cover, and why. */
const COMPONENT_EXAMPLES_NOT_COVERED: Record<string, string> = {
  BankAccountCredentials: 'QuickBooks Online only',
  DateTime: 'a field type, covered by the date tests',
  DataType: 'a field type',
  GenerateOtpResponse: 'Sage only',
  PullOperation: 'data reads, not used by bank feeds',
};

describe('component schema examples', () => {
  const schemas = (spec.components as Node).schemas as Record<string, Node>;
  const withExamples = Object.entries(schemas).filter(
    ([, schema]) => Array.isArray(schema.examples) || 'example' in schema,
  );

  it('are all either covered or listed with a reason', () => {
    const uncovered = withExamples
      .map(([name]) => name)
      .filter((name) => !(name in COMPONENT_EXAMPLES) && !(name in COMPONENT_EXAMPLES_NOT_COVERED));
    expect(uncovered).toEqual([]);
  });

  const cases = withExamples
    .filter(([name]) => name in COMPONENT_EXAMPLES)
    .flatMap(([name, schema]) =>
      [...(Array.isArray(schema.examples) ? schema.examples : []), schema.example]
        .filter((value) => value !== undefined)
        .map(
          (value, index) => [`${name} #${index + 1}`, COMPONENT_EXAMPLES[name]!, value] as const,
        ),
    );

  it.each(cases)('%s parses', (_label, schema, value) => {
    const result = schema.safeParse(value);
    expect(result.error?.issues ?? []).toEqual([]);
  });

  it('normalise as the kit promises', () => {
    const [v1] = schemas.SourceAccount!.examples as unknown[];
    const [v2] = schemas.SourceAccountV2!.examples as unknown[];
    expect(SourceAccountSchema.parse(v1)).toMatchObject({ schemaVersion: 'v1', status: 'pending' });
    expect(SourceAccountSchema.parse(v2)).toMatchObject({
      schemaVersion: 'v2',
      feedStartDate: '2024-05-01',
    });
    const [mapped] = schemas.BankFeedMapping!.examples as unknown[];
    expect(BankFeedMappingSchema.parse(mapped)).toMatchObject({
      status: 'success',
      feedStartDate: '2023-01-09',
      targetAccountOptions: [],
    });
  });
});

describe('source account webhooks', () => {
  it.each(['bankFeeds.sourceAccount.connected', 'bankFeeds.sourceAccount.disconnected'])(
    '%s carries a source account the model reads',
    (event) => {
      const webhook = (spec.webhooks as Record<string, Node>)[event]!;
      const media = jsonMedia((webhook.post as Node).requestBody)!;
      const examples = examplesOf(media);
      expect(examples.length).toBeGreaterThan(0);
      for (const { value } of examples) {
        const account = ((value as Node).payload as Node).sourceAccount;
        expect(SourceAccountSchema.parse(account)).toMatchObject({ id: 'acc-002' });
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Outbound: what the model accepts, the spec accepts.

function expectValid(check: { valid: boolean; errors: string[] }) {
  expect(check.errors).toEqual([]);
  expect(check.valid).toBe(true);
}

const v2Prototype = {
  id: 'acc-001',
  accountName: 'Everyday Account',
  accountType: 'checking',
  accountNumber: '12345670',
  sortCode: '040004',
  routingInfo: { bankCode: '040004', type: 'sortcode' },
  currency: 'GBP',
  balance: 1250.5,
  modifiedDate: '2026-01-05T09:00:00Z',
  accountInfo: {
    description: 'Current account',
    nickname: 'Bills',
    accountOpenDate: '2020-04-01',
    availableBalance: 1200,
  },
} as const;
const v1Prototype = {
  id: 'acc-002',
  accountName: 'Business Card',
  accountType: 'Credit',
  accountNumber: '1234',
  sortCode: null,
  currency: 'USD',
  balance: -320.1,
  modifiedDate: '2026-01-05',
} as const;
const V2_PROTOTYPE = '#/components/schemas/SourceAccountV2/definitions/sourceAccountV2Prototype';
const V1_PROTOTYPE = '#/components/schemas/SourceAccount/definitions/sourceAccountPrototype';

describe('outbound bodies the model accepts are valid against the spec', () => {
  it('a company', () => {
    for (const body of [
      { name: 'Acme Trading Ltd' },
      { name: "O'Brien & Sons, Co.", description: 'Bakery', tags: { region: 'uk' } },
    ]) {
      expect(CompanyRequestBodySchema.safeParse(body).success).toBe(true);
      expectValid(openApi.validateRequest('create-company', body));
      expectValid(openApi.validateRequest('replace-company', body));
    }
  });

  it('a Xero connection and an unlink', () => {
    const create = CreateConnectionBodySchema.parse({ platformKey: 'gbol' });
    expectValid(openApi.validateRequest('create-connection', create));
    const unlink = UnlinkConnectionBodySchema.parse({ status: 'Unlinked' });
    expectValid(openApi.validateRequest('unlink-connection', unlink));
  });

  it('v2 and v1 source account prototypes, alone and in batches', () => {
    const minimalV2 = {
      id: 'a',
      accountName: 'A',
      accountType: 'savings',
      accountNumber: '1',
      currency: 'EUR',
      balance: 0,
    };
    for (const body of [v2Prototype, minimalV2]) {
      expect(SourceAccountV2PrototypeSchema.safeParse(body).success).toBe(true);
      expectValid(openApi.validateSchema(V2_PROTOTYPE, body));
    }
    for (const body of [v1Prototype, { id: 'only-an-id' }]) {
      expect(SourceAccountV1PrototypeSchema.safeParse(body).success).toBe(true);
      expectValid(openApi.validateSchema(V1_PROTOTYPE, body));
    }
    expect(SourceAccountBatchBodySchema.safeParse([v1Prototype]).success).toBe(true);
    expectValid(openApi.validateSchema(`${V1_PROTOTYPE}`, v1Prototype));
    // A v1 prototype matches exactly one branch of the spec's `oneOf`, so the whole request
    // body validates. (A v2 prototype also fits the v1 branch, which has no
    // `additionalProperties: false`, so the spec's `oneOf` refuses it: see the next test.)
    expectValid(openApi.validateRequest('create-source-account', v1Prototype));
  });

  it('documents the spec defect: a v2 prototype matches both oneOf branches', () => {
    const check = openApi.validateRequest('create-source-account', v2Prototype);
    expect(check.valid).toBe(false);
    expect(check.errors.join('\n')).toContain('must match exactly one schema in oneOf');
  });

  it('a source account update', () => {
    for (const body of [
      { id: 'acc-001', status: 'disconnected' },
      { id: 'acc-001', accountName: 'Renamed', balance: 10 },
    ]) {
      expect(SourceAccountUpdateSchema.safeParse(body).success).toBe(true);
      expectValid(openApi.validateRequest('update-source-account', body));
    }
  });

  it('a mapping, to an existing account or to a new one', () => {
    for (const body of [
      { sourceAccountId: 'acc-001', targetAccountId: 'xero-1', feedStartDate: '2026-01-01' },
      { sourceAccountId: 'acc-001' },
      { sourceAccountId: 'acc-001', targetAccountId: null },
    ]) {
      expect(BankFeedAccountMappingSchema.safeParse(body).success).toBe(true);
      expectValid(openApi.validateRequest('create-bank-account-mapping', body));
    }
  });

  it('a full batch of 1000 transactions', () => {
    const body = {
      accountId: 'acc-001',
      transactions: Array.from({ length: 1000 }, (_, index) => ({
        id: `t-${index}`,
        date: '2026-01-05T10:00:00',
        description: 'Coffee',
        counterparty: 'Cafe',
        reference: null,
        reconciled: false,
        amount: -2.5,
        balance: 100 - 2.5 * (index + 1),
        transactionType: 'Pos',
      })),
    };
    expect(CreateBankTransactionsSchema.safeParse(body).success).toBe(true);
    expectValid(openApi.validateRequest('create-bank-transactions', body));
  });

  // Property-based: generate bodies, keep those the model accepts, check them against the spec.
  const text = fc.string({ maxLength: 40 });
  const money = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
  const day = fc
    .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z') })
    .filter((date) => !Number.isNaN(date.getTime()))
    .map((date) => date.toISOString());
  const dateForm = fc.tuple(day, fc.constantFrom(10, 19, 24)).map(([iso, length]) => {
    const cut = iso.slice(0, length);
    return length === 24 ? `${iso.slice(0, 19)}+02:00` : cut;
  });
  const optional = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.option(arbitrary, { nil: undefined, freq: 3 });

  it('any transactions body the model accepts', () => {
    const transaction = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 20 }),
        date: dateForm,
        description: optional(fc.option(text, { nil: null })),
        counterparty: optional(fc.option(text, { nil: null })),
        reference: optional(fc.option(text, { nil: null })),
        reconciled: optional(fc.option(fc.boolean(), { nil: null })),
        amount: money,
        balance: optional(money),
        transactionType: optional(fc.option(fc.constantFrom(...TRANSACTION_TYPES), { nil: null })),
      },
      { requiredKeys: ['id', 'date', 'amount'] },
    );
    const body = fc.record({
      accountId: fc.string({ minLength: 1, maxLength: 36 }),
      transactions: fc.array(transaction, { maxLength: 20 }),
    });
    fc.assert(
      fc.property(body, (value) => {
        fc.pre(CreateBankTransactionsSchema.safeParse(value).success);
        expectValid(openApi.validateRequest('create-bank-transactions', value));
      }),
      { numRuns: 200 },
    );
  });

  it('any source account prototype the model accepts', () => {
    const currency = fc.constantFrom('GBP', 'USD', 'EUR', 'XXX', 'gbp', 'US');
    const v2 = fc.record(
      {
        id: fc.string({ maxLength: 20 }),
        accountName: fc.string({ maxLength: 40 }),
        accountType: fc.constantFrom(...SOURCE_ACCOUNT_V2_TYPES, 'current'),
        accountNumber: fc.string({ maxLength: 20 }),
        sortCode: optional(fc.option(fc.string({ maxLength: 8 }), { nil: null })),
        currency,
        balance: money,
        modifiedDate: optional(fc.option(dateForm, { nil: null })),
        accountInfo: optional(
          fc.option(fc.record({ nickname: fc.option(text, { nil: null }) }, { requiredKeys: [] }), {
            nil: null,
          }),
        ),
      },
      { requiredKeys: ['id', 'accountName', 'accountType', 'accountNumber', 'currency'] },
    );
    fc.assert(
      fc.property(v2, (value) => {
        fc.pre(SourceAccountV2PrototypeSchema.safeParse(value).success);
        expectValid(openApi.validateSchema(V2_PROTOTYPE, value));
      }),
      { numRuns: 200 },
    );
    const v1 = fc.record(
      {
        id: fc.string({ maxLength: 20 }),
        accountName: optional(fc.option(text, { nil: null })),
        accountType: optional(
          fc.option(fc.constantFrom('Credit', 'Debit', 'Savings'), { nil: null }),
        ),
        currency: optional(currency),
        balance: optional(fc.option(money, { nil: null })),
        modifiedDate: optional(fc.option(dateForm, { nil: null })),
      },
      { requiredKeys: ['id'] },
    );
    fc.assert(
      fc.property(v1, (value) => {
        fc.pre(SourceAccountV1PrototypeSchema.safeParse(value).success);
        expectValid(openApi.validateSchema(V1_PROTOTYPE, value));
      }),
      { numRuns: 200 },
    );
  });

  it('any company body the model accepts', () => {
    const nameChars = fc.constantFrom(..."Ab9 -',&@.?!(é".split(''));
    const body = fc.record(
      {
        name: fc.string({ unit: nameChars, maxLength: 30 }),
        description: fc.string({ maxLength: 50 }),
        tags: fc.dictionary(fc.string({ maxLength: 30 }), fc.string({ maxLength: 110 }), {
          maxKeys: 12,
        }),
      },
      { requiredKeys: ['name'] },
    );
    fc.assert(
      fc.property(body, (value) => {
        fc.pre(CompanyRequestBodySchema.safeParse(value).success);
        expectValid(openApi.validateRequest('create-company', value));
      }),
      { numRuns: 300 },
    );
  });
});
