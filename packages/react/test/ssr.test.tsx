/** @vitest-environment node */
import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { renderToString } from 'react-dom/server';
import { createBankFeedsClient } from '@bankfeeds/client';
import {
  AccountMapper,
  BankFeedsProvider,
  BankFeedsSetup,
  ConnectionManager,
  FeedStartDatePicker,
  I18nProvider,
} from '../src';
import { fr } from '../src/locales/fr';
import { mapperAccounts } from './fixtures';

describe('server rendering', () => {
  it('renders every component without a DOM and without a request', () => {
    const fetch = vi.fn();
    const client = createBankFeedsClient({
      baseUrl: 'https://bank.example/codat',
      auth: { type: 'none' },
      fetch,
    });
    const html = renderToString(
      <BankFeedsProvider
        client={client}
        companyId="c"
        connectionId="k"
        locale="fr"
        messages={fr}
        today="2026-03-15"
      >
        <BankFeedsSetup />
        <AccountMapper accounts={mapperAccounts} today="2026-03-15" />
        <ConnectionManager feeds={[]} />
        <FeedStartDatePicker today="2026-03-15" defaultValue="2026-03-01" />
      </BankFeedsProvider>,
    );
    expect(html).toContain('Chargement de vos comptes…');
    expect(html).toContain('Compte Xero pour Business Current');
    expect(html).toContain('value="01/03/2026"');
    expect(fetch).not.toHaveBeenCalled();
    // Our markup carries no inline styles. Radix Select's server markup has two (its value's
    // pointer-events, and a hidden native select removed on hydration); styles.css repeats both
    // so a strict CSP that drops them changes nothing.
    const styles = new Set(html.match(/style="[^"]*"/g) ?? []);
    styles.delete('style="pointer-events:none"');
    expect(
      [...styles].every((style) => style.includes('position:absolute;border:0;width:1px')),
    ).toBe(true);
    expect(
      renderToString(
        <I18nProvider>
          <FeedStartDatePicker today="2026-03-15" />
        </I18nProvider>,
      ),
    ).toContain('Feed start date');
  });

  it('marks exactly the files with hooks or context as client modules', () => {
    const root = join(__dirname, '../src');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(root);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const usesReact = /\b(use[A-Z]\w*|createContext)\(/.test(text) && /from 'react'/.test(text);
      const marked = text.startsWith("'use client';");
      expect(marked, file).toBe(usesReact);
    }
  });
});
