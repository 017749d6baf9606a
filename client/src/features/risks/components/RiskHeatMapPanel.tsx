// The 5x5 heat map of confirmed residual ratings: likelihood up, impact across, each cell its count, the
// cells above the plan's appetite marked by colour and by a symbol. Its table lists every cell with a link
// to the cell's risks (the register filtered in the address). Each axis names its levels (1 rare ... 5 almost
// certain; 1 minimal ... 5 severe).
import type { RiskHeatMap } from '@rbm/shared/schemas';
import { IMPACT_NAMES, LIKELIHOOD_NAMES } from '@rbm/shared/rbm';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChartPanel } from '../../../components/charts/ChartPanel.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

const ABOVE = '▲';
/** The levels of a scale, 1 first (impact, left to right) and 5 first (likelihood, top to bottom). */
const LEVELS_UP = [1, 2, 3, 4, 5] as const;
const LEVELS_DOWN = [5, 4, 3, 2, 1] as const;

interface Props {
  heatMap: RiskHeatMap | undefined;
  state: 'loading' | 'error' | 'ready';
  error: unknown;
  onRetry: () => void;
  cellHref: (likelihood: number, impact: number) => string;
}

export function RiskHeatMapPanel({ heatMap, state, error, onRetry, cellHref }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const likelihoodName = (level: number) => t(`risks.likelihood.${LIKELIHOOD_NAMES[level - 1] ?? 'rare'}`);
  const impactName = (level: number) => t(`risks.impact.${IMPACT_NAMES[level - 1] ?? 'minimal'}`);
  const n = (value: number) => formatNumber(value, language);
  return (
    <ChartPanel
      title={t('risks.heatMap.title')}
      description={t('risks.heatMap.description', { appetite: heatMap ? n(heatMap.appetite) : '' })}
      state={state}
      error={error}
      onRetry={onRetry}
      chart={() => (
        <div>
          <div className="risk-heat-map">
            <span className="risk-axis risk-axis-y">{t('risks.heatMap.likelihood')}</span>
            <ol className="risk-levels risk-levels-y">
              {LEVELS_DOWN.map((level) => (
                <li key={level}>{`${n(level)} ${likelihoodName(level)}`}</li>
              ))}
            </ol>
            <div className="risk-grid">
              {heatMap?.cells.map((cell) => (
                <div
                  key={`${cell.likelihood}-${cell.impact}`}
                  className={`risk-cell ${cell.withinAppetite ? 'risk-cell-within' : 'risk-cell-above'}`}
                  data-count={cell.count}
                >
                  {cell.count > 0 ? n(cell.count) : ''}
                  {!cell.withinAppetite && cell.count > 0 ? ` ${ABOVE}` : ''}
                </div>
              ))}
            </div>
            <ol className="risk-levels risk-levels-x">
              {LEVELS_UP.map((level) => (
                <li key={level}>
                  {n(level)} <span className="risk-level-name">{impactName(level)}</span>
                </li>
              ))}
            </ol>
            <span className="risk-axis risk-axis-x">{t('risks.heatMap.impact')}</span>
          </div>
          {/* outside the grid: a sentence spanning its columns would widen the level names' columns */}
          <p className="muted">
            {t('risks.heatMap.legend', { symbol: ABOVE, unassessed: n(heatMap?.unassessed ?? 0) })}
          </p>
        </div>
      )}
      table={() => (
        <table className="table">
          <caption>{t('risks.heatMap.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('risks.heatMap.likelihood')}</th>
              <th scope="col">{t('risks.heatMap.impact')}</th>
              <th scope="col">{t('risks.heatMap.score')}</th>
              <th scope="col">{t('risks.heatMap.appetite')}</th>
              <th scope="col">{t('risks.heatMap.count')}</th>
            </tr>
          </thead>
          <tbody>
            {heatMap?.cells.map((cell) => (
              <tr key={`${cell.likelihood}-${cell.impact}`}>
                <td>{`${n(cell.likelihood)} ${likelihoodName(cell.likelihood)}`}</td>
                <td>{`${n(cell.impact)} ${impactName(cell.impact)}`}</td>
                <td>{n(cell.score)}</td>
                <td>{cell.withinAppetite ? t('risks.within') : `${ABOVE} ${t('risks.above')}`}</td>
                <td>
                  {cell.count > 0 ? (
                    <Link to={cellHref(cell.likelihood, cell.impact)}>
                      {t('risks.heatMap.cellRisks', { formatted: n(cell.count) })}
                    </Link>
                  ) : (
                    n(0)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
