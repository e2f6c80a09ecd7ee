import type { Page, PageQuery } from '@bankfeeds/model';
import { codatError, malformedQuery } from './errors';

/** Paging query parameters as they arrive in a URL (all text). */
export type RawPageQuery = Partial<Record<keyof PageQuery, string | null>>;

/** A list's own filter beside `query` (the companies' `tags`): applied with it, kept in `_links`. */
export interface ListFilter<Item> {
  /** The query parameter's name, for example `tags`. */
  param: string;
  /** Its text as the request sent it. */
  text: string;
  /** Whether an item passes. */
  test(item: Item): boolean;
}

function positiveInt(
  value: string | null | undefined,
  name: string,
  fallback: number,
  max: number,
) {
  if (value == null || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max)
    throw codatError(400, 'Error processing request - not valid.', {
      errors: [
        {
          itemId: name,
          message: `${name} must be a whole number from 1 to ${max}.`,
          validatorName: 'Paging',
        },
      ],
    });
  return number;
}

function valueAt(item: unknown, path: string): unknown {
  let value: unknown = item;
  for (const key of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function hasPath(item: unknown, path: string): boolean {
  const [first, ...rest] = path.split('.');
  if (!item || typeof item !== 'object' || !(first! in item)) return false;
  return rest.length === 0 || hasPath((item as Record<string, unknown>)[first!], rest.join('.'));
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

// Codat's query language, the part lists need: `field<op>value` joined by `&&`, ops
// = != ~ (contains) > < >= <=, case-insensitive text, numbers compared as numbers.
const CONDITION = /^\s*([A-Za-z_][\w.]*)\s*(!=|>=|<=|=|~|>|<)\s*"?(.*?)"?\s*$/;

function matches(item: unknown, field: string, op: string, expected: string): boolean {
  const actual = valueAt(item, field);
  if (op === '~')
    return String(actual ?? '')
      .toLowerCase()
      .includes(expected.toLowerCase());
  const numeric = typeof actual === 'number' && expected !== '' && !Number.isNaN(Number(expected));
  const order = numeric
    ? (actual as number) - Number(expected)
    : String(actual ?? '')
        .toLowerCase()
        .localeCompare(expected.toLowerCase());
  switch (op) {
    case '=':
      return order === 0;
    case '!=':
      return order !== 0;
    case '>':
      return order > 0;
    case '<':
      return order < 0;
    case '>=':
      return order >= 0;
    default:
      return order <= 0;
  }
}

/**
 * One page of `items` in Codat's envelope, after the `query` filter, any `filter` of the list's
 * own, and `orderBy`. `resource` names the records in query errors (as Codat does); `path` is
 * the list's path for `_links`. An unknown field in `query` or `orderBy` answers Codat's 400
 * "Error parsing query".
 */
export function pageOf<Item extends object>(
  items: readonly Item[],
  raw: RawPageQuery,
  path: string,
  resource: string,
  filter?: ListFilter<Item>,
): Page<Item> {
  const page = positiveInt(raw.page, 'page', 1, Number.MAX_SAFE_INTEGER);
  const pageSize = positiveInt(raw.pageSize, 'pageSize', 100, 5000);
  const known = (field: string) => items.length === 0 || items.some((item) => hasPath(item, field));

  let selected = [...items];
  if (raw.query) {
    for (const part of raw.query.split('&&')) {
      const condition = CONDITION.exec(part);
      if (!condition) throw malformedQuery('Malformed query.');
      const [, field, op, expected] = condition as unknown as [string, string, string, string];
      if (!known(field)) throw malformedQuery(`Could not resolve property ${field} on ${resource}`);
      selected = selected.filter((item) => matches(item, field, op, expected));
    }
  }
  if (filter) selected = selected.filter((item) => filter.test(item));
  if (raw.orderBy) {
    const descending = raw.orderBy.startsWith('-');
    const field = raw.orderBy.replace(/^-/, '');
    if (!known(field)) throw malformedQuery(`Could not resolve property ${field} on ${resource}`);
    selected.sort((a, b) => compare(valueAt(a, field), valueAt(b, field)) * (descending ? -1 : 1));
  }

  const href = (pageNumber: number) => {
    const params = new URLSearchParams({ page: String(pageNumber), pageSize: String(pageSize) });
    if (raw.query) params.set('query', raw.query);
    if (raw.orderBy) params.set('orderBy', raw.orderBy);
    // A `next` link that dropped the filter would page through other records.
    if (filter) params.set(filter.param, filter.text);
    return { href: `${path}?${params.toString()}` };
  };
  const start = (page - 1) * pageSize;
  const links: Page<Item>['_links'] = { self: { href: path }, current: href(page) };
  if (start + pageSize < selected.length) links.next = href(page + 1);
  if (page > 1) links.previous = href(page - 1);
  return {
    results: selected.slice(start, start + pageSize),
    pageNumber: page,
    pageSize,
    totalResults: selected.length,
    _links: links,
  };
}
