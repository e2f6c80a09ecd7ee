import type { ReactNode } from 'react';
import { Link } from '../router';
import { LANGUAGES, SCENARIOS, type Language, type Scenario } from '../settings';
import { useMessages } from './i18n';

interface LayoutProps {
  scenario: Scenario;
  onScenarioChange: (scenario: Scenario) => void;
  onLanguageChange: (language: Language) => void;
  language: Language;
  children: ReactNode;
}

/** Northwind's portal chrome: brand, navigation, the demo's switches, and the page. */
export function Layout({
  scenario,
  onScenarioChange,
  language,
  onLanguageChange,
  children,
}: LayoutProps) {
  const t = useMessages();
  return (
    <div className="portal">
      <a className="portal__skip" href="#content">
        {t.skip}
      </a>
      <header className="portal__header">
        <p className="portal__brand">
          <span className="portal__logo" aria-hidden="true">
            N
          </span>
          {t.bank} <span className="portal__brand-sub">{t.business}</span>
        </p>
        <nav aria-label={t.nav} className="portal__nav">
          <Link href="/">{t.navAccounts}</Link>
          <Link href="/connect">{t.navConnect}</Link>
          <Link href="/manage">{t.navManage}</Link>
          <Link href="/transactions">{t.navTransactions}</Link>
        </nav>
        <form
          className="portal__settings"
          aria-label={t.settings}
          onSubmit={(e) => e.preventDefault()}
        >
          <label>
            {t.scenario}
            <select value={scenario} onChange={(e) => onScenarioChange(e.target.value as Scenario)}>
              {SCENARIOS.map((option) => (
                <option key={option} value={option}>
                  {t.scenarios[option]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.language}
            <select value={language} onChange={(e) => onLanguageChange(e.target.value as Language)}>
              {LANGUAGES.map((option) => (
                <option key={option} value={option} lang={option}>
                  {t.languages[option]}
                </option>
              ))}
            </select>
          </label>
        </form>
      </header>
      <main id="content" className="portal__main">
        {children}
      </main>
      <footer className="portal__footer">{t.footer}</footer>
    </div>
  );
}
