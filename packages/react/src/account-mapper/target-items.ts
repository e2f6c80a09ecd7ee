import { maskAccountNumber } from '@bankfeeds/model';
import type { Translator } from '../i18n/translate';
import type { TypeaheadItem } from '../internal/typeahead';
import type { AccountMapperActions } from './account-mapper-context';
import type { MapperAccount } from './types';

/** One item of a row's target list: its select value, the text it shows, whether it can be picked. */
export interface TargetItem extends TypeaheadItem {
  /** The select value (`target:<id>`, `new` or `skip`), as `choiceToValue` writes it. */
  value: string;
}

/** A row's items in the order its list shows them, in the list's two groups. */
export interface TargetItems {
  /** The compatible Xero accounts; one another row already chose is disabled. */
  existing: TargetItem[];
  /** "Create new account …" and "Don't connect". */
  other: TargetItem[];
}

/**
 * The items of a row's target list. The list renders them and the closed trigger's typeahead
 * searches them, so both always agree on the order, the texts and what is disabled.
 */
export function targetItems(
  account: MapperAccount,
  takenBy: AccountMapperActions['takenBy'],
  t: Translator['t'],
): TargetItems {
  return {
    existing: account.targetOptions.map((option) => {
      const owner = takenBy(option.id, account.id);
      const name = option.name ?? option.id;
      const masked = maskAccountNumber(option.accountNumber);
      const text = masked ? `${name} (${masked.replace(/•+/, '…')})` : name;
      return {
        value: `target:${option.id}`,
        text: owner ? t('mapper.target.takenBy', { name: text, account: owner }) : text,
        disabled: owner !== undefined,
      };
    }),
    other: [
      { value: 'new', text: t('mapper.target.createNew', { name: account.newAccountName }) },
      { value: 'skip', text: t('mapper.target.skip') },
    ],
  };
}
