// The heatmap: groups x quarters, each cell coloured by its status (the plan's thresholds, shared
// `scoreBand`), with the score printed and the status symbol beside it (colour is never the only signal). A click on a cell opens the explorer for that quarter;
// the chart is an image to assistive technology, so keyboards drill down from the table view's links.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatPeriod } from '@rbm/shared';
import { SCORE_BANDS, scoreBand, type ScoreBand } from '@rbm/shared/rbm';
import type { Comparison, Heatmap } from '@rbm/shared/schemas';
import { formatShare } from '../../../components/charts/format-share.ts';
import { STATUS_SYMBOLS } from '../../../components/charts/status-style.ts';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { PeriodLabel } from '../../../components/ui/PeriodLabel.tsx';

interface Props {
  heatmap: Heatmap;
  thresholds: Comparison['thresholds'];
  hrefOf: (rowCode: string, period: string) => string;
  rowHeader: string;
}

const BAND_SYMBOLS: Readonly<Record<ScoreBand, string>> = {
  ...STATUS_SYMBOLS,
  none: `${STATUS_SYMBOLS.no_data} ${STATUS_SYMBOLS.not_due}`,
};

export function HeatmapGrid({ heatmap, thresholds, hrefOf, rowHeader }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  return (
    <div className="heatmap-scroll">
      <table className="heatmap">
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {heatmap.periods.map((p) => (
              <th scope="col" key={p}>
                <PeriodLabel period={p} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" title={row.name.text}>
                {row.code}
              </th>
              {row.cells.map((cell) => {
                const label = `${row.code} ${formatPeriod(cell.period, language)}: ${formatShare(cell.score, language)}, ${t(`status.${cell.status}`)}`;
                return (
                  <td
                    key={cell.period}
                    className={`heat heat-${scoreBand(cell.score, thresholds, cell.status)}`}
                  >
                    <span
                      className="heat-cell"
                      title={label}
                      onClick={() => void navigate(hrefOf(row.code, cell.period))}
                    >
                      <span>{cell.score === null ? '–' : formatShare(cell.score, language)}</span>
                      <span className="heat-symbol">{STATUS_SYMBOLS[cell.status]}</span>
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="heatmap-note">{t('compare.heatmap.phoneNote')}</p>
      <ul className="heat-legend" aria-label={t('compare.heatmap.legend')}>
        {SCORE_BANDS.map((band) => (
          <li key={band}>
            <span className={`heat-swatch heat-${band}`} aria-hidden="true" /> {BAND_SYMBOLS[band]}{' '}
            {t(`compare.heatmap.band.${band}`, {
              onTrack: formatShare(thresholds.onTrack, language),
              atRisk: formatShare(thresholds.atRisk, language),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The same figures as a plain table: score and status words, no colour. */
export function HeatmapTable({ heatmap, hrefOf, rowHeader }: Omit<Props, 'thresholds'>) {
  const language = currentLanguage();
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{rowHeader}</th>
          {heatmap.periods.map((p) => (
            <th scope="col" key={p}>
              <PeriodLabel period={p} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {heatmap.rows.map((row) => (
          <tr key={row.code}>
            <th scope="row">{row.code}</th>
            {row.cells.map((cell) => (
              <td key={cell.period}>
                <Link to={hrefOf(row.code, cell.period)}>{formatShare(cell.score, language)}</Link>{' '}
                <StatusBadge status={cell.status} compact />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
