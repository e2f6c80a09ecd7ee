import {
  ENDPOINTS,
  pathPattern,
  type EndpointName,
  type EndpointPath,
  type PathParamName,
} from '@bankfeeds/model';
import type { HttpHandler } from 'msw';
import type { Route, RouteArgs } from './pipeline';

/** A path template of the model's table in MSW's syntax: `{companyId}` becomes `:companyId`. */
export function mswPath(template: string): string {
  return pathPattern(template, (name) => `:${name}`);
}

/** What a resolver of a named endpoint gets: its path parameters, typed from the template. */
export interface EndpointArgs<Name extends EndpointName> extends Omit<RouteArgs, 'params'> {
  params: { readonly [Param in PathParamName<EndpointPath<Name>>]: string };
}

/**
 * The route factory for the endpoints of the model's `ENDPOINTS` table at `base`: the method and
 * the MSW pattern come from the table, the resolver (the fake's domain call) from the handler
 * file. No Codat path is written in the handlers themselves.
 */
export function endpointRoutes(route: Route, base: string) {
  return function endpoint<Name extends EndpointName>(
    name: Name,
    resolve: (args: EndpointArgs<Name>) => Response | Promise<Response>,
  ): HttpHandler {
    const { method, path } = ENDPOINTS[name];
    // MSW only ever fills the template's own parameters, so the narrower type holds.
    return route(method.toLowerCase() as Lowercase<typeof method>, base, mswPath(path), (args) =>
      resolve(args as EndpointArgs<Name>),
    );
  };
}
