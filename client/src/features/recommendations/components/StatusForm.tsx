// The responsible unit's focal point proposes the recommendation's state (acceptance, implementation,
// target date, evidence links, note); it stays a draft until a reviewer of the unit confirms it.
import { ACCEPTANCES, IMPLEMENTATIONS } from '@rbm/shared/rbm';
import type { RecommendationDetail, RecommendationStatusBody } from '@rbm/shared/schemas';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { TextField } from '../../../components/ui/TextField.tsx';
import { formErrorText, useFocusFirstError } from '../../../lib/form-errors.ts';
import { useUpdateRecommendation } from '../api/update-recommendation.ts';

const lines = (text: string) =>
  text
    .split(/\s+/)
    .map((l) => l.trim())
    .filter((l) => l !== '');

export function StatusForm({ detail }: { detail: RecommendationDetail }) {
  const { t } = useTranslation();
  const update = useUpdateRecommendation(detail.id);
  const current = detail.status;
  const [acceptance, setAcceptance] = useState(current?.acceptance ?? 'under_consideration');
  const [implementation, setImplementation] = useState(current?.implementation ?? 'not_started');
  const [targetDate, setTargetDate] = useState(current?.targetDate ?? '');
  const [evidence, setEvidence] = useState((current?.evidence ?? []).join('\n'));
  const [note, setNote] = useState(current?.note ?? '');
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstError(formRef, attempt);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const status: RecommendationStatusBody = {
      acceptance,
      implementation,
      targetDate: targetDate === '' ? null : targetDate,
      evidence: lines(evidence),
      note: note.trim() === '' ? null : note.trim(),
    };
    update.mutate(
      {
        body: detail.body,
        reportRef: detail.reportRef,
        reportDate: detail.reportDate,
        number: detail.number,
        text: detail.text,
        addressee: detail.addressee,
        priority: detail.priority,
        sector: detail.sector.code,
        priorities: detail.priorities,
        kpis: detail.kpis,
        risks: detail.risks,
        status,
        version: detail.version,
      },
      { onError: () => setAttempt((a) => a + 1) },
    );
  };
  return (
    <form ref={formRef} className="recommendation-form" onSubmit={submit} aria-labelledby="status-form-title">
      <h2 id="status-form-title">{t('recommendations.form.title')}</h2>
      <p className="muted">{t('recommendations.form.hint')}</p>
      {update.isError && <FormAlert>{formErrorText(t, update.error)}</FormAlert>}
      {update.isSuccess && !update.isPending && (
        <p role="status" className="form-success">
          {t('recommendations.form.saved')}
        </p>
      )}
      <label className="field">
        <span>{t('recommendations.table.acceptance')}</span>
        <select
          name="acceptance"
          value={acceptance}
          onChange={(e) => setAcceptance(e.target.value as typeof acceptance)}
        >
          {ACCEPTANCES.map((a) => (
            <option key={a} value={a}>
              {t(`recommendations.acceptance.${a}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('recommendations.table.implementation')}</span>
        <select
          name="implementation"
          value={implementation}
          onChange={(e) => setImplementation(e.target.value as typeof implementation)}
        >
          {IMPLEMENTATIONS.map((i) => (
            <option key={i} value={i}>
              {t(`recommendations.implementation.${i}`)}
            </option>
          ))}
        </select>
      </label>
      <TextField
        id="recommendation-target-date"
        type="date"
        label={t('recommendations.table.targetDate')}
        value={targetDate}
        onChange={setTargetDate}
      />
      <div className="field">
        <label htmlFor="recommendation-evidence">{t('recommendations.form.evidence')}</label>
        <p id="recommendation-evidence-hint" className="field-hint">
          {t('recommendations.form.evidenceHint')}
        </p>
        <textarea
          id="recommendation-evidence"
          aria-describedby="recommendation-evidence-hint"
          rows={3}
          dir="ltr"
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="recommendation-note">{t('recommendations.form.note')}</label>
        <textarea id="recommendation-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={update.isPending}>
        {t('recommendations.form.submit')}
      </button>
    </form>
  );
}
