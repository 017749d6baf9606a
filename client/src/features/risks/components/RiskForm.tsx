// Adding or changing a risk: code, title, description, category, owner unit, focal point, treatment,
// links to priorities, outcomes and KPIs, and mitigation actions. The server's problems are shown next to
// their fields and the focus moves to the first of them.
import { RISK_CATEGORIES, RISK_TREATMENTS, type RiskCategory, type RiskTreatment } from '@rbm/shared/rbm';
import type { RiskDetail } from '@rbm/shared/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import {
  fieldProblems,
  fieldProblemTexts,
  formErrorText,
  useFocusFirstError,
  type FieldProblem,
} from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { usePlanSectors } from '../api/get-plan-sectors.ts';
import { useCreateRisk, useUpdateRisk } from '../api/save-risk.ts';
import { actionProblems, draftOfRisk, emptyRiskDraft, riskBody, type RiskDraft } from '../utils/risk-form.ts';
import { RiskActionsFieldset } from './RiskActionsFieldset.tsx';

const PREFIX = 'risks.fieldErrors';

/** A taken code answers 409 without a field: the code is the field to change. */
function problemsOf(error: unknown): Record<string, FieldProblem> {
  const problems = fieldProblems(error);
  if (error instanceof ApiError && error.code === 'risk_code_taken')
    problems.code = { code: 'risk_code_taken', message: error.message };
  return problems;
}

interface Props {
  plan: string;
  /** The risk to change; a new risk when absent. */
  risk?: RiskDetail;
  defaultSector: string;
  onSaved: (risk: RiskDetail) => void;
  onCancel: () => void;
}

export function RiskForm({ plan, risk, defaultSector, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const sectors = usePlanSectors(plan, currentLanguage());
  const create = useCreateRisk();
  const update = useUpdateRisk();
  const [draft, setDraft] = useState<RiskDraft>(() =>
    risk ? draftOfRisk(risk) : emptyRiskDraft(defaultSector),
  );
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, attempt);
  const pending = create.isPending || update.isPending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblems({});
    setFormError(null);
    const onError = (error: unknown) => {
      setProblems(problemsOf(error));
      setFormError(error);
      setAttempt((n) => n + 1);
    };
    const body = riskBody(draft);
    if (risk)
      update.mutate(
        { id: risk.id, body: { ...body, version: risk.version } },
        { onSuccess: onSaved, onError },
      );
    else create.mutate({ ...body, plan }, { onSuccess: onSaved, onError });
  }

  const errors = fieldProblemTexts(t, PREFIX, problems);
  const apiErrors = formError instanceof ApiError ? (formError.problem.errors ?? []) : [];
  const actionErrors = fieldProblemTexts(t, PREFIX, actionProblems(apiErrors));
  const hasFieldErrors = Object.keys(problems).length > 0;
  const sectorCodes = sectors.data?.map((s) => s.code) ?? [draft.sector];
  const sectorChoices = (
    sectorCodes.includes(draft.sector) ? sectorCodes : [draft.sector, ...sectorCodes]
  ).map((code) => {
    const name = sectors.data?.find((s) => s.code === code)?.name.text;
    if (code === '') return { value: '', label: t('risks.form.chooseSector') };
    return { value: code, label: name ? `${code} – ${name}` : code };
  });
  const set = (change: Partial<RiskDraft>) => setDraft({ ...draft, ...change });
  const titleId = risk ? 'risk-edit-title' : 'risk-new-title';
  return (
    <form ref={formRef} className="form risk-form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h2 id={titleId}>{risk ? t('risks.form.editTitle', { code: risk.code }) : t('risks.form.newTitle')}</h2>
      {(hasFieldErrors || formError !== null) && (
        <FormAlert>{hasFieldErrors ? t('validation.summary') : formErrorText(t, formError)}</FormAlert>
      )}
      <div className="risk-form-grid">
        <TextField
          id="risk-code"
          label={t('risks.form.code')}
          hint={t('risks.form.codeHint')}
          value={draft.code}
          onChange={(code) => set({ code })}
          maxLength={40}
          required
          spellCheck={false}
          error={errors.code}
        />
        <TextField
          id="risk-title"
          label={t('risks.form.title')}
          value={draft.title}
          onChange={(title) => set({ title })}
          maxLength={300}
          required
          error={errors.title}
        />
        <SelectField
          id="risk-category"
          label={t('risks.form.category')}
          value={draft.category}
          choices={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`risks.category.${c}`) }))}
          onChange={(category) => set({ category: category as RiskCategory })}
          error={errors.category}
        />
        <SelectField
          id="risk-sector"
          label={t('risks.form.sector')}
          value={draft.sector}
          choices={sectorChoices}
          onChange={(sector) => set({ sector })}
          error={errors.sector}
        />
        <TextField
          id="risk-focal-point"
          label={t('risks.form.focalPoint')}
          value={draft.focalPoint}
          onChange={(focalPoint) => set({ focalPoint })}
          maxLength={200}
          error={errors.focalPoint}
        />
        <SelectField
          id="risk-treatment"
          label={t('risks.form.treatment')}
          value={draft.treatment}
          choices={RISK_TREATMENTS.map((c) => ({ value: c, label: t(`risks.treatment.${c}`) }))}
          onChange={(treatment) => set({ treatment: treatment as RiskTreatment })}
          error={errors.treatment}
        />
      </div>
      <div className={errors.description ? 'field field-invalid' : 'field'}>
        <label htmlFor="risk-description">{t('risks.form.description')}</label>
        {errors.description && (
          <p id="risk-description-error" className="field-error">
            {errors.description}
          </p>
        )}
        <textarea
          id="risk-description"
          rows={3}
          maxLength={5000}
          value={draft.description}
          onChange={(e) => set({ description: e.target.value })}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? 'risk-description-error' : undefined}
        />
      </div>
      <fieldset className="risk-links">
        <legend>{t('risks.form.links')}</legend>
        <p className="field-hint" id="risk-links-hint">
          {t('risks.form.linksHint')}
        </p>
        <TextField
          id="risk-priorities"
          label={t('risks.form.priorities')}
          value={draft.priorities}
          onChange={(priorities) => set({ priorities })}
          spellCheck={false}
          error={errors.priorities}
        />
        <TextField
          id="risk-outcomes"
          label={t('risks.form.outcomes')}
          value={draft.outcomes}
          onChange={(outcomes) => set({ outcomes })}
          spellCheck={false}
          error={errors.outcomes}
        />
        <TextField
          id="risk-kpis"
          label={t('risks.form.kpis')}
          value={draft.kpis}
          onChange={(kpis) => set({ kpis })}
          spellCheck={false}
          error={errors.kpis}
        />
      </fieldset>
      <RiskActionsFieldset
        actions={draft.actions}
        onChange={(actions) => set({ actions })}
        errors={actionErrors}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('risks.form.saving') : t('risks.form.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('risks.form.cancel')}
        </button>
      </div>
    </form>
  );
}
