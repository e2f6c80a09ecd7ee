import * as z from 'zod/mini';
import { nullableString } from './primitives';
import { ConnectionSchema } from './connection.schema';

/** Characters Codat allows in a company name; others are stripped by Codat on create. */
export const COMPANY_NAME_PATTERN = /^[A-Za-z0-9\s\-'',&@.,?!]+$/;

/** Every character Codat does not keep in a company name. */
const FORBIDDEN_NAME_CHARACTERS = /[^A-Za-z0-9\s\-'',&@.,?!]/g;

/**
 * A company name Codat keeps as sent: one place for the rule and for what a refusal says, so a
 * developer sees which characters are at fault and the way out, not zod's bare "Invalid input".
 */
const CompanyNameSchema = z.string().check(
  z.check<string>(({ value, issues }) => {
    if (COMPANY_NAME_PATTERN.test(value)) return;
    const forbidden = [...new Set(value.match(FORBIDDEN_NAME_CHARACTERS) ?? [])];
    issues.push({
      code: 'invalid_format',
      format: 'regex',
      origin: 'string',
      pattern: String(COMPANY_NAME_PATTERN),
      input: value,
      message:
        forbidden.length > 0
          ? `Codat does not allow ${forbidden.map((c) => JSON.stringify(c)).join(', ')} in a company name ` +
            `(only letters A-Z, digits, spaces and - ' , & @ . ? !); ` +
            `sanitiseCompanyName(name) removes them as Codat does when it creates a company`
          : "A company name needs at least one letter, digit or - ' , & @ . ? !",
    });
  }),
);

/** Tags by name: any names, string values (an object with a catch-all costs less than a record). */
const TagsSchema = z.catchall(z.object({}), z.string());

/** A tag name: 1 to 27 characters, on one line. */
const TAG_NAME_PATTERN = /^.{1,27}$/u;

/** A reference to a parent or subsidiary company. */
export const CompanyReferenceSchema = z.object({
  id: z.optional(z.string()),
  name: z.optional(z.string()),
  description: z.optional(z.nullable(z.string())),
  links: z.optional(z.object({ portal: z.optional(z.string()) })),
  tags: z.optional(TagsSchema),
});

/** A Codat company: one business customer of the bank. */
export const CompanySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Codat's hosted link page for this company. */
  redirect: z.string(),
  description: nullableString,
  lastSync: nullableString,
  created: z.optional(z.string()),
  createdByUserName: nullableString,
  products: z.optional(z.array(z.string())),
  tags: z.optional(TagsSchema),
  referenceParentCompany: z.optional(z.nullable(CompanyReferenceSchema)),
  referenceSubsidiaryCompanies: z.optional(z.array(CompanyReferenceSchema)),
  dataConnections: z.optional(z.array(ConnectionSchema)),
});
export type Company = z.output<typeof CompanySchema>;

/** Body of `POST /companies` and `PUT /companies/{id}` (outbound, strict). */
export const CompanyRequestBodySchema = z.strictObject({
  // The pattern's `+` also refuses an empty name.
  name: CompanyNameSchema,
  description: z.optional(z.string()),
  tags: z.optional(
    TagsSchema.check(
      // Codat's limits on tags in one custom check: no record, refine or length schema in the bundle.
      z.check(({ value: tags, issues }) => {
        const names = Object.keys(tags);
        if (names.length > 10) {
          issues.push({ code: 'custom', input: tags, message: 'A company has at most 10 tags' });
        }
        for (const name of names) {
          if (!TAG_NAME_PATTERN.test(name)) {
            issues.push({
              code: 'custom',
              input: name,
              path: [name],
              message: 'A tag name has 1 to 27 characters, on one line',
            });
          }
          const value = tags[name]!;
          // Counted in code points, as zod counts a string's length.
          if ([...value].length > 100) {
            issues.push({
              code: 'too_big',
              origin: 'string',
              maximum: 100,
              inclusive: true,
              input: value,
              path: [name],
              message: 'A tag value has at most 100 characters',
            });
          }
        }
      }),
    ),
  ),
});
export type CompanyRequestBody = z.output<typeof CompanyRequestBodySchema>;

/**
 * Codat strips characters it does not allow from a company name rather than rejecting it
 * (`Company (Codat[1])` becomes `Company Codat1`). The fake and the server example use this.
 */
export function sanitiseCompanyName(name: string): string {
  return name.replace(FORBIDDEN_NAME_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}
