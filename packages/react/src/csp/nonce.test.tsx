import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderIn } from '../../test/render';
import { mapperAccounts } from '../../test/fixtures';
import { AccountMapper } from '../account-mapper';
import { CspNonceProvider } from '../index';

describe('strict Content-Security-Policy', () => {
  it("gives the page's nonce to every <style> element an open target list adds", async () => {
    const { user } = renderIn(
      <CspNonceProvider nonce="r4nd0m">
        <AccountMapper accounts={mapperAccounts} today="2026-03-15" />
      </CspNonceProvider>,
    );
    await user.click(screen.getByRole('combobox', { name: 'Xero account for Savings' }));
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    const styles = [...document.querySelectorAll('style')];
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style.nonce || style.getAttribute('nonce')).toBe('r4nd0m');
  });
});
