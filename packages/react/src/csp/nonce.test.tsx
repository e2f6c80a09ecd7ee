import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper } from '../account-mapper';
import { CspNonceProvider } from '../index';

describe('strict Content-Security-Policy', () => {
  it('adds no <style> element and no inline style when a target list opens', async () => {
    const { user } = renderIn(
      <CspNonceProvider nonce="r4nd0m">
        <AccountMapper accounts={mapperAccounts} today="2026-03-15" />
      </CspNonceProvider>,
    );
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Savings' }));
    expect(await screen.findByRole('listbox')).toBeInTheDocument();
    // The list is styled by styles.css alone, so a strict CSP has nothing to allow for it.
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(document.querySelectorAll('[style]')).toHaveLength(0);
  });
});
