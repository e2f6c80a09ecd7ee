import type { FakeContext } from './context';
import { companyNotFound, connectionNotFound, sourceAccountNotFound } from './errors';
import type { CompanyRecord, ConnectionRecord, SourceAccountRecord } from './state';

/** The company, or Codat's 404. */
export function requireCompany(ctx: FakeContext, companyId: string): CompanyRecord {
  const company = ctx.state.companies.get(companyId);
  if (!company) throw companyNotFound(companyId);
  return company;
}

/** The connection of that company, or Codat's 404 (for the company first, then the connection). */
export function requireConnection(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
): ConnectionRecord {
  requireCompany(ctx, companyId);
  const connection = ctx.state.connections.get(connectionId);
  if (!connection || connection.companyId !== companyId) throw connectionNotFound(connectionId);
  return connection;
}

/** The source accounts of a connection, in the order they were created. */
export function accountsOf(
  ctx: FakeContext,
  connectionId: string,
): Map<string, SourceAccountRecord> {
  let accounts = ctx.state.sourceAccounts.get(connectionId);
  if (!accounts) {
    accounts = new Map();
    ctx.state.sourceAccounts.set(connectionId, accounts);
  }
  return accounts;
}

/** One source account of a connection, or a 404. */
export function requireSourceAccount(
  ctx: FakeContext,
  connectionId: string,
  accountId: string,
): SourceAccountRecord {
  const account = accountsOf(ctx, connectionId).get(accountId);
  if (!account) throw sourceAccountNotFound(accountId);
  return account;
}
