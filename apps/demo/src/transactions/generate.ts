import type { BankTransaction, CalendarDate, TransactionType } from '@bankfeeds/model';

/**
 * Believable statement lines for the demo, the way a bank's core system would hand them over:
 * in date order, each with the running balance Xero needs. Seeded, so a run can be repeated.
 */
const KINDS: ReadonlyArray<{ type: TransactionType; sign: 1 | -1; texts: readonly string[] }> = [
  {
    type: 'Pos',
    sign: -1,
    texts: ['Card: Harbour Coffee', 'Card: Office Supplies Co', 'Card: Fuel Station'],
  },
  {
    type: 'DirectDebit',
    sign: -1,
    texts: ['Direct debit: Utility Power', 'Direct debit: Insurance'],
  },
  { type: 'Payment', sign: -1, texts: ['Payment: Supplier invoice', 'Payment: Rent'] },
  { type: 'Credit', sign: 1, texts: ['Customer payment', 'Card takings settlement'] },
  { type: 'Fee', sign: -1, texts: ['Account fee'] },
];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32: tiny and good enough for made-up amounts.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(day: CalendarDate, days: number): CalendarDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export interface StatementOptions {
  /** Makes the ids unique per run, so a second push is not a duplicate of the first. */
  idPrefix: string;
  count: number;
  /** First and last day of the lines, both included. */
  from: CalendarDate;
  to: CalendarDate;
  openingBalance: number;
  seed?: number;
}

/** `count` lines spread evenly from `from` to `to`, chronological, balances carried forward. */
export function generateStatement(options: StatementOptions): BankTransaction[] {
  const next = random(options.seed ?? 1);
  // Spread the lines evenly over the days, from midnight on `from` to the end of `to`.
  const start = Date.parse(`${options.from}T00:00:00Z`);
  const step = (Date.parse(`${options.to}T23:59:59Z`) - start) / options.count;
  let balance = options.openingBalance;
  return Array.from({ length: options.count }, (_, index) => {
    const kind = KINDS[Math.floor(next() * KINDS.length)]!;
    const cents = Math.round((kind.sign > 0 ? 200 + next() * 4_800 : 5 + next() * 900) * 100);
    const amount = (kind.sign * cents) / 100;
    balance = Math.round((balance + amount) * 100) / 100;
    const at = new Date(start + Math.floor(index * step)).toISOString();
    return {
      id: `${options.idPrefix}-${String(index + 1).padStart(5, '0')}`,
      // Local date-time without an offset: Codat ignores offsets anyway.
      date: at.slice(0, 19),
      description: kind.texts[Math.floor(next() * kind.texts.length)]!,
      amount,
      balance,
      transactionType: kind.type,
    };
  });
}

/**
 * A batch that breaks one of Xero's rules on purpose: its last line is dated tomorrow, and
 * Xero takes no transaction dated after today. The kit catches it before anything is sent.
 */
export function withLineFromTomorrow(
  lines: BankTransaction[],
  today: CalendarDate,
): BankTransaction[] {
  const last = lines[lines.length - 1];
  if (!last) return lines;
  return [...lines.slice(0, -1), { ...last, date: `${addDays(today, 1)}T09:30:00` }];
}
