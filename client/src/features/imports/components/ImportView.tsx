// Import of a filled-in spreadsheet into a priority's quarter: download the template (or export the grid),
// choose a file, read the preview (nothing written yet), then confirm to write the valid rows as drafts.
import type { ImportPreview } from '@rbm/shared/schemas';
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useConfirmImport } from '../api/confirm-import.ts';
import { usePreviewImport } from '../api/preview-import.ts';
import { bytesToBase64, entryFileUrl, fileProblem, type ImportTarget } from '../utils/entry-files.ts';
import { ImportPreviewTables } from './ImportPreviewTables.tsx';
import '../imports.css';

interface ChosenFile {
  fileName: string;
  content: string;
}

export function ImportView({ target }: { target: ImportTarget }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const preview = usePreviewImport(target);
  const confirm = useConfirmImport(target);
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const gridUrl = `/plans/${target.plan}/entry/${target.priority}/${target.period}`;

  async function read(file: File | undefined) {
    preview.reset();
    confirm.reset();
    setChosen(null);
    if (!file) return;
    const wrong = fileProblem(file);
    if (wrong) return setProblem(t(`errors.${wrong}`));
    setProblem(null);
    const body = { fileName: file.name, content: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
    setChosen(body);
    preview.mutate(body);
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void read(event.dataTransfer.files[0]);
  }

  function submit(event: FormEvent, data: ImportPreview) {
    event.preventDefault();
    if (chosen) confirm.mutate({ ...chosen, token: data.token });
  }

  const valid = preview.data ? preview.data.counts.new + preview.data.counts.changed : 0;
  return (
    <div className="import-page">
      <p className="import-rule">{t('imports.rule')}</p>
      <section aria-labelledby="downloads-heading" className="import-panel">
        <h2 id="downloads-heading">{t('imports.downloads.heading')}</h2>
        <ul className="import-links">
          <li>
            {t('imports.downloads.template')}{' '}
            <a href={entryFileUrl('template', target, 'xlsx', language)} download>
              {t('imports.downloads.xlsx')}
            </a>{' '}
            ·{' '}
            <a href={entryFileUrl('template', target, 'csv', language)} download>
              {t('imports.downloads.csv')}
            </a>
          </li>
          <li>
            {t('imports.downloads.export')}{' '}
            <a href={entryFileUrl('export', target, 'xlsx', language)} download>
              {t('imports.downloads.xlsx')}
            </a>{' '}
            ·{' '}
            <a href={entryFileUrl('export', target, 'csv', language)} download>
              {t('imports.downloads.csv')}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="upload-heading" className="import-panel">
        <h2 id="upload-heading">{t('imports.upload.heading')}</h2>
        <div
          className={dragging ? 'import-drop import-drop-active' : 'import-drop'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={drop}
        >
          <label htmlFor="import-file">{t('imports.upload.label')}</label>
          <p id="import-file-hint" className="field-hint">
            {t('imports.upload.hint')}
          </p>
          <input
            ref={input}
            id="import-file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="import-file-hint"
            onChange={(event) => void read(event.target.files?.[0])}
          />
        </div>
        <div role="status" aria-live="polite" className="import-status">
          {preview.isPending && t('imports.upload.reading')}
          {confirm.isSuccess &&
            t('imports.result.done', {
              created: confirm.data.created,
              updated: confirm.data.updated,
              skipped: confirm.data.invalid,
            })}
        </div>
        {problem && <FormAlert>{problem}</FormAlert>}
        {preview.isError && <FormAlert>{formErrorText(t, preview.error)}</FormAlert>}
      </section>
      {confirm.isSuccess && (
        <p>
          <Link to={gridUrl}>{t('imports.result.backToGrid')}</Link>
        </p>
      )}
      {preview.data && !confirm.isSuccess && (
        <section aria-labelledby="preview-heading" className="import-panel">
          <h2 id="preview-heading">{t('imports.preview.heading', { file: chosen?.fileName ?? '' })}</h2>
          <p>{t('imports.preview.nothingWritten')}</p>
          <ImportPreviewTables preview={preview.data} />
          <form onSubmit={(event) => submit(event, preview.data)} className="import-confirm">
            {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
            <button
              type="submit"
              className="button button-primary"
              disabled={valid === 0 || confirm.isPending}
            >
              {t('imports.preview.confirm', { count: valid })}
            </button>
            <Link to={gridUrl}>{t('imports.preview.cancel')}</Link>
          </form>
        </section>
      )}
    </div>
  );
}
