// Export the mapping (XLSX, CSV) and import an edited sheet: the preview names each row new, changed or
// unchanged and each bad row with its reason and cell; nothing is written until the confirmation.
import type { ResolutionImportPreview } from '@rbm/shared/schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { resolutionExportUrl } from '../api/export-resolutions.ts';
import { useImportResolutions } from '../api/import-resolutions.ts';
import { usePreviewResolutionImport } from '../api/preview-resolution-import.ts';
import { bytesToBase64 } from '../utils/resolution-filters.ts';

export function ResolutionImportPanel() {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  const preview = usePreviewResolutionImport();
  const confirm = useImportResolutions();
  const [chosen, setChosen] = useState<{ fileName: string; content: string } | null>(null);

  async function read(file: File | undefined) {
    preview.reset();
    confirm.reset();
    setChosen(null);
    if (!file) return;
    const body = { fileName: file.name, content: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
    setChosen(body);
    preview.mutate(body);
  }

  function submit(event: FormEvent, data: ResolutionImportPreview) {
    event.preventDefault();
    if (chosen) confirm.mutate({ ...chosen, token: data.token });
  }

  const data = preview.data;
  const writable = data ? data.counts.new + data.counts.changed : 0;
  return (
    <section className="resolution-files" aria-labelledby="resolution-files-heading">
      <h2 id="resolution-files-heading">{t('resolutions.files.heading')}</h2>
      <p>
        {t('resolutions.files.export')}{' '}
        <a className="button" href={resolutionExportUrl('xlsx')} download>
          {t('resolutions.files.xlsx')}
        </a>{' '}
        <a className="button" href={resolutionExportUrl('csv')} download>
          {t('resolutions.files.csv')}
        </a>
      </p>
      <div className="field">
        <label htmlFor="resolution-import-file">{t('resolutions.files.import')}</label>
        <p id="resolution-import-hint" className="field-hint">
          {t('resolutions.files.hint')}
        </p>
        <input
          id="resolution-import-file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="resolution-import-hint"
          onChange={(event) => void read(event.target.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {preview.isPending && t('resolutions.files.reading')}
        {confirm.isSuccess &&
          t('resolutions.files.done', {
            created: n(confirm.data.created),
            updated: n(confirm.data.updated),
            unchanged: n(confirm.data.unchanged),
          })}
      </div>
      {preview.isError && <FormAlert>{formErrorText(t, preview.error)}</FormAlert>}
      {data && !confirm.isSuccess && (
        <div className="resolution-preview">
          <h3>{t('resolutions.files.previewHeading', { file: chosen?.fileName ?? '' })}</h3>
          <p className="resolution-preview-counts">
            {t('resolutions.files.counts', {
              new: n(data.counts.new),
              changed: n(data.counts.changed),
              unchanged: n(data.counts.unchanged),
              invalid: n(data.counts.invalid),
            })}{' '}
            {t('resolutions.files.nothingWritten')}
          </p>
          {data.invalid.length > 0 && (
            <div className="table-scroll">
              <table className="table">
                <caption>{t('resolutions.files.invalidCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('resolutions.files.row')}</th>
                    <th scope="col">{t('resolutions.files.cell')}</th>
                    <th scope="col">{t('resolutions.files.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.invalid.map((p) => (
                    <tr key={`${p.row}-${p.code}`}>
                      <td>{n(p.row)}</td>
                      <td>{p.cell}</td>
                      <td>
                        {t(`resolutions.problem.${p.code}`)} <bdi className="muted">({p.message})</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.rows.some((r) => r.change !== 'unchanged') && (
            <ul>
              {data.rows
                .filter((r) => r.change !== 'unchanged')
                .map((r) => (
                  <li key={r.row}>
                    {t(`resolutions.files.change.${r.change}`)}: {r.resolution}
                  </li>
                ))}
            </ul>
          )}
          <form onSubmit={(event) => submit(event, data)}>
            {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
            <button
              type="submit"
              className="button button-primary"
              disabled={writable === 0 || data.counts.invalid > 0 || confirm.isPending}
            >
              {t('resolutions.files.confirm', { number: n(writable) })}
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
