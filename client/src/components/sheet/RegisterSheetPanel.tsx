// One register's spreadsheet, for focal points (recommendations, commitments, MoUs): download the sheet,
// edit it, choose it, read the preview (each new or changed row listed, each bad cell named with its
// reason; nothing written), then confirm to write it in one go. The register gives its routes as functions.
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format.ts';
import { formErrorText } from '../../lib/form-errors.ts';
import { currentLanguage } from '../../lib/i18n.ts';
import { FormAlert } from '../ui/FormAlert.tsx';
import { useUploadPreview } from './use-upload-preview.ts';
import './register-sheet.css';

export interface SheetFileBody {
  fileName: string;
  content: string;
  plan: string;
}

/** What every register's preview answers. */
export interface SheetPreview {
  counts: { new: number; changed: number; unchanged: number; invalid: number };
  token: string;
}

/** A row of the file as the preview classes it. */
export interface SheetRow {
  row: number;
  item: string;
  change: 'new' | 'changed' | 'unchanged';
}

/** A bad row as the panel shows it: where (cell or row and column), which item, why. */
export interface SheetProblem {
  where: string;
  item: string | null;
  message: string;
}

interface Props<P extends SheetPreview> {
  /** Unique on the page: names the file field and the heading. */
  id: string;
  title: string;
  hint: string;
  /** The column header naming the item of a row (a recommendation, a commitment, a MoU). */
  itemLabel: string;
  exportUrl: (format: 'xlsx' | 'csv') => string;
  preview: (body: SheetFileBody) => Promise<P>;
  confirm: (body: SheetFileBody & { token: string }) => Promise<{ created: number; updated: number }>;
  rows: (preview: P) => readonly SheetRow[];
  problems: (preview: P) => SheetProblem[];
  onWritten?: () => void;
}

function PreviewResult({
  counts,
  problems,
  rows,
  itemLabel,
}: {
  counts: SheetPreview['counts'];
  problems: SheetProblem[];
  rows: readonly SheetRow[];
  itemLabel: string;
}) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, currentLanguage());
  const moved = rows.filter((r) => r.change !== 'unchanged');
  const table = (testId: string, caption: string, head: ReactNode, body: ReactNode) => (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{body}</tbody>
      </table>
    </div>
  );
  return (
    <>
      <p role="status" data-testid="sheet-counts">
        {t('sheet.counts', {
          new: n(counts.new),
          changed: n(counts.changed),
          unchanged: n(counts.unchanged),
          invalid: n(counts.invalid),
        })}
      </p>
      {moved.length > 0 &&
        table(
          'sheet-rows',
          t('sheet.rows'),
          <tr>
            <th scope="col">{t('sheet.row')}</th>
            <th scope="col">{itemLabel}</th>
            <th scope="col">{t('sheet.change')}</th>
          </tr>,
          moved.map((r) => (
            <tr key={r.row}>
              <td>{n(r.row)}</td>
              <th scope="row">
                <bdi dir="ltr">{r.item}</bdi>
              </th>
              <td>{t(`sheet.changes.${r.change}`)}</td>
            </tr>
          )),
        )}
      {problems.length > 0 &&
        table(
          'sheet-invalid',
          t('sheet.invalid'),
          <tr>
            <th scope="col">{t('sheet.cell')}</th>
            <th scope="col">{itemLabel}</th>
            <th scope="col">{t('sheet.reason')}</th>
          </tr>,
          problems.map((p) => (
            <tr key={`${p.where}-${p.message}`}>
              <th scope="row">
                <bdi dir="ltr">{p.where}</bdi>
              </th>
              <td>
                <bdi dir="ltr">{p.item ?? '–'}</bdi>
              </td>
              <td>
                <bdi dir="auto">{p.message}</bdi>
              </td>
            </tr>
          )),
        )}
    </>
  );
}

export function RegisterSheetPanel<P extends SheetPreview>(props: Props<P> & { plan: string }) {
  const { t } = useTranslation();
  const { id, plan } = props;
  const preview = useMutation({ mutationFn: props.preview });
  const confirm = useMutation({ mutationFn: props.confirm, onSettled: props.onWritten });
  const { chosen, read } = useUploadPreview<SheetFileBody>({ preview, confirm }, { plan });

  const data = preview.data;
  const writable =
    data !== undefined && data.counts.invalid === 0 && data.counts.new + data.counts.changed > 0;
  return (
    <section className="register-sheet" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p className="muted">{props.hint}</p>
      <p>
        {t('sheet.download')}{' '}
        <a href={props.exportUrl('xlsx')} download>
          XLSX
        </a>{' '}
        ·{' '}
        <a href={props.exportUrl('csv')} download>
          CSV
        </a>
      </p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('sheet.choose')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </div>
      {preview.isError && <FormAlert>{formErrorText(t, preview.error)}</FormAlert>}
      {data && (
        <PreviewResult
          counts={data.counts}
          rows={props.rows(data)}
          problems={props.problems(data)}
          itemLabel={props.itemLabel}
        />
      )}
      {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
      {confirm.data && (
        <p role="status">
          {t('sheet.done', { created: confirm.data.created, updated: confirm.data.updated })}
        </p>
      )}
      {writable && chosen && !confirm.data && (
        <button
          type="button"
          className="button"
          disabled={confirm.isPending}
          onClick={() => confirm.mutate({ ...chosen, token: data.token })}
        >
          {t('sheet.confirm')}
        </button>
      )}
    </section>
  );
}
