// A review's status as a word with a shape, never by colour alone.
import type { ReviewStatus } from '@rbm/shared';
import { useTranslation } from 'react-i18next';

const SHAPES: Record<ReviewStatus, string> = { open: '○', submitted: '◐', returned: '↩', approved: '●' };

export function ReviewStatusTag({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`review-status review-status-${status}`}>
      <span aria-hidden="true">{SHAPES[status]}</span> {t(`reviews.status.${status}`)}
    </span>
  );
}
