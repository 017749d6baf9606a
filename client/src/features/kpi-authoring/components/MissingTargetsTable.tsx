// A draft plan's KPIs still missing annual targets, in one table (a KPI a row, a year a column): the quick
// way to fill the activation checklist. A block copied from a spreadsheet, pasted into a cell, fills the
// table from there (rows in the table's order); one save sets them all in one transaction. What is typed lives
// above the table, so a refetch that changes the table's rows loses none of it.
import type { KpiDefinitionList } from '@rbm/shared/schemas';
import { useState, type Dispatch, type FormEvent, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { ErrorState } from '../../../components/ui/QueryState.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useKpiDefinitions } from '../api/list-kpi-definitions.ts';
import { useSetAnnualTargets } from '../api/set-annual-targets.ts';
import { problemText } from '../utils/problem-text.ts';
import { cellKey, targetProblems } from '../utils/target-problems.ts';
import { cellNumber, pasteInto, planYears } from '../utils/targets-grid.ts';
import { TargetCell } from './TargetCell.tsx';

/** The active KPIs missing a target for some plan year. */
function missingTargets(list: KpiDefinitionList) {
  const years = planYears(list.startYear, list.endYear);
  return list.items.filter((k) => k.active && years.some((y) => !k.annualTargets.some((a) => a.year === y)));
}

/** Typed texts not yet saved, by cellKey (KPI code and year). */
type Drafts = ReadonlyMap<string, string>;

function Table({
  list,
  drafts,
  setDrafts,
  onAnnounce,
}: {
  list: KpiDefinitionList;
  drafts: Drafts;
  setDrafts: Dispatch<SetStateAction<Drafts>>;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const set = useSetAnnualTargets();
  const years = planYears(list.startYear, list.endYear);
  // the rows are fixed when the table opens, so a KPI does not leave it while its row is being typed
  const [kpis] = useState(() => missingTargets(list));
  const grid = kpis.map((k) =>
    years.map(
      (y) => drafts.get(cellKey(k.code, y)) ?? String(k.annualTargets.find((a) => a.year === y)?.value ?? ''),
    ),
  );
  /** Lays a block (one typed cell, or a pasted block) from a cell on, into the drafts. */
  const type = (at: { row: number; column: number }, block: string[][]) => {
    const next = pasteInto(grid, at, block);
    setDrafts((current) => {
      const updated = new Map(current);
      kpis.forEach((kpi, row) =>
        years.forEach((year, column) => {
          const text = next[row]?.[column];
          if (text !== undefined && text !== grid[row]?.[column]) updated.set(cellKey(kpi.code, year), text);
        }),
      );
      return updated;
    });
  };
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const sent: Array<{ kpi: string; year: number; value: number }> = [];
    const local = new Map<string, string>();
    kpis.forEach((kpi, row) =>
      years.forEach((year, column) => {
        const value = cellNumber(grid[row]?.[column] ?? '');
        if (value === null || value === kpi.annualTargets.find((a) => a.year === year)?.value) return;
        if (Number.isFinite(value)) sent.push({ kpi: kpi.code, year, value });
        else local.set(cellKey(kpi.code, year), 'not_a_number');
      }),
    );
    setFailure(null);
    setProblems(local);
    if (local.size > 0 || sent.length === 0) return;
    // mutateAsync, not mutate's callbacks: those are dropped when the save's refetch replaces this table (its
    // rows change), and the save would go unannounced.
    set.mutateAsync({ plan: list.plan, targets: sent }).then(
      (result) => {
        setDrafts((current) => {
          const updated = new Map(current);
          for (const target of sent) updated.delete(cellKey(target.kpi, target.year));
          return updated;
        });
        onAnnounce(t('kpiAuthoring.table.saved', { count: result.changed }));
      },
      (error: unknown) => {
        const found = targetProblems(error, sent);
        setProblems(found);
        if (found.size === 0) setFailure(error);
      },
    );
  }

  if (kpis.length === 0) return null;
  return (
    <form className="kpi-targets-table" onSubmit={submit} noValidate aria-labelledby="missing-targets-title">
      <h2 id="missing-targets-title">{t('kpiAuthoring.table.title', { count: kpis.length })}</h2>
      <p className="field-hint">{t('kpiAuthoring.table.hint')}</p>
      {failure !== null && <FormAlert>{formErrorText(t, failure)}</FormAlert>}
      {problems.size > 0 && (
        <FormAlert>{t('kpiAuthoring.table.problems', { count: problems.size })}</FormAlert>
      )}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('kpiAuthoring.kpi')}</th>
              {years.map((year) => (
                <th key={year} scope="col">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi, row) => (
              <tr key={kpi.id}>
                <th scope="row">
                  <bdi>{kpi.code}</bdi> <span className="muted">{t(`kpiAuthoring.units.${kpi.unit}`)}</span>
                </th>
                {years.map((year, column) => {
                  const problem = problems.get(cellKey(kpi.code, year));
                  return (
                    <td key={year}>
                      <TargetCell
                        id={`missing-${kpi.id}-${year}`}
                        kpi={kpi.code}
                        year={year}
                        value={grid[row]?.[column] ?? ''}
                        error={problem ? problemText(t, problem) : null}
                        onChange={(text) => type({ row, column }, [[text]])}
                        onPasteBlock={(block) => type({ row, column }, block)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="editor-form-actions">
        <button type="submit" disabled={set.isPending}>
          {t('kpiAuthoring.table.save')}
        </button>
      </div>
    </form>
  );
}

/** Shown above a draft plan's tree; says so when the KPIs cannot be loaded. */
export function MissingTargetsTable({
  plan,
  onAnnounce,
}: {
  plan: string;
  onAnnounce: (message: string) => void;
}) {
  const { t } = useTranslation();
  const definitions = useKpiDefinitions(plan);
  const [drafts, setDrafts] = useState<Drafts>(new Map());
  if (definitions.isError) {
    return (
      <ErrorState
        error={definitions.error}
        message={t('kpiAuthoring.error')}
        onRetry={() => void definitions.refetch()}
      />
    );
  }
  if (!definitions.data || definitions.data.planStatus !== 'draft') return null;
  // a fresh table when the KPIs missing a year change (a save, or a KPI's targets set in the tree)
  const key = missingTargets(definitions.data)
    .map((k) => k.code)
    .join(' ');
  return (
    <Table key={key} list={definitions.data} drafts={drafts} setDrafts={setDrafts} onAnnounce={onAnnounce} />
  );
}
