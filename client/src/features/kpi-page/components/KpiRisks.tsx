// The risks that threaten this KPI (linked in the risk register), with their latest residual rating.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';
import { useKpiRisks } from '../api/list-kpi-risks.ts';

export function KpiRisks({ kpiId, plan }: { kpiId: number; plan: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const risks = useKpiRisks(kpiId);
  const n = (value: number) => formatNumber(value, language);
  return (
    <section className="kpi-section" aria-labelledby="kpi-risks">
      <h2 id="kpi-risks">{t('kpiPage.risks.title')}</h2>
      {risks.isPending && <Loading label={t('kpiPage.risks.loading')} />}
      {risks.isError && (
        <ErrorState
          error={risks.error}
          message={t('kpiPage.risks.error')}
          onRetry={() => void risks.refetch()}
        />
      )}
      {risks.data && risks.data.items.length === 0 && (
        <p className="state state-empty">{t('kpiPage.risks.empty')}</p>
      )}
      {risks.data && risks.data.items.length > 0 && (
        <ul className="kpi-risks">
          {risks.data.items.map((risk) => (
            <li key={risk.id} data-state={risk.latest?.state ?? 'none'}>
              <span className="code">{risk.code}</span> <bdi dir="auto">{risk.title}</bdi> ({risk.sector.code}
              ):{' '}
              {risk.latest
                ? t('kpiPage.risks.rating', {
                    score: n(risk.latest.residual.score),
                    period: periodText(risk.latest.period, language),
                  }) +
                  (risk.latest.withinAppetite ? '' : ` ▲ ${t('kpiPage.risks.above')}`) +
                  (risk.latest.state === 'draft' ? ` · ${t('kpiPage.risks.draft')}` : '')
                : t('kpiPage.risks.notAssessed')}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/plans/${encodeURIComponent(plan)}/risks`}>{t('kpiPage.risks.register')}</Link>
      </p>
    </section>
  );
}
