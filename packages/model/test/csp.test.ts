import { describe, expect, it, vi } from 'vitest';

describe('strict Content-Security-Policy', () => {
  it('builds and runs every schema without calling the Function constructor', async () => {
    // A page without 'unsafe-eval' reports any `new Function`, even a caught one. zod/mini never
    // compiles parsers; classic zod does (and probes for it), which would break such a page.
    const RealFunction = globalThis.Function;
    const construct = vi.fn();
    globalThis.Function = new Proxy(RealFunction, {
      construct(target, args) {
        construct();
        return Reflect.construct(target, args);
      },
    });
    try {
      vi.resetModules();
      const model = await import('@bankfeeds/model');
      model.SourceAccountListSchema.parse([
        {
          id: 'a',
          accountName: 'Current',
          accountType: 'checking',
          accountNumber: '1',
          currency: 'GBP',
          balance: 1,
        },
      ]);
      model.BankFeedMappingListSchema.parse([{ sourceAccountId: 'a' }]);
      expect(construct).not.toHaveBeenCalled();
    } finally {
      globalThis.Function = RealFunction;
    }
  });
});
