// The tree as a table: each group row has a disclosure button (aria-expanded) that shows its children;
// KPI rows link to the KPI page. Status shows as colour, shape and word (StatusBadge).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatShare } from '../../../components/charts/format-share.ts';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { ExplorerRow } from '../utils/explorer-rows.ts';

interface Props {
  plan: string;
  rows: ExplorerRow[];
  open: ReadonlySet<string>;
  pointedAt: string | null;
  onToggle: (id: string) => void;
  caption: string;
}

export function ExplorerTable({ plan, rows, open, pointedAt, onToggle, caption }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    // Focusable, so the table can be scrolled sideways with the keyboard on a phone.
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table explorer-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('explorer.columns.name')}</th>
            <th scope="col">{t('explorer.columns.status')}</th>
            <th scope="col" className="numeric">
              {t('explorer.columns.score')}
            </th>
            <th scope="col" className="numeric">
              {t('explorer.columns.completeness')}
            </th>
            <th scope="col" className="numeric">
              {t('explorer.columns.kpis')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const name = row.kind === 'unlinked' ? t('explorer.unlinked') : row.name.text;
            return (
              <tr
                key={row.id}
                className={`explorer-row explorer-level-${row.level}${row.code === pointedAt ? ' explorer-pointed' : ''}`}
                data-code={row.code}
              >
                <th scope="row">
                  <div className="explorer-name">
                    {row.hasChildren ? (
                      <button
                        type="button"
                        className="explorer-toggle"
                        aria-expanded={open.has(row.id)}
                        onClick={() => onToggle(row.id)}
                      >
                        <span aria-hidden="true" className="explorer-chevron">
                          ▸
                        </span>
                        <span className="visually-hidden">{t(`explorer.kind.${row.kind}`)} </span>
                        {row.kind !== 'unlinked' && <span className="code">{row.code}</span>}{' '}
                        {row.kind === 'unlinked' ? name : <LocalizedName value={row.name} />}
                      </button>
                    ) : row.kind === 'kpi' ? (
                      <Link to={`/plans/${encodeURIComponent(plan)}/kpis/${encodeURIComponent(row.code)}`}>
                        <span className="code">{row.code}</span> <LocalizedName value={row.name} />
                      </Link>
                    ) : (
                      <span className="explorer-leaf">
                        <span className="code">{row.code}</span> <LocalizedName value={row.name} />
                      </span>
                    )}
                  </div>
                </th>
                <td>
                  <StatusBadge status={row.rollUp.status} />
                </td>
                <td className="numeric">{formatShare(row.rollUp.score, language)}</td>
                <td className="numeric">{formatShare(row.rollUp.completeness, language)}</td>
                <td className="numeric">{formatNumber(row.rollUp.kpiCount, language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
