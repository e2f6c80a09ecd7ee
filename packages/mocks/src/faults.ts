import type { Random } from './random';

/**
 * One injected fault. A request is hit when the method and path match, the rule has hits left
 * (`times`) and the seeded draw falls under `probability`.
 */
export interface FaultRule {
  /** HTTP method to hit, any case (`GET`, `post`). @default every method */
  method?: string;
  /**
   * Path to hit. A string is an MSW-style pattern over the whole path (`:name` matches one
   * segment, `*` anything), a RegExp is tested as is. Both are matched against the URL
   * pathname, and against the pathname after the base URL's own path (so `/companies/:id` works
   * behind a proxy base URL such as `https://bank.example/codat`). @default every path
   */
  path?: string | RegExp;
  /**
   * - `latency`: wait `delayMs` (default 1000), then answer normally.
   * - `status`: answer `status` (default 500) with Codat's error body for it.
   * - `rateLimit`: answer 429 with `Retry-After: retryAfterSeconds` (default 1) and no requests left.
   * - `network`: fail the request as a network error (`HttpResponse.error()`).
   * - `malformed`: answer 200 with a body that is not valid JSON.
   * - `timeout`: hang until the request is aborted, or for `delayMs` and then drop the connection.
   */
  kind: 'latency' | 'status' | 'rateLimit' | 'network' | 'malformed' | 'timeout';
  /**
   * When the fault strikes. `before`: it answers instead of the fake, which never sees the
   * request. `after`: the fake applies the request first, then its reply is lost or replaced,
   * as a gateway in front of Codat or a broken connection would do it: `status` answers that
   * status (502, 503 and 504 with a gateway's HTML page, others with Codat's body), `network`
   * drops the connection, `timeout` hangs then drops it, `malformed` keeps the real status and
   * cuts the real body mid-JSON, `latency` delays the real reply. `rateLimit` is always `before`.
   * @default 'before'
   */
  when?: 'before' | 'after';
  /** Status of a `status` fault. @default 500 */
  status?: number;
  /** Delay of a `latency` fault, or how long a `timeout` hangs. */
  delayMs?: number;
  /** `Retry-After` of a `rateLimit` fault, in seconds. @default 1 */
  retryAfterSeconds?: number;
  /** How many requests the rule hits before it stops. @default every matching request */
  times?: number;
  /** Chance (0 to 1) that a matching request is hit, drawn from the seeded generator. @default 1 */
  probability?: number;
}

/** A fault rule with its remaining hits. */
interface ArmedFault {
  rule: FaultRule;
  remaining: number;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) =>
      segment
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/^:[\w]+$/, '[^/]+'),
    )
    .join('/');
  return new RegExp(`^${source}/?$`);
}

function pathMatches(path: FaultRule['path'], pathnames: readonly string[]): boolean {
  if (path === undefined) return true;
  const regexp = typeof path === 'string' ? patternToRegExp(path) : path;
  return pathnames.some((pathname) => {
    regexp.lastIndex = 0;
    return regexp.test(pathname);
  });
}

/**
 * The faults of one handler set. `pick` returns the rules that hit a request, in order: any
 * latency rules, then at most one rule that answers. It uses up their hits; the draw for `probability` is only made for rules that match, so one
 * rule's chance does not move another's.
 */
export function createFaultInjector(rules: readonly FaultRule[], random: Random) {
  const armed: ArmedFault[] = rules.map((rule) => ({ rule, remaining: rule.times ?? Infinity }));
  return {
    pick(method: string, pathnames: readonly string[]): FaultRule[] {
      const hits: FaultRule[] = [];
      for (const fault of armed) {
        const { rule } = fault;
        if (fault.remaining <= 0) continue;
        if (rule.method && rule.method.toUpperCase() !== method.toUpperCase()) continue;
        if (!pathMatches(rule.path, pathnames)) continue;
        if (rule.probability !== undefined && random.next() >= rule.probability) continue;
        fault.remaining--;
        hits.push(rule);
        // The first fault that answers ends the search: later rules keep their hits.
        if (rule.kind !== 'latency') break;
      }
      return hits;
    },
  };
}

/** The fault injector of a handler set. */
export type FaultInjector = ReturnType<typeof createFaultInjector>;
