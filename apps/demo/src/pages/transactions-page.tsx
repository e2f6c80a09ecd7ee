import { Page } from '../portal/page';
import { useMessages } from '../portal/i18n';

export function TransactionsPage() {
  const t = useMessages();
  return (
    <Page title={t.transactionsTitle} intro={t.transactionsIntro}>
      <p>{t.comingSoon}</p>
    </Page>
  );
}
