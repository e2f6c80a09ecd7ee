/**
 * A stand-in for two behaviours the fake is gaining in parallel (issue 13): Xero refuses a push
 * any of whose line ids it already holds (operation `Failed`, statusCode 409, errorMessage with
 * `duplicate-statement`, one validation error per repeated line), and a `TimedOut` write lands
 * later (its operation then lists the created lines while its status stays `TimedOut`).
 * Wraps `fetch` in front of the MSW fake; replaces replies, never the fake's state.
 */
type Json = Record<string, unknown>;

interface Ledger {
  /** Line ids Xero holds, per account. */
  written: Map<string, Set<string>>;
  /** Lines of each push operation, by key, from the POST that made it. */
  linesOf: Map<string, { accountId: string; ids: string[] }>;
  /** Synthetic refusals, by key. */
  refusals: Map<string, Json>;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Options of {@link xeroWrapper}. */
export interface XeroWrapperOptions {
  /** Timed-out writes land (listed as created) once read this many times after timing out. */
  landTimedOut?: boolean;
}

/** Wraps `inner` with duplicate refusals and, optionally, late landing of timed-out writes. */
export function xeroWrapper(inner: typeof fetch, options: XeroWrapperOptions = {}) {
  const ledger: Ledger = { written: new Map(), linesOf: new Map(), refusals: new Map() };
  let refusalCount = 0;
  const writtenOf = (accountId: string) => {
    let set = ledger.written.get(accountId);
    if (!set) ledger.written.set(accountId, (set = new Set()));
    return set;
  };

  /** An operation as the client should see it: landed time-outs list their lines; Xero learns them. */
  const see = (operation: Json): Json => {
    const lines = ledger.linesOf.get(String(operation.pushOperationKey));
    if (!lines) return operation;
    if (operation.status === 'TimedOut' && options.landTimedOut) {
      operation = {
        ...operation,
        changes: lines.ids.map((id) => ({
          type: 'Created',
          recordRef: { id, dataType: 'bankTransactions' },
        })),
      };
    }
    const landed = operation.status === 'Success' || (operation.changes as unknown[])?.length;
    if (landed) for (const id of lines.ids) writtenOf(lines.accountId).add(id);
    return operation;
  };

  const fetchFn: typeof fetch = async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    const url = new URL(String(input));
    const push = /\/push\/bankAccounts\/([^/]+)\/bankTransactions$/.exec(url.pathname);
    if (method === 'POST' && push) {
      const accountId = decodeURIComponent(push[1]!);
      const body = JSON.parse(String(init?.body)) as { transactions: Array<{ id: string }> };
      const ids = body.transactions.map((t) => t.id);
      const repeated = ids.filter((id) => writtenOf(accountId).has(id));
      if (repeated.length > 0) return refuse(url, accountId, repeated);
      const response = await inner(input, init);
      const text = await response.text();
      if (response.ok) {
        const reply = JSON.parse(text) as Json;
        ledger.linesOf.set(String(reply.pushOperationKey), { accountId, ids });
      }
      return new Response(text, { status: response.status, headers: response.headers });
    }
    const one = /\/companies\/([^/]+)\/push\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && one && ledger.refusals.has(decodeURIComponent(one[2]!))) {
      return json(ledger.refusals.get(decodeURIComponent(one[2]!)));
    }
    const response = await inner(input, init);
    if (method !== 'GET' || !response.ok || !/\/push(\/[^/]+)?$/.test(url.pathname))
      return response;
    const body = (await response.json()) as Json;
    if (one) return json(see(body));
    // Refusals are the newest writes (listed newest first, as the client asks).
    const results = [...ledger.refusals.values(), ...(body.results as Json[]).map(see)];
    return json({ ...body, results, totalResults: results.length });
  };

  function refuse(url: URL, accountId: string, repeated: string[]): Response {
    const companyId = url.pathname.split('/')[2]!;
    const connectionId = url.pathname.split('/')[4]!;
    const key = `00000000-0000-4000-8000-${String(++refusalCount).padStart(12, '0')}`;
    const base = {
      companyId,
      pushOperationKey: key,
      dataConnectionKey: connectionId,
      requestedOnUtc: '2099-01-01T00:00:00Z',
      dataType: 'bankTransactions',
      changes: [],
    };
    ledger.refusals.set(key, {
      ...base,
      completedOnUtc: '2099-01-01T00:00:01Z',
      status: 'Failed',
      statusCode: 409,
      errorMessage: `duplicate-statement: Xero already holds ${repeated.length} of these lines.`,
      validation: {
        errors: repeated.map((id) => ({
          itemId: id,
          validatorName: 'duplicate-statement',
          message: `Line ${id} is already in the account (${accountId}).`,
        })),
        warnings: [],
      },
    });
    return json({
      ...base,
      status: 'Pending',
      statusCode: 202,
      validation: { errors: [], warnings: [] },
    });
  }

  return { fetch: fetchFn, ledger };
}
