// The recommendations as a spreadsheet, for focal points: download the sheet, edit it, choose it, read the
// preview (each bad cell named with its reason; nothing written), then confirm to write it in one go.
import type { RecommendationImportPreview } from '@rbm/shared/schemas';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { bytesToBase64 } from '../../../lib/base64.ts';
import { formatNumber } from '../../../lib/format.ts';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import {
  recommendationsExportUrl,
  useImportRecommendations,
  usePreviewRecommendationImport,
} from '../api/import-recommendations.ts';

function PreviewResult({ preview }: { preview: RecommendationImportPreview }) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  return (
    <>
      <p role="status">
        {t('recommendations.sheet.counts', {
          new: n(preview.counts.new),
          changed: n(preview.counts.changed),
          unchanged: n(preview.counts.unchanged),
          invalid: n(preview.counts.invalid),
        })}
      </p>
      {preview.invalid.length > 0 && (
        <div
          className="table-scroll"
          role="region"
          aria-label={t('recommendations.sheet.invalid')}
          tabIndex={0}
        >
          <table className="table" data-testid="sheet-invalid">
            <caption>{t('recommendations.sheet.invalid')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('recommendations.sheet.cell')}</th>
                <th scope="col">{t('recommendations.table.recommendation')}</th>
                <th scope="col">{t('recommendations.sheet.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.invalid.map((p) => (
                <tr key={`${p.cell}-${p.code}`}>
                  <th scope="row">
                    <bdi dir="ltr">{p.cell}</bdi> ({p.column})
                  </th>
                  <td>
                    <bdi dir="ltr">{p.reference ?? '–'}</bdi>
                  </td>
                  <td>
                    <bdi dir="auto">{p.message}</bdi>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function SheetPanel({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const preview = usePreviewRecommendationImport();
  const confirm = useImportRecommendations();
  const [chosen, setChosen] = useState<{ fileName: string; content: string } | null>(null);

  async function read(file: File | undefined) {
    preview.reset();
    confirm.reset();
    setChosen(null);
    if (!file) return;
    const body = { fileName: file.name, content: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
    setChosen(body);
    preview.mutate({ ...body, plan });
  }

  const data = preview.data;
  const writable =
    data !== undefined && data.counts.invalid === 0 && data.counts.new + data.counts.changed > 0;
  return (
    <section className="recommendation-sheet" aria-labelledby="sheet-title">
      <h2 id="sheet-title">{t('recommendations.sheet.title')}</h2>
      <p className="muted">{t('recommendations.sheet.hint')}</p>
      <p>
        {t('recommendations.sheet.download')}{' '}
        <a href={recommendationsExportUrl(plan, 'xlsx')} download>
          XLSX
        </a>{' '}
        ·{' '}
        <a href={recommendationsExportUrl(plan, 'csv')} download>
          CSV
        </a>
      </p>
      <div className="field">
        <label htmlFor="recommendation-sheet-file">{t('recommendations.sheet.choose')}</label>
        <input
          id="recommendation-sheet-file"
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </div>
      {preview.isError && <FormAlert>{formErrorText(t, preview.error)}</FormAlert>}
      {data && <PreviewResult preview={data} />}
      {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
      {confirm.data && (
        <p role="status">
          {t('recommendations.sheet.done', {
            created: confirm.data.created,
            updated: confirm.data.updated,
          })}
        </p>
      )}
      {writable && chosen && !confirm.data && (
        <button
          type="button"
          className="button"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate({ ...chosen, plan, token: data.token })}
        >
          {t('recommendations.sheet.confirm')}
        </button>
      )}
    </section>
  );
}
