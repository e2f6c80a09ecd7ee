import { useState, type ComponentType } from 'react';
import { BankFeedsProvider, type Messages } from '@bankfeeds/react';
import { fr } from '@bankfeeds/react/locales/fr';
import { SessionProvider, type BankFeedsSession } from './bank/bank-feeds';
import { AccountsPage } from './pages/accounts-page';
import { ConnectPage } from './pages/connect-page';
import { ManagePage } from './pages/manage-page';
import { NotFoundPage } from './pages/not-found-page';
import { TransactionsPage } from './pages/transactions-page';
import { Layout } from './portal/layout';
import { LanguageProvider } from './portal/i18n';
import { usePath } from './router';
import { rememberLanguage, switchScenario, type Language, type Scenario } from './settings';

// The kit formats dates and amounts for the customer's region, in the portal's language.
const LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };
const MESSAGES: Record<Language, Messages | undefined> = { en: undefined, fr };

const PAGES: Record<string, ComponentType> = {
  '/': AccountsPage,
  '/connect': ConnectPage,
  '/manage': ManagePage,
  '/transactions': TransactionsPage,
};

interface AppProps {
  scenario: Scenario;
  initialLanguage: Language;
  session: BankFeedsSession;
}

/** Northwind Bank's business portal. */
export function App({ scenario, initialLanguage, session }: AppProps) {
  const path = usePath();
  const [language, setLanguage] = useState(initialLanguage);

  const CurrentPage = PAGES[path] ?? NotFoundPage;
  const changeLanguage = (next: Language) => {
    rememberLanguage(next);
    setLanguage(next);
  };
  return (
    <SessionProvider value={session}>
      <LanguageProvider value={language}>
        <BankFeedsProvider
          client={session.client}
          // The company alone, as with Codat's own component: the journey finds the company's
          // Xero connection (or creates one).
          companyId={session.companyId}
          locale={LOCALES[language]}
          messages={MESSAGES[language]}
        >
          <Layout
            scenario={scenario}
            onScenarioChange={switchScenario}
            language={language}
            onLanguageChange={changeLanguage}
          >
            <CurrentPage />
          </Layout>
        </BankFeedsProvider>
      </LanguageProvider>
    </SessionProvider>
  );
}
