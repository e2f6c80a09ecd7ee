import { createContext, useContext } from 'react';
import { messages, type Messages } from '../messages';
import type { Language } from '../settings';

const LanguageContext = createContext<Language>('en');
export const LanguageProvider = LanguageContext.Provider;

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useMessages(): Messages {
  return messages[useLanguage()];
}
