'use client';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Messages } from './en';
import { createTranslator, type Translator } from './translate';

const fallback = /* @__PURE__ */ createTranslator('en');
const I18nContext = /* @__PURE__ */ createContext<Translator>(fallback);

/** Props of {@link I18nProvider}. */
export interface I18nProviderProps {
  /** BCP 47 locale for `Intl`: dates, amounts, plural rules, the calendar's names and first weekday. @default 'en' */
  locale?: string | undefined;
  /**
   * The wording: a whole catalog (`fr` from `@bankfeeds/react/locales/fr`) or any subset of keys;
   * keys left out read in English. @default English
   */
  messages?: Partial<Messages> | undefined;
  children?: ReactNode;
}

/** Sets the language of every kit component below it. */
export function I18nProvider({ locale = 'en', messages, children }: I18nProviderProps) {
  // Hosts often pass `messages` inline; keying on its content keeps the translator (and every
  // component reading it) stable across their re-renders.
  const messagesKey = messages ? JSON.stringify(messages) : '';
  const translator = useMemo(
    () => createTranslator(locale, messages),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on content, see above
    [locale, messagesKey],
  );
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}

/** The translator of the nearest {@link I18nProvider}; English when there is none. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
