import { Page } from '../portal/page';
import { useMessages } from '../portal/i18n';

export function ConnectPage() {
  const t = useMessages();
  return (
    <Page title={t.connectTitle} intro={t.connectIntro}>
      <p>{t.comingSoon}</p>
    </Page>
  );
}
