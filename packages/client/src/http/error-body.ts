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
  for (const [key, type] of FIELDS) {
    if (!(key in body)) continue;
    const value = body[key];
    if (value !== undefined && !isOfType(value, type)) return null;
    message[key] = value;
  }
  const validation = readValidation(body.validation);
  if (!validation) return null;
  message.validation = validation;
  return message as ErrorMessage;
}

const FIELDS = [
  ['statusCode', 'number'],
  ['service', 'string'],
  ['error', 'string'],
  ['correlationId', 'string'],
  ['canBeRetried', 'string'],
  ['detailedErrorCode', 'number'],
] as const;

const ITEM_FIELDS = ['itemId', 'message', 'validatorName'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's `number` refuses `NaN` and infinities; JSON never carries them, other callers might. */
function isOfType(value: unknown, type: 'number' | 'string'): boolean {
  return type === 'number' ? Number.isFinite(value) : typeof value === 'string';
}

function readValidation(value: unknown): ErrorMessage['validation'] | null {
  if (value === undefined || value === null) return { errors: [], warnings: [] };
  if (!isRecord(value)) return null;
  const errors = readItems(value.errors);
  const warnings = readItems(value.warnings);
  return errors && warnings ? { errors, warnings } : null;
}

function readItems(value: unknown): ValidationItem[] | null {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return null;
  const items: ValidationItem[] = [];
  for (const entry of value as unknown[]) {
    if (!isRecord(entry)) return null;
    const item: Record<string, string | null> = {};
    for (const key of ITEM_FIELDS) {
      const field = entry[key];
      if (field !== undefined && field !== null && typeof field !== 'string') return null;
      item[key] = field ?? null;
    }
    items.push(item as unknown as ValidationItem);
  }
  return items;
}
