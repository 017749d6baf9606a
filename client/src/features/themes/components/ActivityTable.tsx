// The activities as a table: title in the reader's language, kind, unit, region, days, themes, the other
// units taking part, and the events of other units it overlaps (flagged, named).
import type { Activity } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { activityTitle } from '../utils/activity-filters.ts';

export function ActivityTable({ activities }: { activities: Activity[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="table-scroll">
      <table className="table activity-table">
        <caption>
          {t('themes.activityList.caption', {
            count: activities.length,
            formatted: formatNumber(activities.length, language),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('themes.activityList.activity')}</th>
            <th scope="col">{t('themes.activityList.kind')}</th>
            <th scope="col">{t('themes.unit')}</th>
            <th scope="col">{t('themes.activityList.region')}</th>
            <th scope="col">{t('themes.activityList.dates')}</th>
            <th scope="col">{t('themes.activityList.themes')}</th>
            <th scope="col">{t('themes.activityList.others')}</th>
            <th scope="col">{t('themes.activityList.overlaps')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => {
            const title = activityTitle(a, language);
            return (
              <tr
                key={a.id}
                data-activity={a.code}
                data-themes={a.themes.join(' ')}
                data-overlapping={a.overlaps.length > 0 ? 'true' : undefined}
              >
                <th scope="row">
                  <bdi lang={title.language}>{title.text}</bdi>{' '}
                  <bdi className="muted activity-code" dir="ltr">
                    {a.code}
                  </bdi>
                </th>
                <td>{t(`themes.activityList.kinds.${a.kind}`)}</td>
                <td>
                  <bdi>{a.unit}</bdi>
                </td>
                <td>{a.region ?? t('themes.activityList.global')}</td>
                <td>
                  <bdi dir="ltr">
                    {a.startDate === a.endDate ? a.startDate : `${a.startDate} – ${a.endDate}`}
                  </bdi>
                </td>
                <td>
                  <bdi>{a.themes.join(', ')}</bdi>
                </td>
                <td>
                  <bdi>{a.participants.join(', ')}</bdi>
                </td>
                <td>
                  {a.overlaps.length > 0 && (
                    <span className="badge badge-overlap">
                      {t('themes.activityList.overlapFlag')}:{' '}
                      <bdi>{a.overlaps.map((o) => `${o.code} (${o.unit})`).join(', ')}</bdi>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
