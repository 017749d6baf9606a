// The quarterly review of one priority (/plans/:plan/reviews/:priority/:period).
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LocalizedName } from '../../components/ui/LocalizedName.tsx';
import { ErrorState, Loading } from '../../components/ui/QueryState.tsx';
import { useSession } from '../../features/auth/utils/session-context.ts';
import { useReview } from '../../features/reviews/api/get-review.ts';
import { ReviewView } from '../../features/reviews/components/ReviewView.tsx';
import { ReviewWarnings } from '../../features/reviews/components/ReviewWarnings.tsx';
import { FocusFromHash } from '../../components/ui/FocusFromHash.tsx';
import { currentLanguage } from '../../lib/i18n.ts';
import { Layout } from '../Layout.tsx';
import { isolate } from '../../lib/bidi.ts';
import { periodText } from '../../lib/period-text.ts';

export function ReviewPage() {
  const { t } = useTranslation();
  const { plan = '', priority = '', period = '' } = useParams();
  const { can } = useSession();
  const review = useReview(plan, priority, period, currentLanguage());
  return (
    <Layout>
      <div className="page-heading">
        <h1>
          {t('reviews.page.title', {
            priority: isolate(priority),
            period: periodText(period, currentLanguage()),
          })}
          {review.data && (
            <>
              {' '}
              <LocalizedName value={review.data.priority.name} />
            </>
          )}
        </h1>
      </div>
      {review.isPending && <Loading label={t('reviews.page.loading')} />}
      {review.isError && (
        <ErrorState
          error={review.error}
          message={t('reviews.page.error')}
          onRetry={() => void review.refetch()}
        />
      )}
      {review.data && <ReviewWarnings review={review.data} target={{ plan, priority, period }} />}
      <FocusFromHash ready={review.data !== undefined} />
      {review.data && (
        <ReviewView
          review={review.data}
          target={{ plan, priority, period }}
          abilities={{
            canEnter: can('values:write'),
            canDecide: can('reviews:decide'),
            canReopen: can('reviews:reopen'),
          }}
        />
      )}
    </Layout>
  );
}
