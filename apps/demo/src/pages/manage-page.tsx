import { Page } from '../portal/page';
import { useMessages } from '../portal/i18n';

export function ManagePage() {
  const t = useMessages();
  return (
    <Page title={t.manageTitle} intro={t.manageIntro}>
      <p>{t.comingSoon}</p>
    </Page>
  );
}
