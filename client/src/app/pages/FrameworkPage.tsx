import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { LocalizedName } from '../../components/ui/LocalizedName.tsx';
import { useFramework } from '../../features/framework/api/get-framework.ts';
import { GoalsSection } from '../../features/framework/components/GoalsSection.tsx';
import { SectorsSection } from '../../features/framework/components/SectorsSection.tsx';
import { ThemesSection } from '../../features/framework/components/ThemesSection.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';

export function FrameworkPage() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const framework = useFramework(plan, currentLanguage());

  return (
    <Layout>
      <div className="page-heading">
        <h1>
          {t('framework.title')}
          {framework.data && (
            <>
              {' · '}
              <LocalizedName value={framework.data.plan.name} />
            </>
          )}
        </h1>
        <p className="muted">{t('framework.intro')}</p>
      </div>
      {framework.isPending && <Loading label={t('framework.loading')} />}
      {framework.isError && (
        <ErrorState
          error={framework.error}
          message={t('framework.error')}
          onRetry={() => void framework.refetch()}
        />
      )}
      {framework.data &&
        (framework.data.goals.length === 0 && framework.data.sectors.length === 0 ? (
          <p className="state">{t('framework.empty')}</p>
        ) : (
          <>
            <GoalsSection goals={framework.data.goals} />
            <SectorsSection sectors={framework.data.sectors} />
            <ThemesSection themes={framework.data.themes} />
          </>
        ))}
    </Layout>
  );
}
