// An item's history, oldest first: when, who, what (and why), with each field before and after.
import type { FrameworkItem } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useItemHistory } from '../api/get-item-history.ts';

export function ItemHistory({ item }: { item: FrameworkItem }) {
  const { t } = useTranslation();
  const history = useItemHistory(item.kind, item.id);
  const headingId = `history-${item.kind}-${item.id}`;
  return (
    <section className="editor-history" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('frameworkEditor.history.title', { code: item.code })}</h4>
      {history.isPending && <Loading label={t('frameworkEditor.history.loading')} />}
      {history.isError && (
        <ErrorState
          error={history.error}
          message={t('frameworkEditor.history.error')}
          onRetry={() => void history.refetch()}
        />
      )}
      {history.data && (
        <ol>
          {history.data.items.map((entry, index) => (
            <li key={index}>
              <p>
                <time dateTime={entry.at}>{formatDateTime(entry.at, currentLanguage())}</time>{' '}
                {t('frameworkEditor.history.entry', {
                  actor: entry.actor,
                  action: t(
                    [
                      `frameworkEditor.history.actions.${entry.action}`,
                      'frameworkEditor.history.actions.other',
                    ],
                    {
                      action: entry.action,
                    },
                  ),
                })}
                {entry.reason && ` (${t('frameworkEditor.history.reason', { reason: entry.reason })})`}
              </p>
              {entry.changes.length > 0 && (
                <ul>
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      <bdi>
                        {t(`frameworkEditor.fields.${change.field}.label`, { defaultValue: change.field })}
                      </bdi>
                      : <bdi>{change.before ?? '—'}</bdi> → <bdi>{change.after ?? '—'}</bdi>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
