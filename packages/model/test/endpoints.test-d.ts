/** Type tests of the endpoint table: the parameters come from the path template. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  fillPath,
  ENDPOINTS,
  type CompanyId,
  type ConnectionId,
  type PathParamName,
  type PathParams,
} from '@bankfeeds/model';

declare const companyId: CompanyId;
declare const connectionId: ConnectionId;

describe('path parameters', () => {
  it('are read from the template', () => {
    expectTypeOf<PathParamName<typeof ENDPOINTS.pushBankTransactions.path>>().toEqualTypeOf<
      'companyId' | 'connectionId' | 'accountId'
    >();
    expectTypeOf<PathParamName<typeof ENDPOINTS.listCompanies.path>>().toBeNever();
    expectTypeOf<PathParams<typeof ENDPOINTS.getConnection.path>>().toEqualTypeOf<{
      readonly companyId: CompanyId;
      readonly connectionId: ConnectionId;
    }>();
  });

  it('accept the ids the template names, plain strings included', () => {
    fillPath(ENDPOINTS.getConnection.path, { companyId, connectionId });
    fillPath(ENDPOINTS.getConnection.path, { companyId: 'c1', connectionId: 'k1' });
    fillPath(ENDPOINTS.listCompanies.path, {});
  });

  it('refuse a missing id', () => {
    // @ts-expect-error connectionId is missing
    fillPath(ENDPOINTS.getConnection.path, { companyId });
    // @ts-expect-error accountId is missing
    fillPath(ENDPOINTS.deleteSourceAccount.path, { companyId, connectionId });
  });

  it('refuse swapped ids', () => {
    // @ts-expect-error a connection id where the company id goes, and the other way round
    fillPath(ENDPOINTS.getConnection.path, { companyId: connectionId, connectionId: companyId });
    // @ts-expect-error an account id given for a connection path
    fillPath(ENDPOINTS.getConnection.path, { companyId, accountId: 'a1' });
  });

  it('refuse ids a template does not have', () => {
    // @ts-expect-error /companies has no parameter
    fillPath(ENDPOINTS.listCompanies.path, { companyId });
  });
});
