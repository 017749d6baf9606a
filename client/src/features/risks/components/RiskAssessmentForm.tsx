// The quarter's assessment of a risk: inherent and residual likelihood x impact on the named 1-5 scales,
// with the plan's appetite beside the scores. Saved as a draft; a reviewer of the owner unit confirms it.
import {
  IMPACT_NAMES,
  LIKELIHOOD_NAMES,
  RISK_LEVELS,
  riskScore,
  withinAppetite,
  type RiskRating,
} from '@rbm/shared/rbm';
import type { RiskDetail } from '@rbm/shared/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { SelectField } from '../../../components/ui/SelectField.tsx';
import {
  fieldProblems,
  fieldProblemTexts,
  formErrorText,
  useFocusFirstError,
  type FieldProblem,
} from '../../../lib/form-errors.ts';
import { formatNumber } from '../../../lib/format.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { periodText } from '../../../lib/period-text.ts';
import { useAssessRisk } from '../api/assess-risk.ts';
import { assessableQuarters } from '../utils/risk-form.ts';

const PREFIX = 'risks.fieldErrors';
const START: RiskRating = { likelihood: 3, impact: 3 };

/** The ratings a quarter starts from: its own assessment, else the latest one, else the middle. */
function startingPoint(risk: RiskDetail, period: string) {
  const own = risk.assessments.find((a) => a.period === period) ?? risk.assessments.at(-1);
  const pick = (r: { likelihood: number; impact: number } | undefined) =>
    r ? { likelihood: r.likelihood, impact: r.impact } : START;
  return { inherent: pick(own?.inherent), residual: pick(own?.residual), note: own?.note ?? '' };
}

export function RiskAssessmentForm({ risk, onSaved }: { risk: RiskDetail; onSaved: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const n = (value: number) => formatNumber(value, language);
  const quarters = assessableQuarters(new Date());
  const [period, setPeriod] = useState(quarters[1] ?? quarters[0] ?? '');
  const [values, setValues] = useState(() => startingPoint(risk, period));
  const [problems, setProblems] = useState<Record<string, FieldProblem>>({});
  const [formError, setFormError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const assess = useAssessRisk();
  useFocusFirstError(formRef, attempt);
  const confirmed = risk.assessments.some((a) => a.period === period && a.state === 'confirmed');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblems({});
    setFormError(null);
    const note = values.note.trim() === '' ? null : values.note.trim();
    assess.mutate(
      { id: risk.id, period, body: { inherent: values.inherent, residual: values.residual, note } },
      {
        onSuccess: onSaved,
        onError: (error) => {
          setProblems({ ...fieldProblems(error, 'params'), ...fieldProblems(error) });
          setFormError(error);
          setAttempt((k) => k + 1);
        },
      },
    );
  }

  const errors = fieldProblemTexts(t, PREFIX, problems);
  const hasFieldErrors = Object.keys(problems).length > 0;
  const scale = (names: readonly string[], kind: 'likelihood' | 'impact') =>
    RISK_LEVELS.map((level) => ({
      value: String(level),
      label: `${n(level)} ${t(`risks.${kind}.${names[level - 1] ?? ''}`)}`,
    }));
  const rating = (which: 'inherent' | 'residual') => {
    const score = riskScore(values[which]);
    return (
      <fieldset className="risk-rating">
        <legend>{t(`risks.assess.${which}`)}</legend>
        <SelectField
          id={`assess-${which}-likelihood`}
          label={t('risks.heatMap.likelihood')}
          value={String(values[which].likelihood)}
          choices={scale(LIKELIHOOD_NAMES, 'likelihood')}
          onChange={(v) => setValues({ ...values, [which]: { ...values[which], likelihood: Number(v) } })}
          error={errors[which]}
        />
        <SelectField
          id={`assess-${which}-impact`}
          label={t('risks.heatMap.impact')}
          value={String(values[which].impact)}
          choices={scale(IMPACT_NAMES, 'impact')}
          onChange={(v) => setValues({ ...values, [which]: { ...values[which], impact: Number(v) } })}
        />
        <p className="risk-score" aria-live="polite">
          {t('risks.assess.score', { score: n(score) })}
          {which === 'residual' &&
            ` · ${withinAppetite(score, risk.appetite) ? t('risks.within') : `▲ ${t('risks.above')}`}`}
        </p>
      </fieldset>
    );
  };
  return (
    <form
      ref={formRef}
      className="form risk-assess"
      onSubmit={submit}
      noValidate
      aria-labelledby="risk-assess-title"
    >
      <h2 id="risk-assess-title">{t('risks.assess.title')}</h2>
      <p className="muted">{t('risks.assess.appetite', { appetite: n(risk.appetite) })}</p>
      {(hasFieldErrors || formError !== null) && (
        <FormAlert>{hasFieldErrors ? t('validation.summary') : formErrorText(t, formError)}</FormAlert>
      )}
      <SelectField
        id="assess-period"
        label={t('risks.assess.period')}
        value={period}
        choices={quarters.map((q) => ({ value: q, label: periodText(q, language) }))}
        onChange={(next) => {
          setPeriod(next);
          setValues(startingPoint(risk, next));
        }}
        hint={confirmed ? t('risks.assess.confirmedHint') : undefined}
        error={errors.period}
      />
      <div className="risk-ratings">
        {rating('inherent')}
        {rating('residual')}
      </div>
      <div className="field">
        <label htmlFor="assess-note">{t('risks.assess.note')}</label>
        <textarea
          id="assess-note"
          rows={2}
          maxLength={2000}
          value={values.note}
          onChange={(e) => setValues({ ...values, note: e.target.value })}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={assess.isPending || confirmed}>
          {assess.isPending ? t('risks.form.saving') : t('risks.assess.save')}
        </button>
      </div>
    </form>
  );
}
