// The autosave state in words, announced politely: saving, all saved, cells not saved (refused text, in
// the warning colour), or could not save (with retry).
import { useTranslation } from 'react-i18next';
import type { SaveSummary } from '../utils/save-summary.ts';

export function SaveStatus({ summary, onRetry }: { summary: SaveSummary; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`entry-save entry-save-${summary.kind}`}>
      <span role="status" aria-live="polite">
        {summary.kind === 'refused' && <span aria-hidden="true">⚠ </span>}
        {summary.kind === 'refused'
          ? t('entry.save.refused', { count: summary.cells })
          : t(`entry.save.${summary.kind}`)}
      </span>
      {summary.kind === 'failed' && (
        <button type="button" className="button button-quiet" onClick={onRetry}>
          {t('entry.save.retry')}
        </button>
      )}
    </div>
  );
}
