/** The attributes every part renders: its component's scope and its own name. */
export interface PartAttributes {
  'data-scope': string;
  'data-part': string;
}

/**
 * A component's anatomy: the one list of its parts. It drives the `data-scope`/`data-part`
 * attributes the parts render, the `classNames` keys of the preassembled component and the
 * styling docs (a test holds the react README to it), so a part is renamed in one place.
 */
export interface Anatomy<Key extends string> {
  /** The `data-scope` every part of the component renders. */
  readonly scope: string;
  /** Each part's `data-part` value, by the name the code uses. */
  readonly parts: Readonly<Record<Key, string>>;
  /** The `data-scope`/`data-part` pair to spread onto a part's element. */
  attrs(key: Key): PartAttributes;
  /** A CSS selector for a part inside this component. */
  selector(key: Key): string;
}

/** `applyAllButton` → `apply-all-button`: a part's code name as its `data-part`. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * Declares a component's anatomy: its scope and its parts, by code name; each part's `data-part`
 * is its name in kebab case (`errorText` → `error-text`), so the bundle holds each name once.
 */
/* @__NO_SIDE_EFFECTS__ */
export function createAnatomy<const Key extends string>(
  scope: string,
  keys: readonly Key[],
): Anatomy<Key> {
  const parts = Object.fromEntries(keys.map((key) => [key, kebab(key)])) as Record<Key, string>;
  // One frozen object per part, so spreading it in render allocates nothing new.
  const attributes = Object.fromEntries(
    keys.map((key) => [key, Object.freeze({ 'data-scope': scope, 'data-part': parts[key] })]),
  ) as Record<Key, PartAttributes>;
  return {
    scope,
    parts,
    attrs: (key) => attributes[key],
    selector: (key) => `[data-scope="${scope}"][data-part="${parts[key]}"]`,
  };
}
