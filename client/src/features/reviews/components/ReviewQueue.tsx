// The reviewers' queue: the quarters of the priorities in the user's scope, filtered by status (those
// waiting for a decision first), each linking to its review page.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { daysLate } from '@rbm/shared/rbm';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formatDateTime, formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { QUEUE_PAGE_SIZE, useReviews } from '../api/list-reviews.ts';
import { QUEUE_FILTERS, type QueueFilter } from '../utils/review-queue.ts';
import { ReviewStatusTag } from './ReviewStatusTag.tsx';
import '../reviews.css';
import { PeriodLabel } from '../../../components/ui/PeriodLabel.tsx';

export function ReviewQueue({
  plan,
  filter,
  page,
  onFilter,
  onPage,
}: {
  plan: string;
  filter: QueueFilter;
  page: number;
  onFilter: (filter: QueueFilter) => void;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const reviews = useReviews(plan, QUEUE_FILTERS[filter], page, language);
  const pages = reviews.data ? Math.max(1, Math.ceil(reviews.data.total / QUEUE_PAGE_SIZE)) : 1;
  return (
    <section aria-labelledby="queue-heading">
      <div className="review-toolbar">
        <h2 id="queue-heading">{t('reviews.queue.heading')}</h2>
        <label className="review-filter">
          <span>{t('reviews.queue.filter')}</span>
          <select value={filter} onChange={(event) => onFilter(event.target.value as QueueFilter)}>
            {(Object.keys(QUEUE_FILTERS) as QueueFilter[]).map((key) => (
              <option key={key} value={key}>
                {t(`reviews.queue.filters.${key}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {reviews.isPending && <Loading label={t('reviews.queue.loading')} />}
      {reviews.isError && (
        <ErrorState
          error={reviews.error}
          message={t('reviews.queue.error')}
          onRetry={() => void reviews.refetch()}
        />
      )}
      {reviews.data && (
        <>
          <p className="muted" role="status">
            {t('reviews.queue.count', { count: reviews.data.total })}
          </p>
          {reviews.data.items.length > 0 && (
            <div className="table-scroll">
              <table className="review-table">
                <caption className="visually-hidden">{t('reviews.queue.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('reviews.queue.priority')}</th>
                    <th scope="col">{t('reviews.queue.quarter')}</th>
                    <th scope="col">{t('reviews.queue.status')}</th>
                    <th scope="col">{t('reviews.queue.dueDate')}</th>
                    <th scope="col">{t('reviews.queue.reported')}</th>
                    <th scope="col">{t('reviews.queue.submitted')}</th>
                  </tr>
                </thead>
                <tbody>
                  {reviews.data.items.map((review) => {
                    // The last submission after the due day (a UTC day) is marked late, by whole days.
                    const late = review.submittedAt
                      ? daysLate(new Date(`${review.dueDate}T00:00:00Z`), new Date(review.submittedAt))
                      : 0;
                    return (
                      <tr key={`${review.priority.code}|${review.period}`}>
                        <th scope="row">
                          <Link to={`/plans/${plan}/reviews/${review.priority.code}/${review.period}`}>
                            <bdi className="review-code">{review.priority.code}</bdi>{' '}
                            <LocalizedName value={review.priority.name} />
                            <span className="visually-hidden">
                              , <PeriodLabel period={review.period} />
                            </span>
                          </Link>
                        </th>
                        <td className="review-nowrap">
                          <PeriodLabel period={review.period} />
                        </td>
                        <td>
                          <ReviewStatusTag status={review.status} />
                          {review.kpiCounts.returned > 0 && (
                            <span className="muted">
                              {' '}
                              {t('reviews.queue.returnedOf', {
                                returned: review.kpiCounts.returned,
                                due: review.kpiCounts.due,
                              })}
                            </span>
                          )}
                        </td>
                        <td className="review-nowrap">
                          {new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
                            new Date(review.dueDate),
                          )}
                        </td>
                        <td>
                          {t('reviews.queue.reportedOf', {
                            reported: review.kpiCounts.reported,
                            due: review.kpiCounts.due,
                          })}
                        </td>
                        <td>
                          {review.submittedAt
                            ? t('reviews.queue.submittedBy', {
                                who: review.submittedBy ?? t('reviews.system'),
                                when: formatDateTime(review.submittedAt, language),
                              })
                            : '–'}
                          {late > 0 && (
                            <span className="review-late">
                              <span aria-hidden="true">⚠ </span>
                              {t('reviews.queue.lateBy', { count: late, days: formatNumber(late, language) })}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <nav className="review-pages" aria-label={t('reviews.queue.pages')}>
              <button type="button" className="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
                {t('reviews.queue.previous')}
              </button>
              <span>{t('reviews.queue.pageOf', { page, pages })}</span>
              <button
                type="button"
                className="button"
                disabled={page >= pages}
                onClick={() => onPage(page + 1)}
              >
                {t('reviews.queue.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
