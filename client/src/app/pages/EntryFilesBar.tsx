// Under the grid's title: import from a spreadsheet (planners), export the grid (XLSX, CSV), and the
// quarter's review page. Downloads are plain links to the API, so the browser saves the file.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { entryFileUrl, type ImportTarget } from '../../features/imports/utils/entry-files.ts';
import { currentLanguage } from '../../lib/i18n.ts';

export function EntryFilesBar({ target, editable }: { target: ImportTarget; editable: boolean }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const language = currentLanguage();
  const base = `/plans/${target.plan}`;
  return (
    <nav className="entry-files-bar" aria-label={t('entry.filesBar')}>
      {editable && can('values:write') && (
        <Link to={`${base}/entry/${target.priority}/${target.period}/import`}>{t('entry.importLink')}</Link>
      )}
      <span>
        {t('entry.exportLabel')}{' '}
        <a href={entryFileUrl('export', target, 'xlsx', language)} download>
          {t('imports.downloads.xlsx')}
        </a>{' '}
        ·{' '}
        <a href={entryFileUrl('export', target, 'csv', language)} download>
          {t('imports.downloads.csv')}
        </a>
      </span>
      {can('reviews:read') && (
        <Link to={`${base}/reviews/${target.priority}/${target.period}`}>{t('entry.reviewLink')}</Link>
      )}
    </nav>
  );
}
