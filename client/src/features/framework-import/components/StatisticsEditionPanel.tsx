// A new edition of the published ICT statistics: choose a sheet (indicator, area, year, value, edition,
// source), read the preview (each row new, changed with its stored value, or unchanged; each bad cell with
// its reason; nothing written), then confirm. Older editions are kept; the overview draws the newest.
import { STATISTICS_SHEET_HEADERS, type StatisticsImportPreview } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { useUploadPreview } from '../../../components/sheet/use-upload-preview.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import type { FrameworkFile } from '../api/preview-framework-import.ts';
import { useImportStatistics, usePreviewStatisticsImport } from '../api/statistics-import.ts';
import { errorText } from '../utils/error-text.ts';

function PreviewTables({ preview }: { preview: StatisticsImportPreview }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const moved = preview.rows.filter((r) => r.change !== 'unchanged');
  return (
    <>
      {preview.invalid.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="stats-bad-caption" tabIndex={0}>
          <table className="table fw-table" data-testid="stats-bad-rows">
            <caption id="stats-bad-caption">{t('frameworkImport.statistics.badCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('frameworkImport.statistics.cell')}</th>
                <th scope="col">{t('frameworkImport.statistics.indicator')}</th>
                <th scope="col">{t('frameworkImport.preview.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.invalid.map((p) => (
                <tr key={p.cell}>
                  <th scope="row">
                    <bdi dir="ltr">{p.cell}</bdi>
                  </th>
                  <td>{p.indicator === null ? '–' : <bdi dir="ltr">{p.indicator}</bdi>}</td>
                  <td>{t(`frameworkImport.statistics.reasons.${p.code}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {moved.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="stats-rows-caption" tabIndex={0}>
          <table className="table fw-table" data-testid="stats-rows">
            <caption id="stats-rows-caption">{t('frameworkImport.statistics.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('frameworkImport.preview.row')}</th>
                <th scope="col">{t('frameworkImport.statistics.indicator')}</th>
                <th scope="col">{t('frameworkImport.statistics.area')}</th>
                <th scope="col">{t('frameworkImport.statistics.year')}</th>
                <th scope="col">{t('frameworkImport.statistics.edition')}</th>
                <th scope="col">{t('frameworkImport.statistics.value')}</th>
                <th scope="col">{t('frameworkImport.preview.change')}</th>
              </tr>
            </thead>
            <tbody>
              {moved.map((r) => (
                <tr key={r.row}>
                  <th scope="row">{n(r.row)}</th>
                  <td>
                    <bdi dir="ltr">{r.indicator}</bdi>
                  </td>
                  <td>
                    <bdi dir="ltr">{r.area}</bdi>
                  </td>
                  <td>{formatNumber(r.year, language, { useGrouping: false })}</td>
                  <td>
                    <bdi dir="ltr">{r.edition}</bdi>
                  </td>
                  <td>
                    {r.before !== null && (
                      <>
                        <del>{n(r.before)}</del>{' '}
                        <span aria-hidden="true" className="fw-arrow">
                          →
                        </span>
                        <span className="visually-hidden">{t('frameworkImport.preview.becomes')}</span>{' '}
                      </>
                    )}
                    <ins className="fw-plain">{n(r.value)}</ins>
                  </td>
                  <td>{t(`frameworkImport.changes.${r.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function StatisticsEditionPanel() {
  const { t } = useTranslation();
  const preview = usePreviewStatisticsImport();
  const confirm = useImportStatistics();
  const {
    chosen,
    read,
    run,
    stale,
    doneHeading: heading,
    previewAgain,
  } = useUploadPreview<FrameworkFile>({ preview, confirm }, {});
  const n = (value: number) => formatNumber(value, currentLanguage());

  const data = preview.data;
  const writable =
    data !== undefined && data.counts.invalid === 0 && data.counts.new + data.counts.changed > 0;
  let status = '';
  if (preview.isPending) status = t('frameworkImport.upload.reading', { file: chosen?.fileName ?? '' });
  else if (confirm.isPending) status = t('frameworkImport.statistics.writing');
  else if (confirm.data) {
    status = t('frameworkImport.statistics.done', {
      created: n(confirm.data.created),
      updated: n(confirm.data.updated),
    });
  } else if (data) {
    status = t('frameworkImport.statistics.summary', {
      new: n(data.counts.new),
      changed: n(data.counts.changed),
      unchanged: n(data.counts.unchanged),
      invalid: n(data.counts.invalid),
    });
  }

  return (
    <section className="fw-panel upload-panel" aria-labelledby="stats-title">
      <h2 id="stats-title" ref={heading} tabIndex={-1}>
        {t('frameworkImport.statistics.title')}
      </h2>
      <p id="stats-hint" className="muted">
        {t('frameworkImport.statistics.hint', { columns: STATISTICS_SHEET_HEADERS.join(', ') })}
      </p>
      <div className="field">
        <label htmlFor="stats-file">{t('frameworkImport.statistics.label')}</label>
        <input
          id="stats-file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="stats-hint"
          onChange={(event) => void read(event.target.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite" className="fw-status" data-testid="stats-status">
        {status}
      </div>
      {preview.isError && (
        <FormAlert>{errorText(t, preview.error, 'frameworkImport.statistics.errors')}</FormAlert>
      )}
      {data && chosen && !confirm.data && (
        <>
          {data.editions.length > 0 && (
            <p>{t('frameworkImport.statistics.editions', { editions: data.editions.join(', ') })}</p>
          )}
          <PreviewTables preview={data} />
          <div className="fw-confirm">
            {confirm.isError &&
              (stale ? (
                <FormAlert>
                  <p>{t('frameworkImport.statistics.stale')}</p>
                  <button type="button" className="button" ref={previewAgain} onClick={() => run(chosen)}>
                    {t('frameworkImport.confirm.previewAgain')}
                  </button>
                </FormAlert>
              ) : (
                <FormAlert>{errorText(t, confirm.error, 'frameworkImport.statistics.errors')}</FormAlert>
              ))}
            {!writable && (
              <p id="stats-confirm-why" className={data.counts.invalid > 0 ? 'fw-blocked' : undefined}>
                {t(`frameworkImport.statistics.${data.counts.invalid > 0 ? 'blocked' : 'nothing'}`)}
              </p>
            )}
            <button
              type="button"
              className="button"
              disabled={!writable || confirm.isPending || stale}
              aria-describedby={writable ? undefined : 'stats-confirm-why'}
              onClick={() => confirm.mutate({ ...chosen, token: data.token })}
            >
              {t('frameworkImport.statistics.confirm')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
