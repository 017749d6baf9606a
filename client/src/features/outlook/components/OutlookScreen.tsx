// "Will we make it?": every KPI's target of the plan's last year, its forecast, the gap and the likely year,
// with a chart per Sector and the table as XLSX. Approved figures only.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { STATUS_COLORS, STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formatKpiValue, formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { outlookDownloadUrl, useOutlook } from '../api/get-outlook.ts';
import { VERDICT_STATUS, verdictsBySector } from '../utils/outlook-shaping.ts';
import { OutlookChart } from './OutlookChart.tsx';
import '../outlook.css';
import { periodText } from '../../../lib/period-text.ts';

export function OutlookScreen({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const outlook = useOutlook(plan, language);
  const o = outlook.data;
  const year = o?.targetYear ?? 0;
  const yearText = formatNumber(year, language, { useGrouping: false });
  const signed = (value: number | null, unit: Parameters<typeof formatKpiValue>[1]) =>
    value === null ? '–' : `${value > 0 ? '+' : ''}${formatKpiValue(value, unit, language)}`;
  return (
    <div className="outlook" data-state={o ? 'ready' : 'loading'}>
      <div className="page-heading">
        <h1>
          {o ? t('outlook.title', { year: yearText }) : t('nav.outlook')}
          {o && (
            <>
              {' · '}
              <LocalizedName value={o.plan.name} />
            </>
          )}
        </h1>
        <p className="muted">{t('outlook.intro', { year: yearText })}</p>
      </div>
      {outlook.isPending && <Loading label={t('outlook.loading')} />}
      {outlook.isError && (
        <ErrorState
          error={outlook.error}
          message={t('outlook.error')}
          onRetry={() => void outlook.refetch()}
        />
      )}
      {o && (
        <>
          <div className="outlook-toolbar">
            <p className="outlook-basis">
              {t('outlook.basis', { quarter: periodText(o.basis.asOf, language) })}
            </p>
            <a className="button button-quiet" href={outlookDownloadUrl(plan, language)} download>
              {t('outlook.download')}
            </a>
          </div>
          <OutlookChart sectors={verdictsBySector(o.rows)} year={year} />
          <div className="table-scroll">
            <table className="table outlook-table">
              <caption>{t('outlook.table.caption', { year: yearText })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('outlook.table.kpi')}</th>
                  <th scope="col">{t('outlook.table.sector')}</th>
                  <th scope="col">{t('outlook.table.target', { year: yearText })}</th>
                  <th scope="col">{t('outlook.table.forecast', { year: yearText })}</th>
                  <th scope="col">{t('outlook.table.gap')}</th>
                  <th scope="col">{t('outlook.table.likelyYear')}</th>
                  <th scope="col">{t('outlook.table.outlook')}</th>
                </tr>
              </thead>
              <tbody>
                {o.rows.map((r) => {
                  const status = VERDICT_STATUS[r.verdict];
                  return (
                    <tr key={r.code} data-verdict={r.verdict}>
                      <th scope="row">
                        <Link to={`/plans/${encodeURIComponent(plan)}/kpis/${encodeURIComponent(r.code)}`}>
                          <span className="code">{r.code}</span>
                        </Link>{' '}
                        <LocalizedName value={r.name} />
                      </th>
                      <td>{r.sector}</td>
                      <td className="number">{formatKpiValue(r.target, r.unit, language)}</td>
                      <td className="number">{formatKpiValue(r.forecast, r.unit, language)}</td>
                      <td className="number">{signed(r.gap, r.unit)}</td>
                      <td className="number">
                        {r.likelyYear === null
                          ? '–'
                          : formatNumber(r.likelyYear, language, { useGrouping: false })}
                      </td>
                      <td>
                        <span aria-hidden="true" style={{ color: STATUS_COLORS[status] }}>
                          {STATUS_SYMBOLS[status]}
                        </span>{' '}
                        {t(`outlook.verdict.${r.verdict}`)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="muted">{t('outlook.gapNote')}</p>
        </>
      )}
    </div>
  );
}
