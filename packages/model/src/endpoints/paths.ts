/**
 * Path templates and their parameters, typed from the template itself: the table's
 * `'/companies/{companyId}/connections/{connectionId}'` needs exactly `companyId` and
 * `connectionId`, so a missing or misnamed id is a type error where the path is filled.
 *
 * No zod here: this module is what a bundle that only routes (the mocks, a proxy) pulls in.
 */

/**
 * A Codat id flavoured with the name of the path parameter it fills (`CodatId<'companyId'>`).
 * A plain `string` is still accepted, so ids read from replies need no cast; but an id already
 * typed as another kind (a `ConnectionId` where a `CompanyId` goes) is a type error, which is
 * what catches two ids passed in the wrong order.
 */
export type CodatId<Name extends string> = string & { readonly __codatIdOf?: Name };

/** A company's id (`{companyId}`). */
export type CompanyId = CodatId<'companyId'>;
/** A connection's id (`{connectionId}`). */
export type ConnectionId = CodatId<'connectionId'>;
/** A source account's id (`{accountId}`): the bank's own account id. */
export type SourceAccountId = CodatId<'accountId'>;
/** A push operation's key (`{pushOperationKey}`). */
export type PushOperationKey = CodatId<'pushOperationKey'>;

/** The parameter names of a path template: `'/companies/{companyId}/push'` → `'companyId'`. */
export type PathParamName<Path extends string> =
  Path extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamName<Rest> : never;

/**
 * The parameters a path template needs, each a {@link CodatId} of its name. A template without
 * parameters takes an empty object (and refuses any id given to it); a template typed only as
 * `string` takes any parameters.
 */
export type PathParams<Path extends string> = string extends Path
  ? Readonly<Record<string, string>> // a template only known as `string`: checked at run time
  : [PathParamName<Path>] extends [never]
    ? Readonly<Record<string, never>>
    : { readonly [Name in PathParamName<Path>]: CodatId<Name> };

const PARAMETER = /\{(\w+)\}/g;

/**
 * Fills a path template with its parameters, each encoded as one path segment.
 *
 * @example fillPath('/companies/{companyId}', { companyId: 'c1' }) // '/companies/c1'
 * @throws Error when a parameter is missing at run time (a cast got around the types).
 */
export function fillPath<Path extends string>(path: Path, params: PathParams<Path>): string {
  const values = params as Record<string, string | undefined>;
  return path.replace(PARAMETER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * The template in another router's syntax: `pathPattern(path, (name) => `:${name}`)` gives MSW's
 * and Express's `/companies/:companyId`.
 */
export function pathPattern(path: string, parameter: (name: string) => string): string {
  return path.replace(PARAMETER, (_, name: string) => parameter(name));
}
