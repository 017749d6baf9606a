// "New plan from this one": the new plan's code, title and years. The server copies the structure and the
// active KPIs into a draft; a code taken or years that do not follow the source plan come back on their field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanSuccessorResult } from '@rbm/shared/schemas';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import {
  fieldProblems,
  fieldProblemTexts,
  formErrorText,
  useFormProblems,
  type FieldProblem,
} from '../../../lib/form-errors.ts';
import { useCreateSuccessor } from '../api/create-successor.ts';
import { successorDraft, checkSuccessor, type SuccessorDraft } from '../utils/successor-form.ts';

/** A 409 names no field: on a new plan only the code can clash. */
function problemsOf(error: unknown): Record<string, FieldProblem> {
  const problems = fieldProblems(error);
  if (error instanceof ApiError && error.status === 409 && !problems.code)
    problems.code = { code: error.code, message: error.message };
  return problems;
}

export function SuccessorForm({
  from,
  onCreated,
  onCancel,
}: {
  from: Plan;
  onCreated: (result: PlanSuccessorResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const create = useCreateSuccessor();
  const [draft, setDraft] = useState<SuccessorDraft>(() => successorDraft(from));
  const { problems, formError, formRef, fail, clear } = useFormProblems();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkSuccessor(draft, from);
    if (!checked.ok) return fail(checked.problems, null);
    clear();
    create.mutate(
      { plan: from.code, body: checked.body },
      { onSuccess: onCreated, onError: (error) => fail(problemsOf(error), error) },
    );
  }

  const errors = fieldProblemTexts(t, 'planLifecycle.fieldErrors', problems);
  const hasFieldErrors = Object.keys(problems).length > 0;
  const field = (name: keyof SuccessorDraft) => ({
    id: `successor-${name}`,
    label: t(`planLifecycle.fields.${name}`),
    value: draft[name],
    onChange: (value: string) => setDraft({ ...draft, [name]: value }),
    error: errors[name],
    required: true,
  });
  return (
    <form
      ref={formRef}
      className="form panel"
      onSubmit={submit}
      noValidate
      aria-labelledby="successor-heading"
    >
      <h2 id="successor-heading">{t('planLifecycle.successor.title', { plan: from.code })}</h2>
      <p className="muted">{t('planLifecycle.successor.intro')}</p>
      {(hasFieldErrors || formError !== null) && (
        <FormAlert>{hasFieldErrors ? t('validation.summary') : formErrorText(t, formError)}</FormAlert>
      )}
      <TextField
        {...field('code')}
        hint={t('planLifecycle.fields.codeHint')}
        maxLength={40}
        spellCheck={false}
        autoCapitalize="none"
      />
      <TextField {...field('title')} maxLength={200} />
      <div className="form-row">
        <TextField {...field('startYear')} inputMode="numeric" maxLength={4} />
        <TextField {...field('endYear')} inputMode="numeric" maxLength={4} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {create.isPending ? t('planLifecycle.successor.submitting') : t('planLifecycle.successor.submit')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('planLifecycle.cancel')}
        </button>
      </div>
    </form>
  );
}
