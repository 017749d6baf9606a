// Upload a framework file (JSON or XLSX), read the preview (nothing written), then confirm to write it in
// one go. Confirm stays disabled while any row is bad; a stale preview says so and offers a fresh one. The
// state of the work (reading, the preview's summary, importing, done) is announced in one live region.
import type { FrameworkImportPreview } from '@rbm/shared/schemas';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { useUploadPreview } from '../../../components/sheet/use-upload-preview.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useConfirmFrameworkImport } from '../api/confirm-framework-import.ts';
import { usePreviewFrameworkImport, type FrameworkFile } from '../api/preview-framework-import.ts';
import { errorText } from '../utils/error-text.ts';
import { confirmState } from '../utils/framework-preview.ts';
import { FrameworkPreviewTables } from './FrameworkPreviewTables.tsx';

function summary(t: TFunction, preview: FrameworkImportPreview, fileName: string): string {
  const n = (value: number) => formatNumber(value, currentLanguage());
  return t('frameworkImport.preview.summary', {
    file: fileName,
    new: n(preview.counts.new),
    changed: n(preview.counts.changed),
    retired: n(preview.counts.retired),
    unchanged: n(preview.counts.unchanged),
    bad: n(preview.counts.bad),
  });
}

export function FrameworkImportView() {
  const { t } = useTranslation();
  const preview = usePreviewFrameworkImport();
  const confirm = useConfirmFrameworkImport();
  const { chosen, read, run, stale, doneHeading, previewAgain } = useUploadPreview<FrameworkFile>(
    { preview, confirm },
    {},
  );

  const data = preview.data;
  const state = data ? confirmState(data) : null;
  const done = confirm.data;
  let status = '';
  if (preview.isPending) status = t('frameworkImport.upload.reading', { file: chosen?.fileName ?? '' });
  else if (confirm.isPending) status = t('frameworkImport.confirm.writing');
  else if (done) {
    status = t('frameworkImport.confirm.done', {
      plan: done.plan,
      new: formatNumber(done.counts.new, currentLanguage()),
      changed: formatNumber(done.counts.changed, currentLanguage()),
      retired: formatNumber(done.counts.retired, currentLanguage()),
    });
  } else if (data && chosen) status = summary(t, data, chosen.fileName);

  return (
    <>
      <section className="fw-panel upload-panel" aria-labelledby="fw-upload-title">
        <h2 id="fw-upload-title">{t('frameworkImport.upload.title')}</h2>
        <p id="fw-file-hint" className="muted">
          {t('frameworkImport.upload.hint')}
        </p>
        <div className="field">
          <label htmlFor="fw-file">{t('frameworkImport.upload.label')}</label>
          <input
            id="fw-file"
            type="file"
            accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="fw-file-hint"
            onChange={(event) => void read(event.target.files?.[0])}
          />
        </div>
        <div role="status" aria-live="polite" className="fw-status" data-testid="fw-status">
          {status}
        </div>
        {preview.isError && <FormAlert>{errorText(t, preview.error)}</FormAlert>}
      </section>

      {done && (
        <section className="fw-panel upload-panel" aria-labelledby="fw-done-title">
          <h2 id="fw-done-title" ref={doneHeading} tabIndex={-1}>
            {t('frameworkImport.confirm.doneTitle', { plan: done.plan })}
          </h2>
          <ul className="fw-links">
            <li>
              <Link to={`/plans/${encodeURIComponent(done.plan)}/framework`}>
                {t('frameworkImport.confirm.openFramework', { plan: done.plan })}
              </Link>
            </li>
            <li>
              <Link to={`/plans/${encodeURIComponent(done.plan)}/overview`}>
                {t('frameworkImport.confirm.openOverview', { plan: done.plan })}
              </Link>
            </li>
          </ul>
        </section>
      )}

      {data && chosen && !done && (
        <section className="fw-panel upload-panel" aria-labelledby="fw-preview-title">
          <h2 id="fw-preview-title">{t('frameworkImport.preview.title', { file: chosen.fileName })}</h2>
          <p data-testid="fw-target">
            {data.plan === null
              ? t('frameworkImport.preview.noPlan')
              : t(`frameworkImport.preview.onto.${data.onto}`, { plan: data.plan })}
          </p>
          <p className="muted">{t('frameworkImport.preview.nothingWritten')}</p>
          <FrameworkPreviewTables preview={data} />
          <div className="fw-confirm">
            {confirm.isError &&
              (stale ? (
                <FormAlert>
                  <p>{t('frameworkImport.errors.import_stale')}</p>
                  <button type="button" className="button" ref={previewAgain} onClick={() => run(chosen)}>
                    {t('frameworkImport.confirm.previewAgain')}
                  </button>
                </FormAlert>
              ) : (
                <FormAlert>{errorText(t, confirm.error)}</FormAlert>
              ))}
            {state !== 'ready' && (
              <p id="fw-confirm-why" className={state === 'bad_rows' ? 'fw-blocked' : undefined}>
                {t(`frameworkImport.confirm.${state === 'bad_rows' ? 'blocked' : 'nothing'}`)}
              </p>
            )}
            <button
              type="button"
              className="button"
              disabled={state !== 'ready' || confirm.isPending || stale}
              aria-describedby={state !== 'ready' ? 'fw-confirm-why' : undefined}
              onClick={() => confirm.mutate({ ...chosen, token: data.token })}
            >
              {t('frameworkImport.confirm.button', { plan: data.plan ?? '' })}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
