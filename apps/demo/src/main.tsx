import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initialLanguage, initialScenario, rememberLanguage } from './settings';
import './portal.css';

const scenario = initialScenario();
const language = initialLanguage();
rememberLanguage(language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App scenario={scenario} initialLanguage={language} />
  </StrictMode>,
);
