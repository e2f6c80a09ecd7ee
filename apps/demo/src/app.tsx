import { feedStartDateBounds, todayIn } from '@bankfeeds/model';

/** Northwind Bank's business portal. The kit's journey is embedded here as it lands. */
export function App() {
  const { earliest, latest } = feedStartDateBounds(todayIn());
  return (
    <main>
      <h1>Northwind Bank · Business</h1>
      <p>
        Bank feeds into Xero are on their way to this portal. A feed may start any day from{' '}
        {earliest} to {latest}.
      </p>
    </main>
  );
}
