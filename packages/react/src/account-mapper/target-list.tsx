'use client';
import { type RefObject } from 'react';
import * as Select from '@radix-ui/react-select';
import { maskAccountNumber } from '@bankfeeds/model';
import { useNonce } from '../csp/nonce';
import { useI18n } from '../i18n/i18n-context';
import { useAccountMapperActions } from './account-mapper-context';
import { choiceToValue, valueToChoice } from './mapping-logic';
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
          {open ? (
            <Select.Viewport data-scope={scope} data-part="target-viewport" nonce={nonce}>
              <Select.Group>
                <Select.Label data-scope={scope} data-part="target-group-label">
                  {t('mapper.target.existing')}
                </Select.Label>
                {account.targetOptions.length === 0 ? (
                  <p data-scope={scope} data-part="target-empty">
                    {t('mapper.target.none', { currency: account.currency })}
                  </p>
                ) : null}
                {account.targetOptions.map((option) => {
                  const owner = takenBy(option.id, account.id);
                  const name = option.name ?? option.id;
                  const masked = maskAccountNumber(option.accountNumber);
                  const text = masked ? `${name} (${masked.replace(/•+/, '…')})` : name;
                  return (
                    <Select.Item
                      key={option.id}
                      value={`target:${option.id}`}
                      disabled={owner !== undefined}
                      data-scope={scope}
                      data-part="target-item"
                    >
                      <Select.ItemText>
                        {owner ? t('mapper.target.takenBy', { name: text, account: owner }) : text}
                      </Select.ItemText>
                    </Select.Item>
                  );
                })}
              </Select.Group>
              <Select.Group>
                <Select.Label data-scope={scope} data-part="target-group-label">
                  {t('mapper.target.other')}
                </Select.Label>
                <Select.Item value="new" data-scope={scope} data-part="target-item">
                  <Select.ItemText>
                    {t('mapper.target.createNew', { name: account.newAccountName })}
                  </Select.ItemText>
                </Select.Item>
                <Select.Item value="skip" data-scope={scope} data-part="target-item">
                  <Select.ItemText>{t('mapper.target.skip')}</Select.ItemText>
                </Select.Item>
              </Select.Group>
            </Select.Viewport>
          ) : null}
        </Select.Content>
      </Select.Portal>
    </Select.Root>
  );
}
