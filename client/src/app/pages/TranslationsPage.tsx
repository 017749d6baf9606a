// /admin/translations: the framework's names and definitions in English beside another language, edited
// in place by those who may write the framework.
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { RequirePermission } from '../../features/auth/components/RequirePermission.tsx';
import { useTranslationList } from '../../features/translations/api/list-translations.ts';
import { LanguageCompleteness } from '../../features/translations/components/LanguageCompleteness.tsx';
import { TranslationFilters } from '../../features/translations/components/TranslationFilters.tsx';
import { TranslationsTable } from '../../features/translations/components/TranslationsTable.tsx';
import '../../features/translations/translations.css';
import {
  readFilters,
  type TranslationFilters as Filters,
} from '../../features/translations/utils/translation-list.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { formatNumber } from '../../lib/format.ts';
import { Layout } from '../Layout.tsx';

function Translations() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, currentLanguage());
  const list = useTranslationList({
    language: filters.language,
    entity: filters.entity,
    missing: filters.missing,
  });
  const language = t(`translations.languages.${filters.language}`);

  function change(next: Filters) {
    const search = new URLSearchParams({ language: next.language });
    if (next.entity) search.set('entity', next.entity);
    if (next.missing) search.set('missing', 'true');
    setParams(search, { replace: true });
  }

  return (
    <>
      <div className="page-heading">
        <h1>{t('translations.title')}</h1>
        <p className="muted">{t('translations.intro')}</p>
        <p className="muted">{t('translations.unofficialNote')}</p>
        <p className="muted">{t('translations.keys')}</p>
      </div>
      <LanguageCompleteness />
      <TranslationFilters filters={filters} onChange={change} />
      {list.isPending && <Loading label={t('translations.loading')} />}
      {list.isError && (
        <ErrorState
          error={list.error}
          message={t('translations.error')}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.data && (
        <>
          <p className="translations-summary" role="status">
            {t('translations.summary', {
              count: list.data.missing,
              missing: formatNumber(list.data.missing, currentLanguage()),
              total: formatNumber(list.data.total, currentLanguage()),
              language,
              plan: list.data.plan,
            })}
          </p>
          {list.data.items.length === 0 ? (
            <p className="state state-empty">{t('translations.empty', { language })}</p>
          ) : (
            <TranslationsTable items={list.data.items} language={list.data.language} />
          )}
        </>
      )}
    </>
  );
}

export function TranslationsPage() {
  return (
    <Layout>
      <RequirePermission permission="framework:write">
        <Translations />
      </RequirePermission>
    </Layout>
  );
}
