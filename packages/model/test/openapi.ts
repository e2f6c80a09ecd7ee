/**
 * Validates values against Codat's Bank Feeds OpenAPI file with Ajv, for contract tests.
 *
 * Self-contained on purpose (Ajv, Node's `fs`, nothing from the kit) so another package can copy
 * it or import it. The whole spec is registered as one schema under an `$id`, so every
 * `$ref`, including those into the non-standard `definitions` blocks inside schemas, resolves.
 *
 * Two adjustments are made to a private copy of the spec before Ajv sees it:
 * - OpenAPI 3.0's `nullable: true` next to a `$ref` (or without a `type`) becomes
 *   `anyOf: [schema, {type: 'null'}]`; Ajv only accepts `nullable` beside `type`.
 * - `nullable: true` on a schema with an `enum` adds `null` to the enum, so a nullable enum
 *   accepts `null` as its description says.
 *
 * Codat's formats are checked loosely: `uuid`, `uri`, `ISO4217`, `int32`; `date-time` (Codat's
 * DateTime also allows date-only and unqualified values), `decimal` and `uri-reference` are
 * not checked.
 */
import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';

/** The result of one check: `errors` names each failing path, empty when `valid`. */
export interface OpenApiCheck {
  valid: boolean;
  errors: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const SPEC_ID = 'openapi-spec';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of the spec with OpenAPI 3.0 `nullable` rewritten for Ajv (see the module comment). */
function adaptNullable(node: Json): Json {
  if (Array.isArray(node)) return node.map(adaptNullable);
  if (!isObject(node)) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    // Examples are data, not schemas: leave them exactly as written.
    copy[key] = key === 'example' || key === 'examples' ? value : adaptNullable(value);
  }
  if (copy.nullable !== true) return copy;
  if (Array.isArray(copy.enum) && !copy.enum.includes(null)) copy.enum = [...copy.enum, null];
  if (copy.type !== undefined) return copy;
  // Keep `definitions` where they are so `$ref`s into them still resolve.
  const { nullable: _nullable, definitions, ...schema } = copy;
  const wrapped: JsonObject = { anyOf: [schema, { type: 'null' }] };
  if (definitions !== undefined) wrapped.definitions = definitions;
  return wrapped;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) =>
      `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}${
        error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : ''
      }`,
  );
}

/** One operation of the spec, as found by {@link OpenApiValidator.operations}. */
export interface OpenApiOperation {
  operationId: string;
  method: string;
  path: string;
  /** Pointer to the operation, for example `#/paths/~1companies/post`. */
  pointer: string;
}

export interface OpenApiValidator {
  /** The spec as given (not adapted): walk it for examples. */
  readonly spec: JsonObject;
  /**
   * Checks a value against `#/components/schemas/{name}`, or against any pointer into the spec
   * when `name` starts with `#/` (for example
   * `#/components/schemas/SourceAccountV2/definitions/sourceAccountV2Prototype`).
   */
  validateSchema(name: string, value: unknown): OpenApiCheck;
  /** Checks a value against an operation's JSON response for a status (`$ref`s followed). */
  validateResponse(operationId: string, status: number | string, value: unknown): OpenApiCheck;
  /** Checks a value against an operation's JSON request body. */
  validateRequest(operationId: string, value: unknown): OpenApiCheck;
  /** Every operation of the spec that has an `operationId`. */
  operations(): OpenApiOperation[];
}

/** Builds a validator for an OpenAPI document (parsed JSON). */
export function createOpenApiValidator(spec: object): OpenApiValidator {
  const original = spec as JsonObject;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  ajv.addFormat('ISO4217', /^[A-Z]{3}$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('int32', {
    type: 'number',
    validate: (value: number) => Number.isInteger(value) && Math.abs(value) <= 2 ** 31,
  });
  for (const loose of ['date-time', 'decimal', 'uri-reference']) ajv.addFormat(loose, true);
  ajv.addSchema({ ...(adaptNullable(original) as JsonObject), $id: SPEC_ID });

  const compiled = new Map<string, ValidateFunction>();
  function check(pointer: string, value: unknown): OpenApiCheck {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${SPEC_ID}${pointer}` });
      compiled.set(pointer, validate);
    }
    const valid = validate(value);
    return { valid, errors: valid ? [] : describe(validate.errors) };
  }

  function operations(): OpenApiOperation[] {
    const found: OpenApiOperation[] = [];
    const paths = isObject(original.paths) ? original.paths : {};
    for (const [path, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const operation = item[method];
        if (!isObject(operation) || typeof operation.operationId !== 'string') continue;
        found.push({
          operationId: operation.operationId,
          method,
          path,
          pointer: `#/paths/${escapePointer(path)}/${method}`,
        });
      }
    }
    return found;
  }

  function resolve(pointer: string): Json | undefined {
    let node: Json | undefined = original;
    for (const segment of pointer.slice(2).split('/')) {
      if (!isObject(node)) return undefined;
      node = node[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
  }

  /** Follows `$ref`s of non-schema objects (responses, request bodies) to the real pointer. */
  function follow(pointer: string): string {
    let current = pointer;
    for (let hops = 0; hops < 10; hops++) {
      const node = resolve(current);
      if (!isObject(node) || typeof node.$ref !== 'string') return current;
      current = node.$ref;
    }
    throw new Error(`Too many $ref hops from ${pointer}`);
  }

  function operationPointer(operationId: string): string {
    const operation = operations().find((candidate) => candidate.operationId === operationId);
    if (!operation) throw new Error(`No operation ${operationId} in the spec`);
    return operation.pointer;
  }

  function jsonSchemaAt(owner: string, what: string): string {
    const pointer = `${follow(owner)}/content/application~1json/schema`;
    if (resolve(pointer) === undefined) throw new Error(`${what} has no JSON schema`);
    return pointer;
  }

  return {
    spec: original,
    validateSchema(name, value) {
      return check(name.startsWith('#/') ? name : `#/components/schemas/${name}`, value);
    },
    validateResponse(operationId, status, value) {
      const owner = `${operationPointer(operationId)}/responses/${status}`;
      return check(jsonSchemaAt(owner, `${operationId} ${status}`), value);
    },
    validateRequest(operationId, value) {
      const owner = `${operationPointer(operationId)}/requestBody`;
      return check(jsonSchemaAt(owner, `${operationId} request`), value);
    },
    operations,
  };
}

/** Codat's Bank Feeds OpenAPI file, as kept in this package (`spec/`). */
export function loadCodatBankFeedsSpec(): object {
  return JSON.parse(
    readFileSync(new URL('../spec/codat-bank-feeds.openapi.json', import.meta.url), 'utf8'),
  ) as object;
}

let shared: OpenApiValidator | undefined;
/** A validator for Codat's Bank Feeds spec, built once per test file. */
export function codatBankFeedsOpenApi(): OpenApiValidator {
  shared ??= createOpenApiValidator(loadCodatBankFeedsSpec());
  return shared;
}

/** Shorthand: checks a value against a named schema of Codat's Bank Feeds spec. */
export function validateAgainstSchema(name: string, value: unknown): OpenApiCheck {
  return codatBankFeedsOpenApi().validateSchema(name, value);
}

/** Shorthand: checks a value against an operation's response in Codat's Bank Feeds spec. */
export function validateAgainstResponse(
  operationId: string,
  status: number | string,
  value: unknown,
): OpenApiCheck {
  return codatBankFeedsOpenApi().validateResponse(operationId, status, value);
}
