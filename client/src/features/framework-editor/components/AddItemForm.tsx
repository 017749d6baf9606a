// Adds an item under a parent (a target under a goal, an outcome or output under a priority) or at the top
// (a goal, a priority): code and English name, and what the kind needs (a target's unit, direction and
// deadline; a priority's lead unit).
import { DIRECTIONS } from '@rbm/shared';
import {
  ORG_UNIT_KINDS,
  type CreateFrameworkItemBody,
  type FrameworkItemKind,
  type OrgUnitKind,
} from '@rbm/shared/schemas';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import {
  fieldProblems,
  fieldProblemText,
  formErrorText,
  useFocusFirstError,
} from '../../../lib/form-errors.ts';
import { useCreateItem } from '../api/create-item.ts';

export function AddItemForm({
  plan,
  kind,
  parent,
  onDone,
}: {
  plan: string;
  kind: FrameworkItemKind;
  parent: string | null;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateItem();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  // the form opens where the person asked for it: the first field takes the focus
  useEffect(() => formRef.current?.querySelector('input')?.focus(), []);
  const [fields, setFields] = useState({
    code: '',
    name: '',
    leadUnit: '',
    value: '',
    unit: '',
    direction: 'increase',
    deadlineYear: '',
    unitKind: parent === null ? 'sector' : 'department',
  });
  const set = (field: keyof typeof fields) => (text: string) => setFields((f) => ({ ...f, [field]: text }));
  const problems = fieldProblems(create.error);
  const problem = (field: string) => {
    const p = problems[field];
    return p ? fieldProblemText(t, 'frameworkEditor.fields', field, p) : null;
  };
  const id = (field: string) => `add-${kind}-${parent ?? 'top'}-${field}`;
  const title = t([`frameworkEditor.add.${kind}`, `frameworkUnits.add.${kind}`]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: CreateFrameworkItemBody = {
      plan,
      code: fields.code.trim(),
      name: fields.name,
      ...(parent === null ? {} : { parent }),
      ...(kind === 'priority' ? { leadUnit: fields.leadUnit.trim() } : {}),
      ...(kind === 'unit' ? { unitKind: fields.unitKind as OrgUnitKind } : {}),
      ...(kind === 'target'
        ? {
            value: fields.value.trim() === '' ? null : Number(fields.value),
            unit: fields.unit.trim(),
            direction: fields.direction as (typeof DIRECTIONS)[number],
            deadlineYear: Number(fields.deadlineYear),
          }
        : {}),
    };
    // mutateAsync, not mutate's callbacks: those are dropped when the save's refetch moves this form's row
    // elsewhere in the tree (its component unmounts), and the save would go unannounced.
    create.mutateAsync({ kind, body }).then(
      (item) => onDone(t('frameworkEditor.added', { code: item.code })),
      () => setAttempt((n) => n + 1),
    );
  }

  return (
    <form ref={formRef} className="editor-form" onSubmit={submit} noValidate aria-label={title}>
      {create.isError && Object.keys(problems).length === 0 && (
        <FormAlert>{formErrorText(t, create.error)}</FormAlert>
      )}
      <TextField
        id={id('code')}
        label={t('frameworkEditor.fields.code.label')}
        value={fields.code}
        onChange={set('code')}
        error={problem('code')}
        required
      />
      <TextField
        id={id('name')}
        label={t('frameworkEditor.fields.name.label')}
        value={fields.name}
        onChange={set('name')}
        error={problem('name')}
        required
      />
      {kind === 'unit' && (
        <div className="field">
          <label htmlFor={id('unitKind')}>{t('frameworkUnits.unitKind')}</label>
          <select
            id={id('unitKind')}
            value={fields.unitKind}
            onChange={(event) => set('unitKind')(event.target.value)}
          >
            {ORG_UNIT_KINDS.map((unitKind) => (
              <option key={unitKind} value={unitKind}>
                {t(`frameworkUnits.unitKinds.${unitKind}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {kind === 'priority' && (
        <TextField
          id={id('leadUnit')}
          label={t('frameworkEditor.fields.leadUnit.label')}
          hint={t('frameworkEditor.fields.leadUnit.hint')}
          value={fields.leadUnit}
          onChange={set('leadUnit')}
          error={problem('leadUnit')}
          required
        />
      )}
      {kind === 'target' && (
        <>
          <TextField
            id={id('value')}
            label={t('frameworkEditor.fields.value.label')}
            value={fields.value}
            onChange={set('value')}
            error={problem('value')}
            inputMode="decimal"
          />
          <TextField
            id={id('unit')}
            label={t('frameworkEditor.fields.unit.label')}
            value={fields.unit}
            onChange={set('unit')}
            error={problem('unit')}
            required
          />
          <div className="field">
            <label htmlFor={id('direction')}>{t('frameworkEditor.fields.direction.label')}</label>
            <select
              id={id('direction')}
              value={fields.direction}
              onChange={(event) => set('direction')(event.target.value)}
            >
              {DIRECTIONS.map((direction) => (
                <option key={direction} value={direction}>
                  {t(`frameworkEditor.directions.${direction}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField
            id={id('deadlineYear')}
            label={t('frameworkEditor.fields.deadlineYear.label')}
            value={fields.deadlineYear}
            onChange={set('deadlineYear')}
            error={problem('deadlineYear')}
            inputMode="numeric"
            required
          />
        </>
      )}
      <div className="editor-form-actions">
        <button type="submit" disabled={create.isPending}>
          {t('frameworkEditor.add.submit')}
        </button>
        <button type="button" className="button-quiet" onClick={() => onDone(null)}>
          {t('frameworkEditor.cancel')}
        </button>
      </div>
    </form>
  );
}
