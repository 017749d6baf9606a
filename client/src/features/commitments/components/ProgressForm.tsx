// A quarter's progress note with its status, proposed by a focal point of the owner unit (a draft until a
// reviewer confirms it).
import { COMMITMENT_STATUSES, quarterOfDay } from '@rbm/shared/rbm';
import type { CommitmentDetail, CommitmentProgressBody } from '@rbm/shared/schemas';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { useAddCommitmentProgress } from '../api/add-commitment-progress.ts';

export function ProgressForm({ commitment, today }: { commitment: CommitmentDetail; today: string }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useAddCommitmentProgress(commitment.id);
  const [status, setStatus] = useState<CommitmentProgressBody['status']>(
    commitment.progress?.status ?? 'not_started',
  );
  const [period, setPeriod] = useState(quarterOfDay(today));
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ period, status, note: note.trim() === '' ? null : note.trim() });
  };
  return (
    <form className="commitment-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('commitments.form.title')}</h3>
      <label className="field">
        <span>{t('commitments.form.period')}</span>
        <input value={period} onChange={(e) => setPeriod(e.target.value)} pattern="\d{4}-Q[1-4]" required />
      </label>
      <label className="field">
        <span>{t('commitments.field.status')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {COMMITMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`commitments.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('commitments.form.note')}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} rows={3} />
      </label>
      {save.isError && <FormAlert>{formErrorText(t, save.error)}</FormAlert>}
      {save.isSuccess && <p role="status">{t('commitments.form.saved')}</p>}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('commitments.form.submit')}
      </button>
    </form>
  );
}
