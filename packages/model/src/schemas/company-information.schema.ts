import * as z from 'zod/mini';
import { nullableString } from './primitives';

/** `GET …/bankFeeds/info`: the connected Xero organisation, shown to the user (a Xero requirement). */
export const CompanyInformationSchema = z.object({
  companyName: z.string(),
  baseCurrency: z.string(),
  planType: nullableString,
  multicurrencyEnabled: z.optional(z.boolean()),
  currencies: z.pipe(
    z.optional(z.nullable(z.array(z.string()))),
    z.transform((value) => value ?? []),
  ),
});
export type CompanyInformation = z.output<typeof CompanyInformationSchema>;

/** `GET /companies/{id}/accessToken`: a bearer token for one company, valid one day. */
export const CompanyAccessTokenSchema = z.object({
  expiresIn: z.number(),
  accessToken: z.string(),
  tokenType: z.string(),
});
export type CompanyAccessToken = z.output<typeof CompanyAccessTokenSchema>;
