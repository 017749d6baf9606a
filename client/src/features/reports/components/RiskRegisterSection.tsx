// The risk register in the annual report: the 5x5 heat map of confirmed residual ratings (likelihood up,
// impact across; cells above the plan's appetite coloured and marked ▲) with its table, and the top risks
// with their owner unit and linked priorities. Confirmed states only, whoever reads (the published report).
import type { AnnualReport } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';

const ABOVE = '▲';
const LEVELS_UP = [1, 2, 3, 4, 5] as const;
const LEVELS_DOWN = [5, 4, 3, 2, 1] as const;

type Risks = AnnualReport['registers']['risks'];

function HeatMap({ heatMap }: { heatMap: Risks['heatMap'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const cellOf = (likelihood: number, impact: number) =>
    heatMap.cells.find((c) => c.likelihood === likelihood && c.impact === impact);
  return (
    <ChartPanel
      level={3}
      title={t('reports.registers.heatMap.title')}
      description={t('reports.registers.heatMap.description', {
        appetite: n(heatMap.appetite),
        symbol: ABOVE,
      })}
      state="ready"
      chart={() => (
        <div>
          <div className="report-heat-map" data-testid="report-heat-map">
            <span className="report-heat-axis-y">{t('reports.registers.heatMap.likelihood')}</span>
            <div className="report-heat-grid">
              {LEVELS_DOWN.map((likelihood) => (
                <div key={likelihood} className="report-heat-row">
                  <span className="report-heat-level">{n(likelihood)}</span>
                  {LEVELS_UP.map((impact) => {
                    const cell = cellOf(likelihood, impact);
                    const count = cell?.count ?? 0;
                    const within = cell?.withinAppetite ?? true;
                    return (
                      <span
                        key={impact}
                        className={`report-heat-cell ${within ? 'report-heat-within' : 'report-heat-above'}`}
                        data-count={count}
                        title={cell?.risks.map((r) => r.code).join(', ')}
                      >
                        {count > 0 ? n(count) : ''}
                        {!within && count > 0 ? ` ${ABOVE}` : ''}
                      </span>
                    );
                  })}
                </div>
              ))}
              <div className="report-heat-row">
                <span className="report-heat-level" />
                {LEVELS_UP.map((impact) => (
                  <span key={impact} className="report-heat-level">
                    {n(impact)}
                  </span>
                ))}
              </div>
            </div>
            <span className="report-heat-axis-x">{t('reports.registers.heatMap.impact')}</span>
          </div>
          <p className="muted">{t('reports.registers.heatMap.unassessed', { count: heatMap.unassessed })}</p>
        </div>
      )}
      table={() => (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('reports.registers.heatMap.title')}
          tabIndex={0}
        >
          <table className="table report-table">
            <caption>{t('reports.registers.heatMap.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.registers.heatMap.likelihood')}</th>
                <th scope="col">{t('reports.registers.heatMap.impact')}</th>
                <th scope="col">{t('reports.registers.heatMap.score')}</th>
                <th scope="col">{t('reports.registers.heatMap.appetite')}</th>
                <th scope="col">{t('reports.registers.heatMap.risks')}</th>
              </tr>
            </thead>
            <tbody>
              {heatMap.cells
                .filter((c) => c.count > 0)
                .map((c) => (
                  <tr key={`${c.likelihood}-${c.impact}`}>
                    <td className="numeric">{n(c.likelihood)}</td>
                    <td className="numeric">{n(c.impact)}</td>
                    <td className="numeric">{n(c.score)}</td>
                    <td>
                      {c.withinAppetite
                        ? t('reports.registers.heatMap.within')
                        : `${ABOVE} ${t('reports.registers.heatMap.above')}`}
                    </td>
                    <td>{c.risks.map((r) => r.code).join(', ')}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}

function TopRisks({ risks }: { risks: Risks['top'] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (risks.length === 0) return <p>{t('reports.registers.top.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('reports.registers.top.title')} tabIndex={0}>
      <table className="table report-table" data-testid="report-top-risks">
        <caption>{t('reports.registers.top.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.registers.top.risk')}</th>
            <th scope="col">{t('reports.registers.top.owner')}</th>
            <th scope="col">{t('reports.registers.top.priorities')}</th>
            <th scope="col">{t('reports.registers.top.score')}</th>
            <th scope="col">{t('reports.registers.top.quarter')}</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => (
            <tr key={r.code}>
              <th scope="row">
                <span className="code">{r.code}</span> {r.title}
              </th>
              <td>{r.sector.code}</td>
              <td>{r.priorities.join(', ') || '–'}</td>
              <td className="numeric">
                {r.latest
                  ? `${formatNumber(r.latest.residual.score, language)}${r.latest.withinAppetite ? '' : ` ${ABOVE}`}`
                  : '–'}
              </td>
              <td>{r.latest ? periodText(r.latest.period, language) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RiskRegisterSection({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  return (
    <section className="report-section" aria-labelledby="report-risks">
      <h2 id="report-risks">{t('reports.registers.risksTitle')}</h2>
      <p className="muted">{t('reports.registers.confirmedOnly')}</p>
      <HeatMap heatMap={report.registers.risks.heatMap} />
      <TopRisks risks={report.registers.risks.top} />
    </section>
  );
}
