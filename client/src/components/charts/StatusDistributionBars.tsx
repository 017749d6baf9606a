// Stacked bars of KPIs by status, one per group, drawn in HTML so they mirror in Arabic and print as they
// show. Each segment carries the status symbol and its count, so colour is never the only signal; a click
// on a bar drills down when the group has a link. The chart is an image to assistive technology, so it holds
// no focusable element: give the table alternative the links (keyboards drill down from there).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { StatusCounts } from '@rbm/shared/schemas';
import { formatNumber } from '../../lib/format.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { countAxis, countTotal, segmentsOf } from './status-distribution.ts';
import { STATUS_COLORS, STATUS_ORDER, STATUS_SYMBOLS } from './status-style.ts';
import './status-distribution.css';

export interface DistributionRow {
  key: string;
  label: ReactNode;
  /** Plain text of the label, for tooltips. */
  title: string;
  counts: StatusCounts;
  href?: string;
}

export function StatusDistributionBars({ rows, axisLabel }: { rows: DistributionRow[]; axisLabel: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  const axis = countAxis(rows.map((r) => countTotal(r.counts)));
  return (
    <div className="distribution">
      {rows.map((row) => (
        <div
          className={`distribution-row${row.href ? ' distribution-link' : ''}`}
          key={row.key}
          onClick={row.href ? () => void navigate(row.href as string) : undefined}
        >
          <div className="distribution-label">{row.label}</div>
          <div className="distribution-track">
            {segmentsOf(row.counts, axis.max).map((segment) => (
              <span
                key={segment.status}
                className="distribution-segment"
                style={{ width: `${segment.width}%`, background: STATUS_COLORS[segment.status] }}
                title={`${row.title} — ${t(`status.${segment.status}`)}: ${formatNumber(segment.count, language)}`}
              >
                <span aria-hidden="true">{STATUS_SYMBOLS[segment.status]}</span>{' '}
                {formatNumber(segment.count, language)}
              </span>
            ))}
          </div>
        </div>
      ))}
      <div className="distribution-row distribution-axis" aria-hidden="true">
        <div className="distribution-label" />
        <div className="distribution-ticks">
          {axis.ticks.map((tick) => (
            <span key={tick} style={{ insetInlineStart: `${(tick / axis.max) * 100}%` }}>
              {formatNumber(tick, language)}
            </span>
          ))}
        </div>
      </div>
      <p className="distribution-axis-label">{axisLabel}</p>
    </div>
  );
}

/** The same figures as a table: one row per group, one column per status, and the total. */
export function StatusDistributionTable(props: {
  rows: DistributionRow[];
  groupHeader: string;
  totalHeader: string;
}) {
  const { rows, groupHeader, totalHeader } = props;
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{groupHeader}</th>
          {STATUS_ORDER.map((s) => (
            <th scope="col" key={s}>
              <span aria-hidden="true" style={{ color: STATUS_COLORS[s] }}>
                {STATUS_SYMBOLS[s]}
              </span>{' '}
              {t(`status.${s}`)}
            </th>
          ))}
          <th scope="col">{totalHeader}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {STATUS_ORDER.map((s) => (
              <td key={s}>{formatNumber(row.counts[s], language)}</td>
            ))}
            <td>{formatNumber(countTotal(row.counts), language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
