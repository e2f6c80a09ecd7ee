'use client';
import {
  forwardRef,
  memo,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { useI18n } from '../i18n/i18n-context';
import { dataFlag } from '../internal/dom';
import { findNextItem, typeAhead, type TypeaheadBuffer } from '../internal/typeahead';
import { useAccountMapperActions } from './account-mapper-context';
import { choiceToValue, valueToChoice } from './mapping-logic';
import { targetItems } from './target-items';
import { useTargetListModule, useTargetListPrefetch } from './target-list-loader';
import type { MapperAccount, TargetChoice } from './types';
import { accountMapperAnatomy } from './anatomy';

/** The keys that open a select from its trigger, as Radix Select reads them. */
const OPEN_KEYS = new Set([' ', 'Enter', 'ArrowUp', 'ArrowDown']);

/** Props of `AccountMapper.TargetSelect`. */
export interface AccountMapperTargetSelectProps {
  /** The source account the choice is for. */
  account: MapperAccount;
  /** The current choice: the client's {@link TargetChoice} (`{ kind: 'skip' }` for "Don't connect"). */
  choice: TargetChoice;
  /** Called with the user's new choice. */
  onChoiceChange(choice: TargetChoice): void;
  /** Whether the row has a problem. @default false */
  invalid?: boolean | undefined;
  /** Ids of texts describing the field (the row's error). @default undefined */
  'aria-describedby'?: string | undefined;
  /** Class name for the trigger. @default undefined */
  className?: string | undefined;
}

/**
 * A row's choice of Xero account: the compatible existing accounts, "Create new account" with the
 * name it will get, or "Don't connect".
 *
 * The trigger is a plain button with the ARIA and data attributes of a select's trigger
 * (`role="combobox"`, `aria-expanded`, `data-state`…). The list behind it
 * (`target-list.tsx`: a non-modal listbox that changes nothing outside its row) is mounted only
 * while open, by pointer or by Enter, Space or an arrow key. A thousand rows each mounting a
 * select cost about a second before anything showed; one button costs almost nothing.
 *
 * The list's code is a chunk of its own, prefetched once the browser is idle after a row mounts
 * and loaded at once on the first open. Opened before it is here, the trigger is `aria-busy`
 * with `data-loading`, the row says "Loading…", and the list opens (taking focus) when it comes;
 * if it cannot load, the row says so in an alert and the next open tries again.
 *
 * Typing on the closed trigger picks the next item whose text starts with what was typed, as on
 * a Radix Select's trigger (see `internal/typeahead`), without opening the list or mounting
 * anything: the items are worked out only when a key asks for them.
 *
 * The ref, like `className`, reaches the trigger: the element users focus and lists open from.
 */
export const AccountMapperTargetSelect = /* @__PURE__ */ memo(
  /* @__PURE__ */ forwardRef<HTMLButtonElement, AccountMapperTargetSelectProps>(
    function AccountMapperTargetSelect(
      { account, choice, onChoiceChange, invalid = false, className, ...aria },
      forwardedRef,
    ) {
      const { t } = useI18n();
      const { disabled, takenBy } = useAccountMapperActions('TargetSelect');
      // Whether the user opened the list; it shows once its code is here (see below).
      const [open, setOpen] = useState(false);
      const [loadFailed, setLoadFailed] = useState(false);
      const triggerRef = useRef<HTMLButtonElement>(null);
      const ref = useComposedRefs(forwardedRef, triggerRef);
      const pointerType = useRef('touch');
      const typeahead = useRef<TypeaheadBuffer>({ search: '', at: 0 });
      const contentId = `${useId()}-list`;
      // The list's code comes in a chunk of its own, prefetched when the browser is idle and
      // loaded at once on the first open. Until it is here the trigger says it is opening; if it
      // cannot come, the row says so and the next open tries again.
      useTargetListPrefetch();
      const list = useTargetListModule(open, () => {
        setOpen(false);
        setLoadFailed(true);
      });
      const TargetList = open ? list.module?.TargetList : undefined;
      const shown = TargetList !== undefined;
      const loading = open && !shown;

      const show = () => {
        if (disabled) return;
        typeahead.current.search = '';
        setLoadFailed(false);
        setOpen(true);
        // While the list is on its way the trigger holds focus (a mouse press leaves it where it
        // was), so Escape or leaving cancels the opening; the list takes focus when it comes.
        if (!list.module) triggerRef.current?.focus({ preventScroll: true });
      };

      /** Picks the item a typed character leads to, like a pick in the list; returns the search. */
      const typeToPick = (key: string, time: number) => {
        if (disabled) return '';
        const search = typeAhead(typeahead.current, key, time);
        const { existing, other } = targetItems(account, takenBy, t);
        const next = findNextItem([...existing, ...other], search, choiceToValue(choice));
        if (next) onChoiceChange(valueToChoice(next.value));
        return search;
      };

      const label =
        choice.kind === 'new'
          ? t('mapper.target.createNew', { name: account.newAccountName })
          : choice.kind === 'skip'
            ? t('mapper.target.skip')
            : (account.targetOptions.find((o) => o.id === choice.targetAccountId)?.name ??
              choice.targetAccountId);

      return (
        <div {...accountMapperAnatomy.attrs('targetControl')}>
          <button
            ref={ref}
            type="button"
            role="combobox"
            className={className}
            aria-label={t('mapper.target.label', { account: account.name })}
            aria-controls={shown ? contentId : undefined}
            aria-expanded={shown}
            aria-busy={loading || undefined}
            aria-autocomplete="none"
            aria-invalid={invalid || undefined}
            aria-describedby={aria['aria-describedby']}
            disabled={disabled}
            {...accountMapperAnatomy.attrs('targetTrigger')}
            data-state={shown ? 'open' : 'closed'}
            data-loading={dataFlag(loading)}
            data-disabled={dataFlag(disabled)}
            data-invalid={dataFlag(invalid)}
            // The same gestures as Radix's trigger: a mouse opens on press (so press, drag and
            // release picks an item), touch and pen on click, the keyboard on its open keys.
            onPointerDown={(event: PointerEvent<HTMLButtonElement>) => {
              pointerType.current = event.pointerType;
              if (event.button === 0 && !event.ctrlKey && event.pointerType === 'mouse') {
                // A press on the trigger of an open list closes it, as on a native select.
                if (open) {
                  setOpen(false);
                  event.currentTarget.focus({ preventScroll: true });
                } else show();
                // Keeps focus off the trigger, so it can move into the list.
                event.preventDefault();
              }
            }}
            onBlur={() => {
              // Leaving the trigger while its list is on its way cancels the opening, as leaving
              // an open list closes it; leaving it also ends a failure's message.
              if (loading) setOpen(false);
              setLoadFailed(false);
            }}
            onClick={(event: MouseEvent<HTMLButtonElement>) => {
              // Safari leaves a clicked button unfocused; an open list keeps focus on its item.
              if (!open) event.currentTarget.focus();
              if (pointerType.current !== 'mouse') show();
            }}
            onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
              if (open && event.key === 'Escape') {
                event.stopPropagation();
                setOpen(false);
                return;
              }
              // A character typed without Ctrl, Alt or Meta searches, as on Radix's trigger.
              const search =
                event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey
                  ? typeToPick(event.key, event.timeStamp)
                  : '';
              // Space during a search is part of it ("Create new"). Radix's trigger returns here too
              // but leaves the default, so in a browser the button's click on key up opens it anyway.
              if (event.key === ' ' && search.length > 1) {
                event.preventDefault();
                return;
              }
              if (OPEN_KEYS.has(event.key)) {
                show();
                event.preventDefault();
              }
            }}
          >
            <span {...accountMapperAnatomy.attrs('targetValue')}>{label}</span>
            <span aria-hidden="true" {...accountMapperAnatomy.attrs('targetIcon')}>
              ▼
            </span>
          </button>
          {loading ? (
            <span role="status" {...accountMapperAnatomy.attrs('targetStatus')}>
              {t('mapper.target.loading')}
            </span>
          ) : null}
          {loadFailed ? (
            <span role="alert" {...accountMapperAnatomy.attrs('targetStatus')}>
              {t('mapper.target.loadFailed')}
            </span>
          ) : null}
          {TargetList ? (
            <TargetList
              account={account}
              choice={choice}
              onChoiceChange={onChoiceChange}
              open={open}
              onOpenChange={setOpen}
              contentId={contentId}
              triggerRef={triggerRef}
            />
          ) : null}
        </div>
      );
    },
  ),
);
