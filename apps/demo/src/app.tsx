import { useState, type ComponentType } from 'react';
import { AccountsPage } from './pages/accounts-page';
import { ConnectPage } from './pages/connect-page';
import { ManagePage } from './pages/manage-page';
import { NotFoundPage } from './pages/not-found-page';
import { TransactionsPage } from './pages/transactions-page';
import { Layout } from './portal/layout';
import { LanguageProvider } from './portal/i18n';
import { usePath } from './router';
import { rememberLanguage, switchScenario, type Language, type Scenario } from './settings';
import { parseLinkPath } from './xero/consent-channel';
import { XeroConsentPage } from './xero/consent-page';

const PAGES: Record<string, ComponentType> = {
  '/': AccountsPage,
  '/connect': ConnectPage,
  '/manage': ManagePage,
  '/transactions': TransactionsPage,
};

/** Northwind Bank's business portal. */
export function App({
  scenario,
  initialLanguage,
}: {
  scenario: Scenario;
  initialLanguage: Language;
}) {
  const path = usePath();
  const [language, setLanguage] = useState(initialLanguage);

  // The simulated Xero screen is Xero's page, not the portal's: no portal chrome around it.
  const consent = parseLinkPath(path);
  if (consent) return <XeroConsentPage {...consent} />;

  const CurrentPage = PAGES[path] ?? NotFoundPage;
  const changeLanguage = (next: Language) => {
    rememberLanguage(next);
    setLanguage(next);
  };
  return (
    <LanguageProvider value={language}>
      <Layout
        scenario={scenario}
        onScenarioChange={switchScenario}
        language={language}
        onLanguageChange={changeLanguage}
      >
        <CurrentPage />
      </Layout>
    </LanguageProvider>
  );
}
