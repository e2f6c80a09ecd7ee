'use client';
import { type RefObject } from 'react';
import * as Select from '@radix-ui/react-select';
import { useNonce } from '../csp/nonce';
import { useI18n } from '../i18n/i18n-context';
import { useAccountMapperActions } from './account-mapper-context';
import { choiceToValue, valueToChoice } from './mapping-logic';
import { targetItems, type TargetItem } from './target-items';
import type { MapperAccount, MappingChoice } from './types';

const scope = 'account-mapper';

/** Props of the row's target list, mounted by `AccountMapper.TargetSelect` on first use. */
export interface TargetListProps {
  account: MapperAccount;
  choice: MappingChoice | null;
  onChoiceChange(choice: MappingChoice | null): void;
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The list's id, which the visible trigger points at with `aria-controls`. */
  contentId: string;
  /** The visible trigger: focus goes back to it when the list closes. */
  triggerRef: RefObject<HTMLButtonElement | null>;
}

function renderItem({ value, text, disabled }: TargetItem) {
  return (
    <Select.Item
      key={value}
      value={value}
      disabled={disabled}
      data-scope={scope}
      data-part="target-item"
    >
      <Select.ItemText>{text}</Select.ItemText>
    </Select.Item>
  );
}

/**
 * The Radix Select behind a row's trigger: a hidden anchor it positions the list against, and
 * the list itself. The visible trigger belongs to `AccountMapper.TargetSelect` and is never
 * replaced, so the element a user (or assistive technology) is on stays the same one.
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
  const nonce = useNonce();
  const { takenBy, disabled, portalContainer } = useAccountMapperActions('TargetSelect');
  // Built only while open, the only time the list shows them.
  const items = open ? targetItems(account, takenBy, t) : null;
  return (
    <Select.Root
      value={choiceToValue(choice)}
      onValueChange={(next) => onChoiceChange(valueToChoice(next))}
      open={open}
      onOpenChange={onOpenChange}
      disabled={disabled}
    >
      {/* Radix needs a trigger to anchor the list; this one covers the visible trigger and is
          hidden from pointers and assistive technology. */}
      <Select.Trigger asChild tabIndex={-1} aria-hidden="true">
        <span data-scope={scope} data-part="target-anchor" />
      </Select.Trigger>
      <Select.Portal container={portalContainer ?? undefined}>
        <Select.Content
          id={contentId}
          position="popper"
          sideOffset={4}
          data-scope={scope}
          data-part="target-content"
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            triggerRef.current?.focus({ preventScroll: true });
          }}
        >
          {items ? (
            <Select.Viewport data-scope={scope} data-part="target-viewport" nonce={nonce}>
              <Select.Group>
                <Select.Label data-scope={scope} data-part="target-group-label">
                  {t('mapper.target.existing')}
                </Select.Label>
                {items.existing.length === 0 ? (
                  <p data-scope={scope} data-part="target-empty">
                    {t('mapper.target.none', { currency: account.currency })}
                  </p>
                ) : null}
                {items.existing.map(renderItem)}
              </Select.Group>
              <Select.Group>
                <Select.Label data-scope={scope} data-part="target-group-label">
                  {t('mapper.target.other')}
                </Select.Label>
                {items.other.map(renderItem)}
              </Select.Group>
            </Select.Viewport>
          ) : null}
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  );
}
