// The recommendations as a spreadsheet, for focal points: the shared register sheet panel (download, edit,
// choose, preview naming each bad cell, confirm) on the recommendations' routes.
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { RegisterSheetPanel } from '../../../components/sheet/RegisterSheetPanel.tsx';
import {
  importRecommendations,
  previewRecommendationImport,
  recommendationsExportUrl,
} from '../api/import-recommendations.ts';
import { recommendationKeys } from '../api/query-keys.ts';

export function SheetPanel({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <RegisterSheetPanel
      id="recommendation-sheet"
      plan={plan}
      title={t('recommendations.sheet.title')}
      hint={t('recommendations.sheet.hint')}
      itemLabel={t('recommendations.table.recommendation')}
      exportUrl={(format) => recommendationsExportUrl(plan, format)}
      preview={previewRecommendationImport}
      confirm={importRecommendations}
      rows={(p) => p.rows.map((r) => ({ row: r.row, item: r.reference, change: r.change }))}
      problems={(p) =>
        p.invalid.map((i) => ({ where: `${i.cell} (${i.column})`, item: i.reference, message: i.message }))
      }
      onWritten={() => void queryClient.invalidateQueries({ queryKey: recommendationKeys.all })}
    />
  );
}
