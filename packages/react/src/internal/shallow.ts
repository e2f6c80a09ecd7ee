/**
 * Whether two selector results hold the same members: zustand's `shallow`, in the kit's own
 * smaller form (a portal then does not load zustand's). Plain objects compare their own
 * enumerable entries; Maps, Sets, arrays and other iterables with `entries()` compare their
 * entries by key; other iterables compare item by item. Values compare with `Object.is`.
 */
export function shallow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!isObject(a) || !isObject(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    return false;
  }
  const iterable = Symbol.iterator in a && Symbol.iterator in b;
  const keyed = !iterable || ('entries' in a && 'entries' in b);
  // Each side's entries by key: an item's index for an iterable without `entries()`.
  const entriesOf = (value: object) =>
    new Map<unknown, unknown>(
      !iterable
        ? Object.entries(value)
        : keyed
          ? (value as Map<unknown, unknown>).entries()
          : [...(value as Iterable<unknown>)].entries(),
    );
  const entriesOfA = entriesOf(a);
  const entriesOfB = entriesOf(b);
  if (entriesOfA.size !== entriesOfB.size) return false;
  for (const [key, value] of entriesOfA) {
    if (!entriesOfB.has(key) || !Object.is(value, entriesOfB.get(key))) return false;
  }
  return true;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
