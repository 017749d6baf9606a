// Submitting the quarter: possible once every due KPI has a number or a "no data" reason, the plan's entry
// rules are met and everything is saved; otherwise it says what is missing, each item a way to fix it.
import { useTranslation } from 'react-i18next';
import { quarterSubmittableFrom, type MissingItem } from '@rbm/shared/rbm';
import type { EntryKpi, EntrySheet } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useSubmitQuarter } from '../api/submit-quarter.ts';
import { fieldKey, recordKey } from '../utils/cells.ts';
import { missingForSubmit } from '../utils/live-status.ts';
import { formatDate } from './format-date.ts';
import { MissingList } from './MissingList.tsx';
import type { EntryGridState } from './use-entry-grid.ts';
import '../entry-panels.css';

export function SubmitPanel({
  sheet,
  grid,
  kpis,
  ruleMissing,
}: {
  sheet: EntrySheet;
  grid: EntryGridState;
  kpis: readonly EntryKpi[];
  /** What the plan's entry rules still ask (narratives, notes). */
  ruleMissing: readonly MissingItem[];
}) {
  const { t } = useTranslation();
  const submit = useSubmitQuarter(sheet.plan.code, sheet.priority.code, sheet.period);
  const missing = missingForSubmit(kpis, (kpi) => {
    const key = recordKey(kpi.id, null);
    const checked = grid.check(key);
    const reason = (grid.texts[fieldKey(key, 'noData')] ?? '').trim();
    return Object.keys(checked.errors).length === 0 && (checked.number !== null || reason !== '');
  });
  // The quarter in progress is drafted now and submitted once it has ended (the server holds to it too).
  const from = quarterSubmittableFrom(sheet.period).toISOString().slice(0, 10);
  const inProgress = Date.parse(sheet.asOf) < Date.parse(from);
  const blocked = missing.length > 0 || ruleMissing.length > 0 || grid.unsaved || inProgress;
  return (
    <section className="entry-submit" aria-labelledby="entry-submit-title">
      <h2 id="entry-submit-title">{t('entry.submit.title')}</h2>
      <p id="entry-submit-help" className="muted">
        {inProgress && t('entry.submit.notEnded', { date: formatDate(from, currentLanguage()) })}{' '}
        {missing.length > 0
          ? t('entry.submit.missing', { count: missing.length, codes: missing.join(', ') })
          : inProgress
            ? null
            : grid.unsaved
              ? t('entry.submit.unsaved')
              : ruleMissing.length > 0
                ? t('entryRules.missing.title')
                : t('entry.submit.ready')}
      </p>
      <MissingList
        items={ruleMissing}
        reviewUrl={`/plans/${sheet.plan.code}/reviews/${sheet.priority.code}/${sheet.period}`}
      />
      {submit.isError && <FormAlert>{formErrorText(t, submit.error)}</FormAlert>}
      <button
        type="button"
        className="button"
        aria-disabled={blocked || submit.isPending ? true : undefined}
        aria-describedby="entry-submit-help"
        onClick={() => {
          if (!blocked && !submit.isPending) submit.mutate();
        }}
      >
        {submit.isPending ? t('entry.submit.submitting') : t('entry.submit.button')}
      </button>
    </section>
  );
}
