// "What is due" (/plans/:plan/entry): the planner's starting point, each quarter linking to its grid.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { useDueWork } from '../../features/entry/api/list-due-work.ts';
import { DueList } from '../../features/entry/components/DueList.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

export function DuePage() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const due = useDueWork(plan, currentLanguage());
  return (
    <Layout>
      <div className="page-heading">
        <h1>{t('entry.due.title')}</h1>
        <p className="muted">{t('entry.due.intro')}</p>
      </div>
      {due.isPending && <Loading label={t('entry.due.loading')} />}
      {due.isError && (
        <ErrorState error={due.error} message={t('entry.due.error')} onRetry={() => void due.refetch()} />
      )}
      {due.data && <DueList due={due.data} />}
    </Layout>
  );
}
