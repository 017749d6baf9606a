// The units' activities on the intersectoral themes: filters in the address (theme, unit, region, kind), each
// activity with the events of other units it overlaps flagged, and for whoever may edit some unit's
// activities the sheet: export, and import with a preview that writes nothing until confirmed.
import { ACTIVITY_KINDS, type ActivityKind } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAddressFilters } from '../../../lib/address-filters.ts';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useActivities, useThemeList } from '../api/activities.ts';
import {
  activityFiltersFromSearch,
  inRegion,
  queryOfActivityFilters,
  searchFromActivityFilters,
} from '../utils/activity-filters.ts';
import { ActivityImportPanel } from './ActivityImportPanel.tsx';
import { ActivityTable } from './ActivityTable.tsx';

export function ActivitiesScreen({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const [filters, change] = useAddressFilters(activityFiltersFromSearch, searchFromActivityFilters);
  const list = useActivities(queryOfActivityFilters(filters));
  const themeList = useThemeList(currentLanguage()).data;
  const items = (list.data?.items ?? []).filter((a) => inRegion(a, filters.region));
  const regions = [
    ...new Set((list.data?.items ?? []).flatMap((a) => (a.region === null ? [] : [a.region]))),
  ].sort();
  const select = (
    label: string,
    value: string | null,
    options: { value: string; text: string }[],
    set: (value: string | null) => void,
  ) => (
    <label className="field">
      {label}
      <select value={value ?? ''} onChange={(e) => set(e.target.value || null)}>
        <option value="">{t('themes.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="themes activities" data-state={list.data ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>{t('themes.activityList.title')}</h1>
        <p className="muted">{t('themes.activityList.intro')}</p>
        <p>
          <Link to={`/plans/${encodeURIComponent(plan)}/themes`}>{t('themes.activityList.back')}</Link>
        </p>
      </div>
      <div className="theme-filters" role="group" aria-label={t('themes.activityList.filters')}>
        {select(
          t('themes.theme'),
          filters.theme,
          (themeList?.items ?? []).map((th) => ({ value: th.code, text: th.name.text })),
          (theme) => change({ theme }),
        )}
        {select(
          t('themes.unit'),
          filters.unit,
          (themeList?.units ?? []).map((u) => ({ value: u, text: u })),
          (unit) => change({ unit }),
        )}
        {select(
          t('themes.activityList.region'),
          filters.region,
          [
            { value: 'global', text: t('themes.activityList.global') },
            ...regions.map((r) => ({ value: r, text: r })),
          ],
          (region) => change({ region }),
        )}
        {select(
          t('themes.activityList.kind'),
          filters.kind,
          ACTIVITY_KINDS.map((k) => ({ value: k, text: t(`themes.activityList.kinds.${k}`) })),
          (kind) => change({ kind: kind as ActivityKind | null }),
        )}
      </div>
      {list.isPending && <Loading label={t('themes.activityList.loading')} />}
      {list.isError && (
        <ErrorState
          error={list.error}
          message={t('themes.activityList.error')}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.data && <ActivityTable activities={items} />}
      {list.data?.mayEdit && <ActivityImportPanel />}
    </div>
  );
}
