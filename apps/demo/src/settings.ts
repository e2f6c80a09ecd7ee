/**
 * The demo's two switches: which mock scenario the fake API plays and which language the portal
 * speaks. A `?scenario=` or `?lang=` in the address wins (handy for links and tests) and is
 * remembered for the session, so moving between pages keeps them.
 */
export const SCENARIOS = ['default', 'needsAuth', 'bankFeedsDisabled', 'large', 'flaky'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

function pick<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  const fromUrl = new URLSearchParams(window.location.search).get(key);
  const value = fromUrl ?? window.sessionStorage.getItem(`northwind.${key}`);
  const chosen = allowed.find((option) => option === value) ?? fallback;
  window.sessionStorage.setItem(`northwind.${key}`, chosen);
  return chosen;
}

export const initialScenario = (): Scenario => pick('scenario', SCENARIOS, 'default');
export const initialLanguage = (): Language => pick('lang', LANGUAGES, 'en');

/** A new scenario needs a fresh fake, so the portal reloads on the accounts page. */
export function switchScenario(scenario: Scenario): void {
  window.sessionStorage.setItem('northwind.scenario', scenario);
  window.location.assign('/');
}

export function rememberLanguage(language: Language): void {
  window.sessionStorage.setItem('northwind.lang', language);
  document.documentElement.lang = language;
}
