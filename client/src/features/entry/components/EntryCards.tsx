// Entry on a phone: one card per KPI (what it is, its target, expected and last values, this quarter's
// figure, the "no data" reason, note and evidence, the live status, the state and the reviewer's comment).
// Ordinary labelled inputs in reading order, so the keyboard and screen readers need nothing special;
// every change goes through the same grid state as the grid (autosave, checks, refusals, undo).
import { useTranslation } from 'react-i18next';
import { valueStateLabel } from '@rbm/shared/rbm';
import type { EntryKpi, EntrySheet } from '@rbm/shared/schemas';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { StatusBadge } from '../../../components/ui/StatusBadge.tsx';
import { formatKpiValue } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { editableCell, fieldKey, recordKey, type Column, type Field } from '../utils/cells.ts';
import { liveAssessment } from '../utils/live-status.ts';
import { liveNumber } from '../utils/save-summary.ts';
import { entryYearToDate, showsYearToDate } from '../utils/year-to-date.ts';
import { CardField } from './CardField.tsx';
import type { EntryGridState } from './use-entry-grid.ts';
import '../entry-cards.css';

const FIELDS: Array<{ column: Exclude<Column['id'], 'region'>; field: Field }> = [
  { column: 'value', field: 'value' },
  { column: 'noData', field: 'noData' },
  { column: 'note', field: 'note' },
  { column: 'evidence', field: 'evidence' },
];

export function EntryCards({
  sheet,
  grid,
  showRegions,
}: {
  sheet: EntrySheet;
  grid: EntryGridState;
  showRegions: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section
      className="entry-cards"
      aria-label={t('entry.cardsTitle', { priority: sheet.priority.code, period: sheet.period })}
    >
      {sheet.outcomes.map((outcome) => (
        <section key={outcome.code ?? 'none'} className="entry-cards-outcome">
          <h2>
            {outcome.code === null || outcome.name === null ? (
              t('entry.noOutcome')
            ) : (
              <>
                {outcome.code} · <LocalizedName value={outcome.name} />
              </>
            )}
          </h2>
          {outcome.kpis.map((kpi) => (
            <KpiCard key={kpi.id} sheet={sheet} kpi={kpi} grid={grid} showRegions={showRegions} />
          ))}
        </section>
      ))}
    </section>
  );
}

function KpiCard({
  sheet,
  kpi,
  grid,
  showRegions,
}: {
  sheet: EntrySheet;
  kpi: EntryKpi;
  grid: EntryGridState;
  showRegions: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const figure = (value: number | null | undefined) => formatKpiValue(value ?? null, kpi.unit, language);
  const record = recordKey(kpi.id, null);
  const stored = grid.stored.get(record) ?? null;
  const live = liveNumber(grid.check(record), stored?.value ?? null);
  const yearToDate = entryYearToDate(kpi, sheet.period, live);
  const state = valueStateLabel(stored);
  const titleId = `entry-card-title-${kpi.id}`;
  return (
    <article
      className={`entry-card${stored?.returnComment ? ' entry-returned' : ''}`}
      aria-labelledby={titleId}
    >
      <h3 id={titleId}>
        <bdi className="entry-code">{kpi.code}</bdi> <LocalizedName value={kpi.name} />
        {!kpi.due && <span className="entry-note"> {t('entry.notDue')}</span>}
      </h3>
      <dl className="entry-card-facts">
        <div>
          <dt>{t('entry.columns.target')}</dt>
          <dd>{figure(kpi.yearTarget)}</dd>
        </div>
        <div>
          <dt>{t('entry.columns.expected')}</dt>
          <dd>
            {figure(kpi.expected)}
            {showsYearToDate(kpi) && <span className="entry-ytd">{t('entry.expectedYearToDate')}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('entry.columns.lastQuarter')}</dt>
          <dd>{figure(kpi.lastQuarter?.value)}</dd>
        </div>
      </dl>
      {FIELDS.map(({ column, field }) => {
        const cell = editableCell(kpi, { id: column }, sheet.editable);
        const label = t(`entry.columns.${column}`);
        const hint =
          field === 'value' && yearToDate !== null
            ? t('entry.yearToDate', { value: figure(yearToDate) })
            : null;
        if (cell)
          return <CardField key={field} kpi={kpi} cell={cell} label={label} grid={grid} hint={hint} />;
        const text = grid.texts[fieldKey(record, field)] ?? '';
        return text === '' && field !== 'value' ? null : (
          <p key={field} className="entry-card-readonly">
            <span className="entry-card-label">{label}</span> {text || '–'}
            {hint && <span className="entry-ytd">{hint}</span>}
          </p>
        );
      })}
      {showRegions &&
        kpi.byRegion &&
        sheet.regions.map((region) => {
          const cell = editableCell(kpi, { id: 'region', region: region.code }, sheet.editable);
          return cell ? (
            <CardField key={region.code} kpi={kpi} cell={cell} label={region.name.text} grid={grid} />
          ) : null;
        })}
      <p className="entry-card-status">
        <span className="entry-card-label">{t('entry.columns.status')}</span>{' '}
        <StatusBadge status={liveAssessment(kpi, sheet.plan, sheet.period, sheet.asOf, live).status} />
        <span className="entry-card-label">{t('entry.columns.state')}</span>{' '}
        <span className={`entry-state entry-state-${state}`}>{t(`entry.state.${state}`)}</span>
      </p>
      {stored?.returnComment && (
        <p className="entry-return-comment">
          {t('entry.reviewerSaid')} {stored.returnComment}
        </p>
      )}
    </article>
  );
}
