// The planner's quarter: what it is and when it is due, the grid, autosave state, conflicts and submitting.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntrySheet } from '@rbm/shared/schemas';
import { formatDate } from './format-date.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import '../entry.css';
import { ConflictPanel } from './ConflictPanel.tsx';
import { EntryCards } from './EntryCards.tsx';
import { EntryGrid } from './EntryGrid.tsx';
import { LeaveGuard } from './LeaveGuard.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SubmitPanel } from './SubmitPanel.tsx';
import { useEntryGrid } from './use-entry-grid.ts';
import { useGridRules } from './use-grid-rules.ts';
import { useNarrowScreen } from './use-narrow-screen.ts';

export function EntryView({ sheet }: { sheet: EntrySheet }) {
  const { t } = useTranslation();
  const rules = useGridRules(sheet);
  const grid = useEntryGrid(sheet, rules.limits);
  const findings = rules.findings(grid);
  const kpis = useMemo(() => sheet.outcomes.flatMap((o) => o.kpis), [sheet]);
  const byId = useMemo(() => new Map(kpis.map((k) => [k.id, k])), [kpis]);
  const hasRegions = kpis.some((k) => k.byRegion);
  const [showRegions, setShowRegions] = useState(false);
  const language = currentLanguage();
  // A phone gets one card per KPI instead of the grid; both edit through the same grid state.
  const narrow = useNarrowScreen();
  return (
    <>
      <LeaveGuard when={grid.unsaved} />
      <dl className="entry-facts">
        <div>
          <dt>{t('entry.dueDate')}</dt>
          <dd>{formatDate(sheet.review.dueDate, language)}</dd>
        </div>
        <div>
          <dt>{t('entry.reviewStatus')}</dt>
          <dd>{t(`entry.review.${sheet.review.status}`)}</dd>
        </div>
      </dl>
      {sheet.lock !== null && (
        <p className="entry-lock">
          <span aria-hidden="true">🔒 </span>
          {t(`entry.lock.${sheet.lock}`)}
        </p>
      )}
      {sheet.review.status === 'returned' && sheet.review.comment && (
        <div className="entry-returned-note">
          <strong>{t('entry.returnedTitle')}</strong> {sheet.review.comment}
        </div>
      )}
      <div className="entry-toolbar">
        {sheet.editable ? <SaveStatus summary={grid.summary} onRetry={grid.retry} /> : <span />}
        {hasRegions && (
          <label className="entry-toggle">
            <input
              type="checkbox"
              checked={showRegions}
              onChange={(event) => setShowRegions(event.target.checked)}
            />{' '}
            {t('entry.showRegions')}
          </label>
        )}
      </div>
      {sheet.editable && !narrow && (
        <details className="entry-help">
          <summary>{t('entry.help.title')}</summary>
          <ul>
            <li>{t('entry.help.move')}</li>
            <li>{t('entry.help.edit')}</li>
            <li>{t('entry.help.paste')}</li>
            <li>{t('entry.help.undo')}</li>
            <li>{t('entry.help.noData')}</li>
          </ul>
        </details>
      )}
      <ConflictPanel grid={grid} kpis={byId} />
      {narrow ? (
        <EntryCards sheet={sheet} grid={grid} showRegions={showRegions} />
      ) : (
        <EntryGrid sheet={sheet} grid={grid} showRegions={showRegions} warnings={findings.warnings} />
      )}
      {sheet.editable && <SubmitPanel sheet={sheet} grid={grid} kpis={kpis} ruleMissing={findings.missing} />}
    </>
  );
}
