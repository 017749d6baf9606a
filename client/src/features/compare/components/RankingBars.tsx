// A ranking as horizontal bars (0-100 %), best first; a click on a bar drills down (keyboards do it from the
// table view's links). The status symbol, the value and the KPIs behind it are printed on every bar. Groups
// whose figure stands on too few KPIs are listed apart, unranked, under a caveat.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CompareGroup } from '@rbm/shared/schemas';
import { formatShare } from '../../../components/charts/format-share.ts';
import { STATUS_COLORS, STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { rankBy, type RankedBar, type RankingFigure } from '../utils/compare-shaping.ts';

interface Props {
  groups: readonly CompareGroup[];
  figure: RankingFigure;
  /** Rated (or due) KPIs a group needs behind its figure to be ranked: the API's `minKpisToRank`. */
  minKpis: number;
  hrefOf: (group: CompareGroup) => string;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];

/** The groups listed apart: the caveat, then each with its figure and the KPIs behind it. */
function Unranked({ bars, minKpis, hrefOf }: { bars: RankedBar[] } & Pick<Props, 'minKpis' | 'hrefOf'>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  if (bars.length === 0) return null;
  return (
    <div className="ranking-apart">
      <p className="ranking-caveat">
        {t('compare.ranking.unranked', { count: formatNumber(minKpis, language) })}
      </p>
      <ul className="ranking-apart-list">
        {bars.map((bar) => (
          <li key={bar.code} onClick={() => void navigate(hrefOf(bar.group))}>
            <span className="ranking-label" title={bar.group.name.text}>
              {bar.code}
            </span>{' '}
            {formatShare(bar.value, language)}{' '}
            <span className="ranking-count">
              {t('compare.ranking.kpiCount', { count: formatNumber(bar.kpiCount, language) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function RankingBars({ groups, figure, minKpis, hrefOf }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const { ranked, unranked } = rankBy(groups, figure, minKpis);
  return (
    <div className="ranking">
      <ol className="ranking-list">
        {ranked.map((bar) => {
          const status = bar.group.rollUp.status;
          return (
            <li key={bar.code} className="ranking-row" onClick={() => void navigate(hrefOf(bar.group))}>
              <span className="ranking-rank">{formatNumber(bar.rank ?? 0, language)}</span>
              <span className="ranking-group">
                <span className="ranking-label" title={bar.group.name.text}>
                  {bar.code}
                </span>
                <span className="ranking-count">
                  {t('compare.ranking.kpiCount', { count: formatNumber(bar.kpiCount, language) })}
                </span>
              </span>
              <span className="ranking-track">
                <span
                  className="ranking-bar"
                  style={{
                    // On the same scale as the ticks: the track less the room kept for the value.
                    width: `calc((100% - 4.5rem) * ${Math.min(1, Math.max(0, bar.value ?? 0))})`,
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
      {ranked.length > 0 && (
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
      )}
      {ranked.length > 0 && <p className="distribution-axis-label">{t(`compare.ranking.axis.${figure}`)}</p>}
      <Unranked bars={unranked} minKpis={minKpis} hrefOf={hrefOf} />
    </div>
  );
}

export function RankingTable({
  groups,
  figure,
  minKpis,
  hrefOf,
  groupHeader,
}: Props & { groupHeader: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { ranked, unranked } = rankBy(groups, figure, minKpis);
  return (
    <>
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
          {[...ranked, ...unranked].map((bar) => (
            <tr key={bar.code}>
              <td>{bar.rank === null ? t('compare.ranking.notRanked') : formatNumber(bar.rank, language)}</td>
              <th scope="row">
                <Link to={hrefOf(bar.group)}>{bar.code}</Link> {bar.group.name.text}
              </th>
              <td>{formatShare(bar.value, language)}</td>
              <td>
                <StatusBadge status={bar.group.rollUp.status} />
              </td>
              <td>{formatNumber(bar.kpiCount, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {unranked.length > 0 && (
        <p className="ranking-caveat">
          {t('compare.ranking.unranked', { count: formatNumber(minKpis, language) })}
        </p>
      )}
    </>
  );
}
