'use client';
import {
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { useI18n } from '../i18n/i18n-context';
import { dataFlag } from '../internal/dom';
import { findNextItem, typeAhead, type TypeaheadBuffer } from '../internal/typeahead';
import { useAccountMapperActions } from './account-mapper-context';
import { choiceToValue, valueToChoice } from './mapping-logic';
import { targetItems, type TargetItem } from './target-items';
import type { MapperAccount, TargetChoice } from './types';
import { accountMapperAnatomy } from './anatomy';

/** Props of the row's target list, mounted by `AccountMapper.TargetSelect` on first use. */
export interface TargetListProps {
  account: MapperAccount;
  choice: TargetChoice;
  onChoiceChange(choice: TargetChoice): void;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The list's id, which the visible trigger points at with `aria-controls`. */
  contentId: string;
  /** The visible trigger: focus goes back to it when the list closes. */
  triggerRef: RefObject<HTMLButtonElement | null>;
}

const options = (list: HTMLElement | null) =>
  list
    ? [...list.querySelectorAll<HTMLElement>('[role="option"]:not([aria-disabled="true"])')]
    : [];

/**
 * A row's list of targets: a non-modal listbox under its trigger, with the keyboard and pointer
 * behaviour of a select (focus on the chosen or first item, arrows, Home, End, typeahead, Enter or
 * Space to pick, Escape to close, press-drag-release with a mouse).
 *
 * Non-modal on purpose. A modal select (Radix's) hides the rest of the page from assistive
 * technology with `aria-hidden` while focusable controls stay inside it (axe: `aria-hidden-focus`),
 * and blocks pointer events and scrolling with styles on `<body>`: with 1,000 rows every open and
 * close restyled and laid out the whole table, about half a second per pick. This list touches
 * nothing outside its own row; a press outside it or focus leaving it closes it.
 *
 * This module is a chunk of its own, loaded by `target-list-loader.ts` on a list's first open or
 * when the browser is idle: elsewhere it is imported as a type only.
 */
export function TargetList({
  account,
  choice,
  onChoiceChange,
  open,
  onOpenChange,
  contentId,
  triggerRef,
}: TargetListProps) {
  const { t } = useI18n();
  const { takenBy } = useAccountMapperActions('TargetSelect');
  const listRef = useRef<HTMLDivElement>(null);
  const typeahead = useRef<TypeaheadBuffer>({ search: '', at: 0 });
  // How the last press in the list was made: a mouse picks on release, anything else on click.
  const pointerType = useRef('');
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [side, setSide] = useState<'bottom' | 'top'>('bottom');
  const id = useId();
  const current = choiceToValue(choice);
  // Built only while open, the only time the list shows them.
  const items = open ? targetItems(account, takenBy, t) : null;

  const close = (refocus: boolean) => {
    onOpenChange(false);
    if (refocus) triggerRef.current?.focus({ preventScroll: true });
  };
  const pick = (item: TargetItem) => {
    if (item.disabled) return;
    if (item.value !== current) onChoiceChange(valueToChoice(item.value));
    close(true);
  };
  const focusItem = (element: HTMLElement | undefined) => {
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'nearest' });
  };

  // On open: opens upwards when there is no room below, then focuses the chosen or first item.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!open || !list) return;
    typeahead.current.search = '';
    const trigger = triggerRef.current?.getBoundingClientRect();
    if (trigger && typeof window !== 'undefined') {
      const below = window.innerHeight - trigger.bottom;
      setSide(below < list.offsetHeight && trigger.top > below ? 'top' : 'bottom');
    }
    const all = options(list);
    focusItem(all.find((o) => o.dataset.value === current) ?? all[0] ?? list);
    // Only on opening: later changes of the choice close the list anyway.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  // A press anywhere outside the list and its trigger closes it, leaving focus where it lands.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: globalThis.PointerEvent) => {
      const path = event.composedPath();
      if (listRef.current && path.includes(listRef.current)) return;
      if (triggerRef.current && path.includes(triggerRef.current)) return;
      onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, onOpenChange, triggerRef]);

  if (!open || !items) return null;
  const all = [...items.existing, ...items.other];
  const itemAt = (element: EventTarget | null) => {
    const value = (element as HTMLElement | null)?.closest?.<HTMLElement>('[role="option"]')
      ?.dataset.value;
    return all.find((item) => item.value === value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = options(listRef.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const item = itemAt(event.target);
    const move = (index: number) => focusItem(list[Math.max(0, Math.min(list.length - 1, index))]);
    const { key } = event;
    // Space while a search is under way (a pause of a second ends it) is part of the search.
    const searching =
      typeahead.current.search !== '' && event.timeStamp - typeahead.current.at < 1000;
    if (key === 'ArrowDown') move(at + 1);
    else if (key === 'ArrowUp') move(at < 0 ? list.length - 1 : at - 1);
    else if (key === 'Home' || key === 'PageUp') move(0);
    else if (key === 'End' || key === 'PageDown') move(list.length - 1);
    else if (key === 'Enter' || (key === ' ' && !searching)) {
      if (item) pick(item);
    } else if (key === 'Escape' || key === 'Tab') {
      // Escape closes this list only, not a dialog the mapper sits in.
      event.stopPropagation();
      close(true);
    } else if (key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) {
      const search = typeAhead(typeahead.current, key, event.timeStamp);
      const next = findNextItem(all, search, item?.value ?? '');
      if (next) focusItem(list.find((o) => o.dataset.value === next.value));
    } else return;
    event.preventDefault();
  };

  const renderItem = (item: TargetItem) => {
    const checked = item.value === current;
    return (
      <div
        key={item.value}
        id={`${id}-${item.value}`}
        role="option"
        tabIndex={-1}
        aria-selected={checked}
        aria-disabled={item.disabled || undefined}
        data-value={item.value}
        {...accountMapperAnatomy.attrs('targetItem')}
        data-state={checked ? 'checked' : 'unchecked'}
        data-highlighted={dataFlag(highlighted === item.value)}
        data-disabled={dataFlag(item.disabled === true)}
      >
        {item.text}
      </div>
    );
  };

  return (
    <div
      ref={listRef}
      id={contentId}
      role="listbox"
      tabIndex={-1}
      aria-label={t('mapper.target.label', { account: account.name })}
      {...accountMapperAnatomy.attrs('targetContent')}
      data-state="open"
      data-side={side}
      onKeyDown={onKeyDown}
      onFocus={(event: FocusEvent<HTMLDivElement>) =>
        setHighlighted(itemAt(event.target)?.value ?? null)
      }
      onBlur={(event: FocusEvent<HTMLDivElement>) => {
        const to = event.relatedTarget as Node | null;
        // Focus leaving for anything but the list or its trigger (a click elsewhere, a screen
        // reader's cursor) closes the list.
        if (to && !listRef.current?.contains(to) && to !== triggerRef.current) close(false);
      }}
      // The same gestures as a select: a mouse picks on release (so press on the trigger, drag and
      // release works), touch and pen on click; hovering an item focuses it.
      onPointerMove={(event: PointerEvent<HTMLDivElement>) => {
        const element = (event.target as HTMLElement).closest<HTMLElement>('[role="option"]');
        if (
          element &&
          element !== document.activeElement &&
          element.getAttribute('aria-disabled') !== 'true'
        )
          element.focus({ preventScroll: true });
      }}
      onPointerDown={(event: PointerEvent<HTMLDivElement>) => {
        pointerType.current = event.pointerType;
      }}
      onPointerUp={(event: PointerEvent<HTMLDivElement>) => {
        const item = itemAt(event.target);
        if (event.pointerType === 'mouse' && item) pick(item);
      }}
      onClick={(event) => {
        const item = itemAt(event.target);
        if (item && pointerType.current !== 'mouse') pick(item);
      }}
    >
      <div {...accountMapperAnatomy.attrs('targetViewport')}>
        <div role="group" aria-labelledby={`${id}-existing`}>
          <div id={`${id}-existing`} {...accountMapperAnatomy.attrs('targetGroupLabel')}>
            {t('mapper.target.existing')}
          </div>
          {items.existing.length === 0 ? (
            <p {...accountMapperAnatomy.attrs('targetEmpty')}>
              {t('mapper.target.none', { currency: account.currency })}
            </p>
          ) : null}
          {items.existing.map(renderItem)}
        </div>
        <div role="group" aria-labelledby={`${id}-other`}>
          <div id={`${id}-other`} {...accountMapperAnatomy.attrs('targetGroupLabel')}>
            {t('mapper.target.other')}
          </div>
          {items.other.map(renderItem)}
        </div>
      </div>
    </div>
  );
}
