// The inbox's notices, newest first: what each says in the reader's language, a link to the quarter it
// concerns (following it marks the notice read) and a button to mark it read.
import type { Notification } from '@rbm/shared/schemas';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useReadNotification } from '../api/read-notification.ts';
import { noticeView } from '../utils/notice-view.ts';

function NoticeItem({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const read = useReadNotification();
  const view = noticeView(notice, language);
  const title = t(view.titleKey, view.values);
  const markRead = () => {
    if (!notice.read) read.mutate(notice.id);
  };
  return (
    <li className={notice.read ? 'inbox-notice' : 'inbox-notice inbox-notice-unread'}>
      <div className="inbox-notice-head">
        <h2 className="inbox-notice-title">
          <Link to={view.path} onClick={markRead}>
            {title}
          </Link>
        </h2>
        {!notice.read && <span className="inbox-notice-badge">{t('notifications.unread')}</span>}
      </div>
      {notice.priority && (
        <p className="inbox-notice-priority" lang={notice.priority.name.language}>
          {notice.priority.name.text}
        </p>
      )}
      <p className="inbox-notice-body">{t(view.bodyKey, view.values)}</p>
      <div className="inbox-notice-foot">
        <span className="meta">
          {t('notifications.received', { date: formatDateTime(notice.createdAt, language) })}
        </span>
        {!notice.read && (
          <button
            type="button"
            className="button button-quiet"
            aria-label={t('notifications.markReadOf', { title })}
            disabled={read.isPending}
            onClick={markRead}
          >
            {t('notifications.markRead')}
          </button>
        )}
      </div>
    </li>
  );
}

export function NoticeList({ notices }: { notices: readonly Notification[] }) {
  return (
    <ol className="inbox-notice-list">
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </ol>
  );
}
