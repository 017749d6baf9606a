// Groups (goals, Sectors, priorities, regions) with their roll-up: status, score, completeness,
// timeliness and KPI count, and a rank column when any row has a rank. The report and the retreat's
// slides show it with their own headers, caption and look.
import { useId, type ReactNode } from 'react';
import type { RollUpFigures } from '@rbm/shared/schemas';
import { formatShare } from '../charts/format-share.ts';
import { formatNumber } from '../../lib/format.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { StatusBadge } from './StatusBadge.tsx';

export interface RollUpRow {
  code: string;
  /** The group's name (a LocalizedName, or plain text). */
  name: ReactNode;
  rollUp: RollUpFigures;
  /** A rank, "not ranked" (null), or no rank column (undefined). */
  rank?: number | null;
}

export interface RollUpHeaders {
  group: string;
  status: string;
  score: string;
  completeness: string;
  timeliness: string;
  kpis: string;
  /** The rank column's header, and what an unranked row shows (needed when a row has a rank). */
  rank?: string;
  notRanked?: string;
}

/** The figure columns, in order (also each cell's data-figure). */
const FIGURES = ['score', 'completeness', 'timeliness', 'kpis'] as const;

export function RollUpTable({
  rows,
  headers,
  caption,
  captionHidden = false,
  tableClassName,
  scrollClassName,
}: {
  rows: readonly RollUpRow[];
  headers: RollUpHeaders;
  caption: string;
  captionHidden?: boolean;
  tableClassName: string;
  scrollClassName: string;
}) {
  const language = currentLanguage();
  const captionId = useId();
  const ranked = rows.some((row) => row.rank !== undefined);
  return (
    // Focusable, so a table wider than the screen scrolls sideways from the keyboard too.
    <div className={scrollClassName} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={`table ${tableClassName}`}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : undefined}>
          {caption}
        </caption>
        <thead>
          <tr>
            {ranked && <th scope="col">{headers.rank}</th>}
            <th scope="col">{headers.group}</th>
            <th scope="col">{headers.status}</th>
            {FIGURES.map((figure) => (
              <th scope="col" className="numeric" key={figure}>
                {headers[figure]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-code={row.code}>
              {ranked && <td>{row.rank ? formatNumber(row.rank, language) : headers.notRanked}</td>}
              <th scope="row">
                <span className="code">{row.code}</span> {row.name}
              </th>
              <td>
                <StatusBadge status={row.rollUp.status} />
              </td>
              {FIGURES.map((figure) => (
                <td className="numeric" data-figure={figure} key={figure}>
                  {figure === 'kpis'
                    ? formatNumber(row.rollUp.kpiCount, language)
                    : formatShare(row.rollUp[figure], language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
