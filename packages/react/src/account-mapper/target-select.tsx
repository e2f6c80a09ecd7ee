'use client';
import {
  memo,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
} from 'react';
import { useI18n } from '../i18n/i18n-context';
import { dataFlag } from '../internal/dom';
import { useAccountMapperActions } from './account-mapper-context';
import { TargetList } from './target-list';
import type { MapperAccount, MappingChoice } from './types';

const scope = 'account-mapper';

/** The keys that open a select from its trigger, as Radix Select reads them. */
const OPEN_KEYS = new Set([' ', 'Enter', 'ArrowUp', 'ArrowDown']);

/** Props of `AccountMapper.TargetSelect`. */
export interface AccountMapperTargetSelectProps {
  /** The source account the choice is for. */
  account: MapperAccount;
  /** The current choice, or `null` when none is made yet. */
  choice: MappingChoice | null;
  /** Called with the user's new choice. */
  onChoiceChange(choice: MappingChoice | null): void;
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
 * The trigger is a plain button with the ARIA and data attributes of a Radix Select trigger
 * (`role="combobox"`, `aria-expanded`, `data-state`, `data-placeholder`…). The Radix Select
 * behind it (its list, focus handling, typeahead and positioning) is mounted the first time the
 * user opens it, by pointer or by Enter, Space or an arrow key, and opens at once. A thousand rows
 * each mounting a Radix Select cost about a second before anything showed; one button costs
 * almost nothing.
 */
export const AccountMapperTargetSelect = memo(function AccountMapperTargetSelect({
  account,
  choice,
  onChoiceChange,
  invalid = false,
  className,
  ...aria
}: AccountMapperTargetSelectProps) {
  const { t } = useI18n();
  const { disabled } = useAccountMapperActions('TargetSelect');
  const [open, setOpen] = useState(false);
  // Once opened, the Radix Select stays mounted so it can close and reopen as Radix expects.
  const [mounted, setMounted] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const pointerType = useRef('touch');
  const contentId = `${useId()}-list`;

  const show = () => {
    if (disabled) return;
    setMounted(true);
    setOpen(true);
  };

  let label: string | undefined;
  if (choice?.type === 'new')
    label = t('mapper.target.createNew', { name: account.newAccountName });
  else if (choice?.type === 'skip') label = t('mapper.target.skip');
  else if (choice?.type === 'existing') {
    const option = account.targetOptions.find((o) => o.id === choice.targetAccountId);
    label = option?.name ?? choice.targetAccountId;
  }

  return (
    <div data-scope={scope} data-part="target-control">
      <button
        ref={triggerRef}
        type="button"
        role="combobox"
        className={className}
        aria-label={t('mapper.target.label', { account: account.name })}
        aria-controls={open ? contentId : undefined}
        aria-expanded={open}
        aria-autocomplete="none"
        aria-invalid={invalid || undefined}
        aria-describedby={aria['aria-describedby']}
        disabled={disabled}
        data-scope={scope}
        data-part="target-trigger"
        data-state={open ? 'open' : 'closed'}
        data-disabled={dataFlag(disabled)}
        data-placeholder={dataFlag(choice === null)}
        data-invalid={dataFlag(invalid)}
        // The same gestures as Radix's trigger: a mouse opens on press (so press, drag and
        // release picks an item), touch and pen on click, the keyboard on its open keys.
        onPointerDown={(event: PointerEvent<HTMLButtonElement>) => {
          pointerType.current = event.pointerType;
          if (event.button === 0 && !event.ctrlKey && event.pointerType === 'mouse') {
            show();
            // Keeps focus off the trigger, so it can move into the list.
            event.preventDefault();
          }
        }}
        onClick={(event: MouseEvent<HTMLButtonElement>) => {
          event.currentTarget.focus();
          if (pointerType.current !== 'mouse') show();
        }}
        onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
          if (OPEN_KEYS.has(event.key)) {
            show();
            event.preventDefault();
          }
        }}
      >
        <span data-scope={scope} data-part="target-value">
          {label ?? t('mapper.target.placeholder')}
        </span>
        <span aria-hidden="true" data-scope={scope} data-part="target-icon">
          ▼
        </span>
      </button>
      {mounted ? (
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
});
