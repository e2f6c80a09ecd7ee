import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { FaultRule } from '../faults';
import { SCENARIO_NAMES, type ScenarioName } from '../scenarios';
import type { MockServerOptions } from './options';

/** A command line the server cannot run with; `main` prints it with the usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What the command line asks for. */
export type ParsedArgs = { help: true } | { help: false; options: MockServerOptions };

/** The `--help` text. */
export const USAGE = `Usage: bankfeeds-mock [options]

Serves the fake Codat Bank Feeds API (with Xero behind it) over HTTP, for tests in any language.
Codat's API answers at the server's own origin (send \`Authorization: Basic <any key>\`); the
simulated Xero consent behind every linkUrl lives under /link; the control API under /_fake.

Options:
  --port <n>             Port to listen on; 0 picks a free one.            (default 4010)
  --host <host>          Address to listen on.                            (default 127.0.0.1)
  --public-url <origin>  Origin clients use to reach the server, when it differs from
                         http://HOST:PORT (a container name, a tunnel). Used in linkUrls.
  --scenario <name>      Starting state: ${SCENARIO_NAMES.join(', ')}.  (default default)
  --seed <n>             Seed of every id, token and injected fault.      (default 1)
  --today <YYYY-MM-DD>   The fake's today, for Xero's date rules.         (default the local day)
  --faults <json>        Faults to inject: a JSON array of FaultRule, inline or a file path.
  --latency <ms>         Delay before every reply.                        (default 0)
  --webhook-secret <s>   Sign Codat's webhooks with this secret (whsec_...); they are
                         recorded and readable at GET /_fake/webhooks.
  --webhook-url <url>    Also POST each webhook there (needs --webhook-secret).
  --webhook-clock <c>    wall | fake: stamp webhooks with the real time, as Codat does, or
                         with the fake's clock (09:00 UTC on --today), so runs repeat. (default wall)

Kinder or slower than Codat, only when a test asks (defaults follow Codat):
  --accept-bearer        Also take a company access token as Bearer (Codat does not document it).
  --timed-out-writes <w> land | never: whether Xero still writes a push Codat timed out. (default land)
  --xero-write-minutes <n>  Minutes Xero takes to write a push, on the fake's clock. (default 0)
  --rate-limit-per-minute <n>     Enforce Codat's 429 past n requests a minute.  (default off)
  --rate-limit-concurrent <n>     Enforce Codat's 429 past n requests in flight per company. (default off)
  --mapping-pending-reads <n>     Reads after a mapping POST that answer pending. (default 0)
  --company-limit <n>             Codat's company limit (402 past it).          (default 50)
  --xero-organisation-limit <n>   Xero organisations that may consent.          (default 25)
  --help                 Show this text.

Prints "bankfeeds-mock listening on <url>" once ready; stops on SIGINT or SIGTERM.`;

function integer(name: string, text: string | undefined, min: number, max: number) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max} (got ${text})`);
  return value;
}

function origin(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`--public-url must be a URL such as http://mock:4010 (got ${text})`);
  }
  // Requests reach the handlers by path from the root: a path prefix could never match.
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new UsageError(`--public-url must be an http(s) origin with no path (got ${text})`);
  return url.origin;
}

/**
 * Reads `--faults`: inline JSON when it starts with `[`, else the path of a JSON file. Paths are
 * MSW-style patterns (`/companies/:id/push`); a RegExp cannot be written in JSON.
 */
export function parseFaults(text: string): FaultRule[] {
  let source = text;
  if (!text.trim().startsWith('[')) {
    try {
      source = readFileSync(text, 'utf8');
    } catch {
      throw new UsageError(`--faults: no JSON array and no readable file at ${text}`);
    }
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    throw new UsageError(`--faults is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError('--faults must be a JSON array of fault rules');
  parsed.forEach((rule: unknown, index) => {
    const where = `--faults[${index}]`;
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule))
      throw new UsageError(`${where} must be an object`);
    const { kind, path, method } = rule as Record<string, unknown>;
    if (typeof kind !== 'string' || kind === '')
      throw new UsageError(`${where}.kind must name a fault kind, e.g. "status"`);
    if (path !== undefined && typeof path !== 'string')
      throw new UsageError(`${where}.path must be a string pattern`);
    if (method !== undefined && typeof method !== 'string')
      throw new UsageError(`${where}.method must be a string`);
  });
  return parsed as FaultRule[];
}

/** Turns the command line (without `node` and the script) into the server's options. */
export function parseMockServerArgs(argv: readonly string[]): ParsedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'public-url': { type: 'string' },
        scenario: { type: 'string' },
        seed: { type: 'string' },
        today: { type: 'string' },
        faults: { type: 'string' },
        latency: { type: 'string' },
        'webhook-secret': { type: 'string' },
        'webhook-url': { type: 'string' },
        'webhook-clock': { type: 'string' },
        'accept-bearer': { type: 'boolean' },
        'timed-out-writes': { type: 'string' },
        'xero-write-minutes': { type: 'string' },
        'rate-limit-per-minute': { type: 'string' },
        'rate-limit-concurrent': { type: 'string' },
        'mapping-pending-reads': { type: 'string' },
        'company-limit': { type: 'string' },
        'xero-organisation-limit': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };

  const options: MockServerOptions = {
    port: integer('port', values.port, 0, 65535) ?? 4010,
    host: values.host ?? '127.0.0.1',
  };
  const publicUrl = origin(values['public-url']);
  if (publicUrl) options.publicUrl = publicUrl;
  if (values.scenario !== undefined) {
    if (!(SCENARIO_NAMES as readonly string[]).includes(values.scenario))
      throw new UsageError(
        `--scenario must be one of ${SCENARIO_NAMES.join(', ')} (got ${values.scenario})`,
      );
    options.scenario = values.scenario as ScenarioName;
  }
  const seed = integer('seed', values.seed, 0, 2 ** 32 - 1);
  if (seed !== undefined) options.seed = seed;
  if (values.today !== undefined) {
    const date = values.today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
      throw new UsageError(`--today must be a date as YYYY-MM-DD (got ${date})`);
    options.today = date;
  }
  if (values.faults !== undefined) options.faults = parseFaults(values.faults);
  const latency = integer('latency', values.latency, 0, 600_000);
  if (latency !== undefined) options.latencyMs = latency;
  const secret = values['webhook-secret'];
  const url = values['webhook-url'];
  if (url !== undefined && secret === undefined)
    throw new UsageError('--webhook-url needs --webhook-secret (the receiver checks signatures)');
  if (url !== undefined && !URL.canParse(url))
    throw new UsageError(`--webhook-url must be a URL (got ${url})`);
  const clock = values['webhook-clock'];
  if (clock !== undefined && secret === undefined)
    throw new UsageError('--webhook-clock needs --webhook-secret');
  if (clock !== undefined && clock !== 'wall' && clock !== 'fake')
    throw new UsageError(`--webhook-clock must be wall or fake (got ${clock})`);
  if (secret !== undefined)
    options.webhooks = {
      secret,
      ...(url === undefined ? {} : { url }),
      ...(clock === undefined ? {} : { signingClock: clock }),
    };
  return { help: false, options: { ...options, ...fidelityOptions(values) } };
}

/** The flags that make the fake kinder or slower than Codat; absent ones keep Codat's defaults. */
function fidelityOptions(values: Record<string, string | boolean | undefined>): MockServerOptions {
  const text = (name: string) => values[name] as string | undefined;
  const options: MockServerOptions = {};
  if (values['accept-bearer']) options.acceptBearerOnApi = true;
  const writes = text('timed-out-writes');
  if (writes !== undefined) {
    if (writes !== 'land' && writes !== 'never')
      throw new UsageError(`--timed-out-writes must be land or never (got ${writes})`);
    options.timedOutWrites = writes;
  }
  const minutes = integer('xero-write-minutes', text('xero-write-minutes'), 0, 10_000);
  if (minutes !== undefined) options.xeroWriteMinutes = minutes;
  const perMinute = integer('rate-limit-per-minute', text('rate-limit-per-minute'), 1, 1e9);
  const concurrent = integer('rate-limit-concurrent', text('rate-limit-concurrent'), 1, 1e6);
  if (perMinute !== undefined || concurrent !== undefined)
    options.rateLimits = {
      ...(perMinute !== undefined && { perMinute }),
      ...(concurrent !== undefined && { concurrentPerCompany: concurrent }),
    };
  const pendingReads = integer('mapping-pending-reads', text('mapping-pending-reads'), 0, 1000);
  if (pendingReads !== undefined) options.mappingPendingReads = pendingReads;
  const companies = integer('company-limit', text('company-limit'), 0, 1e9);
  if (companies !== undefined) options.companyLimit = companies;
  const organisations = integer('xero-organisation-limit', text('xero-organisation-limit'), 0, 1e9);
  if (organisations !== undefined) options.xeroOrganisationLimit = organisations;
  return options;
}
