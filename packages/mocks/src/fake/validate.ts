import { badRequest } from './errors';

/** The part of a model (zod) schema the fake uses, so the fake needs no zod import of its own. */
export interface ModelSchema<Input = unknown, Output = unknown> {
  _zod: { input: Input; output: Output };
  safeParse(data: unknown):
    | { success: true; data: Output }
    | {
        success: false;
        error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> };
      };
}

/** Why a value failed a schema, one line per issue. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  return issues
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/**
 * Checks a reply the fake built against the model before it is sent, and returns it unchanged
 * (the wire form, not the parsed one). A failure is a bug in the fake, so it throws a plain
 * error, which the handlers answer with a 500 naming the problem.
 */
export function checkedReply<S extends ModelSchema>(
  schema: S,
  body: S['_zod']['input'],
  what: string,
): S['_zod']['input'] {
  const result = schema.safeParse(body);
  if (!result.success)
    throw new Error(
      `The fake built a ${what} the model rejects: ${describeIssues(result.error.issues)}`,
    );
  return body;
}

/**
 * Reads a request body with the model's outbound (strict) schema. A body that does not fit
 * answers Codat's 400, one validation item per problem (the item id is the field's path).
 */
export function parseRequest<S extends ModelSchema>(
  schema: S,
  body: unknown,
  validatorName: string,
): S['_zod']['output'] {
  const result = schema.safeParse(body);
  if (result.success) return result.data as S['_zod']['output'];
  throw badRequest(
    'Error processing request - not valid.',
    result.error.issues.map((issue) => ({
      itemId: issue.path.map(String).join('.') || null,
      message: issue.message,
      validatorName,
    })),
  );
}
