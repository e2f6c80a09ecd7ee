import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Codat's rate limits as the benchmark enforces them, on the wall clock. */
export interface WallClockLimits {
  /** Requests answered per minute (fixed windows from :00), for the whole API key. */
  perMinute: number;
  /** Requests in flight at once per company. */
  concurrentPerCompany: number;
}

/** What went through the limits. */
export interface LimitCounts {
  /** Requests let through to the fake. */
  answered: number;
  /** Requests refused with a 429. */
  refused: number;
  /** Requests let through, by endpoint kind (`POST push`, `GET operation`, ...). */
  byKind: Record<string, number>;
  /** Minute windows in which requests were let through: each allows `perMinute`. */
  windows: number;
}

const MINUTE_MS = 60_000;

/** A short name for a request's endpoint, for the counts. */
function kindOf(method: string, path: string): string {
  if (method === 'POST' && path.endsWith('/bankTransactions')) return 'POST push';
  if (method === 'GET' && /\/push\/[^/]+$/.test(path)) return 'GET operation';
  if (method === 'GET' && path.endsWith('/push')) return 'GET operations';
  if (method === 'GET' && path.endsWith('/bankFeedAccounts')) return 'GET source accounts';
  return `${method} other`;
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A proxy in front of the fake that enforces Codat's rate limits by the WALL clock, answering
 * Codat's 429 with `Retry-After` past them (the fake's own limits count minutes on its own clock,
 * which moves a second per timestamp it hands out, not with time). It counts every request.
 */
export async function startWallClockLimits(target: string, limits: WallClockLimits) {
  const counts: LimitCounts = { answered: 0, refused: 0, byKind: {}, windows: 0 };
  const inFlight = new Map<string, number>();
  let window = -1;
  let inWindow = 0;

  const refuse = (response: ServerResponse, seconds: number) => {
    counts.refused++;
    response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(seconds) });
    response.end(
      JSON.stringify({
        statusCode: 429,
        service: 'PublicApi',
        error: 'You have exceeded the rate limit. Please wait before making further requests.',
      }),
    );
  };

  const server = createServer((request, response) => {
    void (async () => {
      const path = new URL(request.url ?? '/', 'http://bench').pathname;
      const company = /^\/companies\/([^/]+)/.exec(path)?.[1] ?? null;
      const now = Date.now();
      const current = Math.floor(now / MINUTE_MS);
      if (current !== window) {
        window = current;
        inWindow = 0;
      }
      if (inWindow >= limits.perMinute)
        return refuse(response, Math.max(1, Math.ceil(((current + 1) * MINUTE_MS - now) / 1000)));
      const busy = company === null ? 0 : (inFlight.get(company) ?? 0);
      if (busy >= limits.concurrentPerCompany) return refuse(response, 1);
      if (inWindow === 0) counts.windows++;
      inWindow++;
      counts.answered++;
      const kind = kindOf(request.method ?? 'GET', path);
      counts.byKind[kind] = (counts.byKind[kind] ?? 0) + 1;
      if (company !== null) inFlight.set(company, busy + 1);
      try {
        const body = await bodyOf(request);
        const headers = Object.fromEntries(
          Object.entries(request.headers).filter(
            (entry): entry is [string, string] =>
              typeof entry[1] === 'string' && entry[0] !== 'host' && entry[0] !== 'connection',
          ),
        );
        const reply = await fetch(`${target}${request.url}`, {
          method: request.method,
          headers,
          body: body.length > 0 ? new Uint8Array(body) : undefined,
        });
        const text = Buffer.from(await reply.arrayBuffer());
        response.writeHead(reply.status, {
          'content-type': reply.headers.get('content-type') ?? 'application/json',
        });
        response.end(text);
      } catch {
        response.writeHead(502);
        response.end();
      } finally {
        if (company !== null) inFlight.set(company, (inFlight.get(company) ?? 1) - 1);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
