// The highest confirmed risks of each Sector: one bar per risk, its residual score out of 25, the plan's
// appetite marked on every row; bars above the appetite carry a symbol as well as a colour.
import type { TopRisks } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { MAX_SCORE } from '../utils/assessment-history.ts';

const ABOVE = '▲';

interface Props {
  plan: string;
  top: TopRisks | undefined;
  state: 'loading' | 'error' | 'ready';
  error: unknown;
  onRetry: () => void;
}

export function TopRisksPanel({ plan, top, state, error, onRetry }: Props) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  const share = (score: number) => `${(score / MAX_SCORE) * 100}%`;
  const empty = state === 'ready' && (top?.sectors.length ?? 0) === 0;
  return (
    <ChartPanel
      title={t('risks.top.title')}
      description={t('risks.top.description', { appetite: top ? n(top.appetite) : '' })}
      state={empty ? 'empty' : state}
      emptyText={t('risks.top.empty')}
      error={error}
      onRetry={onRetry}
      chart={() => (
        <div className="top-risks">
          {top?.sectors.map(({ sector, risks }) => (
            <div key={sector.code} className="top-risks-sector">
              <h3>{`${sector.code} – ${sector.name}`}</h3>
              <ul>
                {risks.map((risk) => {
                  const score = risk.latest?.residual.score ?? 0;
                  const above = risk.latest?.withinAppetite === false;
                  return (
                    <li key={risk.id} className="top-risk">
                      <span className="top-risk-label">
                        <span className="code">{risk.code}</span> <bdi dir="auto">{risk.title}</bdi>
                      </span>
                      <span className="top-risk-track">
                        <span
                          className={`top-risk-bar${above ? ' top-risk-above' : ''}`}
                          style={{ inlineSize: share(score) }}
                        />
                        <span
                          className="top-risk-appetite"
                          style={{ insetInlineStart: share(top.appetite) }}
                        />
                      </span>
                      <span className="top-risk-score">
                        {n(score)}
                        {above ? ` ${ABOVE}` : ''}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
      table={() => (
        <table className="table">
          <caption>{t('risks.top.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('risks.table.sector')}</th>
              <th scope="col">{t('risks.table.risk')}</th>
              <th scope="col">{t('risks.table.residual')}</th>
              <th scope="col">{t('risks.heatMap.appetite')}</th>
            </tr>
          </thead>
          <tbody>
            {top?.sectors.flatMap(({ sector, risks }) =>
              risks.map((risk) => (
                <tr key={risk.id}>
                  <td>{sector.code}</td>
                  <th scope="row">
                    <Link to={`/plans/${plan}/risks/${risk.id}`}>
                      <span className="code">{risk.code}</span> <bdi dir="auto">{risk.title}</bdi>
                    </Link>
                  </th>
                  <td>
                    {risk.latest
                      ? t('risks.table.score', {
                          likelihood: n(risk.latest.residual.likelihood),
                          impact: n(risk.latest.residual.impact),
                          score: n(risk.latest.residual.score),
                        })
                      : '–'}
                  </td>
                  <td>
                    {risk.latest?.withinAppetite === false
                      ? `${ABOVE} ${t('risks.above')}`
                      : t('risks.within')}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
    />
  );
}
