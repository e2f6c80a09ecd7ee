/**
 * A Codat webhook as delivered: the envelope every event type shares
 * (`{ id, eventType, generatedDate, payload }`).
 */
export interface CodatEvent {
  id: string;
  eventType: string;
  generatedDate: string;
  payload: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path of nested objects, or `undefined`. */
function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

/** A non-empty string at a path of the payload, or `null`. */
export function textAt(payload: Record<string, unknown>, ...path: string[]): string | null {
  const value = at(payload, path);
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The envelope of a verified body, or `null` when it is not one. Only the envelope is checked
 * here; each handler reads the payload fields it needs and ignores the rest, so fields Codat
 * adds later change nothing.
 */
export function parseEvent(body: Uint8Array): CodatEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return null;
  }
  if (!isRecord(json)) return null;
  const { id, eventType, generatedDate, payload } = json;
  if (typeof id !== 'string' || typeof eventType !== 'string' || eventType === '') return null;
  return {
    id,
    eventType,
    generatedDate: typeof generatedDate === 'string' ? generatedDate : '',
    payload: isRecord(payload) ? payload : {},
  };
}

/**
 * The company an event is about: `referenceCompany.id`, or the deprecated `companyId` that
 * older bank feeds events still carry.
 */
export function companyOf(event: CodatEvent): string | null {
  return textAt(event.payload, 'referenceCompany', 'id') ?? textAt(event.payload, 'companyId');
}
