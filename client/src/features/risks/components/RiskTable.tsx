// The register as a table: each risk with its owner, category, treatment and the latest assessment the
// reader may see (a draft is marked as such: only the risk's own Sector sees drafts).
import type { RiskSummary } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProvenanceBadge } from '../../../components/ui/ProvenanceBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';

export function RiskTable({ plan, risks }: { plan: string; risks: readonly RiskSummary[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const demo = risks.some((risk) => risk.demo);
  return (
    <div className="table-scroll">
      {demo && (
        <p className="notice risk-demo-notice">
          <ProvenanceBadge status="demo" />: {t('risks.demoNotice')}
        </p>
      )}
      <table className="table risk-table">
        <caption>{t('risks.table.caption', { count: n(risks.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('risks.table.risk')}</th>
            <th scope="col">{t('risks.table.sector')}</th>
            <th scope="col">{t('risks.table.category')}</th>
            <th scope="col">{t('risks.table.treatment')}</th>
            <th scope="col">{t('risks.table.residual')}</th>
            <th scope="col">{t('risks.table.assessed')}</th>
            <th scope="col">{t('risks.table.links')}</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((risk) => {
            const latest = risk.latest;
            return (
              <tr key={risk.id} data-state={latest?.state ?? 'none'}>
                <th scope="row">
                  <Link to={`/plans/${plan}/risks/${risk.id}`}>
                    <span className="code">{risk.code}</span> <bdi dir="auto">{risk.title}</bdi>
                  </Link>
                  {risk.demo && (
                    <>
                      {' '}
                      <ProvenanceBadge status="demo" />
                    </>
                  )}
                </th>
                <td>{risk.sector.code}</td>
                <td>{t(`risks.category.${risk.category}`)}</td>
                <td>{t(`risks.treatment.${risk.treatment}`)}</td>
                <td>
                  {latest
                    ? t('risks.table.score', {
                        likelihood: n(latest.residual.likelihood),
                        impact: n(latest.residual.impact),
                        score: n(latest.residual.score),
                      }) + (latest.withinAppetite ? '' : ` ▲ ${t('risks.above')}`)
                    : t('risks.table.notAssessed')}
                </td>
                <td>
                  {latest
                    ? `${periodText(latest.period, language)}${latest.state === 'draft' ? ` · ${t('risks.draft')}` : ''}`
                    : '–'}
                </td>
                <td>{[...risk.priorities, ...risk.kpis].join(', ') || '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
