// The inbox page's body: the filter, "mark all read", the way to the settings, the notices and pages.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { INBOX_PAGE_SIZE, useNotifications } from '../api/list-notifications.ts';
import { useReadAllNotifications } from '../api/read-all.ts';
import { NoticeList } from './NoticeList.tsx';
import '../notifications.css';

export function InboxView() {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(1);
  const list = useNotifications(unreadOnly, page, language);
  const readAll = useReadAllNotifications();
  const pages = Math.max(1, Math.ceil((list.data?.total ?? 0) / INBOX_PAGE_SIZE));
  const n = (value: number) => formatNumber(value, language);
  return (
    <>
      <div className="inbox-toolbar">
        <label className="inbox-filter">
          <input
            type="checkbox"
            checked={unreadOnly}
            onChange={(event) => {
              setUnreadOnly(event.target.checked);
              setPage(1);
            }}
          />
          {t('notifications.unreadOnly')}
        </label>
        <button
          type="button"
          className="button button-quiet"
          disabled={readAll.isPending || (list.data?.unread ?? 0) === 0}
          onClick={() => readAll.mutate()}
        >
          {t('notifications.markAllRead')}
        </button>
        <Link to="/inbox/settings" className="inbox-settings-link">
          {t('notifications.settingsLink')}
        </Link>
      </div>
      {readAll.isError && <p role="alert">{formErrorText(t, readAll.error)}</p>}
      {list.isPending && <Loading label={t('notifications.loading')} />}
      {list.isError && (
        <ErrorState
          error={list.error}
          message={t('notifications.error')}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.data && (
        <>
          <p className="meta" role="status">
            {t('notifications.summary', { unread: n(list.data.unread), total: n(list.data.total) })}
          </p>
          {list.data.items.length === 0 ? (
            <p className="inbox-empty">
              {unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
            </p>
          ) : (
            <NoticeList notices={list.data.items} />
          )}
          {pages > 1 && (
            <nav
              className="inbox-pages"
              aria-label={t('notifications.pageOf', { page: n(page), pages: n(pages) })}
            >
              <button
                type="button"
                className="button button-quiet"
                disabled={page <= 1}
                onClick={() => setPage(page - 1)}
              >
                {t('notifications.previous')}
              </button>
              <span>{t('notifications.pageOf', { page: n(page), pages: n(pages) })}</span>
              <button
                type="button"
                className="button button-quiet"
                disabled={page >= pages}
                onClick={() => setPage(page + 1)}
              >
                {t('notifications.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
