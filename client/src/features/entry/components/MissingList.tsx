// What the plan's entry rules still ask before submitting, each item a way to the place to fix it: a
// narrative on the review page, a KPI's note cell in the grid.
import type { MissingItem } from '@rbm/shared/rbm';
import { useTranslation } from 'react-i18next';
import '../rule-warnings.css';
import { Link } from 'react-router';
import { missingText } from '../../../lib/entry-findings.ts';

/** Moves the grid's focus to a KPI's note cell (the grid follows the focus). */
function focusNote(kpiCode: string) {
  const cell = document.querySelector<HTMLElement>(`tr[data-kpi="${CSS.escape(kpiCode)}"] .col-note`);
  cell?.focus();
}

export function MissingList({ items, reviewUrl }: { items: readonly MissingItem[]; reviewUrl: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <div className="rule-missing-box">
      <p>{t('entryRules.missing.intro')}</p>
      <ul className="rule-missing">
        {items.map((item) => (
          <li key={`${item.code}|${item.narrative ?? item.kpiCode ?? ''}`}>
            {item.code === 'narrative_required' ? (
              <Link to={`${reviewUrl}#narrative-${item.narrative}`}>{missingText(t, item)}</Link>
            ) : (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => focusNote(item.kpiCode ?? '')}
              >
                {missingText(t, item)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
