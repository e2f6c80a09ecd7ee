/* global document */
// What the consumer apps' checks do in Chromium: open a page that records problems, walk the
// setup journey as a user would, and check the page's policy.

/** Opens a page that records CSP violations apart from other console errors and uncaught errors. */
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  const violations = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^CSP violation|Content Security Policy/.test(text)) violations.push(text);
    else problems.push(`console error: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  return { page, problems, violations };
}

/** The setup journey of the kit's own tests, by role and name as a user would find things. */
export async function setupJourney(page) {
  await page.getByRole('heading', { name: 'Choose accounts' }).waitFor({ timeout: 20_000 });
  await page.getByRole('combobox', { name: 'Xero account for Business Savings' }).click();
  await page.getByRole('option', { name: 'Create new account “Business Savings”' }).click();
  const date = page.getByRole('textbox', { name: 'Feed start date for Business Savings' });
  await date.fill('01/02/2026');
  await date.press('Enter');
  await page.getByRole('button', { name: 'Connect accounts' }).click();
  await page.getByRole('heading', { name: 'Your bank feeds are set up' }).waitFor();
  // Counts the feeds connected in this session only: the one already there is not among them.
  await page.getByText('1 account connected.').waitFor();
  await page.getByRole('button', { name: 'Manage bank feeds' }).click();
  await page.getByRole('table', { name: 'Your bank feeds in Xero' }).waitFor();
}

export function assertClean(problems) {
  if (problems.length) throw new Error(problems.join('\n'));
}

/** The response's policy must be strict: no unsafe-inline or unsafe-eval anywhere. */
export function assertStrictPolicy(response) {
  const policy = response?.headers()['content-security-policy'] ?? '';
  if (
    !/script-src 'self'/.test(policy) ||
    !/style-src 'self' 'nonce-/.test(policy) ||
    /unsafe-/.test(policy)
  ) {
    throw new Error(`not a strict policy: ${policy}`);
  }
}
