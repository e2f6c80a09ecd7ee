/** The client reads Codat's error bodies without zod, exactly as the model's schema reads them. */
import { ErrorMessageSchema } from '@bankfeeds/model';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readErrorMessage } from '../src/http/error-body';

/** A value of any JSON type, or `undefined` (a field sent as nothing). */
const anyField = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.jsonValue({ maxDepth: 1 }),
);

/** A field that is usually of the right type, sometimes not, sometimes absent. */
const fieldOf = (right: fc.Arbitrary<unknown>) =>
  fc.option(fc.oneof({ weight: 4, arbitrary: right }, { weight: 1, arbitrary: anyField }), {
    nil: undefined,
  });

const item = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        itemId: fieldOf(fc.option(fc.string({ maxLength: 4 }))),
        message: fieldOf(fc.option(fc.string({ maxLength: 4 }))),
        validatorName: fieldOf(fc.option(fc.string({ maxLength: 4 }))),
        extra: anyField,
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyField },
);

const items = fieldOf(fc.option(fc.array(item, { maxLength: 3 })));

const validation = fieldOf(
  fc.option(fc.record({ errors: items, warnings: items, other: anyField }, { requiredKeys: [] })),
);

/** Bodies shaped like Codat's `ErrorMessage`, each field right, wrong or missing. */
const errorLike = fc.record(
  {
    statusCode: fieldOf(fc.integer({ min: 100, max: 599 })),
    service: fieldOf(fc.string({ maxLength: 8 })),
    error: fieldOf(fc.string({ maxLength: 8 })),
    correlationId: fieldOf(fc.string({ maxLength: 8 })),
    validation,
    canBeRetried: fieldOf(fc.string({ maxLength: 8 })),
    detailedErrorCode: fieldOf(fc.integer()),
    title: anyField,
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  { weight: 6, arbitrary: errorLike },
  { weight: 1, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.anything() },
);

function bySchema(value: unknown) {
  const parsed = ErrorMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

describe('readErrorMessage', () => {
  it('agrees with ErrorMessageSchema on any body', () => {
    fc.assert(
      fc.property(body, (value) => {
        expect(readErrorMessage(value)).toStrictEqual(bySchema(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on the bodies Codat and Xero send', () => {
    const bodies = [
      {
        statusCode: 404,
        service: 'PublicApi',
        error: 'Company not found',
        correlationId: 'c-1',
        canBeRetried: 'Unknown',
        detailedErrorCode: 0,
        validation: { errors: [{ itemId: 'a', message: 'bad', validatorName: 'v' }] },
      },
      { type: 'invalid-organization-bank-feeds', title: 'Invalid Organization', status: 403 },
      'Too many requests',
      [{ statusCode: 409 }],
      null,
      undefined,
      { statusCode: Number.NaN },
      { statusCode: Number.POSITIVE_INFINITY },
    ];
    for (const value of bodies) expect(readErrorMessage(value)).toStrictEqual(bySchema(value));
  });
});
