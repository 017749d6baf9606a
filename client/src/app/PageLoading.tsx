// What shows while a page's code is fetched (each page is loaded on first visit).
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/ui/QueryState.tsx';

export function PageLoading() {
  const { t } = useTranslation();
  return <Loading label={t('app.loadingPage')} />;
}
