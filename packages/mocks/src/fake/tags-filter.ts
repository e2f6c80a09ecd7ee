import { malformedQuery } from './errors';

/** A company's tags as the filter reads them. */
export type CompanyTags = Readonly<Record<string, string>> | null | undefined;

/** The three operators Codat lists for the `tags` filter. */
type TagOperator = '=' | '!=' | '~';

interface TagCondition {
  key: string;
  operator: TagOperator;
  value: string;
}

// `key op value`: a key without spaces, quotes or operator characters; a value bare (not
// starting with an operator character, so `a==b` is refused) or in double quotes.
const CONDITION = /^\s*([^\s"=!~<>&|{}]+)\s*(!=|=|~)\s*(?:"([^"]*)"|([^\s"=!~<>{}|][^"{}|]*?))\s*$/;

function parseCondition(text: string): TagCondition {
  const found = CONDITION.exec(text);
  if (!found) throw malformedQuery('Malformed query.');
  const [, key, operator, quoted, bare] = found as unknown as [
    string,
    string,
    TagOperator,
    string | undefined,
    string | undefined,
  ];
  return { key, operator, value: quoted ?? bare ?? '' };
}

function holds(tags: CompanyTags, { key, operator, value }: TagCondition): boolean {
  const actual = tags && Object.hasOwn(tags, key) ? tags[key] : undefined;
  // A company without the tag has no value to equal or contain, so only `!=` keeps it.
  if (actual === undefined) return operator === '!=';
  // Text compares without regard to case, as in the fake's `query`.
  const text = actual.toLowerCase();
  const expected = value.toLowerCase();
  if (operator === '~') return text.includes(expected);
  return (text === expected) === (operator === '=');
}

/**
 * Reads the `tags` filter of `GET /companies`, in Codat's query language: conditions joined by
 * `&&` (all must hold), each `key=value`, `key!=value` or `key~value` (the tag contains the
 * value), for example `region=uk && team~finance`. Keys match exactly. Anything else, `||`
 * and braces included (the fake does not simulate them), answers Codat's 400 "Malformed query".
 */
export function parseTagsFilter(text: string): (tags: CompanyTags) => boolean {
  const conditions = text.split('&&').map(parseCondition);
  return (tags) => conditions.every((condition) => holds(tags, condition));
}
