// A reporting period ("2026-Q3") written the language's way, isolated so it keeps its order in any page.
import { formatPeriod } from '@rbm/shared';
import { currentLanguage } from '../../lib/i18n.ts';

export function PeriodLabel({ period, className }: { period: string; className?: string }) {
  return (
    <bdi className={className} data-period={period}>
      {formatPeriod(period, currentLanguage())}
    </bdi>
  );
}
