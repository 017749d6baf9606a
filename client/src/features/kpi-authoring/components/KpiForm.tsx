// Adds a KPI under an outcome, or changes one's definition. A new KPI takes its code, English name, how its
// values are read (unit, direction, aggregation, frequency: fixed once values exist), baseline, further
// links by code and a target per plan year; an existing one its texts, baseline, source and owner unit.
import { AGGREGATIONS, DIRECTIONS, FREQUENCIES, KPI_UNITS } from '@rbm/shared';
import type { KpiDefinition } from '@rbm/shared/schemas';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { fieldProblems, formErrorText, useFocusFirstError } from '../../../lib/form-errors.ts';
import { useCreateKpi } from '../api/create-kpi.ts';
import { useUpdateKpi } from '../api/update-kpi.ts';
import {
  createKpiBody,
  emptyKpiFields,
  kpiFields,
  unreadableNumbers,
  updateKpiBody,
  type KpiFormFields,
} from '../utils/kpi-form.ts';
import { problemText } from '../utils/problem-text.ts';

type Target = { kind: 'create'; plan: string; outcome: string } | { kind: 'edit'; kpi: KpiDefinition };

export function KpiForm({
  target,
  years,
  onDone,
}: {
  target: Target;
  years: readonly number[];
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateKpi();
  const update = useUpdateKpi();
  const mutation = target.kind === 'create' ? create : update;
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const [fields, setFields] = useState<KpiFormFields>(() =>
    target.kind === 'create' ? emptyKpiFields(years) : kpiFields(target.kpi),
  );
  const [unreadable, setUnreadable] = useState(unreadableNumbers(emptyKpiFields(years)));
  const set = (field: keyof Omit<KpiFormFields, 'annualTargets'>) => (text: string) =>
    setFields((f) => ({ ...f, [field]: text }));
  const problems = fieldProblems(mutation.error);
  // a code used already is the code's problem, though the API answers it for the whole request
  if (mutation.error instanceof ApiError && mutation.error.code === 'kpi_code_taken') {
    problems.code = { code: 'kpi_code_taken', message: mutation.error.message };
  }
  const problem = (field: string) => {
    const p = problems[field];
    return p ? problemText(t, p.code) : null;
  };
  const prefix = target.kind === 'create' ? `new-kpi-${target.outcome}` : `kpi-${target.kpi.id}`;
  const id = (field: string) => `${prefix}-${field}`;
  const label = (field: string) => t(`kpiAuthoring.fields.${field}`);

  function submit(event: FormEvent) {
    event.preventDefault();
    const bad = unreadableNumbers(fields);
    setUnreadable(bad);
    if (bad.baseline || bad.years.some(Boolean)) return setAttempt((n) => n + 1);
    const done = (kpi: KpiDefinition) =>
      onDone(t(target.kind === 'create' ? 'kpiAuthoring.added' : 'kpiAuthoring.saved', { code: kpi.code }));
    const onError = () => setAttempt((n) => n + 1);
    if (target.kind === 'create') {
      create.mutate(createKpiBody(target.plan, target.outcome, years, fields), { onSuccess: done, onError });
    } else {
      update.mutate({ id: target.kpi.id, body: updateKpiBody(fields) }, { onSuccess: done, onError });
    }
  }

  const choices = (kind: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`kpiAuthoring.${kind}.${value}`) }));
  const generalError =
    mutation.isError && Object.keys(problems).length === 0 ? formErrorText(t, mutation.error) : null;
  const notANumber = t('kpiAuthoring.problems.not_a_number');

  return (
    <form
      ref={formRef}
      className="editor-form"
      onSubmit={submit}
      noValidate
      aria-label={
        target.kind === 'create'
          ? t('kpiAuthoring.addUnder', { code: target.outcome })
          : t('kpiAuthoring.editTitle', { code: target.kpi.code })
      }
    >
      {generalError && <FormAlert>{generalError}</FormAlert>}
      {target.kind === 'create' && (
        <TextField
          id={id('code')}
          label={label('code')}
          value={fields.code}
          onChange={set('code')}
          error={problem('code')}
          required
        />
      )}
      <TextField
        id={id('name')}
        label={label('name')}
        value={fields.name}
        onChange={set('name')}
        error={problem('name')}
        required
      />
      <TextField
        id={id('definition')}
        label={label('definition')}
        value={fields.definition}
        onChange={set('definition')}
        error={problem('definition')}
      />
      {target.kind === 'create' ? (
        <div className="kpi-form-grid">
          <SelectField
            id={id('unit')}
            label={label('unit')}
            value={fields.unit}
            choices={choices('units', KPI_UNITS)}
            onChange={set('unit')}
            error={problem('unit')}
          />
          <SelectField
            id={id('direction')}
            label={label('direction')}
            value={fields.direction}
            choices={choices('directions', DIRECTIONS)}
            onChange={set('direction')}
            error={problem('direction')}
          />
          <SelectField
            id={id('aggregation')}
            label={label('aggregation')}
            value={fields.aggregation}
            choices={choices('aggregations', AGGREGATIONS)}
            onChange={set('aggregation')}
            error={problem('aggregation')}
          />
          <SelectField
            id={id('frequency')}
            label={label('frequency')}
            value={fields.frequency}
            choices={choices('frequencies', FREQUENCIES)}
            onChange={set('frequency')}
            error={problem('frequency')}
          />
        </div>
      ) : (
        <p className="muted">
          {t('kpiAuthoring.fixed', {
            unit: t(`kpiAuthoring.units.${target.kpi.unit}`),
            direction: t(`kpiAuthoring.directions.${target.kpi.direction}`),
            aggregation: t(`kpiAuthoring.aggregations.${target.kpi.aggregation}`),
            frequency: t(`kpiAuthoring.frequencies.${target.kpi.frequency}`),
          })}
        </p>
      )}
      <div className="kpi-form-grid">
        <TextField
          id={id('baselineValue')}
          label={label('baselineValue')}
          value={fields.baselineValue}
          onChange={set('baselineValue')}
          error={unreadable.baseline ? notANumber : problem('baseline')}
          inputMode="decimal"
        />
        <TextField
          id={id('baselinePeriod')}
          label={label('baselinePeriod')}
          hint={t('kpiAuthoring.fields.baselinePeriodHint')}
          value={fields.baselinePeriod}
          onChange={set('baselinePeriod')}
        />
      </div>
      {target.kind === 'create' && (
        <>
          <TextField
            id={id('otherOutcomes')}
            label={label('otherOutcomes')}
            hint={t('kpiAuthoring.fields.codesHint')}
            value={fields.otherOutcomes}
            onChange={set('otherOutcomes')}
            error={problem('outcomes')}
          />
          <TextField
            id={id('outputs')}
            label={label('outputs')}
            hint={t('kpiAuthoring.fields.codesHint')}
            value={fields.outputs}
            onChange={set('outputs')}
            error={problem('outputs')}
          />
          <TextField
            id={id('targets')}
            label={label('targets')}
            hint={t('kpiAuthoring.fields.codesHint')}
            value={fields.targets}
            onChange={set('targets')}
            error={problem('targets')}
          />
          <TextField
            id={id('themes')}
            label={label('themes')}
            hint={t('kpiAuthoring.fields.codesHint')}
            value={fields.themes}
            onChange={set('themes')}
            error={problem('themes')}
          />
          <fieldset className="kpi-form-years">
            <legend>{label('annualTargets')}</legend>
            {problem('annualTargets') && <p className="field-error">{problem('annualTargets')}</p>}
            {years.map((year, i) => (
              <TextField
                key={year}
                id={id(`target-${year}`)}
                label={String(year)}
                value={fields.annualTargets[i] ?? ''}
                onChange={(text) =>
                  setFields((f) => ({
                    ...f,
                    annualTargets: f.annualTargets.map((old, j) => (j === i ? text : old)),
                  }))
                }
                error={unreadable.years[i] ? notANumber : null}
                inputMode="decimal"
              />
            ))}
          </fieldset>
        </>
      )}
      <TextField
        id={id('dataSource')}
        label={label('dataSource')}
        value={fields.dataSource}
        onChange={set('dataSource')}
        error={problem('dataSource')}
      />
      <TextField
        id={id('ownerUnit')}
        label={label('ownerUnit')}
        value={fields.ownerUnit}
        onChange={set('ownerUnit')}
        error={problem('ownerUnit')}
      />
      <div className="editor-form-actions">
        <button type="submit" disabled={mutation.isPending}>
          {t(target.kind === 'create' ? 'kpiAuthoring.add' : 'kpiAuthoring.save')}
        </button>
        <button type="button" className="button-quiet" onClick={() => onDone(null)}>
          {t('kpiAuthoring.cancel')}
        </button>
      </div>
    </form>
  );
}
