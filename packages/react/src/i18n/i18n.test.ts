import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@bankfeeds/model';
import { en } from './en';
import { fr } from './fr';
import { createTranslator, interpolate } from './translate';
import { ERROR_PRESENTATION, toErrorInfo } from './error-info';
import {
  firstDayOfWeek,
  formatAmount,
  formatCalendarDate,
  formatMonthYear,
  formatWeekday,
} from './format';

describe('catalogs', () => {
  it('English and French have exactly the same keys, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const catalog of [en, fr]) {
      for (const [key, message] of Object.entries(catalog)) {
        expect(message.trim(), key).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (message: string) => (message.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('has a message and a presentation for every error code', () => {
    for (const code of ERROR_CODES) {
      const presentation = ERROR_PRESENTATION[code];
      expect(presentation, code).toBeDefined();
      expect(en[presentation.message]).toBeTruthy();
      expect(fr[presentation.message]).toBeTruthy();
    }
  });

  it('presents exactly the model’s error codes, in their order', () => {
    expect(Object.keys(ERROR_PRESENTATION)).toEqual([...ERROR_CODES]);
  });

  it('recognises every error code of the model, and nothing else, on an error it normalises', () => {
    for (const code of ERROR_CODES) expect(toErrorInfo({ code }).code).toBe(code);
    expect(toErrorInfo({ code: 'not-a-code' }).code).toBe('unknown');
  });
});

describe('translator', () => {
  it('reads the catalog it is given, with overrides over it, and plural forms for the locale', () => {
    const t = createTranslator('fr-CA', { ...fr, 'mapper.submit': 'Relier' });
    expect(t.t('mapper.submit')).toBe('Relier');
    expect(t.t('common.cancel')).toBe('Annuler');
    expect(t.plural('mapper.summary', 1)).toBe('1 compte sera connecté.');
    expect(t.plural('mapper.summary', 3)).toBe('3 comptes seront connectés.');
  });

  it('reads English for every key a partial catalog leaves out, whatever the locale', () => {
    const t = createTranslator('de-DE', { 'common.cancel': 'Abbrechen' });
    expect(t.t('common.cancel')).toBe('Abbrechen');
    expect(t.t('mapper.column.balance')).toBe('Balance');
    expect(createTranslator('fr-FR').t('common.cancel')).toBe('Cancel');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('formats amounts and days through Intl', () => {
    expect(formatAmount(1234.5, 'GBP', 'en-GB')).toBe('£1,234.50');
    expect(formatAmount(1234.5, 'EUR', 'fr-FR')).toMatch(/1\s234,50\s€/);
    expect(formatAmount(10, 'XXX', 'en')).toContain('10');
    expect(formatCalendarDate('2026-01-02', 'en-GB')).toBe('2 January 2026');
    expect(formatCalendarDate('2026-01-02', 'fr')).toBe('2 janvier 2026');
  });

  it('names months and weekdays, and finds the first weekday, from the locale alone', () => {
    const friday = new Date(2026, 10, 27);
    expect(formatMonthYear(friday, 'fr-FR')).toBe('novembre 2026');
    expect(formatWeekday(friday, 'en-GB', 'long')).toBe('Friday');
    expect(formatWeekday(friday, 'fr-FR', 'short')).toBe('ven.');
    expect(firstDayOfWeek('en-US')).toBe(0);
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('fr')).toBe(1);
    expect(firstDayOfWeek('ar-EG')).toBe(6);
    expect(firstDayOfWeek('not a locale')).toBe(1);
  });
});

describe('toErrorInfo', () => {
  it('reads a client error structurally and adds the action', () => {
    const info = toErrorInfo({
      code: 'rate-limited',
      message: 'Too many',
      correlationId: 'abc',
      status: 429,
      retryable: true,
    });
    expect(info).toMatchObject({
      code: 'rate-limited',
      correlationId: 'abc',
      action: 'retry',
      userRecoverable: true,
    });
    expect(toErrorInfo(new Error('boom')).code).toBe('unknown');
    expect(toErrorInfo({ code: 'api-key-in-browser' }).userRecoverable).toBe(false);
  });
});
