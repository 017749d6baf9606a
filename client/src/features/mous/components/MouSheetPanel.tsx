// The MoUs as a spreadsheet: anyone downloads them as they see them; focal points import an edited sheet
// through the shared register sheet panel (preview naming each bad cell, then confirm).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RegisterSheetPanel } from '../../../components/sheet/RegisterSheetPanel.tsx';
import { importMous, mouKeys, mousExportUrl, previewMouImport } from '../api/mous.ts';

export function MouSheetPanel({ plan, canImport }: { plan: string; canImport: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (!canImport) {
    return (
      <p className="mou-download">
        {t('sheet.download')}{' '}
        <a href={mousExportUrl(plan, 'xlsx')} download>
          XLSX
        </a>{' '}
        ·{' '}
        <a href={mousExportUrl(plan, 'csv')} download>
          CSV
        </a>
      </p>
    );
  }
  return (
    <RegisterSheetPanel
      id="mou-sheet"
      plan={plan}
      title={t('mous.sheet.title')}
      hint={t('mous.sheet.hint')}
      itemLabel={t('mous.field.code')}
      exportUrl={(format) => mousExportUrl(plan, format)}
      preview={previewMouImport}
      confirm={importMous}
      rows={(p) => p.rows.map((r) => ({ row: r.row, item: r.code, change: r.change }))}
      problems={(p) =>
        p.invalid.map((i) => ({
          where: t('mous.sheet.cell', { row: i.row, column: i.column }),
          item: i.mouCode,
          message: i.message,
        }))
      }
      onWritten={() => void queryClient.invalidateQueries({ queryKey: mouKeys.all })}
    />
  );
}
