// Who changed what and when: value entries (for those who may see drafts), review decisions with their
// reasons, target revisions. The API decides what each role may see.
import { useTranslation } from 'react-i18next';
import type { KpiDetail, KpiHistory } from '@rbm/shared/schemas';
import { formatDateTime, formatKpiValue } from '../../../lib/format.ts';
import { fieldChanges } from '../utils/history-change.ts';
import { useKpiFormat } from './use-kpi-format.ts';

export function ValueHistory({ history, detail }: { history: KpiHistory; detail: KpiDetail }) {
  const { t, i18n } = useTranslation();
  const { formatPeriod } = useKpiFormat();
  const number = (n: number) => formatKpiValue(n, detail.unit, i18n.language);
  return (
    <section className="kpi-section" aria-labelledby="kpi-history">
      <h2 id="kpi-history">{t('kpiPage.history.title')}</h2>
      <p className="muted">
        {history.values === 'approved' ? t('kpiPage.history.approvedOnly') : t('kpiPage.history.withDrafts')}
      </p>
      {history.entries.length === 0 ? (
        <p className="state state-empty">{t('kpiPage.history.empty')}</p>
      ) : (
        // reachable by keyboard when it scrolls (a phone, a long change): axe's scrollable-region-focusable
        <div
          className="table-scroll"
          role="region"
          aria-label={t('kpiPage.history.tableRegion')}
          tabIndex={0}
        >
          <table className="table">
            <caption className="visually-hidden">{t('kpiPage.history.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kpiPage.history.when')}</th>
                <th scope="col">{t('kpiPage.history.who')}</th>
                <th scope="col">{t('kpiPage.history.what')}</th>
                <th scope="col">{t('kpiPage.history.change')}</th>
                <th scope="col">{t('kpiPage.history.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {history.entries.map((entry) => (
                <tr key={entry.id}>
                  <th scope="row">{formatDateTime(entry.at, i18n.language)}</th>
                  <td>{entry.actor}</td>
                  <td>
                    {t(`kpiPage.history.entity.${entry.entity as string}`, { defaultValue: entry.entity })} ·{' '}
                    {t(`kpiPage.history.action.${entry.action}`, { defaultValue: entry.action })}
                    {entry.period && ` · ${formatPeriod(entry.period)}`}
                    {entry.region && ` · ${entry.region}`}
                  </td>
                  <td>
                    {fieldChanges(entry.before, entry.after, number).map((change) => (
                      <div key={change.field}>
                        {t(`kpiPage.history.field.${change.field}`, { defaultValue: change.field })}:{' '}
                        {change.before} → {change.after}
                      </div>
                    ))}
                  </td>
                  <td>{entry.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
