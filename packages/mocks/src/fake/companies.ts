import {
  CompanyRequestBodySchema,
  CompanySchema,
  pagedSchema,
  sanitiseCompanyName,
  type Page,
} from '@bankfeeds/model';
import type { FakeContext } from './context';
import { companyLimitExceeded } from './errors';
import { requireCompany } from './lookup';
import { pageOf, type ListFilter, type RawPageQuery } from './paging';
import { parseTagsFilter } from './tags-filter';
import type { CompanyRecord, WireOf } from './state';
import { checkedReply, parseRequest } from './validate';
import { connectionToWire } from './connections';

/** A company as Codat sends it. */
export type CompanyBody = WireOf<typeof CompanySchema>;

const CompanyPageSchema = pagedSchema(CompanySchema);

/** Query parameters of `GET /companies`: paging, `query`, `orderBy`, and the `tags` filter. */
export type CompanyListQuery = RawPageQuery & {
  /** Codat's tags filter, for example `region=uk && team~finance` (`=`, `!=`, `~`). */
  tags?: string | null;
};

/** The company's reply body, with its connections. */
export function companyToWire(ctx: FakeContext, company: CompanyRecord): CompanyBody {
  const dataConnections = [...ctx.state.connections.values()]
    .filter((connection) => connection.companyId === company.id)
    .map((connection) => connectionToWire(ctx, connection));
  const lastSync = dataConnections.reduce<string | null>((last, c) => c.lastSync ?? last, null);
  return {
    id: company.id,
    name: company.name,
    // Codat's "With no description" example sends an empty string, never null.
    description: company.description ?? '',
    redirect: `https://link.codat.io/company/${company.id}`,
    // Absent until a connection has synced, as in Codat's examples (never null).
    ...(lastSync !== null && { lastSync }),
    created: company.created,
    createdByUserName: 'Bank feeds kit',
    products: ['bank-feeds'],
    tags: { ...company.tags },
    referenceSubsidiaryCompanies: [],
    dataConnections,
  };
}

/**
 * Codat strips the characters it does not allow from a company name instead of refusing it, so
 * the name is cleaned before the model's strict request schema checks the body.
 */
function readCompanyBody(body: unknown) {
  const named =
    body && typeof body === 'object' && typeof (body as { name?: unknown }).name === 'string'
      ? { ...body, name: sanitiseCompanyName((body as { name: string }).name) }
      : body;
  return parseRequest(CompanyRequestBodySchema, named, 'CreateCompany');
}

/** Adds a company record (no limit check: scenarios seed through this too). */
export function insertCompany(
  ctx: FakeContext,
  fields: { name: string; description?: string | null; tags?: Record<string, string> },
): CompanyRecord {
  const company: CompanyRecord = {
    id: ctx.random.uuid(),
    name: sanitiseCompanyName(fields.name),
    description: fields.description ?? null,
    tags: fields.tags ?? {},
    created: ctx.now(),
  };
  ctx.state.companies.set(company.id, company);
  return company;
}

/** `POST /companies`; 402 past the company limit. */
export function createCompany(ctx: FakeContext, body: unknown): CompanyBody {
  const request = readCompanyBody(body);
  if (ctx.state.companies.size >= ctx.companyLimit) throw companyLimitExceeded();
  const company = insertCompany(ctx, request);
  return checkedReply(CompanySchema, companyToWire(ctx, company), 'company');
}

/** `GET /companies/{id}`. */
export function getCompany(ctx: FakeContext, companyId: string): CompanyBody {
  return checkedReply(CompanySchema, companyToWire(ctx, requireCompany(ctx, companyId)), 'company');
}

/** The `tags` filter as a list filter over companies (400 when it is malformed). */
function byTags(text: string): ListFilter<CompanyBody> {
  const matches = parseTagsFilter(text);
  return { param: 'tags', text, test: (company) => matches(company.tags) };
}

/** `GET /companies`, paged, filtered by `query` and `tags`. */
export function listCompanies(ctx: FakeContext, query: CompanyListQuery): Page<CompanyBody> {
  // An empty `tags` filters nothing, as an empty `query` does.
  const filter = query.tags ? byTags(query.tags) : undefined;
  const all = [...ctx.state.companies.values()].map((company) => companyToWire(ctx, company));
  return checkedReply(
    CompanyPageSchema,
    pageOf(all, query, '/companies', 'Company', filter),
    'company page',
  );
}

/** `PUT /companies/{id}` (replace) or `PATCH` (only the fields given). */
export function updateCompany(
  ctx: FakeContext,
  companyId: string,
  body: unknown,
  replace: boolean,
): CompanyBody {
  const company = requireCompany(ctx, companyId);
  if (replace) {
    const request = readCompanyBody(body);
    company.name = request.name;
    company.description = request.description ?? null;
    company.tags = request.tags ?? {};
  } else {
    // PATCH: `null` or absent leaves a field as it is.
    const patch = Object.fromEntries(
      Object.entries(body && typeof body === 'object' ? body : {}).filter(([, v]) => v != null),
    );
    const request = readCompanyBody({ name: company.name, ...patch });
    company.name = request.name;
    if ('description' in patch) company.description = request.description ?? null;
    if ('tags' in patch) company.tags = request.tags ?? {};
  }
  return getCompany(ctx, companyId);
}

/** `DELETE /companies/{id}`: the company, its connections, accounts, operations and tokens go. */
export function deleteCompany(ctx: FakeContext, companyId: string): void {
  requireCompany(ctx, companyId);
  ctx.state.companies.delete(companyId);
  for (const connection of [...ctx.state.connections.values()]) {
    if (connection.companyId !== companyId) continue;
    ctx.state.connections.delete(connection.id);
    ctx.state.sourceAccounts.delete(connection.id);
  }
  for (const [key, operation] of ctx.state.pushOperations)
    if (operation.companyId === companyId) ctx.state.pushOperations.delete(key);
  for (const [token, record] of ctx.state.accessTokens)
    if (record.companyId === companyId) ctx.state.accessTokens.delete(token);
}
