import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createSession } from './bank/bank-feeds';
import { API_BASE_URL, startMockApi } from './mock-api';
import { initialLanguage, initialScenario, rememberLanguage } from './settings';
import { parseLinkPath } from './xero/consent-channel';
import { XeroConsentPage } from './xero/consent-page';
import '@bankfeeds/react/styles.css';
import './portal.css';

const root = createRoot(document.getElementById('root')!);
const consent = parseLinkPath(window.location.pathname, window.location.search);

if (consent) {
  // The simulated Xero screen stands for Xero's own site: it needs no bank API.
  root.render(<XeroConsentPage {...consent} />);
} else {
  const scenario = initialScenario();
  const language = initialLanguage();
  rememberLanguage(language);
  // The mock API must answer before the first render asks it anything.
  const ids = await startMockApi(scenario);
  const session = createSession(API_BASE_URL, ids);
  root.render(
    <StrictMode>
      <App scenario={scenario} initialLanguage={language} session={session} />
    </StrictMode>,
  );
}
