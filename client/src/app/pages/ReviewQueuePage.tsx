// The review queue (/plans/:plan/reviews): the quarters of the user's priorities, waiting ones first.
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ReviewQueue } from '../../features/reviews/components/ReviewQueue.tsx';
import { DEFAULT_QUEUE_FILTER, isQueueFilter } from '../../features/reviews/utils/review-queue.ts';
import { Layout } from '../Layout.tsx';

export function ReviewQueuePage() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const status = search.get('status');
  const filter = isQueueFilter(status) ? status : DEFAULT_QUEUE_FILTER;
  const page = Math.max(1, Number(search.get('page')) || 1);
  return (
    <Layout>
      <div className="page-heading">
        <h1>{t('reviews.queue.title')}</h1>
        <p className="muted">{t('reviews.queue.intro')}</p>
      </div>
      <ReviewQueue
        plan={plan}
        filter={filter}
        page={page}
        onFilter={(next) => setSearch({ status: next })}
        onPage={(next) => setSearch({ status: filter, page: String(next) })}
      />
    </Layout>
  );
}
