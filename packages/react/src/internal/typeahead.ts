/**
 * Typeahead on a closed select's trigger, by the rules of Radix Select's trigger
 * (`useTypeaheadSearch` and `findNextItem` in `@radix-ui/react-select`), for triggers that stand in
 * for a Radix Select not mounted yet.
 *
 * Radix clears its buffer with a timer; here each key's time is compared with the previous one's
 * instead, which gives the same searches with nothing to schedule or clean up per trigger.
 */

/** A pause this long (ms) ends a search, as in Radix. */
const SEARCH_TIMEOUT = 1000;

/** What was typed so far and when the last key came (an event's `timeStamp`). */
export interface TypeaheadBuffer {
  search: string;
  at: number;
}

/** An item typeahead can land on: its value, its visible text, and whether it can be picked. */
export interface TypeaheadItem {
  value: string;
  text: string;
  disabled?: boolean | undefined;
}

/**
 * Adds a typed character to the search, which starts afresh after a pause, and returns it. A
 * search longer than the character means one was under way (Radix's "typing ahead").
 */
export function typeAhead(buffer: TypeaheadBuffer, key: string, time: number): string {
  buffer.search = (time - buffer.at < SEARCH_TIMEOUT ? buffer.search : '') + key;
  buffer.at = time;
  return buffer.search;
}

/**
 * The enabled item a search moves to from the current value, or `undefined` to stay: the first
 * whose text starts with the search (ignoring case), looking from the current item on and
 * wrapping round. A single character looks past the current item, and the same character typed
 * again ("sss") counts as one, so repeating a letter cycles through the items it starts.
 */
export function findNextItem<Item extends TypeaheadItem>(
  items: readonly Item[],
  search: string,
  currentValue: string,
): Item | undefined {
  const enabled = items.filter((item) => !item.disabled);
  const current = enabled.find((item) => item.value === currentValue);
  // A one-character search counts as repeated too, which leaves it as it is.
  const repeated = [...search].every((char) => char === search[0]);
  const wanted = (repeated ? search[0]! : search).toLowerCase();
  const start = current ? enabled.indexOf(current) : 0;
  for (let step = 0; step < enabled.length; step++) {
    const item = enabled[(start + step) % enabled.length]!;
    if (wanted.length === 1 && item === current) continue;
    if (item.text.toLowerCase().startsWith(wanted)) return item === current ? undefined : item;
  }
  return undefined;
}
