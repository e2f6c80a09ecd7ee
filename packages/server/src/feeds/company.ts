import { sanitiseCompanyName, type Company } from '@bankfeeds/model';
import type { BankFeedsContext } from '../context';
import { HttpError } from '../http/http-error';

/** The tag that ties a Codat company to the bank's customer. */
export const CUSTOMER_TAG = 'customerId';

// Codat's tags filter has its own operators (`=`, `!=`, `~`, `&&`): only ids made of plain
// characters are looked up by tag; any other id skips the look-up (a new company is created).
const TAG_SAFE = /^[\w.@:-]+$/;

/** The customer, or a 403 when the bank does not know them (signed in but not a business). */
async function requireCustomer(context: BankFeedsContext, customerId: string) {
  const customer = await context.customers.getCustomer(customerId);
  if (!customer) throw new HttpError(403, 'This sign-in has no business customer.', 'forbidden');
  return customer;
}

/**
 * The company's name as Codat accepts it. A business name with nothing Codat accepts falls back
 * to the customer id (logged, so the bank can fix the name); when that is empty too, set-up stops
 * with a clear error rather than a refusal from Codat.
 */
function companyName(context: BankFeedsContext, customerId: string, businessName: string): string {
  const name = sanitiseCompanyName(businessName);
  if (name) return name;
  const fallback = sanitiseCompanyName(customerId);
  if (!fallback) {
    throw new HttpError(
      422,
      'The business name has no character Codat accepts in a company name.',
      'invalid-company-name',
    );
  }
  context.log.warn('company name empty once cleaned: named after the customer id', { customerId });
  return fallback;
}

/** A company Codat already holds for the customer (a link lost between create and save). */
async function findTaggedCompany(
  context: BankFeedsContext,
  customerId: string,
): Promise<Company | null> {
  // A client of the bank's own making may not list companies: set-up then creates one.
  if (!TAG_SAFE.test(customerId) || typeof context.codat.listCompanies !== 'function') return null;
  const page = await context.codat.listCompanies({ tags: `${CUSTOMER_TAG}=${customerId}` });
  // Checked again here: a filter Codat ignored must never hand one customer another's company.
  return page.results.find((company) => company.tags?.[CUSTOMER_TAG] === customerId) ?? null;
}

/**
 * The customer's Codat company: the one linked in the bank's records, else the one Codat holds
 * tagged with the customer's id, else a new one named after the business and tagged so.
 */
export async function ensureCompany(context: BankFeedsContext, customerId: string) {
  const link = await context.store.links.get(customerId);
  if (link) return link.companyId;
  const customer = await requireCustomer(context, customerId);
  const found = await findTaggedCompany(context, customerId);
  const company =
    found ??
    (await context.codat.createCompany({
      name: companyName(context, customerId, customer.businessName),
      description: 'Bank feeds into Xero',
      tags: { [CUSTOMER_TAG]: customer.id },
    }));
  await context.store.links.set({ customerId, companyId: company.id, connectionId: null });
  context.log.info(found ? 'company found by tag' : 'company created', {
    customerId,
    companyId: company.id,
  });
  return company.id;
}
