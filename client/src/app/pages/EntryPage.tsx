// The entry grid of one thematic priority's quarter (/plans/:plan/entry/:priority/:period).
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LocalizedName } from '../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { useEntrySheet } from '../../features/entry/api/get-entry-sheet.ts';
import { EntryView } from '../../features/entry/components/EntryView.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';
import { EntryFilesBar } from './EntryFilesBar.tsx';
import { PeriodLabel } from '../../components/ui/PeriodLabel.tsx';

export function EntryPage() {
  const { t } = useTranslation();
  const { plan = '', priority = '', period = '' } = useParams();
  const sheet = useEntrySheet(plan, priority, period, currentLanguage());
  return (
    <Layout>
      <div className="page-heading">
        <p className="entry-back">
          <Link to={`/plans/${plan}/entry`}>{t('entry.backToDue')}</Link>
        </p>
        <h1>
          {t('entry.title')} <PeriodLabel period={period} /> · <bdi>{priority}</bdi>
          {sheet.data && (
            <>
              {' '}
              <LocalizedName value={sheet.data.priority.name} />
            </>
          )}
        </h1>
      </div>
      {sheet.data && <EntryFilesBar target={{ plan, priority, period }} editable={sheet.data.editable} />}
      {sheet.isPending && <Loading label={t('entry.loading')} />}
      {sheet.isError && (
        <ErrorState error={sheet.error} message={t('entry.error')} onRetry={() => void sheet.refetch()} />
      )}
      {sheet.data && (
        <EntryView
          key={`${sheet.data.review.status}|${sheet.data.review.version}|${sheet.data.editable}`}
          sheet={sheet.data}
        />
      )}
    </Layout>
  );
}
