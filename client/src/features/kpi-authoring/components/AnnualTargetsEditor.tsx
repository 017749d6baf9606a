// One KPI's annual targets, a cell per plan year. In a draft plan they are set directly (a row pasted from a
// spreadsheet fills the years from the cell it lands on). In an active plan each changed year is a revision
// with the reason asked here, kept in the KPI's revision history.
import type { KpiDefinition } from '@rbm/shared/schemas';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { formErrorText, useFocusFirstError } from '../../../lib/form-errors.ts';
import { useReviseTarget } from '../api/revise-target.ts';
import { useSetAnnualTargets } from '../api/set-annual-targets.ts';
import { cellKey, targetProblems } from '../utils/target-problems.ts';
import { cellNumber, pasteInto } from '../utils/targets-grid.ts';
import { problemText } from '../utils/problem-text.ts';
import { TargetCell } from './TargetCell.tsx';

export function AnnualTargetsEditor({
  kpi,
  years,
  draft,
  focus,
  onDone,
}: {
  kpi: KpiDefinition;
  years: readonly number[];
  draft: boolean;
  focus: boolean;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const set = useSetAnnualTargets();
  const revise = useReviseTarget();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  useEffect(() => {
    if (!focus) return;
    formRef.current?.scrollIntoView({ block: 'center' });
    formRef.current?.querySelector('input')?.focus();
  }, [focus]);
  const stored = (year: number) => kpi.annualTargets.find((a) => a.year === year)?.value ?? null;
  const [cells, setCells] = useState(() => years.map((y) => String(stored(y) ?? '')));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const pending = set.isPending || revise.isPending;

  function fail(error: unknown, found: Map<string, string>) {
    setProblems(found);
    setFailure(found.size === 0 ? error : null);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = new Map<string, string>();
    const values = years.map((year, i) => ({ year, value: cellNumber(cells[i] ?? '') }));
    for (const { year, value } of values)
      if (value !== null && !Number.isFinite(value)) local.set(cellKey(kpi.code, year), 'not_a_number');
    const changed = values.filter(
      (v): v is { year: number; value: number } => v.value !== null && v.value !== stored(v.year),
    );
    if (!draft && changed.length > 0 && reason.trim() === '') local.set('reason', 'reason_required');
    if (local.size > 0) return fail(null, local);
    if (changed.length === 0) return onDone(null);
    if (draft) {
      const sent = changed.map((c) => ({ kpi: kpi.code, ...c }));
      set.mutate(
        { plan: kpi.plan, targets: sent },
        {
          onSuccess: () => onDone(t('kpiAuthoring.targets.saved', { code: kpi.code })),
          onError: (error) => fail(error, targetProblems(error, sent)),
        },
      );
      return;
    }
    // an active plan: one revision per changed year, in order; the first refusal stops and is shown there
    for (const { year, value } of changed) {
      try {
        await revise.mutateAsync({ id: kpi.id, body: { year, value, reason: reason.trim() } });
      } catch (error) {
        const first = error instanceof ApiError ? error.problem.errors?.[0] : undefined;
        if (!first) return fail(error, new Map());
        const key = first.field === 'body.reason' ? 'reason' : cellKey(kpi.code, year);
        return fail(error, new Map([[key, first.code]]));
      }
    }
    onDone(t('kpiAuthoring.targets.revised', { code: kpi.code }));
  }

  const reasonProblem = problems.get('reason');
  return (
    <form
      ref={formRef}
      className="editor-form kpi-targets-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={t('kpiAuthoring.targets.title', { code: kpi.code })}
    >
      {failure !== null && <FormAlert>{formErrorText(t, failure)}</FormAlert>}
      <p className="field-hint">
        {t(draft ? 'kpiAuthoring.targets.draftHint' : 'kpiAuthoring.targets.activeHint')}
      </p>
      <div className="kpi-targets-row">
        {years.map((year, i) => {
          const id = `kpi-${kpi.id}-target-${year}`;
          const problem = problems.get(cellKey(kpi.code, year));
          return (
            <div key={year} className="kpi-target-year">
              <span aria-hidden="true">{year}</span>
              <TargetCell
                id={id}
                kpi={kpi.code}
                year={year}
                value={cells[i] ?? ''}
                error={problem ? problemText(t, problem) : null}
                onChange={(text) => setCells((c) => c.map((old, j) => (j === i ? text : old)))}
                onPasteBlock={(block) =>
                  setCells((c) => pasteInto([c], { row: 0, column: i }, block.slice(0, 1))[0] ?? c)
                }
              />
            </div>
          );
        })}
      </div>
      {!draft && (
        <TextField
          id={`kpi-${kpi.id}-reason`}
          label={t('kpiAuthoring.targets.reason')}
          hint={t('kpiAuthoring.targets.reasonHint')}
          value={reason}
          onChange={setReason}
          error={reasonProblem ? problemText(t, reasonProblem) : null}
        />
      )}
      <div className="editor-form-actions">
        <button type="submit" disabled={pending}>
          {t('kpiAuthoring.targets.save')}
        </button>
        <button type="button" className="button-quiet" onClick={() => onDone(null)}>
          {t('kpiAuthoring.cancel')}
        </button>
      </div>
    </form>
  );
}
