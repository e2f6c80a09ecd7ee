import { en, type MessageKey, type Messages } from './en';
import { fr } from './fr';

/** Catalogs shipped with the kit, by language. */
export const catalogs: Readonly<Record<string, Messages>> = { en, fr };

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

/** The shipped catalog for a locale's language (`fr-CA` → French), English otherwise. */
export function catalogFor(locale: string): Messages {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return catalogs[language] ?? en;
}

/**
 * A translator for `locale`, with `overrides` (any subset of keys) taking precedence over the
 * shipped catalog: banks can reword a message without forking a catalog.
 */
export function createTranslator(locale = 'en', overrides?: Partial<Messages>): Translator {
  const messages: Messages = overrides
    ? { ...catalogFor(locale), ...overrides }
    : catalogFor(locale);
  const rules = new Intl.PluralRules(locale);
  const t = (key: MessageKey, values?: MessageValues) => interpolate(messages[key], values);
  return {
    locale,
    t,
    plural(key, count, values) {
      const form = rules.select(count) === 'one' ? 'one' : 'other';
      return t(`${key}.${form}` as MessageKey, { count, ...values });
    },
  };
}
