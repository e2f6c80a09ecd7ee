import { en, type MessageKey, type Messages } from './en';

/** Base keys of the messages that have plural forms (`….one` / `….other`). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? Base : never;
}[MessageKey];

/** Values for a message's `{placeholders}`. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Picks a message, fills its placeholders, and chooses plural forms for a locale. */
export interface Translator {
  /** The BCP 47 locale used for `Intl` (e.g. `en-GB`, `fr-FR`). */
  readonly locale: string;
  /** The message for a key with its placeholders filled. */
  t(key: MessageKey, values?: MessageValues): string;
  /** The plural form of a message for `count` (also available as `{count}`). */
  plural(key: PluralKey, count: number, values?: MessageValues): string;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; unknown ones stay visible so a gap is noticed, not hidden. */
export function interpolate(message: string, values?: MessageValues): string {
  if (!values) return message;
  return message.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * A translator for `locale` with `messages`: a whole catalog (`fr` from
 * `@bankfeeds/react/locales/fr`) or any subset of keys; keys left out read in English. Catalogs
 * other than English are imported by the host, so a portal in one language ships one.
 */
export function createTranslator(locale = 'en', messages?: Partial<Messages>): Translator {
  const catalog: Messages = messages ? { ...en, ...messages } : en;
  const rules = new Intl.PluralRules(locale);
  const t = (key: MessageKey, values?: MessageValues) => interpolate(catalog[key], values);
  return {
    locale,
    t,
    plural(key, count, values) {
      const form = rules.select(count) === 'one' ? 'one' : 'other';
      return t(`${key}.${form}` as MessageKey, { count, ...values });
    },
  };
}
