/** Type tests of the client's methods: ids typed from the model's endpoint table. */
import { describe, expectTypeOf, it } from 'vitest';
import type { CompanyId, ConnectionId, PushOperationKey, SourceAccountId } from '@bankfeeds/model';
import type { BankFeedsClient } from '@bankfeeds/client';

declare const client: BankFeedsClient;
declare const companyId: CompanyId;
declare const connectionId: ConnectionId;
declare const accountId: SourceAccountId;
declare const pushOperationKey: PushOperationKey;

describe('the client’s ids', () => {
  it('are the table’s flavoured ids, and plain strings still fit', () => {
    expectTypeOf(client.getConnection).parameter(0).toEqualTypeOf<CompanyId>();
    expectTypeOf(client.getConnection).parameter(1).toEqualTypeOf<ConnectionId>();
    expectTypeOf(client.deleteSourceAccount).parameter(2).toEqualTypeOf<SourceAccountId>();
    expectTypeOf(client.getPushOperation).parameter(1).toEqualTypeOf<PushOperationKey>();
    void client.getConnection('c1', 'k1');
    void client.getConnection(companyId, connectionId);
    void client.getPushOperation(companyId, pushOperationKey);
  });

  it('refuse two ids in the wrong order', () => {
    // @ts-expect-error the connection id first, the company id second
    void client.getConnection(connectionId, companyId);
    // @ts-expect-error the account id where the connection id goes
    void client.deleteSourceAccount(companyId, accountId, connectionId);
    // @ts-expect-error a company id given as a push operation's key
    void client.getPushOperation(companyId, companyId);
  });

  it('refuse a missing id', () => {
    // @ts-expect-error the connection id is missing
    void client.listSourceAccounts(companyId);
    // @ts-expect-error the account id is missing
    void client.pushBankTransactions(companyId, connectionId, []);
  });
});
