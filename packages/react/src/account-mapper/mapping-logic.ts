import type { TargetChoice } from '@bankfeeds/client';

// A row's choice as the target list's items name it: Radix-style selects need non-empty strings.

/** Encodes a choice as a select value (`target:<id>`, `new` or `skip`). */
export function choiceToValue(choice: TargetChoice): string {
  return choice.kind === 'existing' ? `target:${choice.targetAccountId}` : choice.kind;
}

/** Decodes a select value; anything that names no target reads as "Don't connect". */
export function valueToChoice(value: string): TargetChoice {
  if (value === 'new') return { kind: 'new' };
  if (value.startsWith('target:')) return { kind: 'existing', targetAccountId: value.slice(7) };
  return { kind: 'skip' };
}
