// The retreat's commitments beside the comparison: each with the status its reader may see; a focal point of
// the owner unit closes one here (a draft), and a reviewer of the unit confirms it, after which the Council
// sees it closed.
import { isCommitmentOpen, quarterOfDay } from '@rbm/shared/rbm';
import type { CommitmentSummary } from '@rbm/shared/schemas';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../components/ui/QueryState.tsx';
import { formErrorText } from '../../../lib/form-errors.ts';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useCloseCommitment } from '../api/close-commitment.ts';
import { useConfirmRetreatCommitment } from '../api/confirm-retreat-commitment.ts';
import { useRetreatCommitments } from '../api/list-retreat-commitments.ts';

function CloseForm({ c, period, onDone }: { c: CommitmentSummary; period: string; onDone: () => void }) {
  const { t } = useTranslation();
  const close = useCloseCommitment();
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    close.mutate({ id: c.id, period, note: note.trim() === '' ? null : note.trim() }, { onSuccess: onDone });
  };
  return (
    <form className="retreat-close" onSubmit={submit}>
      <label className="field">
        <span>{t('retreat.commitments.note', { code: c.code, period })}</span>
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          maxLength={2000}
          autoFocus
        />
      </label>
      {close.isError && <FormAlert>{formErrorText(t, close.error)}</FormAlert>}
      <button type="submit" className="button" disabled={close.isPending}>
        {t('retreat.commitments.closeSubmit', { code: c.code })}
      </button>
      <button type="button" className="button button-quiet" onClick={onDone}>
        {t('retreat.commitments.cancel')}
      </button>
    </form>
  );
}

function StatusCell({ c }: { c: CommitmentSummary }) {
  const { t } = useTranslation();
  if (c.progress === null) return <>{t('retreat.commitments.noStatus')}</>;
  const text = t(`retreat.commitments.status.${c.progress.status}`);
  return c.progress.state === 'draft' ? <>{`${text} (${t('retreat.commitments.draft')})`}</> : <>{text}</>;
}

export function RetreatCommitments({ plan }: { plan: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const list = useRetreatCommitments(plan);
  const confirm = useConfirmRetreatCommitment();
  const [closing, setClosing] = useState<number | null>(null);
  return (
    <section className="retreat-commitments" aria-labelledby="retreat-commitments-title">
      <h2 id="retreat-commitments-title">{t('retreat.commitments.title')}</h2>
      {list.isPending && <Loading label={t('retreat.commitments.loading')} />}
      {list.isError && (
        <ErrorState
          error={list.error}
          message={t('retreat.commitments.error')}
          onRetry={() => void list.refetch()}
        />
      )}
      {confirm.isError && <FormAlert>{formErrorText(t, confirm.error)}</FormAlert>}
      {list.data && (
        <div className="table-scroll" role="region" aria-label={t('retreat.commitments.title')} tabIndex={0}>
          <table className="table">
            <caption className="muted">{t('retreat.commitments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('retreat.commitments.commitment')}</th>
                <th scope="col">{t('retreat.commitments.unit')}</th>
                <th scope="col">{t('retreat.commitments.due')}</th>
                <th scope="col">{t('retreat.commitments.statusHeading')}</th>
                <th scope="col">{t('retreat.commitments.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => {
                const pending = c.progress?.state === 'draft';
                const open = isCommitmentOpen(c.progress?.status ?? 'not_started');
                return (
                  <tr key={c.id} data-code={c.code}>
                    <th scope="row">{`${c.code} · ${c.title[language] ?? c.title.en}`}</th>
                    <td>{c.sector.code}</td>
                    <td>{c.dueDate ?? '–'}</td>
                    <td>
                      <StatusCell c={c} />
                    </td>
                    <td>
                      {closing === c.id ? (
                        <CloseForm
                          c={c}
                          period={quarterOfDay(list.data.today)}
                          onDone={() => setClosing(null)}
                        />
                      ) : (
                        <>
                          {c.canEdit && open && !pending && (
                            <button type="button" className="button" onClick={() => setClosing(c.id)}>
                              {t('retreat.commitments.close', { code: c.code })}
                            </button>
                          )}
                          {c.canConfirm && pending && (
                            <button
                              type="button"
                              className="button"
                              disabled={confirm.isPending}
                              onClick={() => confirm.mutate(c.id)}
                            >
                              {t('retreat.commitments.confirm', { code: c.code })}
                            </button>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
