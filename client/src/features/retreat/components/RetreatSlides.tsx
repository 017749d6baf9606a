// The pieces of the retreat's slides, in large type: a table of groups with status, figures and KPIs
// (ranked when a rank is given), and the heatmap of the last quarters.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { scoreBand } from '@rbm/shared/rbm';
import type { Comparison, RollUpFigures } from '@rbm/shared/schemas';
import { formatShare } from '../../../components/charts/format-share.ts';
import { STATUS_SYMBOLS, STATUS_TINTS } from '../../../components/charts/status-style.ts';
import { RollUpTable } from '../../../components/ui/RollUpTable.tsx';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodLabel } from '../utils/retreat-texts.ts';

export interface GroupLine {
  code: string;
  name: string;
  rollUp: RollUpFigures;
  /** A rank, "not ranked" (null), or no rank column (undefined). */
  rank?: number | null;
}

/** A table that may be wider than the screen scrolls sideways, from the keyboard too. */
function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="present-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function GroupTable({ lines, caption }: { lines: readonly GroupLine[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <RollUpTable
      rows={lines.map((line) => ({ ...line, name: <span dir="auto">{line.name}</span> }))}
      headers={{
        rank: t('retreat.columns.rank'),
        notRanked: t('retreat.compare.notRanked'),
        group: t('retreat.columns.name'),
        status: t('retreat.columns.status'),
        score: t('retreat.figure.score'),
        completeness: t('retreat.figure.completeness'),
        timeliness: t('retreat.figure.timeliness'),
        kpis: t('retreat.columns.kpis'),
      }}
      caption={caption}
      captionHidden
      tableClassName="present-table"
      scrollClassName="present-scroll"
    />
  );
}

/** The heatmap's last `quarters` columns: the score and the status symbol on the status's tint. */
export function HeatmapSlide({
  data,
  caption,
  quarters = 6,
}: {
  data: Comparison;
  caption: string;
  quarters?: number;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const periods = data.heatmap.periods.slice(-quarters);
  return (
    <Scroll label={caption}>
      <table className="present-heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retreat.columns.code')}</th>
            {periods.map((p) => (
              <th scope="col" key={p}>
                {periodLabel(p, t, language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.heatmap.rows.map((row) => (
            <tr key={row.code}>
              <th scope="row" title={row.name.text}>
                {row.code}
              </th>
              {row.cells
                .filter((cell) => periods.includes(cell.period))
                .map((cell) => (
                  <td
                    key={cell.period}
                    className="present-heat"
                    style={{ background: STATUS_TINTS[scoreBand(cell.score, data.thresholds, cell.status)] }}
                  >
                    {formatShare(cell.score, language)}{' '}
                    <span aria-hidden="true">{STATUS_SYMBOLS[cell.status]}</span>
                    <span className="visually-hidden">{t(`status.${cell.status}`)}</span>
                  </td>
                ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
