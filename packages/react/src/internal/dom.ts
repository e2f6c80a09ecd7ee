/** An empty-string data attribute when `flag` holds, none otherwise (`data-disabled=""`). */
export function dataFlag(flag: boolean | null | undefined): '' | undefined {
  return flag ? '' : undefined;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string | undefined {
  const joined = names.filter(Boolean).join(' ');
  return joined || undefined;
}

/** Joins ids for `aria-describedby`, skipping empty ones. */
export const ids = cx;

/** A map of extra class names for the parts of a preassembled component. */
export type ClassNames<Part extends string> = Partial<Record<Part, string>>;
