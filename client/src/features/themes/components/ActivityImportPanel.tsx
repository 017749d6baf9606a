// Export the activities (XLSX, CSV) and import an edited sheet: the preview names each row new, changed or
// unchanged and each bad row with its reason and cell; nothing is written until the confirmation.
import type { ActivityImportPreview } from '@rbm/shared/schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { bytesToBase64 } from '../../../lib/base64.ts';
import { formErrorText } from '../../../lib/form-errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { activityExportUrl, useImportActivities, usePreviewActivityImport } from '../api/activities.ts';

export function ActivityImportPanel() {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  const preview = usePreviewActivityImport();
  const confirm = useImportActivities();
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

  function submit(event: FormEvent, data: ActivityImportPreview) {
    event.preventDefault();
    if (chosen) confirm.mutate({ ...chosen, token: data.token });
  }

  const data = preview.data;
  const writable = data ? data.counts.new + data.counts.changed : 0;
  // the rows that would be written; the unchanged ones are only counted
  const changes = data ? data.rows.filter((r) => r.change !== 'unchanged') : [];
  const k = (key: string) => `themes.activityFiles.${key}`;
  return (
    <section className="activity-files" aria-labelledby="activity-files-heading">
      <h2 id="activity-files-heading">{t(k('heading'))}</h2>
      <p>
        {t(k('export'))}{' '}
        <a className="button" href={activityExportUrl('xlsx')} download>
          {t(k('xlsx'))}
        </a>{' '}
        <a className="button" href={activityExportUrl('csv')} download>
          {t(k('csv'))}
        </a>
      </p>
      <div className="field">
        <label htmlFor="activity-import-file">{t(k('import'))}</label>
        <p id="activity-import-hint" className="field-hint">
          {t(k('hint'))}
        </p>
        <input
          id="activity-import-file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby="activity-import-hint"
          onChange={(event) => void read(event.target.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {preview.isPending && t(k('reading'))}
        {confirm.isSuccess &&
          t(k('done'), {
            created: n(confirm.data.created),
            updated: n(confirm.data.updated),
            unchanged: n(confirm.data.unchanged),
          })}
      </div>
      {preview.isError && <FormAlert>{formErrorText(t, preview.error)}</FormAlert>}
      {data && !confirm.isSuccess && (
        <div className="activity-preview">
          <h3>{t(k('previewHeading'), { file: chosen?.fileName ?? '' })}</h3>
          <p className="activity-preview-counts">
            {t(k('counts'), {
              new: n(data.counts.new),
              changed: n(data.counts.changed),
              unchanged: n(data.counts.unchanged),
              invalid: n(data.counts.invalid),
            })}{' '}
            {t(k('nothingWritten'))}
          </p>
          {data.invalid.length > 0 && (
            <div className="table-scroll">
              <table className="table">
                <caption>{t(k('invalidCaption'))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(k('row'))}</th>
                    <th scope="col">{t(k('cell'))}</th>
                    <th scope="col">{t(k('reason'))}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.invalid.map((p) => (
                    <tr key={`${p.row}-${p.code}`}>
                      <td>{n(p.row)}</td>
                      <td>
                        <bdi dir="ltr">{p.cell}</bdi>
                      </td>
                      <td>
                        {t(`themes.activityProblem.${p.code}`)} <bdi className="muted">({p.message})</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {changes.length > 0 && (
            <div className="table-scroll">
              <table className="table">
                <caption>{t(k('rowsCaption'))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(k('row'))}</th>
                    <th scope="col">{t('themes.activityList.activity')}</th>
                    <th scope="col">{t('themes.unit')}</th>
                    <th scope="col">{t(k('changeHeading'))}</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((r) => (
                    <tr key={r.row} data-change={r.change}>
                      <td>{n(r.row)}</td>
                      <td>
                        <bdi dir="ltr">{r.activity}</bdi>
                      </td>
                      <td>
                        <bdi>{r.unit}</bdi>
                      </td>
                      <td>{t(k(`change.${r.change}`))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <form onSubmit={(event) => submit(event, data)}>
            {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
            <button
              type="submit"
              className="button button-primary"
              disabled={writable === 0 || data.counts.invalid > 0 || confirm.isPending}
            >
              {t(k('confirm'), { number: n(writable) })}
            </button>
          </form>
        </div>
      )}
    </section>
  );
}
