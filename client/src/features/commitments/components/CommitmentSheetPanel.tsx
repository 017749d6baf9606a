// The commitments as a spreadsheet, for focal points: the shared register sheet panel on the commitments'
// routes (progress notes are not in the sheet).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RegisterSheetPanel } from '../../../components/sheet/RegisterSheetPanel.tsx';
import {
  commitmentsExportUrl,
  importCommitments,
  previewCommitmentImport,
} from '../api/import-commitments.ts';
import { commitmentKeys } from '../api/query-keys.ts';

export function CommitmentSheetPanel({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <RegisterSheetPanel
      id="commitment-sheet"
      plan={plan}
      title={t('commitments.sheet.title')}
      hint={t('commitments.sheet.hint')}
      itemLabel={t('commitments.sheet.item')}
      exportUrl={(format) => commitmentsExportUrl(plan, format)}
      preview={previewCommitmentImport}
      confirm={importCommitments}
      rows={(p) => p.rows.map((r) => ({ row: r.row, item: r.code, change: r.change }))}
      problems={(p) =>
        p.invalid.map((i) => ({
          where: t('commitments.sheet.row', { row: i.row }),
          item: i.commitmentCode,
          message: i.message,
        }))
      }
      onWritten={() => void queryClient.invalidateQueries({ queryKey: commitmentKeys.all })}
    />
  );
}
