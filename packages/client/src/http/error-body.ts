import type { ErrorMessage, ValidationItem } from '@bankfeeds/model';

/**
 * Codat's `ErrorMessage` read from a reply body without zod, with the model's
 * `ErrorMessageSchema` semantics: every field optional, unknown fields dropped, `validation`
 * normalised to `{ errors, warnings }` with `[]` for an absent list and `null` for an absent item
 * field; `null` when the body is not such an object or any known field has the wrong type (as the
 * schema's `safeParse` fails). A property test holds the two in agreement.
 *
 * Error bodies are read on every non-2xx reply, by the validating client and the proxy client
 * alike; reading them without zod keeps the schemas out of a browser's bundle.
 */
export function readErrorMessage(body: unknown): ErrorMessage | null {
  if (!isRecord(body)) return null;
  const message: Record<string, unknown> = {};
  let key: keyof typeof FIELDS;
  for (key in FIELDS) {
    if (!(key in body)) continue;
    const value = body[key];
    // zod's `number` refuses `NaN` and infinities; JSON never carries them, other callers might.
    const ok = FIELDS[key] === 'number' ? Number.isFinite(value) : typeof value === 'string';
    if (value !== undefined && !ok) return null;
    message[key] = value;
  }
  const validation = readValidation(body.validation);
  if (!validation) return null;
  message.validation = validation;
  return message as ErrorMessage;
}

/** The plain fields of an `ErrorMessage` and their types; `validation` is read on its own. */
const FIELDS = {
  statusCode: 'number',
  service: 'string',
  error: 'string',
  correlationId: 'string',
  canBeRetried: 'string',
  detailedErrorCode: 'number',
} as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An absent list or block: `undefined` or `null`, both read as empty. */
const absent = (value: unknown) => value === undefined || value === null;

function readValidation(value: unknown): ErrorMessage['validation'] | null {
  if (absent(value)) return { errors: [], warnings: [] };
  if (!isRecord(value)) return null;
  const errors = readItems(value.errors);
  const warnings = readItems(value.warnings);
  return errors && warnings ? { errors, warnings } : null;
}

function readItems(value: unknown): ValidationItem[] | null {
  if (absent(value)) return [];
  if (!Array.isArray(value)) return null;
  const items: ValidationItem[] = [];
  for (const entry of value as unknown[]) {
    if (!isRecord(entry)) return null;
    const { itemId = null, message = null, validatorName = null } = entry;
    for (const field of [itemId, message, validatorName]) {
      if (field !== null && typeof field !== 'string') return null;
    }
    items.push({ itemId, message, validatorName } as ValidationItem);
  }
  return items;
}
