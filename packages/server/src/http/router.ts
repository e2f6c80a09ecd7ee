/** One route: a method and a path template such as `/companies/{companyId}`. */
export interface Route {
  method: string;
  path: string;
}

/** A compiled path template: a matcher that returns the parameters or `null`. */
export function compilePath(template: string): (pathname: string) => Record<string, string> | null {
  const names: string[] = [];
  const source = template
    .split('/')
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (!name) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      // One whole segment, never a slash: `{companyId}` cannot swallow `x/../y`.
      return '([^/]+)';
    })
    .join('/');
  const pattern = new RegExp(`^${source}$`);
  return (pathname) => {
    const match = pattern.exec(pathname);
    if (!match) return null;
    const params: Record<string, string> = {};
    for (const [index, name] of names.entries()) {
      let value: string;
      try {
        value = decodeURIComponent(match[index + 1]!);
      } catch {
        return null;
      }
      // A decoded slash or dot-segment would let an id reach another path upstream.
      if (value.includes('/') || value === '.' || value === '..') return null;
      params[name] = value;
    }
    return params;
  };
}

/** What a router found: the route and its parameters, or which methods the path has. */
export type RouteMatch<R extends Route = Route> =
  | { kind: 'found'; route: R; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/** A table of routes, compiled once. */
export function createRouter<R extends Route>(
  routes: readonly R[],
): (method: string, pathname: string) => RouteMatch<R> {
  const compiled = routes.map((route) => ({ route, match: compilePath(route.path) }));
  return (method, pathname) => {
    const allowed: string[] = [];
    for (const { route, match } of compiled) {
      const params = match(pathname);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', route, params };
      allowed.push(route.method);
    }
    return allowed.length ? { kind: 'wrong-method', allowed } : { kind: 'none' };
  };
}
