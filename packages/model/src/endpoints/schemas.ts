import type * as z from 'zod/mini';
import { CompanyAccessTokenSchema } from '../schemas/company-information.schema';
import { CompanyInformationSchema } from '../schemas/company-information.schema';
import { CompanyRequestBodySchema, CompanySchema } from '../schemas/company.schema';
import {
  ConnectionSchema,
  CreateConnectionBodySchema,
  UnlinkConnectionBodySchema,
} from '../schemas/connection.schema';
import {
  BankFeedAccountMappingResponseSchema,
  BankFeedAccountMappingSchema,
  BankFeedMappingListSchema,
} from '../schemas/mapping.schema';
import { CreateBankTransactionsSchema } from '../schemas/bank-transaction.schema';
import { pagedSchema } from '../schemas/paging.schema';
import {
  CreateBankTransactionsResponseSchema,
  PushOperationSchema,
} from '../schemas/push-operation.schema';
import {
  SourceAccountBatchBodySchema,
  SourceAccountBatchResultsSchema,
  SourceAccountListSchema,
  SourceAccountPrototypeSchema,
  SourceAccountSchema,
  SourceAccountUpdateSchema,
} from '../schemas/source-account.schema';
import type { EndpointName } from './routes';

/** What an endpoint sends and gets back, as the model's schemas. */
export interface EndpointSchemas {
  /** Checks the outbound body strictly; absent when the body is free-form or there is none. */
  readonly body?: z.ZodMiniType;
  /** Parses the reply leniently; absent when the reply has no body the kit reads. */
  readonly reply?: z.ZodMiniType;
}

/**
 * The body and reply schemas of every endpoint of `ENDPOINTS`, by the same names. Kept in a
 * module of its own so that importing the routes alone never pulls zod into a bundle.
 */
export const ENDPOINT_SCHEMAS = {
  listCompanies: { reply: /* @__PURE__ */ pagedSchema(CompanySchema) },
  createCompany: { body: CompanyRequestBodySchema, reply: CompanySchema },
  getCompany: { reply: CompanySchema },
  // A partial update: Codat keeps the fields left out, so there is no strict body to check.
  updateCompany: { reply: CompanySchema },
  replaceCompany: { body: CompanyRequestBodySchema, reply: CompanySchema },
  deleteCompany: {},
  getAccessToken: { reply: CompanyAccessTokenSchema },

  listConnections: { reply: /* @__PURE__ */ pagedSchema(ConnectionSchema) },
  createConnection: { body: CreateConnectionBodySchema, reply: ConnectionSchema },
  getConnection: { reply: ConnectionSchema },
  unlinkConnection: { body: UnlinkConnectionBodySchema, reply: ConnectionSchema },
  deleteConnection: {},

  listSourceAccounts: { reply: SourceAccountListSchema },
  createSourceAccount: { body: SourceAccountPrototypeSchema, reply: SourceAccountSchema },
  createSourceAccounts: {
    body: SourceAccountBatchBodySchema,
    reply: SourceAccountBatchResultsSchema,
  },
  updateSourceAccount: { body: SourceAccountUpdateSchema, reply: SourceAccountSchema },
  deleteSourceAccount: {},

  getMappings: { reply: BankFeedMappingListSchema },
  createMapping: {
    body: BankFeedAccountMappingSchema,
    reply: BankFeedAccountMappingResponseSchema,
  },
  getCompanyInformation: { reply: CompanyInformationSchema },

  pushBankTransactions: {
    body: CreateBankTransactionsSchema,
    reply: CreateBankTransactionsResponseSchema,
  },
  listPushOperations: { reply: /* @__PURE__ */ pagedSchema(PushOperationSchema) },
  getPushOperation: { reply: PushOperationSchema },

  // Not modelled: the kit targets Xero, where Codat refuses these.
  generateBankFeedCredentials: {},
  deleteBankFeedCredentials: {},
  generateOneTimePassword: {},
} as const satisfies { readonly [Name in EndpointName]: EndpointSchemas };

/** The schemas table's type. */
export type EndpointSchemaTable = typeof ENDPOINT_SCHEMAS;
