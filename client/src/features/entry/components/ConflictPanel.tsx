// Values someone else changed since the grid was loaded (409): both values, and the planner's choice.
import { useTranslation } from 'react-i18next';
import type { EntryKpi } from '@rbm/shared/schemas';
import { formatKpiValue } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { fieldKey, parseRecordKey } from '../utils/cells.ts';
import { parseNumber } from '../utils/parse-number.ts';
import type { EntryGridState } from './use-entry-grid.ts';
import '../entry-panels.css';

export function ConflictPanel({ grid, kpis }: { grid: EntryGridState; kpis: ReadonlyMap<number, EntryKpi> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const entries = Object.entries(grid.conflicts);
  if (entries.length === 0) return null;
  return (
    <section className="entry-conflicts" role="alert" aria-labelledby="entry-conflicts-title">
      <h2 id="entry-conflicts-title">{t('entry.conflict.title')}</h2>
      <ul>
        {entries.map(([key, conflict]) => {
          const { kpiId, region } = parseRecordKey(key);
          const kpi = kpis.get(kpiId);
          if (!kpi) return null;
          const mine = parseNumber(grid.texts[fieldKey(key, 'value')] ?? '', language);
          const theirs = conflict.theirs;
          const show = (value: number | null, reason: string | null | undefined) =>
            value !== null
              ? formatKpiValue(value, kpi.unit, language)
              : (reason ?? t('entry.conflict.deleted'));
          return (
            <li key={key}>
              <p>
                <strong>
                  {kpi.code}
                  {region ? ` · ${region}` : ''}
                </strong>{' '}
                {t('entry.conflict.both', {
                  mine: show(mine, grid.texts[fieldKey(key, 'noData')]),
                  theirs:
                    theirs === null ? t('entry.conflict.deleted') : show(theirs.value, theirs.noDataReason),
                })}
              </p>
              <button type="button" className="button" onClick={() => grid.keepMine(key)}>
                {t('entry.conflict.keepMine')}
              </button>{' '}
              <button type="button" className="button button-quiet" onClick={() => grid.takeTheirs(key)}>
                {t('entry.conflict.takeTheirs')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
