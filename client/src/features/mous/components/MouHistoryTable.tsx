// A MoU's history, newest first: who recorded, changed (each field from and to) or confirmed it, and when.
import type { MouHistory } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export function MouHistoryTable({ history }: { history: MouHistory }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const rows = history.items.map((item, index) => ({ ...item, index })).reverse();
  // a type or status reads in the user's language; other values as recorded
  const value = (field: string, v: string | null) =>
    v === null
      ? '–'
      : field === 'type' || field === 'status'
        ? t(`mous.${field}.${v}`, { defaultValue: v })
        : v;
  if (rows.length === 0) return <p className="muted mou-history-empty">{t('mous.history.empty')}</p>;
  return (
    <div className="table-scroll" role="region" aria-label={t('mous.history.title')} tabIndex={0}>
      <table className="table mou-history">
        <caption>{t('mous.history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mous.history.when')}</th>
            <th scope="col">{t('mous.history.who')}</th>
            <th scope="col">{t('mous.history.what')}</th>
            <th scope="col">{t('mous.history.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((h) => (
            <tr key={h.index}>
              <td>{formatDateTime(h.at, language)}</td>
              <td>
                <bdi dir="ltr">{h.actor}</bdi>
              </td>
              <th scope="row">
                {t(`mous.history.action.${h.action}`, { defaultValue: h.action })}
                {h.reason === 'import' && <span className="muted"> ({t('mous.history.imported')})</span>}
              </th>
              <td>
                {h.changes.length === 0
                  ? '–'
                  : h.changes.map((c) => (
                      <div key={c.field}>
                        {t(`mous.field.${c.field}`)}: <bdi dir="auto">{value(c.field, c.before)}</bdi> →{' '}
                        <bdi dir="auto">{value(c.field, c.after)}</bdi>
                      </div>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
