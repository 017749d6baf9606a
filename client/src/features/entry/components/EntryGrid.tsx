// The entry grid: a spreadsheet of the priority's KPIs (ARIA grid pattern, roving tabindex). Arrows move,
// Enter or typing edits, Enter commits and moves down, Escape cancels and brings back a refused cell's
// saved value, Tab moves right and leaves at the end, a block pasted from Excel fills the cells it covers,
// Ctrl/Cmd+Z undoes the last edit. The keys live in use-grid-cursor.ts, each cell in GridCell.tsx.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntrySheet } from '@rbm/shared/schemas';
import type { ValueWarning } from '@rbm/shared/rbm';
import { LocalizedName } from '../../../components/ui/LocalizedName.tsx';
import { isolate } from '../../../lib/bidi.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { gridColumns } from '../utils/cells.ts';
import { GridCell, columnHeader } from './GridCell.tsx';
import type { EntryGridState } from './use-entry-grid.ts';
import { useGridCursor } from './use-grid-cursor.ts';
import { periodText } from '../../../lib/period-text.ts';

export function EntryGrid({
  sheet,
  grid,
  showRegions,
  warnings,
}: {
  sheet: EntrySheet;
  grid: EntryGridState;
  showRegions: boolean;
  /** Each KPI's warnings under the plan's entry rules, shown in its value cell. */
  warnings?: ReadonlyMap<number, readonly ValueWarning[]>;
}) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = useMemo(() => sheet.outcomes.flatMap((o) => o.kpis), [sheet]);
  const hasRegions = rows.some((k) => k.byRegion);
  const columns = gridColumns(
    sheet.regions.map((r) => r.code),
    showRegions && hasRegions,
  );
  const cursor = useGridCursor({ sheet, grid, rows, columns, tableRef });

  let rowIndex = -1;
  return (
    <div className="entry-grid-scroll">
      <table
        ref={tableRef}
        role="grid"
        className="entry-grid"
        aria-labelledby="entry-grid-caption"
        aria-readonly={sheet.editable ? undefined : true}
        onKeyDown={cursor.onKeyDown}
        onPaste={cursor.onPaste}
      >
        <caption id="entry-grid-caption" className="visually-hidden">
          {t('entry.gridCaption', {
            priority: isolate(sheet.priority.code),
            period: periodText(sheet.period, currentLanguage()),
          })}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.region ?? column.id} scope="col" className={`col-${column.id}`}>
                {columnHeader(t, sheet, column)}
              </th>
            ))}
          </tr>
        </thead>
        {sheet.outcomes.map((outcome) => (
          <tbody key={outcome.code ?? 'none'}>
            <tr className="entry-outcome">
              <th scope="colgroup" colSpan={columns.length}>
                {outcome.code === null || outcome.name === null ? (
                  t('entry.noOutcome')
                ) : (
                  <>
                    {outcome.code} · <LocalizedName value={outcome.name} />
                  </>
                )}
              </th>
            </tr>
            {outcome.kpis.map((kpi) => {
              rowIndex++;
              const row = rowIndex;
              return (
                <tr
                  key={kpi.id}
                  data-kpi={kpi.code}
                  className={kpi.total?.returnComment ? 'entry-returned' : undefined}
                >
                  {columns.map((column, col) => (
                    <GridCell
                      key={column.region ?? column.id}
                      {...{ sheet, grid, cursor, kpi, column, row, col, warnings }}
                    />
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
