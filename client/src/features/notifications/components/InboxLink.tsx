// The header's way to the inbox, with the number of unread notices; its accessible name says it in
// words ("Inbox, 3 unread"), the badge shows the number.
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useUnreadCount } from '../api/count-unread.ts';
import '../notifications.css';

export function InboxLink() {
  const { t } = useTranslation();
  const count = useUnreadCount(true);
  const unread = count.data?.unread ?? 0;
  const label = unread > 0 ? t('notifications.inboxLinkUnread', { n: unread }) : t('notifications.inboxLink');
  return (
    <NavLink to="/inbox" className="inbox-link" aria-label={label}>
      <span className="inbox-icon" aria-hidden="true" />
      <span>{t('notifications.inboxLink')}</span>
      {unread > 0 && (
        <span className="inbox-count" aria-hidden="true">
          {formatNumber(unread, currentLanguage())}
        </span>
      )}
    </NavLink>
  );
}
