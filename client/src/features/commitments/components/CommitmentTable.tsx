// The commitments listed: each code opens the commitment below the list (kept in the address).
import type { CommitmentSummary } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';

export const titleIn = (title: CommitmentSummary['title'], language: string) =>
  title[language as keyof typeof title] ?? title.en;

export function CommitmentStatusText({ c }: { c: Pick<CommitmentSummary, 'progress'> }) {
  const { t } = useTranslation();
  if (c.progress === null) return <span className="muted">{t('commitments.noProgress')}</span>;
  return (
    <>
      {t(`commitments.status.${c.progress.status}`)}
      {c.progress.state === 'draft' && <span className="muted"> ({t('commitments.draft')})</span>}
    </>
  );
}

export function CommitmentTable({
  items,
  href,
}: {
  items: CommitmentSummary[];
  href: (id: number) => string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="table-scroll" role="region" aria-label={t('commitments.field.title')} tabIndex={0}>
      <table className="table commitment-table">
        <caption>
          {t('commitments.tableCaption', { formatted: formatNumber(items.length, language) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('commitments.field.code')}</th>
            <th scope="col">{t('commitments.field.title')}</th>
            <th scope="col">{t('commitments.field.source')}</th>
            <th scope="col">{t('commitments.field.unit')}</th>
            <th scope="col">{t('commitments.field.pillar')}</th>
            <th scope="col">{t('commitments.field.due')}</th>
            <th scope="col">{t('commitments.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={href(c.id)}>{c.code}</Link>
              </th>
              <td>{titleIn(c.title, language)}</td>
              <td>{c.sourceName}</td>
              <td>{c.sector.code}</td>
              <td>{t(`commitments.pillar.${c.pillar}`)}</td>
              <td>
                {c.dueDate ?? '–'}
                {c.overdue && <strong className="commitment-overdue"> {t('commitments.overdue')}</strong>}
              </td>
              <td>
                <CommitmentStatusText c={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
