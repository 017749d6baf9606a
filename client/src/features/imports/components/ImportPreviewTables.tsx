// The preview of an import: counts, the rows that would be written (new, changed, unchanged) and every
// bad row with its reason in the user's language.
import type { ImportPreview, ImportRowProblem } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

const CHANGE_SHAPES = { new: '+', changed: '✎', unchanged: '=' } as const;

function reasonText(t: ReturnType<typeof useTranslation>['t'], problem: ImportRowProblem): string {
  return t([`imports.reasons.${problem.code}`, 'imports.reasons.other'], { message: problem.message });
}

export function ImportPreviewTables({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { counts } = preview;
  // A figure, or "No data: <reason>" for a record that says why it has none.
  const figure = (value: { value: number | null; noDataReason: string | null } | null) => {
    if (value === null) return '–';
    if (value.value !== null) return formatNumber(value.value, language);
    return value.noDataReason === null ? '–' : t('imports.preview.noData', { reason: value.noDataReason });
  };
  return (
    <>
      <ul className="import-counts">
        <li>{t('imports.preview.counts.rows', { count: counts.rows })}</li>
        <li>{t('imports.preview.counts.new', { count: counts.new })}</li>
        <li>{t('imports.preview.counts.changed', { count: counts.changed })}</li>
        <li>{t('imports.preview.counts.unchanged', { count: counts.unchanged })}</li>
        <li className={counts.invalid > 0 ? 'import-count-bad' : undefined}>
          {t('imports.preview.counts.invalid', { count: counts.invalid })}
        </li>
        <li>{t('imports.preview.counts.empty', { count: counts.empty })}</li>
      </ul>
      {preview.invalid.length > 0 && (
        <div className="table-scroll">
          <table className="import-table import-bad">
            <caption>{t('imports.preview.badCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.preview.row')}</th>
                <th scope="col">{t('imports.preview.kpi')}</th>
                <th scope="col">{t('imports.preview.region')}</th>
                <th scope="col">{t('imports.preview.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.invalid.map((problem) => (
                <tr key={problem.row}>
                  <th scope="row">{problem.row}</th>
                  <td>{problem.kpiCode ?? '–'}</td>
                  <td>{problem.region ?? t('imports.preview.total')}</td>
                  <td>{reasonText(t, problem)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.rows.length > 0 && (
        <div className="table-scroll">
          <table className="import-table">
            <caption>{t('imports.preview.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.preview.row')}</th>
                <th scope="col">{t('imports.preview.kpi')}</th>
                <th scope="col">{t('imports.preview.region')}</th>
                <th scope="col">{t('imports.preview.change')}</th>
                <th scope="col">{t('imports.preview.current')}</th>
                <th scope="col">{t('imports.preview.value')}</th>
                <th scope="col">{t('imports.preview.note')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr key={row.row} className={`import-${row.change}`}>
                  <th scope="row">{row.row}</th>
                  <td>{row.kpiCode}</td>
                  <td>{row.region ?? t('imports.preview.total')}</td>
                  <td>
                    <span aria-hidden="true">{CHANGE_SHAPES[row.change]} </span>
                    {t(`imports.preview.changes.${row.change}`)}
                  </td>
                  <td className="import-number">{figure(row.current)}</td>
                  <td className="import-number">{figure(row)}</td>
                  <td dir="auto">{row.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
