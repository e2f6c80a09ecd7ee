/**
 * @bankfeeds/react/locales/fr: the French catalog, for `messages` on `BankFeedsProvider` or
 * `I18nProvider` (with a French `locale` such as `fr-FR` for dates and amounts). A separate entry,
 * so a portal that is only in English does not ship it.
 */
export { fr } from '../i18n/fr';
