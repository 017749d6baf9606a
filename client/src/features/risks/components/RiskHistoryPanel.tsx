// The score over time: inherent and residual score of each assessed quarter, the appetite as a dashed
// line, drafts drawn hollow. Its table lists every quarter with both ratings and who confirmed it.
import type { RiskDetail } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';
import { historyPoints, linePath, MAX_SCORE } from '../utils/assessment-history.ts';

const WIDTH = 560;
const HEIGHT = 180;
const PAD = { left: 32, right: 16, top: 8, bottom: 28 };

export function RiskHistoryPanel({ risk }: { risk: RiskDetail }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const points = historyPoints(risk.assessments, WIDTH - PAD.left - PAD.right, HEIGHT - PAD.top - PAD.bottom);
  const appetiteY = PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - risk.appetite / MAX_SCORE);
  const rating = (r: { likelihood: number; impact: number; score: number }) =>
    t('risks.table.score', { likelihood: n(r.likelihood), impact: n(r.impact), score: n(r.score) });
  return (
    <ChartPanel
      title={t('risks.history.title')}
      description={t('risks.history.description', { appetite: n(risk.appetite) })}
      state={risk.assessments.length === 0 ? 'empty' : 'ready'}
      emptyText={t('risks.history.empty')}
      chart={() => (
        <div className="risk-history">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
            <g transform={`translate(${PAD.left},${PAD.top})`}>
              {[0, 5, 10, 15, 20, 25].map((score) => {
                const y = (HEIGHT - PAD.top - PAD.bottom) * (1 - score / MAX_SCORE);
                return (
                  <g key={score}>
                    <line
                      className="risk-history-grid"
                      x1={0}
                      x2={WIDTH - PAD.left - PAD.right}
                      y1={y}
                      y2={y}
                    />
                    <text className="risk-history-tick" x={-6} y={y + 4} textAnchor="end">
                      {n(score)}
                    </text>
                  </g>
                );
              })}
              <path
                className="risk-history-inherent"
                d={linePath(points.map((p) => ({ x: p.x, y: p.inherentY })))}
              />
              <path
                className="risk-history-residual"
                d={linePath(points.map((p) => ({ x: p.x, y: p.residualY })))}
              />
              {points.map((p) => (
                <g key={p.period}>
                  <circle
                    className={`risk-history-dot${p.draft ? ' risk-history-draft' : ''}`}
                    cx={p.x}
                    cy={p.residualY}
                    r={4}
                  />
                  <text
                    className="risk-history-tick"
                    x={p.x}
                    y={HEIGHT - PAD.top - PAD.bottom + 18}
                    textAnchor="middle"
                  >
                    {p.period.slice(2)}
                  </text>
                </g>
              ))}
            </g>
            <line
              className="risk-history-appetite"
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={appetiteY}
              y2={appetiteY}
            />
          </svg>
          <ul className="risk-history-legend">
            <li className="legend-residual">{t('risks.history.residual')}</li>
            <li className="legend-inherent">{t('risks.history.inherent')}</li>
            <li className="legend-appetite">
              {t('risks.history.appetiteLine', { appetite: n(risk.appetite) })}
            </li>
          </ul>
        </div>
      )}
      table={() => (
        <table className="table">
          <caption>{t('risks.history.tableCaption', { code: risk.code })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('risks.assess.period')}</th>
              <th scope="col">{t('risks.assess.inherent')}</th>
              <th scope="col">{t('risks.assess.residual')}</th>
              <th scope="col">{t('risks.heatMap.appetite')}</th>
              <th scope="col">{t('risks.history.state')}</th>
            </tr>
          </thead>
          <tbody>
            {[...risk.assessments].reverse().map((a) => (
              <tr key={a.period} data-state={a.state}>
                <th scope="row">{periodText(a.period, language)}</th>
                <td>{rating(a.inherent)}</td>
                <td>{rating(a.residual)}</td>
                <td>{a.withinAppetite ? t('risks.within') : `▲ ${t('risks.above')}`}</td>
                <td>
                  {a.state === 'draft'
                    ? t('risks.draft')
                    : a.confirmedBy
                      ? t('risks.history.confirmedBy', { name: a.confirmedBy })
                      : t('risks.history.confirmedNoName')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
