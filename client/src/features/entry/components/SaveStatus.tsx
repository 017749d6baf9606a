// The autosave state in words, announced politely: saving, all saved, or could not save (with retry).
import { useTranslation } from 'react-i18next';
import type { SaveSummary } from './use-entry-grid.ts';

export function SaveStatus({ summary, onRetry }: { summary: SaveSummary; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`entry-save entry-save-${summary}`}>
      <span role="status" aria-live="polite">
        {summary === 'idle' ? t('entry.save.idle') : t(`entry.save.${summary}`)}
      </span>
      {summary === 'failed' && (
        <button type="button" className="button button-quiet" onClick={onRetry}>
          {t('entry.save.retry')}
        </button>
      )}
    </div>
  );
}
