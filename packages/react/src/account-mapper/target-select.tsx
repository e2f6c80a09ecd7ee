'use client';
import { memo, useState } from 'react';
import * as Select from '@radix-ui/react-select';
import { maskAccountNumber } from '@bankfeeds/model';
import { useI18n } from '../i18n/i18n-context';
import { useAccountMapperActions } from './account-mapper-context';
import { choiceToValue, valueToChoice } from './mapping-logic';
import type { MapperAccount, MappingChoice } from './types';

const scope = 'account-mapper';

/** Props of `AccountMapper.TargetSelect`. */
export interface AccountMapperTargetSelectProps {
  account: MapperAccount;
  choice: MappingChoice | null;
  onChoiceChange(choice: MappingChoice | null): void;
  /** Whether the row has a problem. @default false */
  invalid?: boolean | undefined;
  /** Ids of texts describing the field (the row's error). @default undefined */
  'aria-describedby'?: string | undefined;
  className?: string | undefined;
}

/**
 * A row's choice of Xero account (Radix Select): the compatible existing accounts, "Create new
 * account" with the name it will get, or "Don't connect". The list is built only while open:
 * with a thousand rows and hundreds of targets, mounting every list would cost seconds.
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
  const { takenBy, disabled, portalContainer } = useAccountMapperActions('TargetSelect');
  const [open, setOpen] = useState(false);
  const value = choiceToValue(choice);

  let label: string | undefined;
  if (choice?.type === 'new')
    label = t('mapper.target.createNew', { name: account.newAccountName });
  else if (choice?.type === 'skip') label = t('mapper.target.skip');
  else if (choice?.type === 'existing') {
    const option = account.targetOptions.find((o) => o.id === choice.targetAccountId);
    label = option?.name ?? choice.targetAccountId;
  }

  return (
    <Select.Root
      value={value}
      onValueChange={(next) => onChoiceChange(valueToChoice(next))}
      open={open}
      onOpenChange={setOpen}
      disabled={disabled}
    >
      <Select.Trigger
        className={className}
        aria-label={t('mapper.target.label', { account: account.name })}
        aria-invalid={invalid || undefined}
        aria-describedby={aria['aria-describedby']}
        data-scope={scope}
        data-part="target-trigger"
        data-invalid={invalid ? '' : undefined}
      >
        <Select.Value placeholder={t('mapper.target.placeholder')} data-part="target-value">
          {label}
        </Select.Value>
        <Select.Icon data-part="target-icon" />
      </Select.Trigger>
      <Select.Portal container={portalContainer ?? undefined}>
        <Select.Content
          position="popper"
          sideOffset={4}
          data-scope={scope}
          data-part="target-content"
        >
          {open ? (
            <Select.Viewport data-scope={scope} data-part="target-viewport">
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
});
