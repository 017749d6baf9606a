// A ranking as horizontal bars (0-100 %), best first; a click on a bar drills down (keyboards do it from the
// table view's links). The status symbol and the value are printed on every bar.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CompareGroup } from '@rbm/shared/schemas';
import { formatShare } from '../../../components/charts/format-share.ts';
import { STATUS_COLORS, STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { rankBy, type RankingFigure } from '../utils/compare-shaping.ts';

interface Props {
  groups: readonly CompareGroup[];
  figure: RankingFigure;
  hrefOf: (group: CompareGroup) => string;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];

export function RankingBars({ groups, figure, hrefOf }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  return (
    <div className="ranking">
      <ol className="ranking-list">
        {rankBy(groups, figure).map((bar) => {
          const status = bar.group.rollUp.status;
          return (
            <li key={bar.code} className="ranking-row" onClick={() => void navigate(hrefOf(bar.group))}>
              <span className="ranking-rank">{formatNumber(bar.rank, language)}</span>
              <span className="ranking-label" title={bar.group.name.text}>
                {bar.code}
              </span>
              <span className="ranking-track">
                <span
                  className="ranking-bar"
                  style={{
                    width: `${Math.min(1, bar.value ?? 0) * 100}%`,
                    background: STATUS_COLORS[status],
                  }}
                />
                <span className="ranking-value">
                  <span aria-hidden="true" style={{ color: STATUS_COLORS[status] }}>
                    {STATUS_SYMBOLS[status]}
                  </span>{' '}
                  {formatShare(bar.value, language)}
                </span>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="ranking-row ranking-axis" aria-hidden="true">
        <span />
        <span />
        <span className="ranking-ticks">
          {TICKS.map((tick) => (
            <span key={tick} style={{ insetInlineStart: `${tick * 100}%` }}>
              {formatShare(tick, language)}
            </span>
          ))}
        </span>
      </div>
      <p className="distribution-axis-label">{t(`compare.ranking.axis.${figure}`)}</p>
    </div>
  );
}

export function RankingTable({ groups, figure, hrefOf, groupHeader }: Props & { groupHeader: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{t('compare.ranking.rank')}</th>
          <th scope="col">{groupHeader}</th>
          <th scope="col">{t(`compare.ranking.figure.${figure}`)}</th>
          <th scope="col">{t('compare.ranking.status')}</th>
          <th scope="col">{t('compare.ranking.kpis')}</th>
        </tr>
      </thead>
      <tbody>
        {rankBy(groups, figure).map((bar) => (
          <tr key={bar.code}>
            <td>{formatNumber(bar.rank, language)}</td>
            <th scope="row">
              <Link to={hrefOf(bar.group)}>{bar.code}</Link> {bar.group.name.text}
            </th>
            <td>{formatShare(bar.value, language)}</td>
            <td>
              <StatusBadge status={bar.group.rollUp.status} />
            </td>
            <td>{formatNumber(bar.group.rollUp.kpiCount, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
