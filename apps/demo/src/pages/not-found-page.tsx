import { Link } from '../router';
import { Page } from '../portal/page';
import { useMessages } from '../portal/i18n';

export function NotFoundPage() {
  const t = useMessages();
  return (
    <Page title={t.notFoundTitle}>
      <Link href="/">{t.backHome}</Link>
    </Page>
  );
}
